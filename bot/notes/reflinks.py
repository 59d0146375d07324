"""Reference links read down to their text.

Markdown lets a link name its target elsewhere: `[storage options][1]`,
`[storage options][]` or `[storage options]` alone, with `[storage options]:
https://…` on a line of its own. A reader sees the words, never the brackets.
Brackets whose label no definition in the file names are the note's own
('[1]', '[a, b]') and stay as written.
"""

from __future__ import annotations

import re

# `[label]: target` opening a line (not a footnote's `[^1]:`).
_DEFINITION = re.compile(r"^ {0,3}\[(?!\^)([^\]\n]+)\]:\s*\S")
_FENCE = re.compile(r"^\s*(```|~~~)")
# `[text][ref]` / `[text][]`, and `[text]` alone (not an image's, not before
# `(`, `[` or `:`, which are inline links, full references and definitions).
_FULL = re.compile(r"(?<![!\\])\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]")
_SHORTCUT = re.compile(r"(?<![!\\\]])\[([^\[\]\n^][^\[\]\n]*)\](?![(\[:])")


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _labels(lines: list[str]) -> frozenset[str]:
    found: set[str] = set()
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (m := _DEFINITION.match(line)):
            found.add(_key(m.group(1)))
    return frozenset(found)


def resolve(lines: list[str]) -> list[str]:
    """`lines` with every reference link whose label the file defines written
    as its text alone; code blocks and definition lines left as they are."""
    if not any("]:" in line for line in lines):
        return lines  # no definitions, so no reference links
    labels = _labels(lines)
    if not labels:
        return lines

    def full(m: re.Match[str]) -> str:
        ref = m.group(2) or m.group(1)
        return m.group(1) if _key(ref) in labels else m.group()

    def shortcut(m: re.Match[str]) -> str:
        return m.group(1) if _key(m.group(1)) in labels else m.group()

    out: list[str] = []
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and "[" in line and not _DEFINITION.match(line):
            line = _SHORTCUT.sub(shortcut, _FULL.sub(full, line))
        out.append(line)
    return out
