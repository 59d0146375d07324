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


async def test_coalesced_post_operations_keep_their_guarantees(db_target: Path | str) -> None:
    from datetime import UTC, date, datetime, timedelta

    from bot.core.records import GroupDefaults, QuestionInfo
    from bot.core.types import GroupRef, Platform
    from bot.storage import open_store

    t0 = datetime(2026, 11, 26, tzinfo=UTC)
    day = date(2026, 11, 26)
    store = await open_store(db_target)
    try:
        await store.sync_questions(
            [
                QuestionInfo(id=f"q{i}", kind="", section="", topic="", concept="", source_hash="")
                for i in range(3)
            ],
            t0,
        )
        groups = await asyncio.gather(
            *(
                store.ensure_group(
                    GroupRef(platform=Platform.SHELL, channel_id=f"c{i}"), GroupDefaults()
                )
                for i in range(50)
            )
        )
        # Every group claims its date three times at once, with different questions.
        made = await asyncio.gather(
            *(
                store.create_post(
                    timezone="Asia/Seoul",
                    group_id=g.id,
                    local_date=day,
                    question_id=f"q{k}",
                    posted_at=t0,
                    closes_at=t0 + timedelta(days=1),
                )
                for g in groups
                for k in range(3)
            )
        )
        posts = [p for p in made if p is not None]
        assert len(posts) == 50 and {p.group_id for p in posts} == {g.id for g in groups}
        # Five simultaneous reveals of each post: exactly one wins per post.
        claims = await asyncio.gather(
            *(store.claim_reveal(p.id, t0 + timedelta(seconds=s)) for p in posts for s in range(5))
        )
        assert sum(claims) == 50
        assert all(sum(claims[i * 5 : i * 5 + 5]) == 1 for i in range(50))
        counts = await asyncio.gather(*(store.choice_counts(p.id) for p in posts))
        assert counts == [{}] * 50
    finally:
        await store.close()
    # A fresh process loads latest posts and histories for many groups at once.
    store = await open_store(db_target)
    try:
        latest = await asyncio.gather(*(store.latest_post(g.id) for g in groups))
        histories = await asyncio.gather(*(store.question_history(g.id) for g in groups))
        assert [p.id for p in latest if p is not None] == [p.id for p in posts]
        assert all(p is not None and p.revealed_at is not None for p in latest)
        assert all(h == {p.question_id: day} for h, p in zip(histories, posts, strict=True))
        assert await store.latest_post(10_000) is None
    finally:
        await store.close()


async def test_fan_out_reads_and_claims_for_many_groups(db_target: Path | str) -> None:
    """The fan-out's bulk operations: posts for many groups in one call (a
    repeated or existing key gets None), latest posts and histories of many
    groups, and recaps due only where the group posted and none was claimed."""
    from datetime import UTC, date, datetime, timedelta

    from bot.core.records import GroupDefaults, NewPost, QuestionInfo
    from bot.core.types import GroupRef, Platform
    from bot.storage import open_store

    t0 = datetime(2026, 11, 26, tzinfo=UTC)
    day = date(2026, 11, 26)
    store = await open_store(db_target)
    try:
        await store.sync_questions(
            [QuestionInfo(id=f"q{i}", kind="k", section="S", topic="T", concept="C",
                          source_hash="h") for i in range(3)], t0,
        )  # fmt: skip
        ids = [
            (await store.ensure_group(GroupRef(platform=Platform.SHELL, channel_id=f"c{i}"),
                                      GroupDefaults())).id
            for i in range(5)
        ]  # fmt: skip

        def new(group_id: int, on: date, question: str = "q0") -> NewPost:
            closes = t0 + timedelta(days=1)
            return NewPost(group_id=group_id, local_date=on, timezone="UTC",
                           question_id=question, posted_at=t0, closes_at=closes)  # fmt: skip

        early = await store.create_post(group_id=ids[0], local_date=day, timezone="UTC",
                                        question_id="q1", posted_at=t0,
                                        closes_at=t0 + timedelta(days=1))  # fmt: skip
        assert early is not None
        # Backwards on purpose: the store inserts in key order, results stay in this order.
        asked = [new(g, day, "q2") for g in reversed(ids)] + [new(ids[3], day, "q2")]
        made = await store.create_posts(asked)
        assert [p is not None for p in made] == [True, True, True, True, False, False]
        assert [p.group_id for p in made if p is not None] == list(reversed(ids[1:]))
        latest = await store.latest_posts([*ids, 999])
        assert latest[ids[0]] == early and {latest[g].question_id for g in ids[1:]} == {"q2"}
        histories = await store.question_histories(ids)
        assert histories[ids[0]] == {"q1": day} and histories[ids[4]] == {"q2": day}
        # Recaps: due where the group posted in the span and nothing was claimed.
        span = (day - timedelta(days=1), day + timedelta(days=1))
        keys = [(g, "week", *span) for g in ids] + [(ids[0], "week", day + timedelta(days=2),
                                                     day + timedelta(days=8))]  # fmt: skip
        assert await store.recaps_pending(keys) == set(keys[:5])
        assert await store.claim_recap(ids[1], "week", span[0], t0)
        assert await store.recaps_pending(keys) == set(keys[:5]) - {keys[1]}
        assert await store.claim_groups(ids, t0) == set(ids)  # nobody else holds them
        # Reveals of many posts: each claimed once, counted together.
        post_ids = [p.id for p in made if p is not None]
        assert await store.claim_reveals([*post_ids, post_ids[0]], t0) == set(post_ids)
        assert await store.claim_reveals(post_ids, t0) == set()
        assert (await store.latest_post(ids[4])).revealed_at == t0  # type: ignore[union-attr]
        assert await store.choice_counts_of(post_ids) == {p: {} for p in post_ids}
    finally:
        await store.close()
