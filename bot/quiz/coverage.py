"""How much of a deck its questions reach, section by section: the figure that
shows where precision rules left topics unasked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.notes.model import Deck
from bot.quiz.question import Question


@dataclass(frozen=True, kw_only=True, slots=True)
class SectionCoverage:
    section: str
    topics: int
    asked: int  # topics with at least one question
    questions: int


def coverage(deck: Deck, bank: Sequence[Question]) -> tuple[SectionCoverage, ...]:
    """One row per section, in the notes' order. A question counts for the section
    it names (a line of a merged topic is placed where it is written)."""
    asked = {(q.section, q.topic) for q in bank}
    per_section: dict[str, int] = {}
    for q in bank:
        per_section[q.section] = per_section.get(q.section, 0) + 1
    rows = []
    for section in deck.sections:
        rows.append(SectionCoverage(
            section=section.title, topics=len(section.topics),
            asked=sum((section.title, t.title) in asked for t in section.topics),
            questions=per_section.get(section.title, 0)))
    return tuple(rows)


def coverage_lines(rows: Sequence[SectionCoverage]) -> list[str]:
    lines = [f"{r.asked}/{r.topics} topics, {r.questions} questions\t{r.section}" for r in rows]
    topics = sum(r.topics for r in rows)
    asked = sum(r.asked for r in rows)
    share = 100 * asked / topics if topics else 0.0
    lines.append(f"total: {asked}/{topics} topics ({share:.0f}%), "
                 f"{sum(r.questions for r in rows)} questions")
    return lines
