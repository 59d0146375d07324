"""The host's decks: the seed deck shipped with the package, then the decks in
`STUDYBOT_CONTENT_DIR` (a host deck of the same name replaces the seed one).

What counts as a deck in the content folder:
- the folder itself when it is an Obsidian vault (it has `.obsidian/`) or a
  single `.md` file: one deck;
- otherwise each `.md` file directly in it and each sub-folder holding `.md`
  files (at any depth) is one deck, named by the file's stem or the folder's
  name. A `glossary.yaml` in the folder serves every deck in it.
The folder is read again on every listing, so `studybot deck add` needs no restart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.bundled import seed_deck_dir
from bot.decks.files import DeckFiles, read_deck
from bot.notes.errors import NotesError
from bot.notes.loader import GLOSSARY_NAME, is_hidden

OBSIDIAN = ".obsidian"


@dataclass(frozen=True, kw_only=True, slots=True)
class DeckEntry:
    name: str
    path: Path
    origin: str  # "seed" or "host"
    shared_glossary: Path | None = None

    def read(self) -> DeckFiles:
        return read_deck(self.name, self.path, self.shared_glossary)


def deck_name(text: str) -> str:
    """A name admins can type as one word: spaces (and ':', which deck keys
    use) become '-'."""
    return re.sub(r"[\s:]+", "-", text.strip()) or "deck"


def scan(folder: Path, origin: str) -> list[DeckEntry]:
    """The decks in a content folder (see the module doc); NotesError when the
    path does not exist or holds no notes."""
    if folder.is_file():
        if folder.suffix.lower() != ".md":
            raise NotesError("not a .md file or a folder", file=str(folder))
        glossary = folder.parent / GLOSSARY_NAME
        return [DeckEntry(name=deck_name(folder.stem), path=folder, origin=origin,
                          shared_glossary=glossary)]  # fmt: skip
    if not folder.is_dir():
        raise NotesError("no such file or directory", file=str(folder))
    if (folder / OBSIDIAN).is_dir():
        return [DeckEntry(name=deck_name(folder.name), path=folder, origin=origin)]
    glossary = folder / GLOSSARY_NAME
    shared = glossary if glossary.is_file() else None
    found: list[DeckEntry] = []
    for child in sorted(folder.iterdir()):
        if is_hidden(child.relative_to(folder)) or child.is_symlink():
            continue
        if child.is_file() and child.suffix.lower() == ".md":
            found.append(DeckEntry(name=deck_name(child.stem), path=child, origin=origin,
                                   shared_glossary=shared))  # fmt: skip
        elif child.is_dir() and _has_notes(child):
            found.append(DeckEntry(name=deck_name(child.name), path=child, origin=origin,
                                   shared_glossary=shared))  # fmt: skip
    if not found:
        raise NotesError("no .md files in this directory", file=str(folder))
    return found


def _has_notes(folder: Path) -> bool:
    return any(not is_hidden(p.relative_to(folder)) for p in folder.rglob("*.md"))


class Library:
    """The decks every group may pick, by name, and the default one."""

    def __init__(self, content_dir: Path | None = None, default: str | None = None) -> None:
        self.content_dir = content_dir
        self._default = default

    def entries(self) -> dict[str, DeckEntry]:
        """Seed decks first, then the host's (which replace a seed deck of the same name)."""
        found = {e.name: e for e in scan(seed_deck_dir(), "seed")}
        if self.content_dir is not None:
            found.update((e.name, e) for e in scan(self.content_dir, "host"))
        return found

    def default_name(self) -> str:
        """STUDYBOT_DEFAULT_DECK when set; else the host's first deck (by name);
        else the seed deck."""
        entries = self.entries()
        if self._default:
            if self._default not in entries:
                raise NotesError(
                    f"is not a deck (decks: {', '.join(entries)})",
                    file=f"STUDYBOT_DEFAULT_DECK={self._default}",
                )
            return self._default
        host = [name for name, e in entries.items() if e.origin == "host"]
        return host[0] if host else next(iter(entries))


def default_deck_path() -> Path:
    """The default deck's file or folder, for the host's commands (`studybot
    lookup`, `content check`, `quiz`) run without --deck."""
    from bot.config import Settings  # deferred: pydantic costs ~0.1 s to import

    settings = Settings()
    shelf = Library(settings.content_dir, settings.default_deck)
    return shelf.entries()[shelf.default_name()].path
