"""Confusable groups (data/confusables.txt): names that differ but whose things
overlap in the real world (Reserved Instances / Savings Plans, Gateway /
Interface Endpoint). A clue fitting one often fits the other too, whatever the
notes say, so one is never offered as a wrong choice beside the other."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[re.Pattern[str], ...], ...]:
    """Each group's members, one pattern a member matching any of its spellings
    as whole words, case-insensitively."""
    text = resources.files("bot.notes").joinpath("data/confusables.txt").read_text("utf-8")
    groups = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        members = []
        for member in line.split("|"):
            spellings = sorted((s.strip() for s in member.split(",") if s.strip()),
                               key=len, reverse=True)
            alternatives = "|".join(re.escape(s) for s in spellings)
            members.append(re.compile(rf"(?<![\w@-])(?:{alternatives})(?![\w@-])",
                                      re.IGNORECASE))
        groups.append(tuple(members))
    return tuple(groups)


@lru_cache(maxsize=1 << 15)
def _members(name: str) -> frozenset[tuple[int, int]]:
    """(group, member) for every member whose spelling is a word of `name`."""
    return frozenset((g, m) for g, members in enumerate(_groups())
                     for m, pattern in enumerate(members) if pattern.search(name))


def confusable(answer: Iterable[str], other: Iterable[str]) -> bool:
    """Whether a name of `other` is another member of a group that a name of
    `answer` belongs to ('Compute Savings Plans' beside 'Reserved Instances')."""
    mine = frozenset().union(*(_members(n) for n in answer))
    theirs = frozenset().union(*(_members(n) for n in other))
    return any(g == h and m != n for g, m in mine for h, n in theirs)
