"""Group commit: concurrent writes share transactions, failures stay isolated."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiosqlite
import pytest

from bot.storage.db import Database


async def test_concurrent_writes_commit_together_and_fail_alone(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "w.db")
    try:
        await db.conn.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
        commits: list[int] = []
        await db.conn.set_trace_callback(  # count COMMITs as SQLite sees them
            lambda sql: commits.append(1) if sql == "COMMIT" else None
        )

        def insert(x: int):  # type: ignore[no-untyped-def]
            async def job(conn: aiosqlite.Connection) -> int:
                await conn.execute("INSERT INTO t (x) VALUES (?)", (x,))
                return x

            return job

        # 200 distinct rows plus one duplicate key that must fail on its own.
        results = await asyncio.gather(
            *(db.write(insert(x)) for x in [*range(200), 5]), return_exceptions=True
        )
        assert results[:200] == list(range(200))
        assert isinstance(results[200], Exception) and "UNIQUE" in str(results[200])
        rows = await db.fetchall("SELECT COUNT(*) FROM t")
        assert rows[0][0] == 200
        assert len(commits) < 200  # grouped, not one transaction per write

        # Concurrent reads are answered together, each with its own result.
        counts = await asyncio.gather(
            *(db.fetchone("SELECT COUNT(*) FROM t WHERE x < ?", (n,)) for n in range(50))
        )
        assert [row[0] for row in counts if row is not None] == list(range(50))
        with pytest.raises(Exception, match="no such table"):
            await asyncio.gather(db.fetchall("SELECT 1"), db.fetchall("SELECT * FROM nope"))
    finally:
        await db.close()
