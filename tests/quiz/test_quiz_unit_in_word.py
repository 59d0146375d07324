"""A unit's syllable that opens a word of its own is no unit: '2분기' is the
second quarter (분기), and '___기' cuts the word apart. Minutes ('5분마다') are
still asked. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """# 실적

## 전망

- 2분기 메모리 가격이 가장 높아지고 이후 상승이 둔화될 것으로 전망
- 재고 데이터는 5분마다 자동으로 다시 집계된다
"""


def test_a_quarter_is_not_cut_apart() -> None:
    lines = [q.prompt.rsplit("\n", 1)[-1] for q in build_bank(parse_markdown(NOTES, "n.md"))
             if q.kind == "cloze"]
    assert "- 재고 데이터는 ___마다 자동으로 다시 집계된다" in lines
    assert not any("___기" in line for line in lines), lines
