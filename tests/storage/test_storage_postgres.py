"""PostgreSQL only: the placeholder translation, the dialect's migrations, and
several processes (here: several stores, each with its own pool) on one schema."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from bot.core.records import GroupDefaults, NewAnswer, QuestionInfo
from bot.core.types import GroupRef, Platform
from bot.storage import SqlStore, StorageError, open_store
from bot.storage.migrate import default_migrations_dir, discover
from bot.storage.pg import translate
from bot.storage.sql import Conn, redact

T0 = datetime(2026, 11, 26, tzinfo=UTC)
DAY = date(2026, 11, 26)
ROOM = GroupRef(platform=Platform.SLACK, channel_id="C1", space_id="T1")
on_postgres = pytest.mark.parametrize("engine", ["postgresql"])


def test_placeholders_become_numbered_outside_literals() -> None:
    assert translate("SELECT ? , '?', ? FROM t WHERE x::text = ?") == (
        "SELECT $1 , '?', $2 FROM t WHERE x::text = $3",
        (),
    )
    assert translate("INSERT INTO c VALUES (:a, :b, ':a', :a)") == (
        "INSERT INTO c VALUES ($1, $2, ':a', $1)",
        ("a", "b"),
    )


def test_password_never_shown() -> None:
    assert (
        redact("postgresql://bot:s3cret@db:5432/studybot")
        == "postgresql://bot:***@db:5432/studybot"
    )


def test_postgres_runs_its_twins_and_shared_files(tmp_path: Path) -> None:
    chosen = {m.version: m.path for m in discover(default_migrations_dir(), "postgresql")}
    assert chosen[1].parent.name == "postgresql"  # engine-specific schema
    assert chosen[2].parent == default_migrations_dir()  # portable ALTER TABLE: shared
    assert [m.version for m in discover(default_migrations_dir())] == sorted(chosen)
    (tmp_path / "postgresql").mkdir()
    (tmp_path / "0001_a.sql").write_text("SELECT 1;", encoding="utf-8")
    (tmp_path / "postgresql" / "0002_b.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(StorageError, match=r"0002_b\.sql has no shared file"):
        discover(tmp_path, "postgresql")


async def test_unreachable_server_is_one_line_without_password() -> None:
    with pytest.raises(StorageError) as caught:
        await open_store("postgresql://bot:s3cret@127.0.0.1:1/none")
    text = str(caught.value)
    assert "\n" not in text and "s3cret" not in text and "cannot connect" in text


async def _seed(store: SqlStore) -> int:
    group = await store.ensure_group(ROOM, GroupDefaults())
    await store.sync_questions(
        [QuestionInfo(id="q1", kind="k", section="S", topic="T", concept="C", source_hash="h")], T0
    )
    return group.id


def _answer(group_id: int, post_id: int, user: str, choice: int) -> NewAnswer:
    return NewAnswer(
        group_id=group_id, platform="slack", user_id=user, display_name=user,
        question_id="q1", post_id=post_id, choice=choice, correct=choice == 0,
        points=10 if choice == 0 else 0, answered_at=T0, local_date=DAY, elapsed_ms=1,
    )  # fmt: skip


@on_postgres
async def test_processes_starting_together_migrate_once(db_target: str) -> None:
    stores = await asyncio.gather(*(open_store(db_target) for _ in range(4)))
    try:
        rows = await stores[0].db.fetchall("SELECT version FROM schema_migrations")
        assert sorted(r[0] for r in rows) == [m.version for m in discover(default_migrations_dir())]
    finally:
        await asyncio.gather(*(s.close() for s in stores))


@on_postgres
async def test_three_processes_claim_each_post_and_reveal_once(db_target: str) -> None:
    stores = [await open_store(db_target) for _ in range(3)]
    try:
        group_id = await _seed(stores[0])
        claim = {"group_id": group_id, "local_date": DAY, "timezone": "UTC", "question_id": "q1",
                 "posted_at": T0, "closes_at": T0 + timedelta(hours=1)}  # fmt: skip
        made = await asyncio.gather(*(s.create_post(**claim) for s in stores for _ in range(5)))
        posts = [p for p in made if p is not None]
        assert len(posts) == 1
        for store in stores:  # every process sees the one post, none from a stale cache
            assert (await store.latest_post(group_id)) == posts[0]
        claims = await asyncio.gather(
            *(
                s.claim_reveal(posts[0].id, T0 + timedelta(hours=1))
                for s in stores
                for _ in range(3)
            )
        )
        assert sum(claims) == 1
        for store in stores:
            latest = await store.latest_post(group_id)
            assert latest is not None and latest.revealed_at is not None
    finally:
        for store in stores:
            await store.close()


@on_postgres
async def test_a_member_clicking_on_two_workers_counts_once(db_target: str) -> None:
    a, b = await open_store(db_target), await open_store(db_target)
    try:
        group_id = await _seed(a)
        post = await a.create_post(group_id=group_id, local_date=DAY, timezone="UTC",
                                   question_id="q1",
                                   posted_at=T0, closes_at=T0 + timedelta(hours=1))  # fmt: skip
        assert post is not None
        outcomes = await asyncio.gather(
            *(
                store.record_answer(_answer(group_id, post.id, f"u{i % 40}", i % 2))
                for i in range(200)
                for store in (a, b)
            )
        )
        assert sum(o.recorded for o in outcomes) == 40
        row = await b.db.fetchone("SELECT count(*), sum(answered) FROM scores WHERE period = 'all'")
        assert row is not None and tuple(row) == (40, 40)
    finally:
        await a.close()
        await b.close()


@on_postgres
async def test_settings_changed_by_one_process_are_seen_by_another(db_target: str) -> None:
    a, b = await open_store(db_target), await open_store(db_target)
    try:
        group = await a.ensure_group(ROOM, GroupDefaults())
        assert not (await b.ensure_group(ROOM, GroupDefaults())).paused
        await a.save_group(replace(group, paused=True, scheduled=True))
        assert (await b.ensure_group(ROOM, GroupDefaults())).paused
        assert [g.id for g in await b.scheduled_groups()] == [group.id]
        gone = await b.retire_question("q1", "reported", T0)
        assert not gone  # no such question yet
        await _seed(b)
        assert await b.retire_question("q1", "reported", T0)
        assert await a.retired_questions() == {"q1"}
    finally:
        await a.close()
        await b.close()



class _CountingOutbox:
    """One process's platform side: which groups it posted to."""

    def __init__(self) -> None:
        self.posted: list[str] = []

    async def post(self, group: GroupRef, reply: object) -> str | None:
        self.posted.append(group.channel_id)
        await asyncio.sleep(0)  # a send yields, as a real one does
        return f"m{len(self.posted)}"

    async def update(self, group: GroupRef, message_ref: str, reply: object) -> None:
        return None

    async def direct(self, group: GroupRef, member_id: str, reply: object) -> None:
        return None


class _NoListener:
    async def schedule_changed(self, schedule: object) -> None:
        return None


@on_postgres
async def test_three_tick_drivers_split_a_fan_out_and_post_each_group_once(
    db_target: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Three processes tick at the same instant with 600 groups due: each group
    is posted once, by one of them; they split the work (claim_groups) rather
    than all picking for every group; no deadlock is reported."""
    from question_doubles import FakeQuestion

    from bot.core import daily
    from bot.core.bank import ListBank
    from bot.core.service import StudyService

    monkeypatch.setattr(daily, "FANOUT_BATCH", 50)
    groups = 600
    stores = [await open_store(db_target) for _ in range(3)]
    try:

        async def seed(conn: Conn) -> None:
            await conn.execute(
                "INSERT INTO groups (platform, channel_id, scheduled, timezone, post_time,"
                " created_at, scheduled_since) SELECT 'shell', 'g' || i, 1, 'UTC', '09:00', ?, ?"
                " FROM generate_series(1, ?) AS i", (T0.isoformat(), T0.isoformat(), groups),
            )  # fmt: skip

        await stores[0].db.write(seed)
        bank = ListBank([
            FakeQuestion(id=f"q{i}", section=f"S{i % 5}", topic="T", prompt="?",
                         choices=("a", "b", "c", "d"), answer=0, concept=f"c{i}")
            for i in range(30)
        ])  # fmt: skip
        outboxes = [_CountingOutbox() for _ in stores]
        services = [
            StudyService(s, None, bank, _NoListener(), {Platform.SHELL: o})
            for s, o in zip(stores, outboxes, strict=True)
        ]
        at = T0 + timedelta(days=1, hours=9)
        reports = await asyncio.gather(*(s.tick(at) for s in services))
        sent = [channel for o in outboxes for channel in o.posted]
        assert sorted(sent) == sorted(f"g{i}" for i in range(1, groups + 1))  # each once
        assert sum(r.done["posts"] for r in reports) == groups
        assert sum(1 for o in outboxes if o.posted) >= 2, [len(o.posted) for o in outboxes]
        row = await stores[0].db.fetchone(
            "SELECT count(*), count(DISTINCT group_id) FROM daily_posts"
        )
        assert row is not None and tuple(row) == (groups, groups)
        assert not [r for r in caplog.records if "deadlock" in r.getMessage().lower()]
        assert all(not r.failed for r in reports)
        # A second round at the same instant finds nothing left to post.
        again = await asyncio.gather(*(s.tick(at) for s in services))
        assert sum(r.done["posts"] for r in again) == 0
    finally:
        for store in stores:
            await store.close()


@on_postgres
async def test_a_group_claimed_by_one_process_is_skipped_by_another_until_the_span_ends(
    db_target: str,
) -> None:
    from bot.storage.store import CLAIM_SPAN

    a, b = await open_store(db_target), await open_store(db_target)
    try:
        first = await a.ensure_group(ROOM, GroupDefaults())
        second = await a.ensure_group(replace(ROOM, channel_id="C2"), GroupDefaults())
        ids = [first.id, second.id]
        assert await a.claim_groups([first.id], T0) == {first.id}
        assert await b.claim_groups(ids, T0) == {second.id}
        assert await a.claim_groups(ids, T0 + timedelta(seconds=1)) == {first.id}  # its own
        later = T0 + timedelta(seconds=1) + CLAIM_SPAN
        assert await b.claim_groups(ids, later) == set(ids)  # a's span ended
    finally:
        await a.close()
        await b.close()


async def _due_groups(store: SqlStore, groups: int) -> None:
    """`groups` groups scheduled at 09:00 UTC since T0 (their first slot: T0 + 9 h)."""

    async def seed(conn: Conn) -> None:
        await conn.execute(
            "INSERT INTO groups (platform, channel_id, scheduled, timezone, post_time,"
            " created_at, scheduled_since) SELECT 'shell', 'g' || i, 1, 'UTC', '09:00', ?, ?"
            " FROM generate_series(1, ?) AS i", (T0.isoformat(), T0.isoformat(), groups),
        )  # fmt: skip

    await store.db.write(seed)


def _services(stores: list[SqlStore]) -> tuple[list[object], list[_CountingOutbox]]:
    from question_doubles import FakeQuestion

    from bot.core.bank import ListBank
    from bot.core.service import StudyService

    bank = ListBank([
        FakeQuestion(id=f"q{i}", section=f"S{i % 5}", topic="T", prompt="?",
                     choices=("a", "b", "c", "d"), answer=0, concept=f"c{i}")
        for i in range(30)
    ])  # fmt: skip
    outboxes = [_CountingOutbox() for _ in stores]
    services: list[object] = [
        StudyService(s, None, bank, _NoListener(), {Platform.SHELL: o})
        for s, o in zip(stores, outboxes, strict=True)
    ]
    return services, outboxes


@on_postgres
async def test_two_tickers_read_only_the_groups_they_claim(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes tick at the post time: they claim disjoint shares of the
    due groups, read the posts of their own share only (not every scheduled
    group each), and together post every group once. Then each group's next
    slot is remembered: the next tick claims nothing, and both wake at it."""
    from bot.core import daily
    from bot.core.service import StudyService
    from bot.storage.store import CLAIM_SPAN

    monkeypatch.setattr(daily, "FANOUT_BATCH", 40)
    groups = 400
    stores = [await open_store(db_target) for _ in range(2)]
    read: list[list[int]] = [[], []]
    for store, seen in zip(stores, read, strict=True):
        latest_posts = store.latest_posts

        async def spy(ids: object, seen: list[int] = seen, real: object = latest_posts) -> object:
            seen.extend(ids)  # type: ignore[call-overload]
            return await real(ids)  # type: ignore[operator]

        monkeypatch.setattr(store, "latest_posts", spy)
    try:
        await _due_groups(stores[0], groups)
        services, outboxes = _services(stores)
        at = T0 + timedelta(hours=9)
        reports = await asyncio.gather(*(s.tick(at) for s in services))  # type: ignore[attr-defined]
        assert sorted(c for o in outboxes for c in o.posted) == sorted(
            f"g{i}" for i in range(1, groups + 1)
        )  # each group once
        assert all(o.posted for o in outboxes), "the work is divided"
        assert not set(read[0]) & set(read[1]), "no group read by both"
        assert len(read[0]) + len(read[1]) == groups
        # (A tick that ends while the other's claims are held wakes when they run
        # out, in case that process died; once both are done, tomorrow's slot. One
        # that ends before the other has claimed its share sees groups still due
        # and wakes at once: on a loaded machine the two need not overlap.)
        assert {r.next_wake for r in reports} <= {at, at + CLAIM_SPAN, at + timedelta(days=1)}
        for store in stores:
            assert await store.next_group_due(at, [Platform.SHELL]) == at + timedelta(days=1)
        later = at + timedelta(minutes=5)  # the claims ran out; nothing is due
        again = await asyncio.gather(*(s.tick(later) for s in services))  # type: ignore[attr-defined]
        assert [r.done["posts"] for r in again] == [0, 0]
        assert len(read[0]) + len(read[1]) == groups  # and nothing was read again
        assert isinstance(services[0], StudyService)
    finally:
        for store in stores:
            await store.close()


@on_postgres
async def test_a_dead_process_groups_are_posted_by_another_when_its_claims_run_out(
    db_target: str,
) -> None:
    """A process claims due groups and dies before posting them: another
    process skips them while the claim lasts, wakes when it ends, and posts them."""
    from bot.storage.store import CLAIM_SPAN

    dead, alive = await open_store(db_target), await open_store(db_target)
    try:
        await _due_groups(alive, 30)
        at = T0 + timedelta(hours=9)
        taken = await dead.claim_due_groups(at, [Platform.SHELL], 0, 10)
        assert [g.ref.channel_id for g in taken] == [f"g{i}" for i in range(1, 11)]
        await dead.close()  # dies holding the claims
        services, outboxes = _services([alive])
        report = await services[0].tick(at)  # type: ignore[attr-defined]
        assert sorted(outboxes[0].posted) == sorted(f"g{i}" for i in range(11, 31))
        assert report.next_wake == at + CLAIM_SPAN  # when the dead one's claims end
        await services[0].tick(at + CLAIM_SPAN)  # type: ignore[attr-defined]
        assert sorted(outboxes[0].posted) == sorted(f"g{i}" for i in range(1, 31))
    finally:
        await dead.close()
        await alive.close()


@on_postgres
async def test_a_remembered_due_time_is_forgotten_when_the_schedule_changes(
    db_target: str,
) -> None:
    """After today's post the group is next due tomorrow 09:00; moving its post
    time to 08:00 makes the next tick look at it again, and wake for 08:00
    (before the post's reveal at 09:00)."""
    from datetime import time

    store = await open_store(db_target)
    try:
        await _due_groups(store, 1)
        services, outboxes = _services([store])
        at = T0 + timedelta(hours=9)
        report = await services[0].tick(at)  # type: ignore[attr-defined]
        assert outboxes[0].posted == ["g1"] and report.next_wake == at + timedelta(days=1)
        [group] = await store.scheduled_groups()
        await store.save_group(replace(group, post_time=time(8, 0)))
        report = await services[0].tick(at + timedelta(minutes=1))  # type: ignore[attr-defined]
        assert report.next_wake == at + timedelta(days=1, hours=-1)
    finally:
        await store.close()


async def _blocking(conn: asyncpg.Connection) -> bool:
    """Whether some session waits for a lock `conn`'s transaction holds."""
    pid = conn.get_server_pid()
    return bool(await conn.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))", pid
    ))  # fmt: skip


async def _until(check: Callable[[], Awaitable[bool]]) -> None:
    for _ in range(500):
        if await check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("never happened")


@on_postgres
async def test_a_lone_retry_meeting_another_process_answer_reports_it(db_target: str) -> None:
    """Two answers written together; another process stores the same two, each
    between this process's read and its insert: the first makes the batch fail,
    the second meets the retry of its answer alone. Both are reported as
    already answered with the stored choice (not "something went wrong")."""
    store = await open_store(db_target)
    first, second = await asyncpg.connect(db_target), await asyncpg.connect(db_target)
    try:
        group_id = await _seed(store)
        post = await store.create_post(group_id=group_id, local_date=DAY, timezone="UTC",
                                       question_id="q1",
                                       posted_at=T0, closes_at=T0 + timedelta(hours=1))  # fmt: skip
        assert post is not None
        await first.execute(
            "INSERT INTO members (platform, user_id, display_name, created_at)"
            " VALUES ('slack', 'u1', 'u1', $1), ('slack', 'u2', 'u2', $1)", T0.isoformat()
        )
        insert = (
            "INSERT INTO answers (group_id, member_id, question_id, post_id, kind, choice,"
            " correct, points, answered_at, local_date, elapsed_ms) SELECT $1, id, 'q1', $2,"
            " 'daily', 1, 0, 0, $3, $4, 1 FROM members WHERE user_id = $5"
        )
        args = (group_id, post.id, T0.isoformat(), DAY.isoformat())
        theirs = first.transaction()
        await theirs.start()
        await first.execute(insert, *args, "u1")
        mine = asyncio.gather(*(store.record_answer(_answer(group_id, post.id, u, 0))
                                for u in ("u1", "u2")))  # fmt: skip
        await _until(lambda: _blocking(first))  # the batch waits on u1's answer
        late = second.transaction()
        await late.start()
        await second.execute(insert, *args, "u2")  # before the retry of u2 reads
        await theirs.commit()  # the batch fails; u1 alone reads it; u2 alone waits
        await _until(lambda: _blocking(second))
        await late.commit()
        outcomes = await mine
        assert [(o.recorded, o.choice) for o in outcomes] == [(False, 1), (False, 1)]
    finally:
        await first.close()
        await second.close()
        await store.close()
