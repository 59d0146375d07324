"""Footnotes' texts: the lines that explain a word at its mark elsewhere.

'[^packet]: a formatted unit of data …' explains the word marked '패킷[^packet]'
in a sentence above; authors gather such lines at the end of the file, under
whatever heading closes it ('주석', 'Notes', the last topic). Read as lines of
that heading they are facts of a section they do not speak of, and their
keys ('[^critical-section]') would be offered as names. The prepass skips
them, with the lines indented under them (the footnote's next paragraphs).
"""

from __future__ import annotations

from bot.notes import inline as I
from bot.notes import lines as L

# A footnote's next paragraph is indented under its label (four spaces).
_BODY_INDENT = 2


def footnote_lines(lines: list[str], fenced: set[int]) -> set[int]:
    """Indexes (0-based) of footnote texts and the lines indented under them."""
    found: set[int] = set()
    inside = False
    for i, raw in enumerate(lines):
        if i in fenced:
            inside = False
            continue
        if I.FOOTNOTE_TEXT_RE.match(raw):
            found.add(i)
            inside = True
        elif inside and raw.strip() and L.indent_width(raw) >= _BODY_INDENT:
            found.add(i)
        elif raw.strip():
            inside = False
    return found
