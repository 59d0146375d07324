"""The passage a lookup shows: the facts that match, where they sit, and what is
around them, rather than the first lines of a big topic.

A topic that fits the limit is shown whole. A longer one (a file that became
one topic of a hundred facts, an answer with tables and sub-labels) is cut
down to the facts that say what the query asks, each with the bullets above
it (its label, its parent), its own sub-bullets and its neighbours, in the
order of the notes, with "…" where something was left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.notes import text as T
from bot.notes.bags import Bag, Needs
from bot.notes.model import Fact, Topic
from bot.notes.query import Group
from bot.notes.render import fact_line, fact_lines, table_header

GAP = "…"


_MATCH_CHARS = 2000  # a fact is matched on its first characters (a pasted 1 MB line)


@dataclass(frozen=True, kw_only=True, slots=True)
class Line:
    """One fact of a topic in document order, with where it hangs."""

    fact: Fact
    parent: int | None  # index of the parent line
    end: int  # index after the last line of this fact's subtree


def flatten(topic: Topic) -> tuple[Line, ...]:
    out: list[Line] = []

    def walk(fact: Fact, parent: int | None) -> None:
        me = len(out)
        out.append(Line(fact=fact, parent=parent, end=me + 1))
        for child in fact.children:
            walk(child, me)
        out[me] = Line(fact=fact, parent=parent, end=len(out))

    for fact in topic.facts:
        walk(fact, None)
    return tuple(out)


class Shown:
    """A topic as lookup shows it. Its text, lines and their token bags are made
    the first time a query shows the topic, then kept: a query never tokenizes
    the notes, and loading a deck does not prepare topics nobody looks up."""

    __slots__ = ("_bags", "_lines", "_whole", "topic")

    def __init__(self, topic: Topic) -> None:
        self.topic = topic
        # Each is set in one assignment, so threads searching at once at worst
        # compute the same value twice.
        self._whole: tuple[str, int] | None = None
        self._lines: tuple[Line, ...] | None = None
        self._bags: tuple[Bag, ...] | None = None

    def whole(self) -> tuple[str, int]:
        """All the facts as text, and its size counted as passages count it."""
        if self._whole is None:
            lines = fact_lines(self.topic.facts)
            self._whole = ("\n".join(lines), sum(len(x) + 1 for x in lines))
        return self._whole

    def lines(self) -> tuple[Line, ...]:
        if self._lines is None:
            self._lines = flatten(self.topic)
        return self._lines

    def bags(self) -> tuple[Bag, ...]:
        if self._bags is None:
            # A table row is also about its header's names: in a "Security Group
            # | Network ACL" table every row speaks of both.
            self._bags = tuple(
                Bag.of(
                    [
                        T.tokens(line.fact.text[:_MATCH_CHARS]),
                        *(T.tokens(label[:_MATCH_CHARS]) for label, _ in line.fact.cells),
                    ]
                )
                for line in self.lines()
            )
        return self._bags


def _chosen(shown: Shown, groups: Sequence[Group], needs: Needs) -> list[int]:
    """Indexes of the lines that match, best first: most query groups, then the
    rarest in this topic (in a CoreDNS topic, "reload" says more than "CoreDNS"
    does), then earliest."""
    found = [[needs.has(bag, g) for g in groups] for bag in shown.bags()]
    lines_with = [sum(row[k] for row in found) for k in range(len(groups))]
    scored = []
    for i, row in enumerate(found):
        hits = sum(row)
        if hits:
            rarity = sum(1 / lines_with[k] for k, has in enumerate(row) if has)
            scored.append((-hits, -rarity, i))
    return [i for _, _, i in sorted(scored)]


def passage(shown: Shown, groups: Sequence[Group], needs: Needs, limit: int) -> str:
    whole, size = shown.whole()
    lines = shown.lines()
    if size <= limit or not lines:
        return whole
    keep: set[int] = set()
    size = 0

    def add(i: int) -> bool:
        nonlocal size
        if i in keep:
            return True
        cost = len(fact_line(lines[i].fact)) + 1
        if size + cost > limit:
            return False
        keep.add(i)
        size += cost
        return True

    def add_with_context(i: int) -> None:
        up: list[int] = []
        p = lines[i].parent
        while p is not None:
            up.append(p)
            p = lines[p].parent
        for j in reversed(up):
            add(j)
        if not add(i):
            return
        for j in range(i + 1, lines[i].end):
            if not add(j):
                return

    chosen = _chosen(shown, groups, needs)
    for i in chosen[:6]:
        add_with_context(i)
    # The opening lines usually say what the topic is; keep them when there is room.
    for i in range(min(3, len(lines))):
        if lines[i].parent is None:
            add_with_context(i)
    # Neighbours: the lines just before and after what was kept, while there is room.
    for i in sorted(keep):
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and not add(j):
                break
    if not keep:
        # One line longer than the limit (a whole answer pasted as one line):
        # its start, rather than nothing.
        best = lines[chosen[0] if chosen else 0].fact
        return fact_line(best)[: max(limit - 1, 1)].rstrip() + GAP
    out: list[str] = []
    prev = -1
    header: tuple[str, ...] | None = None
    for i in sorted(keep):
        if i != prev + 1 and prev >= 0:
            out.append(GAP)
            header = None
        fact = lines[i].fact
        if fact.kind == "row":
            labels = tuple(label for label, _ in fact.cells)
            if labels != header:
                out.extend(table_header(fact))
                header = labels
        else:
            header = None
        out.append(fact_line(fact))
        prev = i
    if prev < len(lines) - 1:
        out.append(GAP)
    return "\n".join(out)

