"""Two lines that turn one thing into another the opposite way round.

'음성을 텍스트로 변환' (Transcribe) and '텍스트를 음성으로 변환하는 서비스'
(Polly) share every word, so a word count takes either line to fit the other
service too. They say opposite things: what one takes in, the other puts out.
A line of the notes saying the reverse of a clue of a sibling tells that
sibling apart; it is no reason to think the clue fits it.

A conversion is read in the forms notes write it: '음성을 텍스트로 변환',
'音声をテキストに変換', '将文本转换为语音', 'converts speech to text',
'speech-to-text', '음성 → 텍스트'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.notes.literals import holds_any
from bot.quiz.text import compact

# (What is turned into what: each side a run of a few words at most, so that
# a long sentence before it is not taken for the thing converted.)
_SIDE = r"[^\s,.;:()→>-]{1,20}"
_CONVERSIONS = (
    # Korean: 'X를 Y로 변환/전환/바꾸…/번역'.
    re.compile(rf"(?P<src>{_SIDE})(?:을|를)\s*(?P<dst>{_SIDE}?)(?:으로|로)\s*"
               r"(?:변환|전환|바꾸|바꿔|바꿈|번역|옮기|옮겨)"),
    # Japanese: 'XをYに変換/変える'.
    re.compile(rf"(?P<src>{_SIDE}?)を\s*(?P<dst>{_SIDE}?)(?:に|へ)\s*(?:変換|変え|翻訳)"),
    # Chinese: '将/把 X 转换为/转成/变成 Y'.
    re.compile(rf"(?:将|把)\s*(?P<src>{_SIDE}?)\s*(?:转换|转化|转|变)(?:为|成)\s*"
               rf"(?P<dst>{_SIDE})"),
    # English: 'convert(s) X to/into Y', 'X-to-Y' ('speech-to-text').
    re.compile(r"\bconvert(?:s|ed|ing)?\s+(?:the\s+|an?\s+)?(?P<src>[A-Za-z]+(?:\s[A-Za-z]+)?)"
               r"\s+(?:in)?to\s+(?:the\s+|an?\s+)?(?P<dst>[A-Za-z]+)", re.IGNORECASE),
    re.compile(r"\b(?P<src>[A-Za-z]+)-to-(?P<dst>[A-Za-z]+)\b", re.IGNORECASE),
    # Arrows: 'X → Y', 'X -> Y', 'X => Y' (one step of two words, not a chain).
    re.compile(rf"(?:^|[\s(])(?P<src>{_SIDE})\s*(?:→|->|=>|⇒)\s*(?P<dst>{_SIDE})(?=$|[\s),.])"),
)
# Words each pattern's every match holds (Latin ones as the folded text holds
# them, see bot.notes.literals): a line holding none is not searched with it.
_CONVERSION_WORDS = (
    ("변환", "전환", "바꾸", "바꿔", "바꿈", "번역", "옮기", "옮겨"),
    ("変換", "変え", "翻訳"),
    ("将", "把"),
    ("convert",),
    ("-to-",),
    ("→", "->", "=>", "⇒"),
)
_ARROW = re.compile(r"→|->|=>|⇒")


@lru_cache(maxsize=1 << 14)
def conversions(text: str) -> frozenset[tuple[str, str]]:
    """What the text says is turned into what, each side closed up and
    lower-cased ('음성을 텍스트로 변환' -> {('음성', '텍스트')})."""
    found: set[tuple[str, str]] = set()
    # (A chain of arrows, 'subnet -> route table -> NAT', is a path, not one
    # thing turned into another.)
    chain = len(_ARROW.findall(text)) > 1
    for pattern, words in zip(_CONVERSIONS, _CONVERSION_WORDS, strict=True):
        if (chain and pattern is _CONVERSIONS[-1]) or not holds_any(text, words):
            continue
        for match in pattern.finditer(text):
            src, dst = compact(match.group("src")), compact(match.group("dst"))
            if src and dst and src != dst:
                found.add((src, dst))
    return frozenset(found)


def _same(a: str, b: str) -> bool:
    """One side named alike: the same word, or one inside the other with a
    modifier ('텍스트' / '입력텍스트'; two letters at least)."""
    return a == b or (min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a)))


def reversed_in(clue: str, lines: Iterable[str]) -> bool:
    """Whether the notes' lines on a thing say the reverse of the clue's
    conversion and none says the clue's own way: the clue is then not true
    of that thing (it takes in what the clue puts out)."""
    ours = conversions(clue)
    if not ours:
        return False
    said = [conversions(line) for line in lines]
    back = any(_same(s, d2) and _same(d, s2) for found in said
               for s, d in ours for s2, d2 in found)
    along = any(_same(s, s2) and _same(d, d2) for found in said
                for s, d in ours for s2, d2 in found)
    return back and not along
