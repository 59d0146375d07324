"""`studybot db`: apply migrations, copy SQLite into PostgreSQL, take an online backup."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from bot.config import load_settings
from bot.core.clock import system_clock
from bot.storage.db import Database, StorageError
from bot.storage.migrate import migrate as run_migrations
from bot.storage.sql import is_postgres_url, redact


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
@click.option(
    "--to",
    "to_url",
    metavar="postgresql://...",
    default=None,
    help="Copy the SQLite database into this (empty) PostgreSQL database and compare counts.",
)
def migrate(database: Path | None, migrations: Path | None, to_url: str | None) -> None:
    """Apply pending migrations, each in its own transaction (PostgreSQL when
    STUDYBOT_DATABASE is a postgresql:// URL); with --to, copy into PostgreSQL."""
    if to_url is not None:
        _copy(_database(database), to_url)
        return
    settings = load_settings()
    target = database if database is not None else settings.store_target

    async def go() -> list[str]:
        if is_postgres_url(target):
            from bot.storage.pg import PgDatabase
            from bot.storage.pg_store import migrate_postgres

            pool = await PgDatabase.open(str(target))
            try:
                return await migrate_postgres(pool, migrations, at=system_clock())
            finally:
                await pool.close()
        handle = await Database.open(target)
        try:
            return await run_migrations(handle, migrations, at=system_clock())
        finally:
            await handle.close()

    try:
        applied = asyncio.run(go())
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    shown = redact(str(target))
    if applied:
        click.echo(f"{shown}: applied {', '.join(applied)}")
    else:
        click.echo(f"{shown}: up to date")


def _copy(source: Path, url: str) -> None:
    from bot.storage.copy import copy_to_postgres

    if not is_postgres_url(url):
        raise click.ClickException(f"--to wants a postgresql:// URL, not {url!r}")
    if not source.is_file():
        raise click.ClickException(f"no SQLite database at {source}")

    def progress(table: str, rows: int) -> None:
        click.echo(f"copied {table}: {rows} rows")

    try:
        counts = asyncio.run(copy_to_postgres(source, url, progress=progress))
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    width = max(len(c.table) for c in counts)
    for c in counts:
        mark = "ok" if c.ok else "DIFFERENT"
        click.echo(f"{c.table:<{width}}  sqlite {c.source:>9}  postgresql {c.target:>9}  {mark}")
    wrong = [c.table for c in counts if not c.ok]
    if wrong:
        raise click.ClickException(f"counts differ in {', '.join(wrong)}")
    click.echo(f"copied {source} to {redact(url)}: every count matches")


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
