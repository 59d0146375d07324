"""A line that only lists examples of what the line above it says.

Notes define a thing and then list what it is used for, each item a phrase
with no predicate of its own, the last joined by a word of choice:

    - 텍스트 안에서 특정 항목을 찾아내는 서비스
    - 분석보고서에서 회사 이름 찾기, 부정적인 후기 또는 고객 서비스 상담사와의 긍정적인 고객 상담

Shown as a clue under its definition it reads on from it. Among statements
(which is (not) true of X?) it is a fragment: nothing in it can be judged
true or false, and beside choices that say something it stands out by its
form, picked or ruled out without knowing the answer.

A bare list of a few names ('Hot, Warm, Cold') is list_choices.py's; this is
the list of longer phrases that a particle-bearing word makes `judgeable`.
"""

from __future__ import annotations

import re

from bot.quiz.material import SENTENCE_TAIL
from bot.quiz.text import list_parts, script_class, without_asides

# The word of choice before the last item: 또는/혹은, 'or', Japanese や (after
# a katakana, kanji or Latin word: inside a hiragana word it is a syllable)
# and または, Chinese 或/或者 (not 或许 'perhaps').
_CHOICE_JOIN = re.compile(
    r"\s+(?:또는|혹은|or)\s+|(?<=[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9])や|または|或者|或(?!许)",
    re.IGNORECASE)
_OPENING_CHOICE = re.compile(r"^(?:또는|혹은|or|または|或者|或)\s*", re.IGNORECASE)
# The comma of Japanese and Chinese lists.
_CJK_COMMA = re.compile(r"\s*[、，]\s*")
# Every comma a list is split at.
_COMMAS = (",", "、", "，")
# Three items at least: 'A 또는 B' alone is as often a statement's object.
_FEWEST_ITEMS = 3
# A closing 'etc.' says nothing more ('A, B 또는 C 등', 'A, B, or C, etc.').
_ETC = re.compile(r"(?:\s*등|\s*など|\s*等|,?\s*etc\.?)\s*$", re.IGNORECASE)
# A predicate closing a Korean line, beyond a sentence ending ('…함', '…가능'):
# a verbal noun a note ends on ('… 지원', '… 사용', '… 저장').
_KOREAN_PREDICATE = re.compile(
    r"(?:[다음함됨임짐]|가능|불가|필요|적합|유용|제공|지원|사용|수행|허용|차단|저장|처리)$")
# A Japanese predicate: a verb, an adjective or a copula closing the item.
_JAPANESE_PREDICATE = re.compile(r"(?:[るたいす]|です|ない|できる|可能)$")
# An English clause's verb: a copula, an auxiliary, or 'has'/'have'.
_ENGLISH_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|can|could|will|would|may|might|must|should|"
    r"has|have|had|does|do|did)\b", re.IGNORECASE)
_ENGLISH_ITEM_WORDS = 6


def lists_examples(text: str) -> bool:
    """Whether the line is only a list of three items or more, joined by commas
    and, before the last, by a word of choice, none saying anything of its own."""
    if not any(comma in text for comma in _COMMAS):
        return False  # (one part: most lines, told before any pattern)
    core = _ETC.sub("", without_asides(text).strip().rstrip(".。 "))
    parts = list_parts(_CJK_COMMA.sub(", ", core))
    if len(parts) < 2:
        return False
    # (With a comma before it, 'A, B, or C', the word opens the last part.)
    opened = _OPENING_CHOICE.match(parts[-1])
    if opened is not None:
        last = [parts[-1][opened.end():].strip()]
    else:
        last = [p.strip() for p in _CHOICE_JOIN.split(parts[-1]) if p.strip()]
        if len(last) < 2:
            return False
    items = [*parts[:-1], *last]
    return len(items) >= _FEWEST_ITEMS and not any(
        _says(item, last=at == len(items) - 1) for at, item in enumerate(items))


def _says(item: str, *, last: bool) -> bool:
    """Whether the item closes on a predicate of its own (or on a particle:
    then it runs on, a clause, not an item). A verbal noun closes an item of a
    list ('장바구니 저장, 세션 정보 …'), but closing the line it may be the
    predicate of all the items ('로그, 지표 또는 추적 저장')."""
    if script_class(item) == "latin":
        return bool(_ENGLISH_VERB.search(item)) or len(item.split()) > _ENGLISH_ITEM_WORDS
    return bool(SENTENCE_TAIL.search(item) or (last and _KOREAN_PREDICATE.search(item))
                or _JAPANESE_PREDICATE.search(item))
