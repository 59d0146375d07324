"""A name that says a count, and a stem that says the same count in other
words: 'Singleton' beside '인스턴스를 1개만 생성', 'Dual-Stack' beside 'two
stacks at once', '三重化' beside '3つのコピー', 'Single Sign-On' beside '한 번의
로그인'. The stem translates the name's count word and points at it as a
translation of any other word would, unless another choice says that count
too ('Double Buffering' beside 'Dual-Stack').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.quiz.restated import says_count

__all__ = ["count_alone", "name_counts"]

# Count words names are built with: an English word that opens with one
# ('Singleton', 'Doubly', 'Quadtree') or is one; the Korean, Japanese and
# Chinese words for once, twice, three-fold.
_NAME_WORDS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (count, re.compile(words, re.IGNORECASE)) for count, words in (
        (1, r"^(?:single\w*|sole|one)$|단일|単一|单一"),
        (2, r"^(?:dual\w*|double\w*|doubly|twin\w*|two)$|이중|二重|双"),
        (3, r"^(?:triple\w*|three)$|삼중|三重"),
        (4, r"^(?:quad\w*|four)$|사중|四重"),
    ))
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_A-Za-z]+")
# A count in digits before a counter ('1개', '2 stacks', '3つ', '两个' is in
# words): the noun after an English figure is a word, not a unit.
_DIGIT_COUNT = re.compile(
    r"(?<![\d.,])([1-4])\s?(?:개|대|번|회|가지|명|곳|つ|個|个|台|回|份)"
    r"|(?<![\d.,])\b([1-4])\s+(?!(?:ms|sec|min|kb|mb|gb|tb|bits?|bytes?|nodes? per)\b)"
    r"[a-z]{3,}", re.IGNORECASE)
# 'one of the …' names one of many, no count.
_ONE_OF = re.compile(r"\bone of\b|하나인|중 하나|の一つ|之一", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def name_counts(name: str) -> frozenset[int]:
    """The counts a name's words say ('Singleton' -> {1}, 'Dual-Stack' -> {2})."""
    words = _WORD.findall(name)
    return frozenset(count for count, pattern in _NAME_WORDS
                     if any(pattern.search(w) for w in words))


def _stem_says(stem: str, count: int) -> bool:
    if any(int(a or b) == count for a, b in _DIGIT_COUNT.findall(stem)):
        return True
    return says_count(_ONE_OF.sub(" ", stem), count)


def count_alone(answer: str, stem: str, others: Sequence[str]) -> bool:
    """The stem says a count the answer's name says and no other choice's does."""
    counts = name_counts(answer)
    if not counts:
        return False
    shared = frozenset().union(*(name_counts(o) for o in others)) if others else frozenset()
    return any(_stem_says(stem, c) for c in counts - shared)
