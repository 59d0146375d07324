"""Choices without the marks that joined them in a list, and lines cut off.

Notes end a list's lines on the punctuation that strings them into one
sentence ('空间冗余：图像内部相邻像素之间；', 'a, b,', '…이며,'). The mark belongs to
the list, not to the line: offered as a choice, one line that lacks it (the
list's last, or a line the author forgot to close) stands out by format beside
the others. Every choice is shown without it.

A line that ends on a comparison or an arrow ('每个像素的比特数>', 'A -> ',
'x =') lost what it compares or leads to: it reads cut off and says nothing
whole, so it is no choice and no clue. ('<br>' and 'List<String>' close what
they open.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# List marks closing a line: commas, semicolons, the ideographic comma, colons.
_LIST_MARK = re.compile(r"\s*[,，、;；:：]+\s*$")
# A comparison or arrow sign left at the end of a line.
_DANGLING = re.compile(r"(?:->|=>|→|⇒|⟶|⇨|➔|<|=|≤|≥|＜|＞|＝|>)\s*$")


def without_list_marks(choices: Sequence[str]) -> list[str]:
    """The choices without a closing list mark ('不同帧之间；' -> '不同帧之间')."""
    return [_LIST_MARK.sub("", c) or c for c in choices]


def cut_off(text: str) -> bool:
    """Whether a line ends on a comparison or arrow sign that compares or
    leads to nothing ('每个像素的比特数>'); a '>' closing a '<' is no sign."""
    line = _LIST_MARK.sub("", text.rstrip())
    match = _DANGLING.search(line)
    if match is None:
        return False
    if match.group().strip() in (">", "＞"):
        opened = line.count("<") + line.count("＜")
        closed = line.count(">") + line.count("＞")
        return closed > opened
    return True
