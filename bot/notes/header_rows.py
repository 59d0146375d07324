"""A table written without a header row.

Markdown needs a header row, so a table of equal rows is written with its
first row on top ('| EAL 1 | 기능 시험 | … |' over '| EAL 2 | 구조 시험 | … |').
Read as a header, that row's values would label the other rows' cells
('기능 시험: 구조 시험' for EAL 2) and the first row would be lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A cell that numbers its row: a label and a number, in either order, with
# nothing else ('EAL 1', 'Level 0', '1단계', 'Step 3', '第1章', '3').
_NUMBERED = re.compile(r"^(?P<head>\D*?)\s*(?P<number>\d{1,3})\s*(?P<tail>\D*)$")


def _numbered(cell: str) -> tuple[str, int, str] | None:
    match = _NUMBERED.match(cell.strip())
    if match is None or len(match.group("head")) + len(match.group("tail")) > 12:
        return None
    return (match.group("head").strip().casefold(), int(match.group("number")),
            match.group("tail").strip().casefold())


def header_is_data(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """The header row's first cell opens the series the first column goes on
    with ('EAL 1' over 'EAL 2', 'EAL 3'): the same label, the number one less
    than the first row's, two rows at least counting up. A header names its
    column ('등급', 'Level', 'No'), never its first member."""
    if len(header) < 2 or len(rows) < 2 or any(not row for row in rows[:2]):
        return False
    top = _numbered(header[0])
    if top is None:
        return False
    below = [_numbered(row[0]) for row in rows[:2]]
    label = (top[0], top[2])
    number = top[1]
    for cell in below:
        if cell is None or (cell[0], cell[2]) != label or cell[1] != number + 1:
            return False
        number = cell[1]
    return True
