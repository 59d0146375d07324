"""PostgreSQL behind the store's engine-neutral interface (sql.SqlDatabase), on an
asyncpg connection pool.

The store's SQL uses SQLite's `?` and `:name` placeholders; `translate` turns
them into PostgreSQL's `$1, $2, ...` once per statement text (cached), so one
store runs on both engines. Reads go to any pooled connection. Writes queued
while a transaction runs are committed together in the next one (group commit,
as on SQLite): a caller is answered only after its transaction committed, so an
acknowledged write survives a crash of this process (`synchronous_commit` is the
server's default, on). Other processes write too: the guards are the schema's
constraints, and `shared` tells the store to cache nothing they could change.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import asyncpg

from bot.storage.db import StorageError
from bot.storage.sql import Job, Row, redact

T = TypeVar("T")

MAX_JOBS = 1000  # writes per group-commit transaction
POOL_SIZE = 10
_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|::|\?|:([A-Za-z_][A-Za-z0-9_]*)")
_translated: dict[str, tuple[str, tuple[str, ...]]] = {}


def translate(sql: str) -> tuple[str, tuple[str, ...]]:
    """(PostgreSQL text, names of `:name` parameters in order; empty for `?`)."""
    hit = _translated.get(sql)
    if hit is not None:
        return hit
    names: list[str] = []
    count = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        token = match.group(0)
        if token == "?":
            count += 1
            return f"${count}"
        name = match.group(1)
        if name is None:  # a string literal, a quoted name or a :: cast
            return token
        if name not in names:
            names.append(name)
        return f"${names.index(name) + 1}"

    out = (_PLACEHOLDER.sub(swap, sql), tuple(names))
    if len(_translated) > 5000:
        _translated.clear()
    _translated[sql] = out
    return out


def _args(names: tuple[str, ...], params: Any) -> list[Any]:
    if names:
        mapping: Mapping[str, Any] = params
        return [mapping[name] for name in names]
    return list(params or ())


def _count(status: str) -> int:
    """Rows touched, from a command status such as 'UPDATE 3' or 'INSERT 0 1'."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else -1


class PgCursor:
    def __init__(self, rowcount: int, rows: list[Row]) -> None:
        self._rowcount = rowcount
        self._rows = rows

    @property
    def rowcount(self) -> int:
        return self._rowcount

    async def fetchall(self) -> Iterable[Row]:
        return self._rows


class PgConn:
    """One pooled connection inside a transaction, with aiosqlite's method names.
    asyncpg runs one statement at a time per connection: jobs sharing a
    transaction take turns through the lock."""

    def __init__(self, conn: asyncpg.pool.PoolConnectionProxy[asyncpg.Record]) -> None:
        self.raw = conn
        self._lock = asyncio.Lock()

    async def execute(self, sql: str, parameters: Any = ()) -> PgCursor:
        query, names = translate(sql)
        args = _args(names, parameters)
        async with self._lock:
            if " RETURNING " in query.upper() or query.lstrip().upper().startswith("SELECT"):
                rows = list(await self.raw.fetch(query, *args))
                return PgCursor(len(rows), rows)
            status = await self.raw.execute(query, *args)
        return PgCursor(_count(status), [])

    async def execute_fetchall(self, sql: str, parameters: Any = ()) -> Iterable[Row]:
        query, names = translate(sql)
        async with self._lock:
            return list(await self.raw.fetch(query, *_args(names, parameters)))

    async def executemany(self, sql: str, parameters: Any) -> PgCursor:
        query, names = translate(sql)
        rows = [_args(names, p) for p in parameters]
        if rows:
            async with self._lock:
                await self.raw.executemany(query, rows)
        return PgCursor(-1, [])


class PgDatabase:
    """The pool. Create it with `await PgDatabase.open(url)`."""

    def __init__(self, pool: asyncpg.Pool, url: str) -> None:
        self.pool = pool
        self.url = url
        self._jobs: list[tuple[Job[Any], asyncio.Future[Any]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._closed = False

    @classmethod
    async def open(cls, url: str, *, pool_size: int = POOL_SIZE) -> PgDatabase:
        """Connect (one line in StorageError when the server cannot be used)."""
        try:
            pool = await asyncpg.create_pool(
                url, min_size=1, max_size=pool_size, command_timeout=60
            )
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise StorageError(f"cannot connect to PostgreSQL at {redact(url)}: {reason}") from exc
        return cls(pool, url)

    @property
    def shared(self) -> bool:
        return True

    @property
    def path(self) -> str:
        return redact(self.url)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        query, names = translate(sql)
        return list(await self.pool.fetch(query, *_args(names, params)))

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PgConn]:
        async with self.pool.acquire() as conn, conn.transaction():
            yield PgConn(conn)

    async def write(self, job: Job[T]) -> T:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._jobs.append((job, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        result: T = await future
        return result

    async def _flush(self) -> None:
        while self._jobs:
            batch, self._jobs = self._jobs[:MAX_JOBS], self._jobs[MAX_JOBS:]
            try:
                await self._commit(batch)
            except Exception as exc:  # the connection or COMMIT itself failed
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)

    async def _commit(self, batch: list[tuple[Job[Any], asyncio.Future[Any]]]) -> None:
        """As db.Database._commit: one failed job rolls the batch back; the
        others commit together again, then each failed job runs alone. (On
        PostgreSQL a failed statement aborts the transaction, so jobs that ran
        after it fail too and are retried alone.)"""
        results = await self._attempt([job for job, _ in batch])
        failed = [isinstance(r, BaseException) for r in results]
        if not any(failed) or len(batch) == 1:
            for (_, future), result in zip(batch, results, strict=True):
                if future.done():
                    continue
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(result)
            return
        await self._commit([item for item, bad in zip(batch, failed, strict=True) if not bad])
        for item, bad in zip(batch, failed, strict=True):
            if bad:
                await self._commit([item])

    async def _attempt(self, jobs: list[Job[Any]]) -> list[Any]:
        async with self.pool.acquire() as raw:
            tx = raw.transaction()
            await tx.start()
            conn = PgConn(raw)
            try:
                results = await asyncio.gather(*(job(conn) for job in jobs), return_exceptions=True)
            except BaseException:
                await tx.rollback()
                raise
            if any(isinstance(r, BaseException) for r in results):
                await tx.rollback()
            else:
                await tx.commit()
            return results

    async def drain(self) -> None:
        while self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)

    async def close(self) -> None:
        if self._closed:
            return
        await self.drain()
        self._closed = True
        try:
            await asyncio.wait_for(self.pool.close(), timeout=10)
        except TimeoutError:
            self.pool.terminate()
