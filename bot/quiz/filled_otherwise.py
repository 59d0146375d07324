"""A blanked line the notes write again with another figure or name in the
blank's place ('최소 보관 기간 90일' under one heading, '최소 보관 기간 180일'
under another; '每个快照最多可以保存 64GB' and '… 100GB'): the sentence shown has
two right fillings, one by each place the notes write it, and a reader who
knows the other place picks the other one. Read without spaces, case and
closing stops; the other filling may be a few words at most, so a line that
only opens or closes like the blank's is no rival.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.quiz.material import Material

__all__ = ["filled_otherwise", "written_lines"]

_SPACE = re.compile(r"\s+")
_CLOSING = ".。!！?？;；,，、:："
# A Korean particle closing the filling ('RDS 프록시를', '___을(를)'): written
# for either ending after a blank, it is no part of the name.
_PARTICLE = re.compile(
    r"^(?:을\(를\)|은\(는\)|이\(가\)|와\(과\)|\(으\)로|을|를|은|는|이|가|와|과|으로|로|의)")
_PARTICLE_END = re.compile(r"(?:을|를|은|는|이|가|와|과|으로|로|의)$")
# What the rest of the line must hold for two lines to be one sentence: a
# few letters at least ('- ___' alone matches every line).
_MIN_CONTEXT = 6
# The longest other filling read as one ('180일', 'Lake Formation').
_MAX_FILL = 24


# (Remembered: every blank reads every line of the notes against its own, so
# one build asks for the same few thousand lines a hundred thousand times.)
@lru_cache(maxsize=1 << 14)
def _norm(text: str) -> str:
    return _SPACE.sub("", text).strip(_CLOSING).lower()


def written_lines(material: Material) -> set[str]:
    """Every line the notes write that a blank's line may be read against."""
    return {*(leaf.statement.text for leaf in material.leaves),
            *(t.leaf.statement.text for t in material.tallies),
            *(text for texts in material.said_about.values() for text in texts)}


def _filling(text: str, head: str, tail: str) -> str | None:
    """What `text` (read as _norm does) writes between `head` and `tail`,
    without a particle closing it; None when it does not read so."""
    if len(text) <= len(head) + len(tail) or not text.startswith(head) \
            or not text.endswith(tail):
        return None
    filling = text[len(head):len(text) - len(tail)]
    return _PARTICLE_END.sub("", filling) if tail else filling


def filled_otherwise(before: str, after: str, line: str, lines: Iterable[str]) -> bool:
    """Some line of `lines` reads `before` + another filling than `line`
    writes there + `after`. `after` may open on the particle written after a
    blank ('___은(는) …')."""
    head = _norm(before)
    tail = _norm(_PARTICLE.sub("", after.lstrip(), count=1))
    if len(head) + len(tail) < _MIN_CONTEXT:
        return False
    own = _filling(_norm(line), head, tail)
    for other in lines:
        text = _norm(other)
        if not (text.startswith(head) and text.endswith(tail)):
            continue  # (most lines: read no further)
        filling = _filling(text, head, tail)
        if filling and filling != own and len(filling) <= _MAX_FILL:
            return True
    return False
