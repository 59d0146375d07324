"""Setext headings: a title line underlined with '===' (level 1) or '---' (level 2).

CommonMark renders 'Cloud Basics' over '============' as a heading, and many
notes (exported from older editors, or written by people used to reStructured
text) head every section that way. The rest of the parser reads '#' headings
only, so such a file would be one topic of everything. Here they are written
as the '#' headings they stand for, before anything else reads the lines; the
underline becomes a blank line, so every line keeps its number.

A dash line is also a horizontal rule and closes front matter, and a line of
dashes under a paragraph is as often a rule its author meant as a heading: a
'---' underline is read only under one line standing alone (a blank line or a
heading above it) that reads as a title, short and not closing as a sentence.
Front matter, code fences, tables, list items, quotes and HTML are never titles.
"""

from __future__ import annotations

import re

from bot.notes import lines as L

_UNDERLINE = re.compile(r"^ {0,3}(?P<mark>={2,}|-{2,})[ \t]*$")
# A line that opens a block of its own kind, never a heading's text.
_BLOCK_START = re.compile(r"^\s*(?:[|>`~<]|\$\$)")
# How a sentence ends: a full stop, or a colon leading in to what follows.
_SENTENCE_END = tuple(".。:：;；,，")
_TITLE_CHARS = 80


def _front_matter_end(lines: list[str]) -> int:
    """Index after the front matter ('---' or '+++' fenced), 0 when none."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0
    mark = lines[0].strip()
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() == mark:
            return i + 1
    return 0


def _titles(raw: str, mark: str) -> bool:
    """Whether `raw`, over an underline of `mark`, is a heading's text."""
    text = raw.strip()
    if not text or L.indent_width(raw) >= 4 or _BLOCK_START.match(raw):
        return False
    if L.HEADING_RE.match(raw) or L.BULLET_RE.match(raw) or L.NUMBERED_RE.match(raw) \
            or L.THEMATIC_RE.match(raw) or _UNDERLINE.match(raw) or "|" in text:
        return False
    if mark == "=":
        return True
    return len(text) <= _TITLE_CHARS and not text.endswith(_SENTENCE_END)


def setext_as_atx(lines: list[str]) -> list[str]:
    """`lines` with every setext heading written as an ATX one ('Title' over
    '-----' -> '## Title' over a blank line); all else as it was."""
    out = list(lines)
    start = _front_matter_end(lines)
    fence = ""
    for i in range(start, len(lines)):
        raw = lines[i]
        after = L.fence_after(raw, fence)
        if after is not None:
            fence = after
            continue
        um = None if fence or i == start else _UNDERLINE.match(raw)
        if um is None:
            continue
        mark = um.group("mark")[0]
        title = out[i - 1]
        above = out[i - 2] if i - 2 >= start else ""
        # (A title stands alone: a line of a longer paragraph is no heading we
        # can be sure of; a blank line or a heading above sets it apart.)
        alone = not above.strip() or bool(L.HEADING_RE.match(above))
        if alone and _titles(title, mark):
            level = "#" if mark == "=" else "##"
            out[i - 1] = f"{level} {title.strip()}"
            out[i] = ""
    return out
