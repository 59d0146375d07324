"""Whose table is it: a table whose first column names the section's topics.

A summary table after the last topic of a section ('| String | … |', '| Hash
| … |', '| Sorted Set | … |' under the bullets of '### 5. Sorted Set') is
about the section, not about that last topic: asked under the last topic's
breadcrumb, a row of another topic would be shown under the wrong name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A leading sequence label ('5. ', '3) ', '一、', '(2) ') a title is numbered by.
_SEQUENCE = re.compile(r"^\s*(?:\(?\d+[.)]|[一二三四五六七八九十]+[、.]|\(\d+\))\s*")
# A bracketed part: an alias or a translation ('Sorted Set（有序集合）').
_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_BRACKETED = re.compile(r"[(（\[【]([^)）\]】]*)[)）\]】]")
_NON_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NON_WORD.sub("", text).casefold()


def title_names(title: str) -> set[str]:
    """The ways a title may be written in a table cell: whole, without its
    number and brackets ('Sorted Set'), and its bracketed alias (有序集合)."""
    bare = _SEQUENCE.sub("", title)
    names = {_key(bare), _key(_BRACKETS.sub("", bare))}
    names.update(_key(m) for m in _BRACKETED.findall(bare))
    return {n for n in names if len(n) >= 2}


def names_topics(first_column: Iterable[str], titles: Iterable[str]) -> bool:
    """True when the cells name two or more distinct topics by title."""
    cells = set()
    for cell in first_column:
        cells.add(_key(cell))
        cells.add(_key(_BRACKETS.sub("", cell)))
    named = sum(1 for title in set(titles) if title_names(title) & cells)
    return named >= 2
