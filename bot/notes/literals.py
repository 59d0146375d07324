"""Words every match of a pattern holds, looked up before the pattern is searched.

A pattern of many branches (a pointer sentence, a hedge, a drawing read, an
advert) tries each branch at every character of a line: 10-20 µs a line,
and a bank build reads thousands of lines. Every match of such a pattern
holds one of a few words; most lines hold none, and are told at once by a
few substring lookups: the pattern is searched on the others only.

The words are looked up as re.IGNORECASE reads a line: Latin letters in the
line folded (`folded`), the words themselves in lower case. Each module
keeps its words beside its pattern; tests/quiz/test_quiz_pattern_words.py
checks that each branch of each pattern holds one of them.
"""

from __future__ import annotations

from functools import lru_cache

# Characters re.IGNORECASE matches to a Latin letter that str.lower() does not
# turn into it (the Turkish dotted and dotless i, the long s). (No other
# character: the test checks every code point.)
_IGNORECASE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def folded(text: str) -> str:
    """The text lower-cased as re.IGNORECASE matches a Latin letter."""
    return text.translate(_IGNORECASE_FOLD).lower()


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text holds one of the (lower-case) words, read as
    re.IGNORECASE reads it."""
    low, letters = _read(text)
    # (Looked up by the list's identity: hashing a tuple of tens of words for
    # each of some 20 000 lookups cost more than the lookups. The list is kept
    # beside its index, so an id reused is never taken for it.)
    kept = _INDEXED.get(id(words))
    if kept is None or kept[0] is not words:
        if len(_INDEXED) >= _MAX_LISTS:
            _INDEXED.clear()  # (lists made on the fly: kept bounded)
        kept = (words, _by_first(words))
        _INDEXED[id(words)] = kept
    firsts, by_first = kept[1]
    # Only the words opening on a character the text has can be in it: one
    # set intersection, then a few lookups. (Looking up each word in turn was
    # 70 ms a bank build: some 17 000 lines-and-lists, of 14 to 76 words.)
    return any(word in low for first in letters & firsts for word in by_first[first])


_MAX_LISTS = 256
_INDEXED: dict[int, tuple[tuple[str, ...], tuple[frozenset[str], dict[str, tuple[str, ...]]]]] = {}


# (Remembered: a line is looked up in each of the lists, a dozen.)
@lru_cache(maxsize=1 << 16)
def _read(text: str) -> tuple[str, frozenset[str]]:
    """The text folded, and the characters it has (and '', the start of an
    empty word, which every text holds)."""
    low = folded(text)
    return low, frozenset(low) | {""}


@lru_cache(maxsize=256)
def _by_first(words: tuple[str, ...]) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The words' first characters ('' for an empty word), and the words by it."""
    out: dict[str, list[str]] = {}
    for word in words:
        out.setdefault(word[:1], []).append(word)
    return frozenset(out), {first: tuple(found) for first, found in out.items()}
