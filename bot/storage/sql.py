"""What the store needs from a database engine: the shape both engines provide.

The store's SQL is written once, in the subset SQLite and PostgreSQL share
(`?` placeholders, `ON CONFLICT ... DO NOTHING/UPDATE`, `RETURNING`, qualified
columns in upserts), and runs on either engine through these two Protocols:
`Database` (bot/storage/db.py, one aiosqlite connection) and `PgDatabase`
(bot/storage/pg.py, an asyncpg pool) implement `SqlDatabase`; their
connections implement `Conn`. Rows are read by column name or position, which
both `sqlite3.Row` and `asyncpg.Record` allow.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit, urlunsplit

T = TypeVar("T")

Row = Any  # sqlite3.Row or asyncpg.Record: row["column"] and row[0] both work


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    async def fetchall(self) -> Iterable[Row]: ...


class Conn(Protocol):
    """A connection inside a transaction (aiosqlite.Connection or pg.PgConn)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Awaitable[Cursor]: ...

    def execute_fetchall(self, sql: str, parameters: Any = ..., /) -> Awaitable[Iterable[Row]]: ...

    def executemany(self, sql: str, parameters: Any, /) -> Awaitable[Cursor]: ...


Job = Callable[[Conn], Awaitable[T]]


class SqlDatabase(Protocol):
    """An open database. `shared` is True when other processes may write to it
    too: the store then caches nothing that another process could change."""

    @property
    def shared(self) -> bool: ...

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None: ...

    async def write(self, job: Job[T]) -> T:
        """Run `job(conn)` in a transaction (possibly shared with other queued
        jobs); return once it committed. A job may run twice (its batch rolled
        back, then alone), so it must only touch the database."""
        ...

    def transaction(self) -> AbstractAsyncContextManager[Conn]: ...

    async def drain(self) -> None: ...

    async def close(self) -> None: ...


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))
