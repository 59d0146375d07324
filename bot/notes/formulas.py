"""Formulas set apart between '$$' lines, and the sentence that runs around one.

Notes in maths and economics set a formula on lines of its own between '$$'
marks, often in the middle of a sentence: '만약, 설명변수의 평균과 고정효과 사이의
상관관계가 존재한다면,' / '$$' / 'Cov(\\bar x_i,a_i) \\neq 0' / '$$' / '편향(bias)이
발생합니다.' Read line by line the formula's lines are facts of TeX, the words
before it end on a comma, and the words after it stand as a statement of their
own that has lost its condition ('편향이 발생합니다.'). The formula's lines are
no notes (the prepass skips them), and the line after it goes on with the
sentence before it when that sentence was left open (wrapping.continues reads
the two as it reads two lines of a wrapped paragraph). A line right after a
formula that opens on a particle ('로 표현할 수 있는데, …') has the formula for
its subject: it is no statement alone.
"""

from __future__ import annotations

from bot.notes import lines as L

_MARK = "$$"
# A formula longer than this, or with a blank line in it, is no '$$' block a
# renderer would show as one; the marks are left as they are written.
_MAX_LINES = 40


def formula_lines(lines: list[str], fenced: set[int]) -> set[int]:
    """Indexes (0-based) of the lines of '$$' blocks written at the margin: the
    marks and the lines between them."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        if i in fenced or lines[i].strip() != _MARK or L.indent_width(lines[i]) > 0:
            i += 1
            continue
        end = next((j for j in range(i + 1, min(len(lines), i + _MAX_LINES))
                    if not lines[j].strip() or lines[j].rstrip().endswith(_MARK)), None)
        if end is None or not lines[end].strip() or end in fenced:
            i += 1
            continue
        found.update(range(i, end + 1))
        i = end + 1
    return found
