"""`studybot deck list | check PATH | add PATH [--name] | remove NAME`: the
host's decks (bot/decks/library.py). Groups' uploads live in the database and
are managed from the chat (`deck upload`)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.core.uploads import UploadRefused

if TYPE_CHECKING:
    from bot.decks.build import Built
    from bot.decks.files import DeckFiles
    from bot.decks.library import Library


@click.group("deck")
def deck() -> None:
    """The host's decks: list, check, add, remove."""


def _settings_library() -> tuple[Path | None, Library]:
    from bot.config import Settings
    from bot.decks.library import Library

    settings = Settings()
    return settings.content_dir, Library(settings.content_dir, settings.default_deck)


@deck.command("list")
def list_() -> None:
    """Every deck groups may pick, with where it comes from."""
    from bot.notes.errors import NotesError
    from bot.notes.loader import deck_files

    _, library = _settings_library()
    try:
        entries = library.entries()
        default = library.default_name()
    except NotesError as exc:
        raise click.ClickException(str(exc)) from None
    for name, entry in entries.items():
        try:
            files = len(deck_files(entry.path))
        except NotesError:
            files = 0
        mark = "  (default)" if name == default else ""
        click.echo(f"{name}\t{entry.origin}\t{files} file(s)\t{entry.path}{mark}")


@deck.command("check")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
def check(path: Path) -> None:
    """What a .md file, a folder (vault) or a .zip would give, as an upload
    preview says it. Nothing changes."""
    files = _read(path, path.stem if path.is_file() else path.name)
    built = _build(files)
    cards = sum(1 for q in built.questions if q.is_flashcard)
    click.echo(
        f"{files.name}: {len(files.notes)} file(s), {len(built.deck.sections)} sections, "
        f"{sum(len(s.topics) for s in built.deck.sections)} topics, "
        f"{len(built.questions) - cards} questions, {cards} cards, "
        f"{len(built.deck.warnings)} warnings"
    )
    for warning in built.deck.warnings:
        click.echo(f"  {warning}")


@deck.command("add")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--name", help="The deck's name (default: the file's or folder's name).")
def add(path: Path, name: str | None) -> None:
    """Check a deck, then copy it into STUDYBOT_CONTENT_DIR (a .zip is unpacked
    safely: only its notes, glossary, known-wrong list and typos)."""
    from bot.decks.library import deck_name

    content_dir, _ = _settings_library()
    if content_dir is None or not content_dir.is_dir():
        raise click.ClickException(
            "set STUDYBOT_CONTENT_DIR to the folder of your decks (it must exist)"
        )
    files = _read(path, name or (path.stem if path.is_file() else path.name))
    final = deck_name(name or files.name)
    if not _build(files).questions:
        raise click.ClickException(f"{path}: no question could be made from these notes")
    target = content_dir / (f"{final}.md" if path.suffix.lower() == ".md" else final)
    if target.exists() or (content_dir / f"{final}.md").exists() or (content_dir / final).exists():
        raise click.ClickException(f"a deck named {final!r} is already in {content_dir}")
    if path.suffix.lower() == ".md":
        shutil.copyfile(path, target)
    elif path.is_dir():
        shutil.copytree(path, target, symlinks=False)
    else:
        _write_files(files, target)
    click.echo(f"added deck {final} ({len(files.notes)} file(s)) as {target}")


@deck.command("remove")
@click.argument("name")
def remove(name: str) -> None:
    """Remove a deck from STUDYBOT_CONTENT_DIR (groups on it go back to the default)."""
    from bot.notes.errors import NotesError

    content_dir, library = _settings_library()
    try:
        entry = library.entries().get(name)
    except NotesError as exc:
        raise click.ClickException(str(exc)) from None
    if entry is None or entry.origin != "host":
        raise click.ClickException(f"no deck {name!r} in STUDYBOT_CONTENT_DIR (see `deck list`)")
    if content_dir is None or entry.path.resolve() == content_dir.resolve():
        raise click.ClickException("the content folder itself is this deck: change the setting")
    if entry.path.is_dir():
        shutil.rmtree(entry.path)
    else:
        entry.path.unlink()
    click.echo(f"removed deck {name} ({entry.path})")


def _read(path: Path, name: str) -> DeckFiles:
    from bot.core.messages import t
    from bot.decks.archive import read_upload
    from bot.decks.files import read_deck
    from bot.notes.errors import NotesError

    try:
        if path.is_file() and path.suffix.lower() == ".zip":
            return read_upload(path.name, path.read_bytes())
        return read_deck(name, path)
    except UploadRefused as exc:
        raise click.ClickException(f"{path}: " + t("en", exc.key, **exc.values)) from None
    except NotesError as exc:
        raise click.ClickException(str(exc)) from None


def _build(files: DeckFiles) -> Built:
    from bot.decks.build import build
    from bot.notes.errors import NotesError

    try:
        return build(files)
    except NotesError as exc:
        raise click.ClickException(str(exc)) from None


def _write_files(files: DeckFiles, target: Path) -> None:
    """An upload's checked notes as a folder (paths were checked: no .., no links)."""
    target.mkdir(parents=True)
    for label, text in files.notes:
        out = target / label
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    if files.glossary is not None:
        (target / "glossary.yaml").write_text(files.glossary[1], encoding="utf-8")
    if files.known_wrong:
        (target / "known-wrong.txt").write_text(files.known_wrong, encoding="utf-8")
    if files.typos is not None:
        (target / "typos.txt").write_text(files.typos[1], encoding="utf-8")
