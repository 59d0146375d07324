"""A line that defines its own concept: the concept's name written as the
subject of a sentence saying what the concept is ('邻接矩阵是表示图的常用方法，
用二维数组来表示 …', 'A trie is a tree whose …', '해시 테이블이란 키를 값에
대응시키는 자료구조이다', 'スタックとは後入れ先出しのデータ構造である').

The author names the concept there, so the predicate speaks of that concept
alone, as a product's definition does (definitions.py): one such clue may ask
the name, with the same proviso that few other concepts' notes word it alike
(concepts._name). A line that merely opens on the name ('EMR은 빠르다', 'X is
fast') says a property, not what X is, and stays one generic clue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.text import negations, telling

# What the name is, right after it: Chinese 是/是指 (not 指 alone: 'X 指向 …'),
# Japanese とは, Korean 이란/란, English 'is a/an' (not 'is the', 'are': 'S3 is
# the cheapest …', 'Security groups are stateful …' say a property).
_OPENS_DEFINITION = re.compile(r"^(?:是指?|とは|이란|란|\s+is\s+an?\s)", re.IGNORECASE)
# A Korean or Japanese topic particle opens a definition only when the sentence
# ends saying what the name is: '…자료구조이다', '…를 말한다', '…である', '…のこと'.
_TOPIC = re.compile(r"^(?:은|는|は)\s*")
_SAYS_WHAT = re.compile(
    r"(?:이다|입니다|이에요|예요|(?:을|를)\s*(?:말한다|말함|의미한다|의미함|뜻한다)"
    r"|である|です|のこと|のことだ)[.。]?$")
# Telling pieces the predicate needs: a definition says enough to name one thing.
MIN_PIECES = 6


def defines_itself(text: str, spellings: Sequence[str]) -> bool:
    """Whether `text` opens on one of the concept's names (longest first) as the
    subject of a sentence saying what it is, with enough said after it."""
    if negations(text):
        return False  # (what it is not may hold for others too)
    for name in sorted(spellings, key=len, reverse=True):
        if len(name) < 2 or not text.lower().startswith(name.lower()):
            continue
        after = text[len(name):]
        first = re.split(r"(?<=[.。])\s*", after.strip(), maxsplit=1)[0]
        opens = _OPENS_DEFINITION.match(after)
        if opens is None:
            topic = _TOPIC.match(after)
            if topic is None or not _SAYS_WHAT.search(first.strip()):
                return False
            opens = topic
        return len(telling(after[opens.end():])) >= MIN_PIECES
    return False
