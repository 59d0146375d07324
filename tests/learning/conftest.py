from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.notes.model import SourceRef
from bot.quiz.question import Question

MakeQ = Callable[..., Question]


def _make(
    qid: str,
    *,
    section: str = "S",
    concept: str | None = None,
    choices: int = 4,
    source_hash: str = "h",
    explanation: str = "",
) -> Question:
    return Question(
        id=qid,
        kind="name",
        section=section,
        topic=concept or qid,
        concept=concept or qid,
        prompt=f"prompt {qid}",
        choices=tuple(f"c{i}" for i in range(choices)),
        answer=0,
        explanation=explanation,
        source=SourceRef(file="t.md", line=1),
        source_hash=source_hash,
    )


@pytest.fixture
def make_q() -> MakeQ:
    """Real bank questions (bot.quiz.question.Question) with only what matters set."""
    return _make
