"""'Special' alone (특수, 特殊) sets some things apart from the rest and says
nothing of what they are: a label, never a term or a choice. Blind reader
r-dev-41313 Q6 (en-biochem-amino-acids-protein, READABLE): "Which statement
describes 'Special'?", a bare adjective from a memorization-tips bullet.
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_label

NOTES = """# Amino acids

## Quick reference
- Nonpolar: Gly (G), Ala (A), Val (V), Leu (L)
- Aromatic: Phe (F), Tyr (Y), Trp (W)
- Acidic: Asp (D), Glu (E)
- Basic: Lys (K), Arg (R), His (H)
- Special: Pro (rigid), Gly (flexible), Cys (disulfide)
"""


def test_special_is_no_term() -> None:
    bank = build_bank(parse_markdown(NOTES, "notes.md"))
    assert any(q.kind == "match" for q in bank)
    assert not any("Special" in q.prompt or "Special" in q.choices for q in bank)


@pytest.mark.parametrize(("name", "label"), [
    ("Special", True), ("특수", True), ("Special Relativity", False), ("특수 문자", False),
])
def test_special_alone_is_a_label(name: str, label: bool) -> None:
    assert is_label(name) is label
