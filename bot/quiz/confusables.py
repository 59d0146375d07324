"""Confusable groups (data/confusables.txt): names that differ but whose things
overlap in the real world (Reserved Instances / Savings Plans, Gateway /
Interface Endpoint). A clue fitting one often fits the other too, whatever the
notes say, so one is never offered as a wrong choice beside the other."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

_EDGES = (r"(?<![\w@-])", r"(?![\w@-])")


@lru_cache(maxsize=1)
def _alternatives() -> tuple[tuple[str, ...], ...]:
    """Each group's members, each as a pattern of its spellings (longest first)."""
    text = resources.files("bot.notes").joinpath("data/confusables.txt").read_text("utf-8")
    groups = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        members = []
        for member in line.split("|"):
            spellings = sorted((s.strip() for s in member.split(",") if s.strip()),
                               key=len, reverse=True)
            members.append("|".join(re.escape(s) for s in spellings))
        groups.append(tuple(members))
    return tuple(groups)


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[re.Pattern[str], ...], ...]:
    """Each group's members, one pattern a member matching any of its spellings
    as whole words, case-insensitively."""
    before, after = _EDGES
    return tuple(tuple(re.compile(rf"{before}(?:{alternatives}){after}", re.IGNORECASE)
                       for alternatives in members)
                 for members in _alternatives())


@lru_cache(maxsize=1)
def _any_member() -> re.Pattern[str]:
    """One pattern for every member of every group: a name it does not match is
    no member of any (most names are none; reading each member's pattern for
    them was most of the time spent here)."""
    before, after = _EDGES
    every = "|".join(f"(?:{alternatives})" for members in _alternatives()
                     for alternatives in members)
    return re.compile(rf"{before}(?:{every}){after}", re.IGNORECASE)


@lru_cache(maxsize=1 << 15)
def _members(name: str) -> frozenset[tuple[int, int]]:
    """(group, member) for every member whose spelling is a word of `name`."""
    if not _any_member().search(name):
        return frozenset()
    return frozenset((g, m) for g, members in enumerate(_groups())
                     for m, pattern in enumerate(members) if pattern.search(name))


@lru_cache(maxsize=1 << 14)
def _members_of(names: tuple[str, ...]) -> frozenset[tuple[int, int]]:
    """(group, member) for every member one of the names is. (Remembered: a
    concept's names are read against each sibling's, and each sibling's
    against every concept beside it.)"""
    return frozenset().union(*map(_members, names))


def confusable(answer: Iterable[str], other: Iterable[str]) -> bool:
    """Whether a name of `other` is another member of a group that a name of
    `answer` belongs to ('Compute Savings Plans' beside 'Reserved Instances')."""
    mine = _members_of(tuple(answer))
    if not mine:
        return False  # (most names are no member of any group)
    theirs = _members_of(tuple(other))
    return any(g == h and m != n for g, m in mine for h, n in theirs)
