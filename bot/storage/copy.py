"""`studybot db migrate --to postgresql://...`: copy an SQLite database into
PostgreSQL, then compare row counts table by table.

Both sides are first migrated to the same point of the one migration list, so
their tables and columns match. Tables are copied parents first (the order
comes from SQLite's foreign keys, so tables added later need no list kept up
to date here), in batches through COPY. `scores` is not copied: PostgreSQL's
trigger rebuilds it from the answers, and the count check then proves that
the two engines agree on every board. The target must be empty: copying into
a live database would merge two histories.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.clock import Clock, system_clock
from bot.storage.db import StorageError
from bot.storage.pg_store import PostgresStore
from bot.storage.store import SqliteStore

BATCH = 5000
DERIVED = frozenset({"scores"})  # rebuilt by the target's triggers
SKIPPED = frozenset({"schema_migrations"})  # each engine keeps its own


@dataclass(frozen=True, kw_only=True, slots=True)
class TableCount:
    table: str
    source: int
    target: int

    @property
    def ok(self) -> bool:
        return self.source == self.target


async def copy_to_postgres(
    source: Path,
    url: str,
    *,
    clock: Clock = system_clock,
    progress: Callable[[str, int], None] | None = None,
) -> list[TableCount]:
    """Copy every table of the SQLite file `source` (checked by the caller to
    exist) into the database at `url`."""
    lite = await SqliteStore.open(source, clock=clock)
    try:
        pg = await PostgresStore.open(url, clock=clock)
        try:
            tables = await _tables_parents_first(lite)
            await _refuse_non_empty(pg, tables)
            for table in tables:
                if table not in DERIVED:
                    copied = await _copy_table(lite, pg, table)
                    if progress is not None:
                        progress(table, copied)
            await _advance_identities(pg, tables)
            return [
                TableCount(table=t, source=await _count(lite, t), target=await _count(pg, t))
                for t in tables
            ]
        finally:
            await pg.close()
    finally:
        await lite.close()


async def _tables_parents_first(lite: SqliteStore) -> list[str]:
    rows = await lite.db.fetchall(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    names = [r["name"] for r in rows if r["name"] not in SKIPPED]
    parents: dict[str, set[str]] = {}
    for name in names:
        refs = await lite.db.fetchall(f"SELECT \"table\" FROM pragma_foreign_key_list('{name}')")
        parents[name] = {r[0] for r in refs} - {name}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:
            raise StorageError("the tables' foreign keys form a cycle; cannot order the copy")
        ordered.extend(ready)
    return ordered


async def _refuse_non_empty(pg: PostgresStore, tables: list[str]) -> None:
    for table in tables:
        if await pg.db.fetchone(f"SELECT 1 FROM {table} LIMIT 1") is not None:
            raise StorageError(
                f"the PostgreSQL database already has rows in {table}: copy into an empty one"
            )


async def _copy_table(lite: SqliteStore, pg: PostgresStore, table: str) -> int:
    columns = [
        r["name"] for r in await lite.db.fetchall(f"SELECT name FROM pragma_table_info('{table}')")
    ]
    kinds = await _target_kinds(pg, table)
    convert = [_converter(kinds.get(c, "text")) for c in columns]
    cursor = await lite.sqlite.conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
    copied = 0
    try:
        while rows := list(await cursor.fetchmany(BATCH)):
            records = [tuple(f(v) for f, v in zip(convert, row, strict=True)) for row in rows]
            async with pg.pg.pool.acquire() as conn:
                await conn.copy_records_to_table(table, records=records, columns=columns)
            copied += len(records)
    finally:
        await cursor.close()
    return copied


async def _target_kinds(pg: PostgresStore, table: str) -> dict[str, str]:
    rows = await pg.db.fetchall(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = ?",
        (table,),
    )
    return {r[0]: r[1] for r in rows}


def _converter(kind: str) -> Callable[[Any], Any]:
    """SQLite stores what it is given; COPY wants each column's own Python type."""

    def cast(target: type) -> Callable[[Any], Any]:
        return lambda v: None if v is None else target(v)

    if kind in ("integer", "bigint", "smallint"):
        return cast(int)
    if kind in ("double precision", "real", "numeric"):
        return cast(float)
    if kind == "boolean":
        return cast(bool)
    return cast(str)


async def _advance_identities(pg: PostgresStore, tables: list[str]) -> None:
    """Copied ids were given explicitly: move each identity past the largest."""
    for table in tables:
        row = await pg.db.fetchone(
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
            " current_schema() AND table_name = ? AND is_identity = 'YES'",
            (table,),
        )
        if row is None:
            continue
        column = row[0]
        await pg.db.fetchall(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
            f" COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"
        )


async def _count(store: SqliteStore | PostgresStore, table: str) -> int:
    row = await store.db.fetchone(f"SELECT COUNT(*) FROM {table}")
    return 0 if row is None else int(row[0])
