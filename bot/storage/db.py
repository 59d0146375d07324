"""One aiosqlite connection per process, with writes serialised under a lock.

aiosqlite runs every statement on one background thread, so two tasks sharing
the connection also share its transaction: without the lock one task's COMMIT
would commit another's half-done work. `isolation_level=None` hands transaction
control to us (`BEGIN IMMEDIATE ... COMMIT`), so nothing is committed behind our
back. Reads also take the lock: a read never sees another task's uncommitted rows.

Group commit: writes queued while a transaction runs are committed together in
the next one (`write`), and reads that arrive together are sent together
(`fetchall`). A caller is answered only after its transaction committed, so
nothing acknowledged is lost if the process dies; many callers share one
commit and their statements reach aiosqlite's thread without a round trip each.

The file under the connection: a file deleted (or replaced, e.g. by a restore
moved over it) while the bot runs keeps taking writes through the open
descriptor, into an inode nobody will ever read again. So the file's identity
(device and inode) is noted at open and compared after each COMMIT, before
anyone is answered: a write that did not reach the file at the path is not
acknowledged, and from then on every write is refused with StoreFileGone
(naming the file). A restart opens the file that is there.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.core.ports import StoreUnavailable

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000
MAX_JOBS = 1000  # writes per group-commit transaction

T = TypeVar("T")
Job = Callable[[aiosqlite.Connection], Awaitable[T]]  # the engine-neutral form: sql.Job


class StorageError(Exception):
    """The database cannot be used; the message is one line meant for people."""


class StoreFileGone(StorageError, StoreUnavailable):
    """The database file was deleted or replaced under the open connection."""


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path`; None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Database:
    """The open connection. Create it with `await Database.open(path)`."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.lock = asyncio.Lock()
        self._closed = False
        self._jobs: list[tuple[Job[Any], asyncio.Future[Any]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._reads: list[tuple[str, Sequence[Any], asyncio.Future[list[sqlite3.Row]]]] = []
        self._reader: asyncio.Task[None] | None = None
        # Compared by absolute path: a later chdir must not look like a deletion.
        self._file = None if str(path) == ":memory:" else path.resolve()
        self._identity = None if self._file is None else _identity(self._file)
        self._gone: StoreFileGone | None = None

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        """Open (creating if needed) and check the file is a writable SQLite database.

        Raises StorageError with a one-line reason for a corrupt, read-only or
        unreachable file, so the bot stops at start-up instead of half-running.
        """
        db_path = Path(path)
        _prepare(db_path)
        try:
            conn = await aiosqlite.connect(str(db_path), isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open database {db_path}: {exc}") from exc
        db = cls(conn, db_path)
        try:
            await db._configure()
        except sqlite3.Error as exc:
            await conn.close()
            raise StorageError(f"cannot use database {db_path}: {_reason(exc)}") from exc
        return db

    async def _configure(self) -> None:
        conn = self._conn
        conn.row_factory = sqlite3.Row
        # Reading the schema fails at once on a file that is not a database.
        await (await conn.execute("SELECT count(*) FROM sqlite_schema")).fetchall()
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = await (await conn.execute("PRAGMA journal_mode = WAL")).fetchone()
        if str(self.path) != ":memory:" and (mode is None or str(mode[0]).lower() != "wal"):
            raise sqlite3.OperationalError("could not switch to WAL journal mode")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        # quick_check reads every page: damage anywhere (not only in the schema)
        # stops start-up here instead of surfacing at the first /leaderboard.
        problems = [row[0] for row in await (await conn.execute("PRAGMA quick_check")).fetchall()]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(f"database disk image is malformed: {problems[0]}")
        # Only a committed write proves the file is writable: SQLite opens a
        # read-only file without complaint, and a rolled-back transaction writes
        # nothing. Rewriting user_version with its own value is such a write.
        row = await (await conn.execute("PRAGMA user_version")).fetchone()
        await conn.execute(f"PRAGMA user_version = {int(row[0]) if row else 0}")

    def check_file(self) -> None:
        """Raise StoreFileGone unless the file at the path is still the one opened.
        Once it was gone, it stays gone for this connection."""
        if self._gone is not None:
            raise self._gone
        if self._file is None or _identity(self._file) == self._identity:
            return
        what = "deleted" if not self._file.exists() else "replaced by another file"
        self._gone = StoreFileGone(
            f"database file {self._file} was {what} while the bot was running; "
            "nothing more is saved until the bot is restarted with the file in place"
        )
        log.error("%s", self._gone)
        raise self._gone

    @property
    def shared(self) -> bool:
        """An SQLite file has one writer process: this one (see sql.SqlDatabase)."""
        return False

    @property
    def conn(self) -> aiosqlite.Connection:
        return self._conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """`BEGIN IMMEDIATE ... COMMIT` under the lock; ROLLBACK on any error."""
        async with self.lock:
            self.check_file()
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            await self._conn.execute("COMMIT")
            self.check_file()  # committed, but to the file at the path?

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Run a query. Queries that arrive together run together: one turn of
        the lock, all sent to aiosqlite's thread at once (no round trip each)."""
        if not self._reads and not self.lock.locked():
            async with self.lock:  # nobody waiting: skip the queue
                return list(await self._conn.execute_fetchall(sql, params))
        future: asyncio.Future[list[sqlite3.Row]] = asyncio.get_running_loop().create_future()
        self._reads.append((sql, params, future))
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._flush_reads())
        return await future

    async def _flush_reads(self) -> None:
        while self._reads:
            batch, self._reads = self._reads, []
            async with self.lock:
                results = await asyncio.gather(
                    *(self._conn.execute_fetchall(sql, params) for sql, params, _ in batch),
                    return_exceptions=True,
                )
            for (_, _, future), result in zip(batch, results, strict=True):
                if future.done():
                    continue
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(list(result))

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def write(self, job: Job[T]) -> T:
        """Run `job(conn)` in a write transaction shared with other queued jobs
        (group commit); returns once that transaction committed. A job must only
        touch the database: callers update their caches after it returns."""
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
            except Exception as exc:  # BEGIN/COMMIT itself failed: everyone hears
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)

    async def _commit(self, batch: list[tuple[Job[Any], asyncio.Future[Any]]]) -> None:
        """Run the jobs in one transaction. If any fails, it is rolled back; the
        others run together again, then each failed job alone (so that it
        reports its own error, or succeeds if it only clashed with the batch)."""
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
        # The others first: they keep the places they had when the batch ran.
        await self._commit([item for item, bad in zip(batch, failed, strict=True) if not bad])
        for item, bad in zip(batch, failed, strict=True):
            if bad:
                await self._commit([item])

    async def _attempt(self, jobs: list[Job[Any]]) -> list[Any]:
        async with self.lock:
            self.check_file()
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                # Jobs are independent: sending all their statements at once keeps
                # aiosqlite's thread busy instead of waiting for a round trip each.
                results = await asyncio.gather(
                    *(job(self._conn) for job in jobs), return_exceptions=True
                )
                if any(isinstance(r, BaseException) for r in results):
                    await self._conn.execute("ROLLBACK")
                    return results
                await self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    await self._conn.execute("ROLLBACK")
                raise
            self.check_file()  # committed, but to the file at the path?
        return results

    async def drain(self) -> None:
        """Wait until every queued read and write has finished."""
        for task in (self._flusher, self._reader):
            while task is not None and not task.done():
                await asyncio.shield(task)

    async def backup(self, target: Path | str) -> None:
        """Copy the live database to `target` with SQLite's online backup API."""
        target_path = Path(target)
        dest = _open_backup_target(target_path)
        try:
            async with self.lock:
                await self._conn.backup(dest)
        except sqlite3.Error as exc:
            raise StorageError(f"backup to {target_path} failed: {exc}") from exc
        finally:
            dest.close()

    async def close(self) -> None:
        if self._closed:
            return
        await self.drain()
        self._closed = True
        await self._conn.close()


def _prepare(db_path: Path) -> None:
    if str(db_path) == ":memory:":
        return
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create folder for database {db_path}: {exc}") from exc
    if db_path.is_dir():
        raise StorageError(f"database path {db_path} is a folder, not a file")


def _open_backup_target(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return sqlite3.connect(str(path))
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"cannot write backup {path}: {exc}") from exc


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc) or type(exc).__name__
    if "not a database" in text or "malformed" in text:
        return f"{text} (the file is damaged or not a Studybot database)"
    if "readonly" in text or "read-only" in text:
        return f"{text} (check the file's and folder's permissions)"
    return text
