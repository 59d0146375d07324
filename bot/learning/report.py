"""Weak spots: per-section accuracy and coverage.

Sections get short ASCII ids (S01, S02, … in deck order). The localized table
is drawn by bot.core.report_view and the PNG chart by bot.learning.chart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True, slots=True)
class AnswerRow:
    """One recorded answer, as the store reads it (answers joined with questions)."""

    section: str
    correct: bool
    member: str
    kind: str  # "daily" or "practice"


@dataclass(frozen=True, kw_only=True, slots=True)
class SectionRow:
    label: str  # short ASCII id, S01…
    section: str
    answered: int
    correct: int
    members: int  # distinct members who answered here

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answered if self.answered else None


@dataclass(frozen=True, kw_only=True, slots=True)
class SectionReport:
    rows: tuple[SectionRow, ...]  # deck order; sections no longer in the deck last

    @property
    def answered(self) -> int:
        return sum(r.answered for r in self.rows)

    @property
    def correct(self) -> int:
        return sum(r.correct for r in self.rows)

    @property
    def never_asked(self) -> tuple[SectionRow, ...]:
        return tuple(r for r in self.rows if r.answered == 0)

    @property
    def coverage(self) -> float:
        """Share of sections with at least one answer."""
        return (len(self.rows) - len(self.never_asked)) / len(self.rows) if self.rows else 0.0

    def weakest(self, n: int = 3) -> tuple[SectionRow, ...]:
        asked = [r for r in self.rows if r.answered]
        return tuple(sorted(asked, key=lambda r: (r.correct / r.answered, -r.answered))[:n])


def section_report(
    answers: Iterable[AnswerRow],
    sections: Sequence[str],
    *,
    member: str | None = None,
    kind: str | None = None,
) -> SectionReport:
    """Per-section tallies over `answers`, optionally for one member or one kind.
    Every deck section gets a row (zero answers = never asked)."""
    order = list(dict.fromkeys(sections))
    answered: dict[str, int] = {}
    correct: dict[str, int] = {}
    who: dict[str, set[str]] = {}
    for a in answers:
        if (member is not None and a.member != member) or (kind is not None and a.kind != kind):
            continue
        answered[a.section] = answered.get(a.section, 0) + 1
        correct[a.section] = correct.get(a.section, 0) + int(a.correct)
        who.setdefault(a.section, set()).add(a.member)
        if a.section not in order:
            order.append(a.section)
    width = max(2, len(str(len(order))))
    return SectionReport(
        rows=tuple(
            SectionRow(
                label=f"S{i:0{width}d}",
                section=s,
                answered=answered.get(s, 0),
                correct=correct.get(s, 0),
                members=len(who.get(s, ())),
            )
            for i, s in enumerate(order, start=1)
        )
    )
