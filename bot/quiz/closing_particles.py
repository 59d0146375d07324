"""Closing particles and verb endings taken off a Hangul word by lookup.

A pattern `(?:으로|에서|…)$` is tried at every character of the word before
the one that closes it matches: a few µs a word, and a build reads thousands
of words. Its match is the longest of its endings the word closes on (the
leftmost start that reaches the end), found by a lookup per ending length.
"""

from __future__ import annotations

from collections.abc import Iterable


class ClosingParticles:
    """A set of endings, taken off a word as `re.sub('(?:e1|e2|…)$', '', word)`
    takes them off a word with no line break (a Hangul run, a word of a
    line split at spaces)."""

    __slots__ = ("_by_length",)

    def __init__(self, endings: Iterable[str]) -> None:
        by_length: dict[int, set[str]] = {}
        for ending in endings:
            if not ending:
                raise ValueError("an empty ending")
            by_length.setdefault(len(ending), set()).add(ending)
        # Longest first: the longest ending a word closes on is the one taken.
        self._by_length = tuple((n, frozenset(found))
                                for n, found in sorted(by_length.items(), reverse=True))

    def without(self, word: str) -> str:
        """The word without the longest of the endings it closes on."""
        for length, endings in self._by_length:
            if word[-length:] in endings:
                return word[:-length]
        return word
