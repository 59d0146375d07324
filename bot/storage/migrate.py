"""Ordered SQL migrations: `migrations/NNNN_name.sql`, each in its own transaction.

A migration's statements and its row in `schema_migrations` commit together or
not at all, so a failed migration leaves the database exactly as it was.

One ordered list serves both engines: the files in `migrations/` are the list
(and SQLite runs them as they are). PostgreSQL runs, for each of them, the file
of the same name in `migrations/postgresql/` when there is one, else the shared
file itself. So a migration written in the SQL both engines accept (`ALTER
TABLE ... ADD COLUMN`, `CREATE INDEX`, plain `UPDATE`) is written once, and one
that needs each engine's own types or triggers (0001's schema) has a PostgreSQL
twin. A PostgreSQL file without a shared one is refused: every engine walks the
same numbers, so a database migrated on one is at a known point on the other.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.storage.db import Database, StorageError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, kw_only=True, slots=True)
class Migration:
    version: int
    name: str
    path: Path


def default_migrations_dir() -> Path:
    """The migrations that ship with the package (bot/bundled.py), whatever the
    working directory."""
    from bot.bundled import migrations_dir

    return migrations_dir()


DIALECTS = ("sqlite", "postgresql")


def discover(folder: Path, dialect: str = "sqlite") -> list[Migration]:
    """The ordered list in `folder`, each entry the file `dialect` runs."""
    found = _numbered(folder)
    if dialect == "sqlite":
        return found
    own = {m.path.name: m for m in _numbered(folder / dialect, missing_ok=True)}
    shared = {m.path.name for m in found}
    strays = sorted(set(own) - shared)
    if strays:
        raise StorageError(
            f"{dialect} migration {strays[0]} has no shared file of that name in {folder}"
        )
    return [own.get(m.path.name, m) for m in found]


def _numbered(folder: Path, *, missing_ok: bool = False) -> list[Migration]:
    if not folder.is_dir():
        if missing_ok:
            return []
        raise StorageError(f"migrations folder {folder} not found")
    found: list[Migration] = []
    seen: dict[int, str] = {}
    for path in sorted(folder.iterdir()):
        match = _NAME.match(path.name)
        if match is None:
            continue
        version = int(match.group(1))
        if version in seen:
            raise StorageError(
                f"two migrations numbered {version:04d}: {seen[version]}, {path.name}"
            )
        seen[version] = path.name
        found.append(Migration(version=version, name=path.stem, path=path))
    return sorted(found, key=lambda m: m.version)


async def applied_versions(db: Database) -> set[int]:
    async with db.lock:
        await db.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        cursor = await db.conn.execute("SELECT version FROM schema_migrations")
        rows = await cursor.fetchall()
    return {int(row[0]) for row in rows}


REBUILD_MARK = "-- studybot: rebuild"


async def migrate(db: Database, folder: Path | None = None, *, at: datetime) -> list[str]:
    """Apply every pending migration in order (stamped `at`); return the names applied."""
    migrations = discover(folder or default_migrations_dir())
    applied: list[str] = []
    for migration in pending(migrations, await applied_versions(db), str(db.path)):
        await _apply(db, migration, at)
        applied.append(migration.name)
    return applied


def pending(migrations: list[Migration], done: set[int], where: str) -> list[Migration]:
    """The migrations still to apply, in order; refuses a database that has one
    newer than this Studybot knows."""
    known = {m.version for m in migrations}
    unknown = sorted(done - known)
    if unknown and unknown[-1] > max(known, default=0):
        raise StorageError(
            f"database {where} has migration {unknown[-1]:04d}, newer than this Studybot"
            " knows: upgrade Studybot (or restore a backup)"
        )
    return [m for m in migrations if m.version not in done]


async def _apply(db: Database, migration: Migration, at: datetime) -> None:
    try:
        sql = migration.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StorageError(f"cannot read migration {migration.path.name}: {exc}") from exc
    now = at.astimezone(UTC).isoformat()
    # executescript runs the whole file; BEGIN/COMMIT are part of the script so
    # the bookkeeping row commits with the schema change. The name is safe to
    # inline: it matched _NAME. On error the script stops inside the open
    # transaction and we roll it back.
    # A migration that rebuilds a table (SQLite cannot drop a constraint) starts
    # with REBUILD_MARK: it runs with foreign keys off, as SQLite's documented
    # procedure requires (otherwise dropping the old table would cascade into
    # its children), and the keys are checked before it commits.
    rebuild = sql.startswith(REBUILD_MARK)
    script = (
        "BEGIN IMMEDIATE;\n"
        f"{sql}\n;\n"
        "INSERT INTO schema_migrations (version, name, applied_at) "
        f"VALUES ({migration.version}, '{migration.name}', '{now}');\n"
    )
    async with db.lock:
        try:
            if rebuild:
                await db.conn.execute("PRAGMA foreign_keys = OFF")
            await db.conn.executescript(script)
            if rebuild and await db.conn.execute_fetchall("PRAGMA foreign_key_check"):
                raise sqlite3.IntegrityError("foreign key check failed after the rebuild")
            await db.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.conn.in_transaction:
                await db.conn.execute("ROLLBACK")
            raise StorageError(f"migration {migration.path.name} failed: {exc}") from exc
        finally:
            if rebuild:
                await db.conn.execute("PRAGMA foreign_keys = ON")
