"""Leak scanners shared by the catalogue test and the shell transcripts (issue 17).

Korean messages may name things: AWS services and terms the notes themselves
use (collected from content/), the platforms and standards in NAMES, and
anything in `code` (commands and values typed as written). English messages
carry Hangul only inside quoted notes text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

CONTENT = Path(__file__).resolve().parents[1] / "content"
# Names that are not in the notes: the platforms, time zone standards, file kinds.
NAMES = frozenset(
    {"Slack", "Discord", "DM", "UTC", "KST", "JST", "PST", "Asia", "Seoul", "HH", "MM", "A", "B"}
)
_CODE = re.compile(r"`[^`]*`")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


@cache
def notes_text() -> str:
    files = sorted(p for p in CONTENT.iterdir() if p.suffix in {".md", ".yaml"})
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


@cache
def notes_names() -> frozenset[str]:
    """The names the notes (and their glossary) use: Latin words with a capital
    or a digit (Lambda, NAT, S3), not plain English words (with, only)."""
    words: set[str] = set()
    for path in CONTENT.iterdir():
        if path.suffix in {".md", ".yaml"}:
            text = path.read_text(encoding="utf-8")
            words.update(w for w in _LATIN_WORD.findall(text) if w != w.lower())
    return frozenset(words)


def foreign_words_in_korean(text: str, also: frozenset[str] = frozenset()) -> list[str]:
    """Latin words in a Korean message that are neither names nor code."""
    bare = _CODE.sub(" ", _PLACEHOLDER.sub(" ", text))
    allowed = notes_names() | NAMES | also
    return [w for w in _LATIN_WORD.findall(bare) if w not in allowed]


def latin_words(text: str) -> list[str]:
    return _LATIN_WORD.findall(text)


def hangul_words(text: str) -> list[str]:
    return re.findall(r"[\uac00-\ud7a3]+", text)


def hangul_in_english(text: str) -> list[str]:
    return HANGUL.findall(_PLACEHOLDER.sub(" ", text))
