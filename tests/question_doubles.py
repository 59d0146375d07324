"""A question value for tests that need a small bank without generating one
from notes. It has the shape the core's QuestionLike port asks for; the
explanation is a keyword so that each suite can quote its own passage."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.notes.model import SourceRef


@dataclass(frozen=True, kw_only=True, slots=True)
class FakeQuestion:
    id: str
    section: str
    topic: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    kind: str = "name"
    concept: str = ""
    explanation: str = "explained"
    source: SourceRef = field(default_factory=lambda: SourceRef(file="deck.md", line=1))
    source_hash: str = "h"
    back: str = ""

    @property
    def is_flashcard(self) -> bool:
        return self.kind == "flashcard"

    @property
    def breadcrumb(self) -> str:
        return f"{self.section} > {self.topic}"
