"""Storage: the core's Repository in SQL both engines run (SQLite by default,
PostgreSQL for several processes), and the migration runner."""

from __future__ import annotations

from pathlib import Path

from bot.core.clock import Clock, system_clock
from bot.storage.db import Database, StorageError
from bot.storage.sql import is_postgres_url
from bot.storage.store import SqliteStore, SqlStore

__all__ = ["Database", "SqlStore", "SqliteStore", "StorageError", "is_postgres_url", "open_store"]


async def open_store(
    target: Path | str, *, migrations: Path | None = None, clock: Clock = system_clock
) -> SqlStore:
    """`postgresql://...` opens a PostgresStore, anything else an SQLite file."""
    if is_postgres_url(target):
        from bot.storage.pg_store import PostgresStore

        return await PostgresStore.open(str(target), migrations=migrations, clock=clock)
    return await SqliteStore.open(target, migrations=migrations, clock=clock)
