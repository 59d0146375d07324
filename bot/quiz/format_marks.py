"""Marks of form that set one choice apart from the rest.

A member picks the right choice by its look when it alone has a mark every
other choice lacks, or alone lacks a mark every other choice has: among three
lines each giving a command in backticks ('`swapoff -a` …', '`modprobe
br_netfilter` …'), the one plain line ('节点间通讯可能被拦截') is the reason
column of a table, not a command, and stands out whatever is asked. The marks:
a code span and a web address. (Figures are read by build.figureless_alone.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CODE_SPAN = re.compile(r"`[^`\n]+`")
_ADDRESS = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)
_MARKS = (_CODE_SPAN, _ADDRESS)
# The choices a mark is read on: the answer and two wrong ones at least, so
# that 'all the others' is a pattern, not chance.
_MIN_WRONG = 2


def mark_alone(right: str, wrong: Sequence[str]) -> bool:
    """Whether the right choice alone has a mark of form (a code span, a web
    address) that no wrong choice has, or alone lacks one that every wrong
    choice has."""
    if len(wrong) < _MIN_WRONG:
        return False
    for mark in _MARKS:
        theirs = [bool(mark.search(w)) for w in wrong]
        mine = bool(mark.search(right))
        if mine and not any(theirs):
            return True
        if not mine and all(theirs):
            return True
    return False


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")
_PLAIN_WORD = re.compile(r"^[A-Za-z][a-z]+$")


def words_among_acronyms(choices: Sequence[str]) -> bool:
    """Whether every choice but one is a bare acronym ('FIFO', 'LRU', 'LFU')
    and that one is a phrase of plain words ('Practical Defaults'): a heading
    of remarks among the policies it follows, or a name of another form,
    told from the rest by its look."""
    if len(choices) < 3:
        return False
    shapes = [bool(_ACRONYM.match(c.strip())) for c in choices]
    if shapes.count(False) != 1:
        return False
    odd = choices[shapes.index(False)].split()
    return len(odd) >= 2 and all(_PLAIN_WORD.match(w) for w in odd)
