"""PostgreSQL benchmarks (issue 19): answers/s through the core vs raw asyncpg at
the same durability, the daily fan-out of 100,000 groups with 1, 2 and 4
processes, and the leaderboard at 10,000,000 answers.

Run: `python -m bench.bench_postgres` (or `make bench`); `--fanout` runs the
fan-out figures alone. Needs the server named
by STUDYBOT_BENCH_POSTGRES (default postgresql://postgres@127.0.0.1:5432/test);
without one it prints one line and skips. Each figure uses a fresh schema,
dropped afterwards. STUDYBOT_BENCH_FANOUT_GROUPS and STUDYBOT_BENCH_BOARD_DAYS
set the two large figures' sizes; `python -m bench --scale F` scales both.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import statistics
import sys
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import asyncpg

from bench.bench_store import ANSWERERS, POSTS, ROOM, _Listener, _Outbox, _pct, _questions
from bench.sizes import scaled
from bot.core.bank import ListBank
from bot.core.records import GroupDefaults, Period
from bot.core.service import StudyService
from bot.core.types import AnswerClick, AnswerKind, Member, Platform
from bot.storage.pg_store import PostgresStore
from bot.storage.sql import Conn

URL = os.environ.get("STUDYBOT_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
FANOUT_GROUPS = int(os.environ.get("STUDYBOT_BENCH_FANOUT_GROUPS", "0")) or scaled(100_000)
FANOUT_PROCESSES = (1, 2, 4)
BOARD_MEMBERS = 10_000
# 10,000 members x 1,000 daily posts = 10,000,000 answers
BOARD_DAYS = int(os.environ.get("STUDYBOT_BENCH_BOARD_DAYS", "0")) or scaled(1000)
START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
FAR = "9999-12-31T00:00:00.000000+00:00"


def _schema_url(schema: str) -> str:
    return URL + ("&" if "?" in URL else "?") + f"search_path={schema}"


@asynccontextmanager
async def fresh_schema() -> AsyncIterator[str]:
    schema = f"sb_bench_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(URL)
    await conn.execute(f"CREATE SCHEMA {schema}")
    await conn.close()
    try:
        yield _schema_url(schema)
    finally:
        conn = await asyncpg.connect(URL)
        await conn.execute(f"DROP SCHEMA {schema} CASCADE")
        await conn.close()


async def bench_core(url: str) -> tuple[float, list[float]]:
    """ANSWERERS members answering POSTS open daily posts at once through the core."""
    store = await PostgresStore.open(url)
    service = StudyService(
        store, None, ListBank(_questions(50)), _Listener(), {Platform.SHELL: _Outbox()}
    )
    try:
        group = await store.ensure_group(ROOM, GroupDefaults())
        await store.save_group(replace(group, scheduled=True, timezone="UTC"))
        refs = []
        for day in range(POSTS):
            await service.tick(START + timedelta(days=day))
            latest = await store.latest_post(group.id)
            assert latest is not None
            refs.append(str(latest.id))

        async def reopen(conn: Conn) -> None:  # every post takes answers at once
            await conn.execute("UPDATE daily_posts SET revealed_at = NULL, closes_at = ?", (FAR,))

        await store.db.write(reopen)
        at = START + timedelta(days=POSTS - 1, minutes=1)
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
        row = await store.db.fetchone("SELECT COUNT(*) FROM answers")
        assert row is not None and row[0] == ANSWERERS * POSTS, row
        return ANSWERERS * POSTS / elapsed, latencies
    finally:
        await store.close()


async def bench_raw(url: str) -> float:
    """The same answer rows with plain asyncpg: one transaction each, the server's
    synchronous_commit (as the store), from ANSWERERS concurrent tasks on a pool."""
    store = await PostgresStore.open(url)  # migrations only
    await store.close()
    now = START.isoformat()
    pool = await asyncpg.create_pool(url, min_size=10, max_size=10)
    try:
        async with pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO groups (platform, channel_id, created_at) VALUES ('shell', 'b', $1)",
                now,
            )
            await conn.executemany(
                "INSERT INTO questions (id, first_seen_at) VALUES ($1, $2)",
                [(f"q{i}", now) for i in range(POSTS)],
            )
            await conn.executemany(
                "INSERT INTO daily_posts (group_id, local_date, timezone, question_id, posted_at,"
                " closes_at) VALUES (1, $1, 'UTC', $2, $3, $4)",
                [((date(2026, 1, 1) + timedelta(days=i)).isoformat(), f"q{i}", now, FAR)
                 for i in range(POSTS)],
            )  # fmt: skip
            await conn.executemany(
                "INSERT INTO members (platform, user_id, display_name, created_at)"
                " VALUES ('shell', $1, $2, $3)",
                [(f"user{i}", f"User {i}", now) for i in range(ANSWERERS)],
            )
        sql = (
            "INSERT INTO answers (group_id, member_id, question_id, post_id, kind, choice,"
            " correct, points, answered_at, local_date, elapsed_ms)"
            " VALUES ($1, $2, $3, $4, 'daily', $5, $6, 10, $7, $8, 60000)"
        )

        async def answerer(m: int) -> None:
            for p in range(POSTS):
                day = (date(2026, 1, 1) + timedelta(days=p)).isoformat()
                async with pool.acquire() as conn, conn.transaction():
                    await conn.execute(
                        sql, 1, m + 1, f"q{p}", p + 1, m % 4, int(m % 4 == p % 4), now, day
                    )

        t0 = time.perf_counter()
        await asyncio.gather(*(answerer(m) for m in range(ANSWERERS)))
        return ANSWERERS * POSTS / (time.perf_counter() - t0)
    finally:
        await pool.close()


async def _seed_fanout(url: str) -> None:
    store = await PostgresStore.open(url)
    try:
        await store.sync_questions([_info(q) for q in _questions(300)], START)
        async with store.pg.pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO groups (platform, channel_id, scheduled, created_at, scheduled_since)"
                " SELECT 'shell', 'g' || i, 1, $1, $1 FROM generate_series(1, $2) AS i",
                "2025-01-01T00:00:00.000000+00:00",
                FANOUT_GROUPS,
            )
    finally:
        await store.close()


def _info(q: object) -> object:
    from bot.core.records import QuestionInfo

    return QuestionInfo(
        id=q.id, kind=q.kind, section=q.section, topic=q.topic,  # type: ignore[attr-defined]
        concept=q.concept, source_hash=q.source_hash,  # type: ignore[attr-defined]
    )  # fmt: skip


async def _fanout_worker(url: str) -> None:
    """One process: the start-up catch-up at 09:00 Seoul posts every due group it claims."""
    name = f"sb_fanout_{os.getpid()}"  # its server backends, found by this name
    store = await PostgresStore.open(f"{url}&application_name={name}")
    outbox = _Outbox()
    service = StudyService(
        store, None, ListBank(_questions(300)), _Listener(), {Platform.SHELL: outbox}
    )
    try:
        server = await _backends_cpu(store, name)
        began, cpu = time.time(), _cpu()  # wall clock: compared across the worker processes
        await service.tick(START - timedelta(hours=9) + timedelta(minutes=1))
        ended, cpu = time.time(), _cpu() - cpu
        server = await _backends_cpu(store, name) - server
    finally:
        await store.close()
    print(json.dumps({"sent": outbox.n, "began": began, "ended": ended, "cpu": cpu,
                      "server": server}))  # fmt: skip


async def _backends_cpu(store: PostgresStore, name: str) -> float:
    """CPU seconds of this process's server backends (its pool's connections,
    open until it closes), from /proc: the server runs on this machine (the
    bench's URL is loopback). 0 where they cannot be read."""
    rows = await store.db.fetchall(
        "SELECT pid FROM pg_stat_activity WHERE application_name = ?", (name,)
    )
    return sum(_proc_cpu(int(row[0])) for row in rows)


def _proc_cpu(pid: int) -> float:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    utime, stime = text[text.rindex(")") + 2 :].split()[11:13]
    return (int(utime) + int(stime)) / os.sysconf("SC_CLK_TCK")


def _cpu() -> float:
    """CPU seconds this process used: on a shared 2-core machine the wall time
    mostly measures the others; the CPU seconds show how the work divides."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def bench_fanout(processes: int) -> tuple[float, float, int, int, list[float], float]:
    """(seconds from the first tick's start until every group was posted,
    seconds including the processes' start-up, posts made, outbox calls,
    each process's CPU seconds in its tick, its server backends' CPU seconds)."""
    async with fresh_schema() as url:
        await _seed_fanout(url)
        command = [sys.executable, "-m", "bench.bench_postgres", "--fanout-worker", url]
        t0 = time.perf_counter()
        procs = [
            await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE)
            for _ in range(processes)
        ]
        outputs = await asyncio.gather(*(p.communicate() for p in procs))
        elapsed = time.perf_counter() - t0
        if any(p.returncode for p in procs):
            raise RuntimeError("a fan-out worker failed")
        runs = [json.loads((out or b"{}").decode().strip().splitlines()[-1]) for out, _ in outputs]
        sent = sum(int(r["sent"]) for r in runs)
        ticking = max(r["ended"] for r in runs) - min(r["began"] for r in runs)
        conn = await asyncpg.connect(url)
        try:
            made = int(await conn.fetchval("SELECT COUNT(*) FROM daily_posts"))
            doubled = int(await conn.fetchval(
                "SELECT COUNT(*) FROM (SELECT 1 FROM daily_posts GROUP BY group_id, local_date"
                " HAVING COUNT(*) > 1) d"))  # fmt: skip
        finally:
            await conn.close()
        assert doubled == 0
        cpus = [float(r["cpu"]) for r in runs]
        return ticking, elapsed, made, sent, cpus, sum(float(r["server"]) for r in runs)


async def bench_board(url: str) -> tuple[list[float], float]:
    """Leaderboard reads at BOARD_MEMBERS x BOARD_DAYS answers in one group. Seeded
    in the server (generate_series); the board totals are built by one INSERT ...
    SELECT with the same periods as the trigger, whose output it replaces."""
    store = await PostgresStore.open(url)
    try:
        t0 = time.perf_counter()
        conn = await asyncpg.connect(url)  # no statement timeout: 10M rows take minutes
        try:
            await conn.execute("ALTER TABLE answers DISABLE TRIGGER USER")
            now = START.isoformat()
            await conn.execute(
                "INSERT INTO groups (platform, channel_id, created_at) VALUES ('shell', 'b', $1)",
                now,
            )
            await conn.execute("INSERT INTO questions (id, first_seen_at) VALUES ('q', $1)", now)
            await conn.execute(
                "INSERT INTO members (platform, user_id, display_name, created_at)"
                " SELECT 'shell', 'u' || i, 'User ' || i, $1 FROM generate_series(1, $2) i",
                now,
                BOARD_MEMBERS,
            )
            await conn.execute(
                "INSERT INTO daily_posts (group_id, local_date, timezone, question_id, posted_at,"
                " closes_at) SELECT 1, to_char(date '2024-01-01' + d, 'YYYY-MM-DD'), 'UTC', 'q',"
                " $1, $1"
                " FROM generate_series(0, $2 - 1) d",
                now,
                BOARD_DAYS,
            )
            await conn.execute(
                "INSERT INTO answers (group_id, member_id, question_id, post_id, kind, choice,"
                " correct, points, answered_at, local_date)"
                " SELECT 1, m, 'q', p.id, 'daily', (m + p.id) % 4, ((m + p.id) % 3 = 0)::int,"
                " CASE WHEN (m + p.id) % 3 = 0 THEN 10 ELSE 0 END, $1, p.local_date"
                " FROM daily_posts p CROSS JOIN generate_series(1, $2) m",
                now,
                BOARD_MEMBERS,
            )
            await conn.execute(
                "INSERT INTO scores (group_id, period, member_id, points, answered, correct)"
                " SELECT group_id, period, member_id, SUM(points), COUNT(*), SUM(correct) FROM ("
                "  SELECT a.*, x.period FROM answers a CROSS JOIN LATERAL (VALUES ('all'),"
                "  ('W' || to_char(a.local_date::date - (extract(isodow FROM a.local_date::date)"
                "::int - 1), 'YYYY-MM-DD')), ('M' || substr(a.local_date, 1, 7))) x(period)"
                " ) s GROUP BY group_id, period, member_id"
            )
            await conn.execute("ALTER TABLE answers ENABLE TRIGGER USER")
            await conn.execute("ANALYZE")
        finally:
            await conn.close()
        seeded = time.perf_counter() - t0
        row = await store.db.fetchone("SELECT COUNT(*) FROM answers")
        assert row is not None and row[0] == BOARD_MEMBERS * BOARD_DAYS
        today = date(2024, 1, 1) + timedelta(days=BOARD_DAYS - 1)
        times = []
        for k in range(60):
            period = (Period.WEEK, Period.MONTH, Period.ALL)[k % 3]
            t1 = time.perf_counter()
            board = await store.leaderboard(1, period, today, 10)
            times.append(time.perf_counter() - t1)
            assert len(board) == 10
        return times, seeded
    finally:
        await store.close()


def _ms(values: list[float]) -> str:
    return (
        f"median {1000 * statistics.median(values):.2f} ms, p99 {1000 * _pct(values, 0.99):.2f} ms"
    )


async def _available() -> str | None:
    try:
        conn = await asyncpg.connect(URL, timeout=3)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    version = await conn.fetchval("SHOW server_version")
    sync = await conn.fetchval("SHOW synchronous_commit")
    await conn.close()
    print(f"postgresql: server {version}, synchronous_commit={sync}")
    return None


async def _run(*, fanout_only: bool = False) -> None:
    if fanout_only:
        await _fanouts()
        return
    async with fresh_schema() as url:
        rate, latencies = await bench_core(url)
    async with fresh_schema() as url:
        raw = await bench_raw(url)
    print(
        f"postgresql answers/s through core+store, {ANSWERERS} concurrent answerers:"
        f" {rate:,.0f}; click-to-reply {_ms(latencies)}"
    )
    print(f"postgresql answers/s raw asyncpg, one transaction each, 10 connections: {raw:,.0f}")
    print(f"postgresql answer recording ratio core+store / raw asyncpg: {rate / raw:.2f}"
          " (target >= 0.5)")  # fmt: skip
    await _fanouts()
    async with fresh_schema() as url:
        times, seeded = await bench_board(url)
    print(
        f"postgresql leaderboard at {BOARD_MEMBERS * BOARD_DAYS:,} answers: {_ms(times)}"
        f" (target < 20 ms; seeding took {seeded:.0f} s)"
    )


async def _fanouts() -> None:
    for n in FANOUT_PROCESSES:
        seconds, total, made, sent, cpus, server = await bench_fanout(n)
        print(
            f"postgresql daily fan-out, {FANOUT_GROUPS:,} groups due at once, {n} process(es):"
            f" {seconds:.1f} s from the first tick to the last post ({total:.1f} s with process"
            f" start-up; {made:,} posts, {sent:,} sends, none doubled); CPU s in the tick per"
            f" process: {' / '.join(f'{c:.1f}' for c in cpus)} (sum {sum(cpus):.1f});"
            f" their PostgreSQL backends' CPU s: {server:.1f}"
        )


def main(*, fanout_only: bool = False) -> None:
    reason = asyncio.run(_available())
    if reason is not None:
        print(f"postgresql benchmarks skipped: no server at {URL} ({reason})")
        return
    asyncio.run(_run(fanout_only=fanout_only))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--fanout-worker"]:
        asyncio.run(_fanout_worker(sys.argv[2]))
    else:
        main(fanout_only=sys.argv[1:2] == ["--fanout"])
