"""Symbols defined by their lines: 'A: m x n の任意の行列', 'Σ: 非対角成分は 0 の
行列', 'U: m x m の直交行列' under 'A = UΣV に分解すること'.

A one-letter label usually letters an option ('A: VPC peering', 'B: …'), and
the option is named by what follows it. But a list whose one-letter labels do
not run in order (A, U, Σ, V), or whose label is no Latin letter at all (Σ,
λ), names the symbols of a formula: the symbol is the term, and what follows
is its definition, no name. Asked as a name ('which one fits: A が与えられれば、
必ず１意に決まる' between the definitions of Σ and A) the stem speaks of the
very symbol the choices hid.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

__all__ = ["symbol_labels"]

# One Latin or Greek letter, then a colon: 'A:', 'Σ：', 'λ :'. (A word of one
# syllable, '예:', '注:', '例：', is a label of its own: an example, a note.)
_ONE_CHARACTER_LABEL = re.compile(r"^\s*([A-Za-z\u0391-\u03a9\u03b1-\u03c9])\s*[:：]\s*\S")


def _label(text: str) -> str | None:
    match = _ONE_CHARACTER_LABEL.match(text)
    return match.group(1) if match else None


def _lettered_in_order(letters: Sequence[str]) -> bool:
    """'A', 'B', 'C' (or 'a', 'b'): options lettered from the first letter on."""
    first = letters[0]
    if not (first.isascii() and first.lower() == "a"):
        return False
    return all(ord(b) == ord(a) + 1 for a, b in pairwise(letters))


def symbol_labels(texts: Sequence[str]) -> frozenset[str]:
    """The lines of one list (`texts`, siblings) whose one-character label is a
    symbol the line defines (see the module's note), not an option's letter."""
    labelled = [(text, label) for text in texts if (label := _label(text)) is not None]
    if not labelled:
        return frozenset()
    letters = [label for _, label in labelled]
    if _lettered_in_order(letters):
        # (Options: only a label that is no Latin letter names a symbol.)
        return frozenset(t for t, label in labelled if not label.isascii())
    return frozenset(t for t, _ in labelled)
