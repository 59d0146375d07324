"""Which words of a name a text writes, in any order and form.

Matching a description to one of a list's names, a sibling whose name the
description writes word for word ('리소스 제한' for '포드 수준에서 리소스 요청 및
제한 … 구현', filed by the notes under 제어; 'limit resources' for *Resource
limits*) is as right to a reader as the name the notes filed it under: the
real world calls it by that sibling's words (blind readers, ONE-RIGHT), so it
is never offered beside the answer (`says_every_word`). A heading that writes
a word of one name of those under it points at that one (`says_a_word`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.quiz.text import bare_word, without_asides

_WORD = re.compile(r"[^\W_]+")
_LATIN = re.compile(r"[A-Za-z]+")
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Words too slight to name anything on their own.
_SLIGHT = frozenset({"a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "by",
                     "with", "및", "와", "과"})


@lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> tuple[str, ...]:
    words = [bare_word(w) for w in _WORD.findall(without_asides(name) or name)]
    return tuple(w for w in words if len(w) >= 2 and w not in _SLIGHT)


@lru_cache(maxsize=1 << 14)
def _text_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


_ENDINGS = ("s", "es", "d", "ed", "ing")


@lru_cache(maxsize=1 << 14)
def _roots(word: str) -> frozenset[str]:
    """A Latin word, and it without a plural or verb ending when four letters
    stay ('resources' -> resource, resourc)."""
    return frozenset({word, *(word[:-len(e)] for e in _ENDINGS
                              if word.endswith(e) and len(word) - len(e) >= 4)})


def _written(word: str, text_words: tuple[str, ...], flat: str) -> bool:
    if _LATIN.fullmatch(word):
        # (A Latin word in any of its plain forms: 'limit', 'limits', 'limited'.)
        roots = _roots(word)
        return any(roots & _roots(t) for t in text_words)
    # Hangul at a word's start ('제한' in '제한을'); Han or kana anywhere, the
    # text running without spaces ('制限' in 'リソースの制限を').
    return any(t.startswith(word) for t in text_words) \
        or (_HAN_KANA.search(word) is not None and word in flat)


def says_every_word(text: str, name: str) -> bool:
    """Whether the text writes every word of the name (asides left out), in any
    order."""
    words = _name_words(name)
    if not words:
        return False
    text_words = _text_words(text)
    flat = "".join(text_words)
    return all(_written(w, text_words, flat) for w in words)


def says_a_word(text: str, name: str) -> bool:
    """Whether the text writes some word of the name (asides left out)."""
    text_words = _text_words(text)
    flat = "".join(text_words)
    return any(_written(w, text_words, flat) for w in _name_words(name))
