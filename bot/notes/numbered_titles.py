"""Numbered titles written as plain lines: '5-9\\. 인공신경망 분석', '2.3. Joins',
'1\\. Overview' on a line of their own, with the notes of that part below.

Editors that export Markdown (and authors who know it) escape the dot of a
number that opens a paragraph, '1\\.', so it is not read as a list; course
notes number their parts by chapter and item, '5-9.', '2.3.'. Such a line
standing alone is the title of the lines after it, as a heading would be:
read as one more line, it left a whole chapter under the heading above it
('Part 3'), its pieces asked under a breadcrumb that says nothing.

Only a short line that reads as a title (no sentence end, a few words), after a
blank line or a heading, and only when the file writes two or more: one
numbered line may be a sentence that happens to open on a figure.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.notes import inline as I
from bot.notes import lines as L

# A number whose mark is escaped ('1\\.', '5-9\\.', '3\\)'), or an outline
# number of two parts or more closed by a dot ('5-9.', '2.3.'): never a list
# item's number, which is one number.
_TITLE_NUMBER = re.compile(
    r"^(?P<number>\d{1,3}(?:[-.]\d{1,3})*\\[.)]|\d{1,3}(?:[-.]\d{1,3})+\.)[ \t]+(?P<title>\S.*)$")
_TITLE_WORDS = 8
_TITLE_CHARS = 50
_SENTENCE_END = tuple(".:;,!?。：；，！？")


def title_of(raw: str) -> str:
    """The title a numbered title line writes, without its number ('5-9\\. 인공
    신경망 분석' -> '인공신경망 분석'), or '' when the line is no such title."""
    if raw[:1] in (" ", "\t"):
        return ""
    match = _TITLE_NUMBER.match(raw.rstrip())
    if match is None:
        return ""
    title = L.clean_inline(I.plain(match.group("title"))).strip("*_ ")
    if not title or len(title) > _TITLE_CHARS or len(title.split()) > _TITLE_WORDS:
        return ""
    return "" if title.endswith(_SENTENCE_END) else title


def numbered_titles(lines: list[str], fenced: Collection[int],
                    skipped: Collection[int]) -> dict[int, str]:
    """Line (1-based) -> title of each numbered title line, when there are two
    or more; `fenced` holds 0-based indexes of code lines, `skipped` 1-based
    lines read otherwise."""
    found: dict[int, str] = {}
    for i, raw in enumerate(lines):
        if i in fenced or (i + 1) in skipped:
            continue
        above = lines[i - 1] if i else ""
        if above.strip() and not L.HEADING_RE.match(above):
            continue
        title = title_of(raw)
        if title:
            found[i + 1] = title
    return found if len(found) >= 2 else {}
