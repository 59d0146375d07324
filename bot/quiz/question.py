"""A generated multiple-choice question and how its id and choice order are made."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.notes.model import SourceRef


@dataclass(frozen=True, kw_only=True, slots=True)
class Question:
    """One question, always traceable to the notes it was built from.

    `id` hashes the kind and the source facts' text only, so editing one bullet
    changes only the questions built from it; `source_hash` hashes the text the
    question shows as its explanation, so a later notes edit can be detected.
    `context` is the breadcrumb shown in the stem: normally "section > topic",
    shorter when the topic itself is the answer. A flashcard (kind "flashcard",
    an author's card with no good distractors) has no choices (`answer` -1) and
    keeps its answer in `back`: members reveal it and grade themselves.
    `facts` are the lines of the notes the question asks about ("file:line"):
    a sample never asks one of them twice (a cloze and the name question
    showing the same line, a term and its mirrored definition).
    """

    id: str
    kind: str
    section: str
    topic: str
    concept: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    explanation: str
    source: SourceRef
    source_hash: str
    context: str = ""
    back: str = ""
    facts: tuple[str, ...] = ()

    @property
    def breadcrumb(self) -> str:
        return self.context or f"{self.section} > {self.topic}"

    @property
    def correct_choice(self) -> str:
        return self.back if self.is_flashcard else self.choices[self.answer]

    @property
    def is_flashcard(self) -> bool:
        return self.kind == FLASHCARD

    def to_json(self) -> dict[str, object]:
        # The contract's fields only. The concept key (the answer's own name,
        # folded) stays inside: a reader handed this line without `answer`
        # and `explanation`, as a blind judgement is, must not be told the answer.
        return {
            "id": self.id,
            "kind": self.kind,
            "prompt": self.prompt,
            "choices": list(self.choices),
            "answer": self.answer,
            "explanation": self.explanation,
            "source": {
                "section": self.section,
                "topic": self.topic,
                "file": self.source.file,
                "line": self.source.line,
            },
        } | ({"back": self.back} if self.is_flashcard else {})


def fact_key(source: SourceRef) -> str:
    return f"{source.file}:{source.line}"


def digest(*parts: str, length: int = 12) -> str:
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


# One letter per kind, so an id read in a log or a report says what it is.
_PREFIX = {"name": "n", "match": "m", "cloze": "c", "not": "x", "versus": "v", "card": "a",
           "flashcard": "f", "true": "t", "order": "o", "author": "p",
           "blank": "b", "pair": "w"}
FLASHCARD = "flashcard"
# Which of two things named alike, one word apart, a clue describes: two choices.
PAIR = "pair"
# A practice question the author wrote, asked with the author's own options.
AUTHOR = "author"


def question_id(kind: str, sources: Iterable[str]) -> str:
    """Stable across runs and decks: kind plus the source facts' own text."""
    return f"{_PREFIX.get(kind, kind[:1])}{digest(kind, *sources)}"


def shuffled(question_id: str, correct: str, wrong: Sequence[str]) -> tuple[tuple[str, ...], int]:
    """Choices in an order fixed by the question id (the same everywhere it appears)."""
    choices = [correct, *wrong]
    random.Random(question_id).shuffle(choices)
    return tuple(choices), choices.index(correct)
