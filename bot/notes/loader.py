"""Loading notes from disk: files or a directory of them -> one Deck.

The only I/O in bot/notes besides the glossary. Reading is strict where a user
can fix something (a file that is missing, empty or unreadable text raises NotesError
naming the file and line) and lenient everywhere else (the parser records
warnings and goes on).
"""

from __future__ import annotations

from pathlib import Path

from bot.notes.encodings import decode_notes
from bot.notes.errors import NotesError
from bot.notes.glossary import Glossary, load_glossary
from bot.notes.merge import merge_duplicates
from bot.notes.model import Deck
from bot.notes.parser import parse_file

GLOSSARY_NAME = "glossary.yaml"

__all__ = ["NotesError", "default_deck_path", "load_deck", "parse_markdown", "read_text"]


def parse_markdown(text: str, file: str, *, glossary: Glossary | None = None) -> Deck:
    """The pure parser: Markdown text -> Deck, duplicate topics merged."""
    return merge_duplicates(parse_file(text, file), glossary)


def read_text(path: Path) -> str:
    """A notes file's text; NotesError when it is empty, or neither UTF-8 nor
    a Korean, Japanese or Chinese legacy code page (bot.notes.encodings)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NotesError(f"cannot read: {exc.strerror or exc}", file=str(path)) from exc
    try:
        text, _ = decode_notes(data)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise NotesError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at column {column}); "
            "save the file as UTF-8",
            file=str(path),
            line=line,
        ) from exc
    if not text.strip():
        raise NotesError("the file is empty", file=str(path))
    return text


def is_hidden(relative: Path) -> bool:
    """A path inside a deck folder that is not notes: Obsidian's settings
    (.obsidian/), its bin (.trash/), any other dot folder or dot file."""
    return any(part.startswith(".") for part in relative.parts)


def deck_files(path: Path) -> list[Path]:
    """A .md file, or every .md file under a folder (an Obsidian vault: sub-
    folders included, settings, bin and attachments such as images left out)."""
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*.md")
            if p.is_file() and not p.is_symlink() and not is_hidden(p.relative_to(path))
        )
        if not files:
            raise NotesError("no .md files in this directory", file=str(path))
        return files
    if path.is_file():
        return [path]
    raise NotesError("no such file or directory", file=str(path))


def load_deck(path: str | Path, *, glossary: Glossary | None = None) -> Deck:
    """Load a .md file or every .md file of a directory (sorted) as one Deck.

    Duplicate topics are merged across files; the glossary used for that is
    `glossary` or, when not given, `glossary.yaml` next to the notes.
    """
    root = Path(path)
    files = deck_files(root)
    if glossary is None:
        glossary = load_glossary((root if root.is_dir() else root.parent) / GLOSSARY_NAME)
    decks = [parse_file(read_text(f), str(f)) for f in files]
    return assemble(decks, root.name if root.is_dir() else decks[0].name, glossary)


def assemble(decks: list[Deck], name: str, glossary: Glossary | None) -> Deck:
    """Several parsed files as one Deck, duplicate topics merged across them."""
    if len(decks) == 1:
        combined = decks[0]
    else:
        combined = Deck(
            name=name,
            sections=tuple(s for d in decks for s in d.sections),
            warnings=tuple(w for d in decks for w in d.warnings),
            files=tuple(f for d in decks for f in d.files),
            cards=tuple(c for d in decks for c in d.cards),
            skipped=tuple(s for d in decks for s in d.skipped),
            qa=tuple(q for d in decks for q in d.qa),
            unanswered=tuple(u for d in decks for u in d.unanswered),
        )
    return merge_duplicates(combined, glossary)


def default_deck_path(content_dir: str | Path) -> Path:
    """Where the deck lives by default: the content directory (all .md in it)."""
    return Path(content_dir)
