"""`ListBank`: a QuestionBank over a plain sequence of questions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.core.ports import QuestionLike


class ListBank:
    def __init__(self, questions: Iterable[QuestionLike]) -> None:
        self._questions: tuple[QuestionLike, ...] = tuple(questions)
        self._by_id = {q.id: q for q in self._questions}

    def questions(self) -> Sequence[QuestionLike]:
        return self._questions

    def get(self, question_id: str) -> QuestionLike | None:
        return self._by_id.get(question_id)
