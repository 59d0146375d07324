"""Store benchmarks: answer recording through core + store vs raw sqlite3,
click-to-reply latency, and board/streak queries at 1,000,000 answers.

Run: `python -m bench.bench_store` (or `make bench`). Prints one line per figure.
Everything runs on real SQLite files in a temporary folder.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.sizes import scaled
from bot.core.bank import ListBank
from bot.core.ports import GroupSchedule
from bot.core.records import GroupDefaults, Period
from bot.core.service import StudyService
from bot.core.types import AnswerClick, AnswerKind, GroupRef, Member, Platform, Reply
from bot.notes.model import SourceRef
from bot.storage import SqliteStore
from bot.storage.db import BUSY_TIMEOUT_MS
from bot.storage.migrate import migrate

ANSWERERS = 500
POSTS = 20  # each answerer answers each post once: 10,000 answers
BIG_MEMBERS = 10_000
BIG_DAYS = scaled(100)  # 10,000 members x 100 daily posts = 1,000,000 answers
ROOM = GroupRef(platform=Platform.SHELL, channel_id="bench")
_INSERT_MEMBER = (
    "INSERT INTO members (platform, user_id, display_name, created_at) VALUES ('shell', ?, ?, ?)"
)


@dataclass(frozen=True, kw_only=True, slots=True)
class _Question:
    id: str
    section: str
    topic: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    kind: str = "bench"
    concept: str = ""
    explanation: str = ""
    source: SourceRef = field(default_factory=lambda: SourceRef(file="bench.md", line=1))
    source_hash: str = ""
    is_flashcard: bool = False

    @property
    def breadcrumb(self) -> str:
        return f"{self.section} > {self.topic}"


def _questions(n: int) -> list[_Question]:
    return [
        _Question(
            id=f"q{i}",
            section=f"S{i % 7}",
            topic=f"T{i}",
            prompt=f"question {i}",
            choices=("a", "b", "c", "d"),
            answer=i % 4,
        )
        for i in range(n)
    ]


class _Outbox:
    def __init__(self) -> None:
        self.n = 0
        self.last_post = 0.0

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        self.n += 1
        self.last_post = time.perf_counter()
        return f"m{self.n}"

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        return None

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        return None


class _Listener:
    async def schedule_changed(self, schedule: GroupSchedule) -> None:
        return None


def _pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def bench_core(folder: Path) -> tuple[float, list[float], list[float], int]:
    """(answers/s with ANSWERERS concurrent, latencies under load, idle latencies, n)."""
    store = await SqliteStore.open(folder / "core.db")
    outbox = _Outbox()
    service = StudyService(
        store, None, ListBank(_questions(50)), _Listener(), {Platform.SHELL: outbox}
    )
    try:
        group = await store.ensure_group(ROOM, GroupDefaults())
        await store.save_group(replace(group, scheduled=True, timezone="UTC"))
        start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
        refs = []
        for day in range(POSTS):
            await service.tick(start + timedelta(days=day))
            latest = await store.latest_post(group.id)
            assert latest is not None
            refs.append(str(latest.id))
        # Keep every post open so that all of them take answers at once.
        await store.db.conn.execute(
            "UPDATE daily_posts SET revealed_at = NULL,"
            " closes_at = '9999-12-31T00:00:00.000000+00:00'"
        )
        store._posts.clear()  # the cache holds the old closing times
        at = start + timedelta(days=POSTS - 1, minutes=1)
        latencies: list[float] = []

        async def answerer(i: int) -> None:
            member = Member(user_id=f"user{i}", display_name=f"User {i}")
            for ref in refs:
                click = AnswerClick(
                    kind=AnswerKind.DAILY, ref=ref, choice=i % 4, group=ROOM, member=member, at=at
                )
                t0 = time.perf_counter()
                await service.answer(click)
                latencies.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        await asyncio.gather(*(answerer(i) for i in range(ANSWERERS)))
        elapsed = time.perf_counter() - t0
        n = ANSWERERS * POSTS
        row = await store.db.fetchone("SELECT COUNT(*) FROM answers")
        assert row is not None and row[0] == n, row
        # Idle: one member clicking alone (already answered -> same full path incl. the store).
        idle: list[float] = []
        member = Member(user_id="solo", display_name="Solo")
        for k in range(2000):
            click = AnswerClick(
                kind=AnswerKind.DAILY,
                ref=refs[k % POSTS],
                choice=0,
                group=ROOM,
                member=member,
                at=at,
            )
            t0 = time.perf_counter()
            await service.answer(click)
            idle.append(time.perf_counter() - t0)
        return n / elapsed, latencies, idle, n
    finally:
        await store.close()


def bench_raw(folder: Path, n: int) -> float:
    """The same answer rows inserted with plain sqlite3, one transaction each."""
    path = folder / "raw.db"
    asyncio.run(_migrated(path))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    now = datetime(2026, 1, 1, tzinfo=UTC).isoformat()
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO groups (platform, channel_id, created_at) VALUES ('shell', 'bench', ?)", (now,)
    )
    conn.executemany(
        "INSERT INTO questions (id, first_seen_at) VALUES (?, ?)",
        [(f"q{i}", now) for i in range(POSTS)],
    )
    conn.executemany(
        "INSERT INTO daily_posts (group_id, local_date, question_id, posted_at, closes_at)"
        " VALUES (1, ?, ?, ?, '9999-12-31T00:00:00.000000+00:00')",
        [((date(2026, 1, 1) + timedelta(days=i)).isoformat(), f"q{i}", now) for i in range(POSTS)],
    )
    conn.executemany(
        _INSERT_MEMBER,
        [(f"user{i}", f"User {i}", now) for i in range(ANSWERERS)],
    )
    conn.execute("COMMIT")
    rows = [
        (
            1,
            m + 1,
            f"q{p}",
            p + 1,
            "daily",
            m % 4,
            int(m % 4 == p % 4),
            10,
            now,
            (date(2026, 1, 1) + timedelta(days=p)).isoformat(),
            60_000,
        )
        for m in range(ANSWERERS)
        for p in range(POSTS)
    ][:n]
    sql = (
        "INSERT INTO answers (group_id, member_id, question_id, post_id, kind, choice, correct,"
        " points, answered_at, local_date, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    t0 = time.perf_counter()
    for row in rows:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(sql, row)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return len(rows) / elapsed


async def _migrated(path: Path) -> None:
    store = await SqliteStore.open(path)
    await store.close()


def seed_big(path: Path) -> None:
    """1,000,000 daily answers by 10,000 members over 100 days, in one group."""
    asyncio.run(_migrated(path))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")  # seeding only; the queries are what is measured
    now = datetime(2026, 1, 1, tzinfo=UTC).isoformat()
    trigger = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'answers_score'"
    ).fetchone()[0]
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO groups (platform, channel_id, timezone, scheduled, created_at)"
        " VALUES ('shell', 'bench', 'UTC', 1, ?)",
        (now,),
    )
    days = [date(2026, 1, 1) + timedelta(days=d) for d in range(BIG_DAYS)]
    conn.executemany(
        "INSERT INTO questions (id, section, first_seen_at) VALUES (?, ?, ?)",
        [(f"q{d}", f"S{d % 7}", now) for d in range(BIG_DAYS)],
    )
    conn.executemany(
        "INSERT INTO daily_posts (group_id, local_date, question_id, posted_at, closes_at,"
        " delivered, revealed_at) VALUES (1, ?, ?, ?, ?, 1, ?)",
        [(d.isoformat(), f"q{i}", now, now, now) for i, d in enumerate(days)],
    )
    conn.executemany(
        _INSERT_MEMBER,
        [(f"user{i}", f"User {i}", now) for i in range(BIG_MEMBERS)],
    )
    # Rows straight in, then the board totals in one aggregate: the trigger would
    # give the same totals but take much longer to seed.
    conn.execute("DROP TRIGGER answers_score")

    def rows() -> object:
        for d, day in enumerate(days):
            for m in range(BIG_MEMBERS):
                correct = (m * 7 + d * 3) % 10 < (3 + m % 7)
                yield (
                    1,
                    m + 1,
                    f"q{d}",
                    d + 1,
                    "daily",
                    0,
                    int(correct),
                    10 * int(correct),
                    now,
                    day.isoformat(),
                    1000,
                )

    conn.executemany(
        "INSERT INTO answers (group_id, member_id, question_id, post_id, kind, choice, correct,"
        " points, answered_at, local_date, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),  # type: ignore[arg-type]
    )
    for period in (
        "'all'",
        "'W' || date(local_date, 'weekday 0', '-6 days')",
        "'M' || substr(local_date, 1, 7)",
    ):
        conn.execute(
            "INSERT INTO scores (group_id, period, member_id, points, answered, correct)"
            f" SELECT group_id, {period}, member_id, SUM(points), COUNT(*), SUM(correct)"
            " FROM answers WHERE kind = 'daily' GROUP BY 1, 2, 3"
        )
    conn.execute(trigger)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


async def _timed(fn: Callable[[], Awaitable[object]], runs: int) -> list[float]:
    await fn()  # warm the page cache
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        await fn()
        out.append(time.perf_counter() - t0)
    return out


async def bench_queries(path: Path) -> dict[str, list[float]]:
    store = await SqliteStore.open(path)
    try:
        await migrate(store.db, at=datetime(2026, 1, 1, tzinfo=UTC))
        today = date(2026, 1, 1) + timedelta(days=BIG_DAYS - 1)
        results = {}
        for period in Period:
            results[f"leaderboard {period.value}"] = await _timed(
                lambda p=period: store.leaderboard(1, p, today, 10),
                50,  # type: ignore[misc]
            )
        results["streak (member history)"] = await _timed(
            lambda: store.daily_history(1, "shell", "user42", right_only=True), 50
        )
        results["stats (member sections)"] = await _timed(
            lambda: store.member_stats(1, "shell", "user42"), 50
        )
        return results
    finally:
        await store.close()


FANOUT_GROUPS = scaled(10_000)


async def bench_fanout(folder: Path) -> tuple[float, float]:
    """10,000 scheduled groups due at the same minute, one tick (as the scheduler
    runs it): seconds until the last post reached the
    outbox, first on a freshly opened store (only the schedules read, as at
    start-up), then on the next day (each group also revealing the day before)."""
    path = folder / "fanout.db"
    store = await SqliteStore.open(path)
    refs = [GroupRef(platform=Platform.SHELL, channel_id=f"g{i}") for i in range(FANOUT_GROUPS)]
    groups = await asyncio.gather(*(store.ensure_group(r, GroupDefaults()) for r in refs))
    await asyncio.gather(*(store.save_group(replace(g, scheduled=True)) for g in groups))
    await store.close()
    store = await SqliteStore.open(path)
    try:
        outbox = _Outbox()
        service = StudyService(
            store, None, ListBank(_questions(300)), _Listener(), {Platform.SHELL: outbox}
        )
        await service.schedules()  # what the scheduler reads at start-up
        times = []
        for day in range(2):
            at = datetime(2026, 1, 1 + day, 0, 0, tzinfo=UTC)  # 09:00 in Seoul
            before = outbox.n
            t0 = time.perf_counter()
            await service.tick(at)
            times.append(outbox.last_post - t0)
            assert outbox.n - before >= FANOUT_GROUPS
        return times[0], times[1]
    finally:
        await store.close()


def _ms(values: Sequence[float]) -> str:
    return (
        f"median {1000 * statistics.median(values):.2f} ms, p99 {1000 * _pct(values, 0.99):.2f} ms"
    )


def main() -> None:
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="studybot-bench-") as tmp:
        folder = Path(tmp)
        rate, loaded, idle, n = asyncio.run(bench_core(folder))
        raw = bench_raw(folder, n)
        print(
            f"answers/s through core+store, {ANSWERERS} concurrent answerers on one group:"
            f" {rate:,.0f} ({n:,} answers, {cores} cores)"
        )
        print(
            "answers/s raw sqlite3, same inserts, one transaction each"
            f" (WAL, synchronous=NORMAL): {raw:,.0f}"
        )
        print(f"answer recording ratio core+store / raw sqlite3: {rate / raw:.2f} (target >= 0.5)")
        print(f"click-to-reply through the core, idle: {_ms(idle)} (target p99 < 10 ms)")
        print(f"click-to-reply through the core, {ANSWERERS} concurrent: {_ms(loaded)}")
        cold, warm = asyncio.run(bench_fanout(folder))
        print(
            f"daily fan-out, {FANOUT_GROUPS:,} groups due at once, until every post reached"
            f" the outbox: {cold:.2f} s after a restart, {warm:.2f} s next day with reveals"
            " (target < 2 s)"
        )
        big = folder / "big.db"
        t0 = time.perf_counter()
        seed_big(big)
        seeded = time.perf_counter() - t0
        scale = f"{BIG_MEMBERS * BIG_DAYS:,} answers, {BIG_MEMBERS:,} members"
        for name, times in asyncio.run(bench_queries(big)).items():
            print(f"{name} query at {scale}: {_ms(times)} (target < 20 ms)")
        print(f"(seeding {BIG_MEMBERS * BIG_DAYS:,} answers took {seeded:.1f} s)")


if __name__ == "__main__":
    main()
