"""The question bank: every question a deck yields, in a stable order."""

from __future__ import annotations

import random
from collections.abc import Sequence

from bot.notes.model import Deck
from bot.quiz.cloze import cloze_questions
from bot.quiz.concepts import name_questions
from bot.quiz.matching import match_questions
from bot.quiz.material import read_material
from bot.quiz.negation import not_questions
from bot.quiz.question import Question
from bot.quiz.text import GlossaryLike, NoGlossary


def build_bank(deck: Deck, glossary: GlossaryLike | None = None) -> tuple[Question, ...]:
    """All questions, deterministic: the same notes give the same questions, ids and
    choice order. Candidates that fail a check were already dropped; a repeated id
    or a repeated stem with the same choices keeps only its first occurrence."""
    gloss = glossary if glossary is not None else NoGlossary()
    material = read_material(deck, gloss)
    candidates = [
        *name_questions(material),
        *match_questions(material, gloss),
        *cloze_questions(material, gloss),
        *not_questions(material),
    ]
    seen_ids: set[str] = set()
    seen_stems: set[tuple[str, frozenset[str]]] = set()
    out: list[Question] = []
    for question in candidates:
        stem = (question.prompt, frozenset(question.choices))
        if question.id in seen_ids or stem in seen_stems:
            continue
        seen_ids.add(question.id)
        seen_stems.add(stem)
        out.append(question)
    return tuple(out)


def sample(bank: Sequence[Question], n: int, seed: int) -> tuple[Question, ...]:
    """`n` distinct questions (fewer if the bank is smaller), the same for the same seed."""
    if n <= 0 or not bank:
        return ()
    picks = random.Random(seed).sample(range(len(bank)), min(n, len(bank)))
    return tuple(bank[i] for i in picks)
