"""Cross-language giveaways: a stem that translates or transliterates the answer
(데이터 레이크 -> *Lake*, 권한 -> *Permissions*, 일반적인 용도 -> *범용 SSD*,
'Change Set' -> 변경 사항 세트).

Both texts are read as *senses*: English words (CamelCase split, plural dropped)
and the English words a Korean term translates (terms.py). A sense of the answer
that the stem shows, in either language or as a transliteration, gives the
answer away, unless every other choice has it too (then it points at none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.quiz.terms import term_list
from bot.quiz.translit import written_in_hangul

_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
# Words that name no particular thing: sharing them gives nothing away.
_EMPTY = frozenset({"aws", "amazon", "the", "of", "for", "and", "or", "to", "in", "on", "with",
                    "by", "an", "is", "as", "at", "be", "it", "its", "from", "service",
                    "services", "vs"})


def _lemma(word: str) -> str:
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text.lower())


@lru_cache(maxsize=1 << 14)
def english_words(text: str) -> frozenset[str]:
    """English words of a text, CamelCase split ('EventBridge' -> event, bridge)."""
    out: set[str] = set()
    for token in re.findall(r"[A-Za-z][A-Za-z0-9]*", text):
        out.add(_lemma(token))
        parts = _WORD.findall(token)
        if len(parts) > 1:
            out.update(_lemma(p) for p in parts)
    return frozenset(w for w in out if len(w) >= 2 and w not in _EMPTY)


@lru_cache(maxsize=1 << 14)
def spoken_words(text: str) -> frozenset[str]:
    """English words that Korean would write as they sound: no acronyms (NACL, EBS
    are read letter by letter)."""
    return english_words(" ".join(t for t in re.findall(r"[A-Za-z][A-Za-z0-9]*", text)
                                  if not (t.isupper() and len(t) <= 6)))


@lru_cache(maxsize=1)
def _flat_terms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((english, tuple(_flat(k) for k in korean))
                 for english, korean in term_list().items())


@lru_cache(maxsize=1 << 14)
def senses(text: str) -> frozenset[str]:
    """English words of the text and those its Korean terms translate."""
    flat = _flat(text)
    lower = " " + re.sub(r"[^a-z0-9]+", " ", text.lower()) + " "
    out = set(english_words(text))
    for english, korean in _flat_terms():
        if " " in english and f" {english} " in lower:
            out.add(english)
        if any(k in flat for k in korean):
            out.add(english)
    return frozenset(out - _EMPTY)


def _has(text: str, sense: str) -> bool:
    return sense in senses(text) or (" " not in sense and written_in_hangul(sense, text))


def shown_senses(answer: str, stem: str) -> frozenset[str]:
    """Senses of the answer that the stem shows in any language or spelling."""
    found = set(senses(answer) & senses(stem))
    for word in spoken_words(answer):
        if word not in found and written_in_hangul(word, stem):
            found.add(word)
    for word in spoken_words(stem):
        if word not in found and written_in_hangul(word, answer):
            found.add(word)
    return frozenset(found)


def gives_away(answer: str, stem: str, others: Iterable[str]) -> bool:
    """Whether the stem points at `answer` by a word, translation or transliteration
    that not every other choice shares."""
    shown = shown_senses(answer, stem)
    if not shown:
        return False
    return any(not all(_has(other, s) for s in shown) for other in others)
