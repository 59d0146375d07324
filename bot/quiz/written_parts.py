"""The lines of a concept written in several places, kept apart by place.

Notes often repeat one sub-heading under several parents: '#### ユースケース'
under 'CA型', under 'AP型' and under 'CP型'. Read as one concept (the same
name), its lines are three things' use cases; a question showing two lines
joined from two of those places ('アップデートの処理コストを最小限に抑えたい'
of CA型 and 'キャッシュやシャーディングを利用して高速化を図りたい' of AP型)
describes two things at once, and each other choice half fits. The lines a
question joins come from one place: one heading and what is written under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.notes.model import SourceRef
from bot.quiz.material import Concept, Statement


def _place(at: SourceRef, places: Sequence[SourceRef]) -> int:
    """The place a line stands in: the last of the concept's headings above it
    in its file (-1 when none is: a line shown from elsewhere)."""
    found = -1
    best = -1
    for index, place in enumerate(places):
        if place.file == at.file and best < place.line <= at.line:
            found, best = index, place.line
    return found


def by_place(concept: Concept, clues: Sequence[Statement]) -> list[list[Statement]]:
    """The clues grouped by the place they are written in, in order of first
    appearance; all in one group when the concept is written once."""
    if len(concept.written_at) < 2:
        return [list(clues)]
    groups: dict[int, list[Statement]] = {}
    for clue in clues:
        groups.setdefault(_place(clue.source, concept.written_at), []).append(clue)
    return list(groups.values())
