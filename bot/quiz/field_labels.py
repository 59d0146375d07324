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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from typing import Protocol, TypeVar

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
    thing of the notes (`things`: thing_key of headings and concept names)."""
    records = Counter(key for group in groups for key in {thing_key(e.term) for e in group})
    return {key for key, n in records.items() if n >= MIN_RECORDS and key not in things}


def without_field_labels(groups: Sequence[tuple[E, ...]],
                                   things: Collection[str]) -> list[tuple[E, ...]]:
    """The groups with every entry keyed by a field label left out: such a key
    is neither an answer nor a choice."""
    labels = field_labels(groups, things)
    if not labels:
        return list(groups)
    kept = [tuple(e for e in group if thing_key(e.term) not in labels) for group in groups]
    # (A group is three entries at least, as the reader gathers them.)
    return [group for group in kept if len(group) >= MIN_GROUP]
