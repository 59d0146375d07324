"""Choices a stem rules out by an exclusive value (bot/notes/data/exclusive_values.txt).

A stem that says 'a high-performance file system for Linux' rules out a choice
named '… for Windows' without any study: one operating system is not the other.
When every wrong choice is ruled out so (always, in a two-choice pair), the
question is answered by elimination and gives the answer away."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

# One group's values, each with the pattern of its words.
_Groups = tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]


def _pattern(words: Sequence[str]) -> re.Pattern[str]:
    parts = []
    for word in words:
        escaped = re.escape(word)
        # A Latin word matches whole ('Windows' not in 'WindowsXYZ' nor 'ipv4x').
        if word[:1].isascii():
            escaped = rf"(?<![A-Za-z]){escaped}(?![A-Za-z])"
        parts.append(escaped)
    return re.compile("|".join(parts))


@cache
def _groups() -> _Groups:
    text = resources.files("bot.notes").joinpath("data/exclusive_values.txt").read_text("utf-8")
    found: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, value, words = (part.strip() for part in line.split("|"))
        found.setdefault(group, []).append(
            (value, _pattern([w.strip() for w in words.split(",") if w.strip()])))
    return tuple((group, tuple(values)) for group, values in found.items())


@lru_cache(maxsize=1 << 14)
def _spoken(text: str) -> frozenset[tuple[str, str]]:
    """The (group, value) pairs a text speaks."""
    return frozenset((group, value) for group, values in _groups()
                     for value, pattern in values if pattern.search(text))


def _values(spoken: frozenset[tuple[str, str]], group: str) -> set[str]:
    return {value for g, value in spoken if g == group}


def ruled_out(stem: str, right: str, wrong: str) -> bool:
    """The stem speaks one value of a group, the right choice none other, and
    the wrong choice only others: the stem rules the wrong one out."""
    stem_says, right_says, wrong_says = _spoken(stem), _spoken(right), _spoken(wrong)
    for group, _ in _groups():
        said = _values(stem_says, group)
        # (A stem that speaks two values compares them: it rules out neither.)
        if len(said) != 1 or not _values(right_says, group) <= said:
            continue
        other = _values(wrong_says, group)
        if other and not other & said:
            return True
    return False


def left_by_elimination(stem: str, right: str, wrong: Sequence[str]) -> bool:
    """Every wrong choice is ruled out by the stem: only the answer is left."""
    # (Most stems speak no value at all: settled by one look.)
    if not _spoken(stem):
        return False
    return bool(wrong) and all(ruled_out(stem, right, w) for w in wrong)
