"""A deck's own word fixes for what a question shows: ordinary words the notes
misspell and never write right ('객체 스트리지' for 스토리지), which no rule can
tell from a real word without a dictionary.

The deck's maintainer lists them in `typos.txt` beside the notes, one fix per
line, `slip -> fix` (blank lines and lines starting with '#' are ignored). A
slip is replaced only where it stands as a whole token (`스트리지` is not
touched inside `스트리지를`; list that form too if the notes write it). Only the
question's text follows: the notes, the source passage and the lookup index
keep the notes' own words. A line that is no fix is reported with its file and
line and skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.notes.model import SourceRef, Warning

TYPOS_NAME = "typos.txt"
_ARROW = "->"


@dataclass(frozen=True, kw_only=True, slots=True)
class Typos:
    fixes: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[Warning, ...] = ()


def load_typos(folder: Path) -> Typos:
    """The folder's typos.txt; a missing file lists none."""
    path = folder / TYPOS_NAME
    if not path.is_file():
        return Typos()
    return parse_typos(path.read_text(encoding="utf-8", errors="replace"), str(path))


def parse_typos(text: str, file: str = TYPOS_NAME) -> Typos:
    fixes: dict[str, str] = {}
    warnings: list[Warning] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        problem = _problem(line, fixes)
        if problem:
            warnings.append(Warning(message=f"typos: {problem}, skipped",
                                    source=SourceRef(file=file, line=number)))
            continue
        slip, fix = (_words(part) for part in line.split(_ARROW))
        fixes[slip] = fix
    return Typos(fixes=fixes, warnings=tuple(warnings))


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _problem(line: str, seen: Mapping[str, str]) -> str:
    parts = line.split(_ARROW)
    if len(parts) != 2:
        return "not 'slip -> fix'"
    slip, fix = (_words(part) for part in parts)
    if not slip or not fix:
        return "not 'slip -> fix'"
    if slip == fix:
        return "the fix is the slip"
    if slip in seen and seen[slip] != fix:
        return f"'{slip}' is already fixed to '{seen[slip]}'"
    return ""


def typo_fixer(fixes: Mapping[str, str]) -> Callable[[str], str]:
    """Text -> the text with every listed slip that stands as a whole token (no
    letter or digit on either side) fixed; the longest slip wins where slips
    overlap (a slip of two words over its first word)."""
    if not fixes:
        return _same
    slips = sorted(fixes, key=lambda s: (-len(s), s))
    alternatives = "|".join(r"[^\S\n]+".join(map(re.escape, s.split(" "))) for s in slips)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def fixed(text: str) -> str:
        return pattern.sub(lambda m: fixes[_words(m.group(0))], text)
    return fixed


def _same(text: str) -> str:
    return text
