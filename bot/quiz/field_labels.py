"""Field labels: the keys of a record the notes fill in again and again.

Troubleshooting guides and comparison sheets write one record per item, each
with the same labelled lines ('- Symptoms: …', '- Verification: …', '-
Commands: …' under every error). Read as `term : definition` groups, each
record would ask 'which one does this describe?' with Symptoms, Verification
and Commands as the choices: the answer is a slot of the layout, told by the
form of its value (a list of commands is the Commands line), not something
studied. A key written under three records or more is such a label, unless the
notes name it as a thing of their own elsewhere (a heading 'Unit Tests' beside
'- Unit Tests: 70%' under each principle): then the records compare things.

Two readings find such keys: a key under three records or more that names no
thing (`without_field_labels`), and two or more keys written together in three
lists or more (`without_form_fields`). Either way the keyed entries leave their
groups, and a group left with fewer than three is no list (`_without_keys`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import Protocol, TypeVar

from bot.notes.labels import is_generic
from bot.notes.model import Fact, SourceRef
from bot.quiz.text import compact

# Three records share the key: two may be a pair of things compared ('Standard'
# and 'Bulk' retrieval under two archive classes).
MIN_RECORDS = 3
MIN_GROUP = 3
_FULL_WIDTH_ASIDE = re.compile(r"[（(][^()（）]*[)）]")


class Keyed(Protocol):
    @property
    def term(self) -> str: ...


E = TypeVar("E", bound=Keyed)


def thing_key(name: str) -> str:
    """A name as compared here: asides of either width and spacing dropped."""
    return compact(_FULL_WIDTH_ASIDE.sub(" ", name))


def field_labels(groups: Sequence[Sequence[E]], things: Collection[str]) -> set[str]:
    """Keys (thing_key) written in MIN_RECORDS groups or more that name no
    thing of the notes (`things`: thing_key of headings and concept names),
    and keys that are field words wherever they stand ('Pro: …', 'Con: …',
    'Exam use: …' under each of two RAID levels; '장점:', 'メリット:'): a
    word that says which slot a line fills never names what the line is about."""
    records = Counter(key for group in groups for key in {thing_key(e.term) for e in group})
    return {key for key, n in records.items() if n >= MIN_RECORDS and key not in things} \
        | {thing_key(e.term) for group in groups for e in group if is_generic(e.term)}


def without_field_labels(groups: Sequence[tuple[E, ...]],
                                   things: Collection[str]) -> list[tuple[E, ...]]:
    """The groups with every entry keyed by a field label left out: such a key
    is neither an answer nor a choice."""
    return _without_keys(groups, field_labels(groups, things), thing_key)


def _without_keys(groups: Sequence[tuple[E, ...]], keys: Collection[str],
                  key: Callable[[str], str]) -> list[tuple[E, ...]]:
    """The groups without the entries whose term (read by `key`) is one of
    `keys`; a group left with fewer than MIN_GROUP entries is no list."""
    if not keys:
        return list(groups)
    kept = [tuple(e for e in group if key(e.term) not in keys) for group in groups]
    # (A group is three entries at least, as the reader gathers them.)
    return [group for group in kept if len(group) >= MIN_GROUP]


class Placed(Keyed, Protocol):
    @property
    def section(self) -> str: ...

    @property
    def topic(self) -> str: ...

    @property
    def crumb(self) -> str: ...


P = TypeVar("P", bound=Placed)


def _parent(group: Sequence[Placed]) -> tuple[str, str, str] | None:
    """Where the item a group of keyed lines stands under stands (section,
    topic, the breadcrumb above the item), or None for a group that is no
    item's lines (one breadcrumb level, or lines of several places)."""
    crumbs = {(e.section, e.topic, e.crumb) for e in group}
    if len(crumbs) != 1:
        return None
    section, topic, crumb = crumbs.pop()
    above, sep, _ = crumb.rpartition(" > ")
    return (section, topic, above) if sep else None


def without_sibling_labels(groups: Sequence[tuple[P, ...]]) -> list[tuple[P, ...]]:
    """The groups without keys written under two sibling items or more ('Pro:
    …', 'Con: …' under 'RAID 0' and again under 'RAID 1'): a key each item of
    a list fills in is a slot of its record, the same word for a different
    value under each. (Keys that merely recur in two places of the notes, the
    four deadlock conditions listed and then prevented one by one, are things
    named twice: only siblings' keys are counted.)"""
    families: dict[tuple[str, str, str], list[int]] = {}
    for at, group in enumerate(groups):
        parent = _parent(group)
        if parent is not None:
            families.setdefault(parent, []).append(at)
    labels: dict[int, set[str]] = {}
    for members in families.values():
        if len(members) < 2:
            continue
        records = Counter(key for at in members for key in {thing_key(e.term) for e in groups[at]})
        shared = {key for key, n in records.items() if n >= 2}
        for at in members:
            labels[at] = shared
    if not labels:
        return list(groups)
    kept = [tuple(e for e in group if thing_key(e.term) not in labels.get(at, ()))
            for at, group in enumerate(groups)]
    return [group for group in kept if len(group) >= MIN_GROUP]


class Sourced(Keyed, Protocol):
    @property
    def source(self) -> SourceRef: ...


S = TypeVar("S", bound=Sourced)
Line = tuple[str, int]


def items_above(facts: Sequence[Fact]) -> dict[Line, Line]:
    """For each line written after a numbered item and before the next one at
    the same level (and each line under those), the item's line: '1. 물리
    계층' then '- 전송 단위: 비트' unindented stands under the item as much as
    an indented line would."""
    out: dict[Line, Line] = {}
    item: Line | None = None
    for fact in facts:
        if fact.kind == "step":
            item = (fact.source.file, fact.source.line)
        for line in fact.walk():
            if item is not None:
                out[(line.source.file, line.source.line)] = item
        out.update(items_above(fact.children))
    return out


def without_item_labels(groups: Sequence[tuple[S, ...]],
                        item_of: dict[Line, Line]) -> list[tuple[S, ...]]:
    """The groups without keys written under MIN_RECORDS sibling numbered items
    or more ('- 전송 단위: …' after '1. 물리 계층', again after '2. 데이터링크
    계층' and '3. 네트워크 계층'), however the lines are indented: each item
    fills the key in with its own value, a slot of its record, never a term.
    (A term written once among the items, 'end to end 전송 : …', stays.)"""
    items: dict[str, set[Line]] = {}
    for group in groups:
        for entry in group:
            item = item_of.get((entry.source.file, entry.source.line))
            if item is not None:
                items.setdefault(thing_key(entry.term), set()).add(item)
    labels = {key for key, under in items.items() if len(under) >= MIN_RECORDS}
    return _without_keys(groups, labels, thing_key)


# Lists that share this many of their terms, this many times over, are one
# form filled in again and again.
_FORM_FIELDS = 2
_FORM_REPEATS = 3


def without_form_fields(groups: Sequence[tuple[E, ...]]) -> list[tuple[E, ...]]:
    """The term lists without the fields of a form the notes fill in again and
    again ('Symptoms: …', 'Verification: …', 'Tools: …' under every fault;
    'Domain: …', 'Image: …' under every task): such a term is a field of
    whatever it stands under, never one thing, and a choice 'Symptoms' beside
    'Tools' asks which field a line was written in, not what it means. Two
    or more terms written together in three or more lists are such fields
    (a cheat sheet naming the services of an earlier list again is two lists,
    not a form); they leave every list, and a list left with fewer than three
    terms is no list."""
    names = [frozenset(compact(e.term) for e in g) for g in groups]
    fields: set[str] = set()
    for own in names:
        if own <= fields:
            continue
        # The terms of this list that each of at least two other lists share.
        shared = [own & other for other in names if other is not own]
        common = {t for t in own if sum(t in s for s in shared if len(s) >= _FORM_FIELDS)
                  >= _FORM_REPEATS - 1}
        if len(common) >= _FORM_FIELDS:
            fields |= common
    return _without_keys(groups, fields, compact)
