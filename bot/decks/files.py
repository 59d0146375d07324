"""A deck's text, read once: its notes files, glossary, known-wrong list and typos.

Disk decks (the seed, the host's) and uploaded ones (a .md or a .zip held in
the database) become the same `DeckFiles`, so one builder serves both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.notes.loader import GLOSSARY_NAME, deck_files, read_text
from bot.quiz.known_wrong import KNOWN_WRONG_NAME
from bot.quiz.typos import TYPOS_NAME


@dataclass(frozen=True, kw_only=True, slots=True)
class DeckFiles:
    name: str
    notes: tuple[tuple[str, str], ...]  # (file as shown in warnings, text), in order
    glossary: tuple[str, str] | None = None  # (file, YAML text)
    known_wrong: str = ""
    typos: tuple[str, str] | None = None  # (file, text): typos.txt


def read_deck(name: str, path: Path, shared_glossary: Path | None = None) -> DeckFiles:
    """A deck on disk: NotesError (file and line) when a file cannot be read.
    A folder's own glossary.yaml wins over the content folder's shared one."""
    files = deck_files(path)
    folder = path if path.is_dir() else path.parent
    own = folder / GLOSSARY_NAME
    glossary_path = own if own.is_file() else shared_glossary
    glossary = None
    if glossary_path is not None and glossary_path.is_file():
        glossary = (str(glossary_path), glossary_path.read_text(encoding="utf-8"))
    wrong = folder / KNOWN_WRONG_NAME
    typos = folder / TYPOS_NAME
    # Shown as the deck's own paths (`My Vault/network/vpc.md:56`), never the
    # host's folders (an installed package's site-packages path means nothing).
    return DeckFiles(
        name=name,
        notes=tuple((str(f.relative_to(path.parent)), read_text(f)) for f in files),
        glossary=glossary,
        known_wrong=wrong.read_text(encoding="utf-8", errors="replace") if wrong.is_file() else "",
        typos=(str(typos.relative_to(path.parent)),
               typos.read_text(encoding="utf-8", errors="replace")) if typos.is_file() else None,
    )
