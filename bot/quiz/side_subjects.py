"""A side of a comparison called by its name in the notes' own language: 'A vs
B' notes name a side in the title ('CNAME vs Alias'), then write its lines on
it in their words ('Alias 별칭 레코드는 …', '별칭 레코드는 루트 및 비루트 도메인
모두에 작동 가능'). '별칭 레코드' is the side 'Alias' said in Korean: the line is
that side's, and its subject, like the name itself, is taken off (left on, the
choice would translate its side, a giveaway).

Only a short subject closed by a Korean topic or subject particle,
whose first word translates one side's name and not the other's (a compound
opens on the word that tells it apart and closes on its kind, '별칭 레코드'),
and that the comparison writes again: notes that call a side so call it so
more than once ('별칭 레코드 대상', '별칭 레코드의 대상'). A line opening on a word
both share ('레코드는 …'), on a thing of its own whose kind word happens to
translate a side ('EC2 DNS 이름은 …', 이름 = 'name' of CNAME, 'Canonical
Name'), or on a part of a side written once ('EBS 볼륨 백업은 …': the backup,
not the volume) is no side's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.gloss import gives_away
from bot.quiz.text import compact

# What closes a subject: a Korean topic or subject particle on its last word.
# (Japanese and Chinese write no spaces: their subjects are not read here.)
_PARTICLE = re.compile(r"(?:은|는|이|가)$")
_WORD = re.compile(r"[^\s,.:;()]+")
_MAX_WORDS = 3
_MAX_SUBJECT = 20


def translated_subject(text: str, names: Sequence[str],
                       lines: Sequence[str]) -> tuple[str, str] | None:
    """(the side, the line without its subject) when the line opens on a short
    subject that says one of the two `names` in other words and not the other,
    and is written twice or more in the comparison's `lines`."""
    found = _subject(text)
    if found is None or len(found[0]) > _MAX_SUBJECT:
        return None
    words, rest = found
    subject = compact(words)
    if sum(compact(line).count(subject) for line in lines) < 2:
        return None
    first = words.split()[0]
    sides = [n for n in names if gives_away(n, first, [o for o in names if o != n])]
    if len(sides) != 1:
        return None
    return sides[0], rest


def _subject(text: str) -> tuple[str, str] | None:
    """(the subject without its particle, the rest) of a line whose first
    words, up to three, close on a particle: the first word that does ends it
    ('대기열은 소비자가 …' -> '대기열'). Nothing before the subject, a word of it
    alone ('가' is no subject), nothing after."""
    text = text.strip()
    at = 0
    for _ in range(_MAX_WORDS):
        word = _WORD.match(text, at)
        if word is None:
            return None
        closed = _PARTICLE.search(word.group())
        if closed is not None and closed.start() > 0:
            rest = text[word.end():].strip()
            head = text[:word.start() + closed.start()].strip()
            return (head, rest) if rest else None
        at = word.end()
        while at < len(text) and text[at].isspace():
            at += 1
    return None
