"""`PostgresStore`: the shared-SQL store on PostgreSQL, and its migration runner.

Several processes (Discord shards, Slack HTTP workers) open one database. Each
migration runs in its own transaction while this process holds an advisory
lock, so processes starting together migrate once: the others wait, then find
nothing pending. The lock is per schema, so separate schemas (tests) never wait
for each other.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import asyncpg

from bot.core.clock import Clock, system_clock
from bot.storage.db import StorageError
from bot.storage.migrate import default_migrations_dir, discover, pending
from bot.storage.pg import POOL_SIZE, PgDatabase
from bot.storage.store import SqlStore

_LOCK = "SELECT pg_advisory_lock(hashtext(current_schema() || ':studybot-migrations'))"
_UNLOCK = "SELECT pg_advisory_unlock(hashtext(current_schema() || ':studybot-migrations'))"


async def migrate_postgres(
    db: PgDatabase, folder: Path | None = None, *, at: datetime
) -> list[str]:
    """Apply every pending migration (PostgreSQL files where given); return their names."""
    migrations = discover(folder or default_migrations_dir(), "postgresql")
    applied: list[str] = []
    async with db.pool.acquire() as conn:
        await conn.execute(_LOCK)
        try:
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {int(r[0]) for r in await conn.fetch("SELECT version FROM schema_migrations")}
            for migration in pending(migrations, done, db.path):
                try:
                    sql = migration.path.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    raise StorageError(
                        f"cannot read migration {migration.path.name}: {exc}"
                    ) from exc
                try:
                    async with conn.transaction():
                        await conn.execute(sql)
                        await conn.execute(
                            "INSERT INTO schema_migrations (version, name, applied_at)"
                            " VALUES ($1, $2, $3)",
                            migration.version,
                            migration.name,
                            at.isoformat(),
                        )
                except asyncpg.PostgresError as exc:
                    raise StorageError(
                        f"migration {migration.path.name} failed: {str(exc).splitlines()[0]}"
                    ) from exc
                applied.append(migration.name)
        finally:
            await conn.execute(_UNLOCK)
    return applied


class PostgresStore(SqlStore):
    """The store on PostgreSQL (`STUDYBOT_DATABASE=postgresql://...`)."""

    def __init__(self, db: PgDatabase, clock: Clock = system_clock) -> None:
        super().__init__(db, clock)
        self.pg = db

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        migrations: Path | None = None,
        clock: Clock = system_clock,
        pool_size: int = POOL_SIZE,
    ) -> PostgresStore:
        db = await PgDatabase.open(url, pool_size=pool_size)
        try:
            await migrate_postgres(db, migrations, at=clock())
        except BaseException:
            await db.close()
            raise
        return cls(db, clock)

    async def backup(self, target: Path | str) -> None:
        raise StorageError("back a PostgreSQL database up with pg_dump, not studybot db backup")
