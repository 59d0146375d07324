"""`studybot db`: apply migrations, take an online backup."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from bot.config import load_settings
from bot.core.clock import system_clock
from bot.storage.db import Database, StorageError
from bot.storage.migrate import migrate as run_migrations


def _database(path: Path | None) -> Path:
    return path if path is not None else load_settings().database


@click.group()
def db() -> None:
    """Database maintenance: migrate, backup."""


@db.command()
@click.option(
    "--database",
    "database",
    type=click.Path(path_type=Path),
    default=None,
    help="SQLite file (default: STUDYBOT_DATABASE or data/studybot.db).",
)
@click.option(
    "--migrations",
    "migrations",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of NNNN_name.sql files (default: the project's migrations/).",
)
def migrate(database: Path | None, migrations: Path | None) -> None:
    """Apply pending migrations, each in its own transaction."""
    path = _database(database)

    async def go() -> list[str]:
        handle = await Database.open(path)
        try:
            return await run_migrations(handle, migrations, at=system_clock())
        finally:
            await handle.close()

    try:
        applied = asyncio.run(go())
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    if applied:
        click.echo(f"{path}: applied {', '.join(applied)}")
    else:
        click.echo(f"{path}: up to date")


@db.command()
@click.argument("target", type=click.Path(path_type=Path))
@click.option(
    "--database",
    "database",
    type=click.Path(path_type=Path),
    default=None,
    help="SQLite file (default: STUDYBOT_DATABASE or data/studybot.db).",
)
def backup(target: Path, database: Path | None) -> None:
    """Copy the live database to TARGET (SQLite online backup; safe while the bot runs)."""
    path = _database(database)

    async def go() -> None:
        if not path.exists():
            raise StorageError(f"database {path} does not exist")
        handle = await Database.open(path)
        try:
            await handle.backup(target)
        finally:
            await handle.close()

    try:
        asyncio.run(go())
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"backed up {path} to {target}")
