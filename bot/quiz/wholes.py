"""A whole and its parts written side by side as one flat list.

Notes often number a service and then its features as peers: '1. CloudFront',
'2. CloudFront 특징', '3. Price Classes', '4. Origin Shield', '5. CloudFront
보안', '6. 글로벌 엑셀러레이터'. The items written between two headings on
aspects of one thing ('CloudFront 특징' … 'CloudFront 보안': the notes opened
on CloudFront before them and still speak of it after them) are its parts,
not its peers. (Items between the thing itself and its first aspect heading
may be its peers: '1. EBS 볼륨', '2. AMI', '3. EBS 볼륨 유형' lists storage in
the order the author met it.) Asked beside its parts, the whole stands out by
kind (a service among its own features), and a part beside its whole is no
rival either.

A list that writes such a whole holds two levels: the things that have aspect
headings of their own ('CloudFront', '글로벌 엑셀러레이터') and the rest. Only
then are levels told apart; a list without an enclosed part is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from bot.quiz.naming import is_aspect
from bot.quiz.text import compact

# What may stand between a thing's name and the aspect word after it:
# 'CloudFront 특징', 'Route 53 - 보안', 'EC2: 요금'.
_AFTER_NAME = re.compile(r"^(?:\s+|\s*[-–:]\s*)(?=\S)")
_COMPARISON = re.compile(r"\bvs\b|\bversus\b|차이|비교", re.IGNORECASE)

# The level of a whole in a list that mixes levels, and of everything else
# there. (0: the list does not mix them, or the item is in no list.)
WHOLE = 1
PART = 2


@dataclass(frozen=True, slots=True)
class Placed:
    """Where an item stands among its list: its level (WHOLE, PART or 0) and
    the index of the whole it is a part of, if the list shows one."""

    level: int = 0
    owner: int | None = None


def _names_aspect(name: str) -> bool:
    """A heading on an aspect of a thing ('CloudFront 특징', 'CloudFront 보안'),
    not a comparison of it with another ('CloudFront vs Global Accelerator')."""
    return is_aspect(name) and not _COMPARISON.search(name)


def _lowered(spellings: Sequence[str]) -> list[str]:
    return [s.lower() for s in spellings if len(compact(s)) >= 2]


def _opens_on(name: str, lowered: Sequence[str]) -> bool:
    """Whether the name opens on one of the spellings, then a space or a dash."""
    head = name.lower()
    return any(head.startswith(s) and _AFTER_NAME.match(name[len(s):]) is not None
               for s in lowered)


def placed(names: Sequence[str], lists: Sequence[Hashable],
           spellings: Sequence[Sequence[str]]) -> list[Placed]:
    """For each item (its name, the list it belongs to and the names it may
    be written by), where it stands: see the module doc."""
    aspects = _aspect_runs(names, lists, spellings)
    heads = set(aspects)
    owners: dict[int, int] = {}
    # (The innermost whole owns an item: written nearest above it.)
    for head in sorted(heads):
        run = aspects[head]
        for at in range(run[0] + 1, run[-1]):
            if lists[at] == lists[head] and at not in heads \
                    and not any(at in found for found in aspects.values()):
                owners[at] = head
    mixed = {lists[head] for head in set(owners.values())}
    out: list[Placed] = []
    for at, where in enumerate(lists):
        if where not in mixed:
            out.append(Placed())
        elif at in heads:
            out.append(Placed(level=WHOLE))
        else:
            out.append(Placed(level=PART, owner=owners.get(at)))
    return out


def _aspect_runs(names: Sequence[str], lists: Sequence[Hashable],
                 spellings: Sequence[Sequence[str]]) -> dict[int, list[int]]:
    """Index of each item that later items of its list head an aspect of ->
    those items' indices, in order."""
    # (Read once each: a section's items are read against each other.)
    aspect_like = [i for i, name in enumerate(names) if _names_aspect(name)]
    found: dict[int, list[int]] = {}
    for at in range(len(names)):
        later = [i for i in aspect_like if i > at and lists[i] == lists[at]]
        if not later:
            continue
        lowered = _lowered(spellings[at])
        later = [i for i in later if _opens_on(names[i], lowered)]
        if later:
            found[at] = later
    return found
