"""Grading an answer to a generated question."""

from __future__ import annotations

from bot.quiz.question import Question


def is_correct(question: Question, choice: int) -> bool:
    """Whether `choice` (0-based index into `question.choices`) is the right one.
    An index outside the choices is simply wrong, never an error."""
    return choice == question.answer and 0 <= choice < len(question.choices)


def letter(index: int) -> str:
    """The label a choice is shown with: 0 -> 'A'."""
    return chr(ord("A") + index)


def parse_choice(text: str, count: int) -> int | None:
    """A typed answer ('B', 'b', '2') as a 0-based index, or None if it is not one."""
    text = text.strip().upper().rstrip(".)")
    if len(text) == 1 and "A" <= text < chr(ord("A") + count):
        return ord(text) - ord("A")
    if text.isdigit() and 1 <= int(text) <= count:
        return int(text) - 1
    return None
