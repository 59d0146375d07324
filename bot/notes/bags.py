"""Bags of tokens and adjacent token pairs: fast "does this topic say X" tests.

FTS5 finds and scores candidate topics; the re-ranking in lookup.py then asks,
for each candidate and each query group, whether the title, the breadcrumb,
the facts or the described terms contain the group. Doing that with set
inclusion (a phrase is in a text when its token, or all its adjacent pairs,
are) keeps a query well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from bot.notes.query import Group

Item = str | tuple[str, str]


@dataclass(frozen=True, kw_only=True, slots=True)
class Bag:
    """Tokens of some text and their adjacent pairs: a phrase is in the text
    (near enough) when its token, or all its adjacent pairs, are in the bag."""

    items: frozenset[Item]

    @classmethod
    def of(cls, segments: Iterable[list[str]]) -> Bag:
        items: set[Item] = set()
        for seg in segments:
            items.update(seg)
            items.update(pairwise(seg))
        return cls(items=frozenset(items))

    def plus(self, segments: Iterable[list[str]]) -> Bag:
        """This bag and the items of more segments (no pair spans two segments)."""
        items: set[Item] = set(self.items)
        for seg in segments:
            items.update(seg)
            items.update(pairwise(seg))
        return Bag(items=frozenset(items))

    @property
    def tokens(self) -> frozenset[str]:
        return frozenset(i for i in self.items if isinstance(i, str))


def need(phrase: tuple[str, ...]) -> frozenset[Item]:
    return frozenset(phrase) if len(phrase) == 1 else frozenset(pairwise(phrase))


Plan = tuple[tuple[frozenset[Item], ...], tuple[tuple[frozenset[Item], ...], ...]]
Holds = Callable[[Iterable[Item]], bool]  # a bag's `items.issuperset`


def holds_any(holds: Holds, needs: tuple[frozenset[Item], ...]) -> bool:
    return any(map(holds, needs))


def cover(holds: Holds, plan: Plan) -> float:
    """1 when the bag holds the group; partial credit for the parts of a
    multi-word concept ("aurora serverless" -> aurora, serverless)."""
    own, parts = plan
    if any(map(holds, own)):
        return 1.0
    if not parts:
        return 0.0
    return 0.3 * sum(any(map(holds, p)) for p in parts) / len(parts)


class Needs:
    """What a group asks of a bag, computed once per query (not per topic).

    The tests run for every candidate topic and every group, several times
    each, so they stay in C (`map(items.issuperset, ...)`): ranking works on
    each group's `plan`, taken once per query.
    """

    def __init__(self) -> None:
        self._cache: dict[int, tuple[frozenset[Item], ...]] = {}

    def of(self, group: Group) -> tuple[frozenset[Item], ...]:
        found = self._cache.get(id(group))
        if found is None:
            found = tuple(need(p) for p in group.phrases if p)
            self._cache[id(group)] = found
        return found

    def plan(self, group: Group) -> Plan:
        return self.of(group), tuple(self.of(p) for p in group.parts)

    def has(self, bag: Bag, group: Group) -> bool:
        return any(map(bag.items.issuperset, self.of(group)))

    def cover(self, bag: Bag, group: Group) -> float:
        return cover(bag.items.issuperset, self.plan(group))
