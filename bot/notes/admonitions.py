"""Admonitions: '!!! note "Title"' (or '??? tip', '???+ warning' when folded)
over a body indented four spaces, as MkDocs and Python-Markdown write a boxed
aside.

Read as plain lines, the marker was a line of text ('!!! Example') and its
indented body one long wrapped line under it: every line of a Note ran into
one fact. The block is the same thing as a callout ('> [!note] Title' over
quoted lines), which the parser reads as a labelled group of the topic, so it
is written as one: the marker becomes the callout line and each body line,
its indent taken off, a quoted line. Blank lines inside the body stay blank
and every line keeps its number.
"""

from __future__ import annotations

import re

from bot.notes import lines as L

_MARKER = re.compile(
    r"^(?P<indent>[ ]{0,3})(?:!!!|\?\?\?\+?)[ \t]+(?P<kind>[\w-]+)(?P<rest>(?:[ \t]+\S.*)?)[ \t]*$")
_QUOTED_TITLE = re.compile(r"^\s*\"(?P<title>[^\"]*)\"\s*$")
_BODY_INDENT = 4


def _title(kind: str, rest: str) -> str:
    """The callout's title: a quoted title as written ('' when the author
    wrote '""' to show none), else none (the kind alone labels it)."""
    quoted = _QUOTED_TITLE.match(rest)
    if quoted is not None:
        return quoted.group("title").strip()
    return ""


def admonitions_as_callouts(lines: list[str]) -> list[str]:
    """`lines` with each admonition written as a callout ('!!! Example' over
    '    1. This is …' -> '> [!Example]' over '> 1. This is …'), code fences
    left as they are."""
    if not any("!!!" in line or "???" in line for line in lines):
        return lines
    out = list(lines)
    fence = ""
    i = 0
    while i < len(lines):
        raw = lines[i]
        after = L.fence_after(raw, fence)
        if after is not None:
            fence = after
            i += 1
            continue
        marker = None if fence else _MARKER.match(raw)
        if marker is None:
            i += 1
            continue
        title = _title(marker.group("kind"), marker.group("rest"))
        out[i] = f"> [!{marker.group('kind')}] {title}".rstrip()
        base = len(marker.group("indent")) + _BODY_INDENT
        j = i + 1
        last = i  # the last line of the body
        while j < len(lines):
            line = lines[j]
            if not line.strip():
                j += 1
                continue
            if L.indent_width(line) < base:
                break
            last = j
            j += 1
        for k in range(i + 1, last + 1):
            line = lines[k]
            if line.strip():
                out[k] = "> " + line.expandtabs(L.TAB_WIDTH)[base:]
        i = last + 1
    return out
