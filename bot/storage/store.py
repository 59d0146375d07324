"""`SqlStore`: the core's `Repository`, in SQL both engines run (see sql.py).

`SqliteStore` (one aiosqlite connection; `await SqliteStore.open(path)`) and
`PostgresStore` (an asyncpg pool, bot/storage/pg_store.py) are this class on
their engine; `open_store(target)` picks by the target's form. Both apply
pending migrations on open; always `await store.close()` (aiosqlite's thread
would otherwise keep the process alive).

On SQLite this process is the database's only writer, so it caches what it
wrote (groups, posts, each group's latest post and question history) and
updates the caches only after the writing transaction committed. On a shared
database (PostgreSQL, several processes) those caches are off: another process
may change any of it. Member ids never change, so they are cached on both.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from bot.core.clock import Clock, system_clock
from bot.core.records import (
    AnswerOutcome,
    BoardRow,
    DailyPost,
    GroupDefaults,
    GroupSettings,
    MemberStats,
    NewAnswer,
    Period,
    QuestionInfo,
)
from bot.core.types import GroupRef, Platform
from bot.storage import reads, recaps
from bot.storage.answers import AnswerWriter
from bot.storage.coalesce import MAX_BATCH, Coalescer
from bot.storage.convert import GROUP_COLUMNS, dt, group_from_row, hhmm, ts
from bot.storage.db import Database
from bot.storage.flags import FlagStore
from bot.storage.learning import LearningStore
from bot.storage.migrate import migrate
from bot.storage.questions import sync_questions
from bot.storage.reports import ReportStore
from bot.storage.sql import Conn, SqlDatabase

# How long a claim on a group keeps other processes off it (claim_groups): far
# longer than picking and inserting a batch takes; a process that dies holding
# claims delays those groups by at most this.
CLAIM_SPAN = timedelta(minutes=1)
_NEVER = "9999-12-31T00:00:00.000000+00:00"  # groups.due_at of a group not due again

_GROUP_COLUMNS = GROUP_COLUMNS  # (group_from_row reads them in this order)


class SqlStore(LearningStore, FlagStore, ReportStore):
    def __init__(self, db: SqlDatabase, clock: Clock = system_clock) -> None:
        super().__init__(db, clock)
        self._writer = AnswerWriter(db, self._members)
        self._groups: dict[tuple[str, str], GroupSettings] = {}
        self._groups_by_id: dict[int, GroupSettings] = {}
        self._retired: frozenset[str] | None = None
        self._scheduled: dict[int, GroupSettings] | None = None  # by id, in id order
        self._token = uuid.uuid4().hex  # this store's name in group claims
        # Shared database (nothing cached): concurrent reads share one statement.
        self._load_groups = Coalescer[tuple[str, str], GroupSettings | None](
            self._groups_many, missing=None
        )
        self._load_retired = Coalescer[int, frozenset[str]](
            self._retired_now, missing=frozenset()
        )
        self._load_by_id = Coalescer[int, GroupSettings | None](self._by_ids, missing=None)

    async def close(self) -> None:
        await self._load_groups.drain()
        await self._load_retired.drain()
        await self._load_by_id.drain()
        await self.drain_posts()
        await self._writer.drain()
        await self.db.close()

    # --- groups ------------------------------------------------------------

    async def ensure_group(self, ref: GroupRef, defaults: GroupDefaults) -> GroupSettings:
        key = (ref.platform.value, ref.channel_id)
        cached = self._groups.get(key)
        if cached is not None:
            return cached
        if self.db.shared:  # the usual case, an existing group: a read, not a write
            found = await self._load_groups(key)
            if found is not None:
                return found

        async def job(conn: Conn) -> GroupSettings:
            await conn.execute(
                "INSERT INTO groups (platform, channel_id, space_id, post_time, timezone,"
                " language, streak_rule, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (platform, channel_id) DO NOTHING",
                (*key, ref.space_id, hhmm(defaults.post_time), defaults.timezone,
                 defaults.language, defaults.streak_rule.value, ts(self.clock())),
            )  # fmt: skip
            rows = await conn.execute_fetchall(
                f"SELECT {_GROUP_COLUMNS} FROM groups WHERE platform = ? AND channel_id = ?", key
            )
            return group_from_row(next(iter(rows)))

        settings = await self.db.write(job)
        self._remember_group(settings)
        return settings

    async def _groups_many(
        self, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, str], GroupSettings | None]:
        where = " OR ".join("(platform = ? AND channel_id = ?)" for _ in keys)
        rows = await self.db.fetchall(
            f"SELECT {_GROUP_COLUMNS} FROM groups WHERE {where}",
            [part for key in keys for part in key],
        )
        found = [group_from_row(row) for row in rows]
        return {(g.ref.platform.value, g.ref.channel_id): g for g in found}

    def _remember_group(self, settings: GroupSettings) -> None:
        if self.db.shared:
            return
        self._groups[(settings.ref.platform.value, settings.ref.channel_id)] = settings
        self._groups_by_id[settings.id] = settings
        if self._scheduled is not None:
            if settings.scheduled:
                new = settings.id not in self._scheduled
                self._scheduled[settings.id] = settings
                if new and next(reversed(self._scheduled)) != settings.id:  # keep id order
                    self._scheduled = dict(sorted(self._scheduled.items()))
            else:
                self._scheduled.pop(settings.id, None)

    async def group_by_id(self, group_id: int) -> GroupSettings | None:
        cached = self._groups_by_id.get(group_id)
        if cached is not None:
            return cached
        # Concurrent reads (a restart's reveals, one per group) share one statement.
        settings = await self._load_by_id(group_id)
        if settings is not None:
            self._remember_group(settings)
        return settings

    async def _by_ids(self, ids: list[int]) -> dict[int, GroupSettings | None]:
        rows = await self.db.fetchall(
            f"SELECT {_GROUP_COLUMNS} FROM groups WHERE id IN ({','.join('?' * len(ids))})", ids
        )
        return {g.id: g for g in map(group_from_row, rows)}

    async def save_group(self, settings: GroupSettings) -> None:
        async def job(conn: Conn) -> None:
            await conn.execute(
                "UPDATE groups SET deck = ?, post_time = ?, timezone = ?,"
                " language = ?, window_minutes = ?, paused = ?, scheduled = ?, streak_rule = ?,"
                " favour_weak = ?, scheduled_since = ?, paused_reason = ?, new_per_day = ?,"
                " recap = ?, daily_kinds = ?, scheduled_by = ?, report_threshold = ?,"
                # When it is next due is to be worked out again, by any process.
                " due_at = NULL, claimed_by = NULL, claimed_until = NULL"
                " WHERE id = ?",
                (settings.deck, hhmm(settings.post_time),
                 settings.timezone, settings.language, settings.window_minutes,
                 int(settings.paused), int(settings.scheduled), settings.streak_rule.value,
                 int(settings.favour_weak),
                 None if settings.scheduled_since is None else ts(settings.scheduled_since),
                 settings.paused_reason,
                 settings.new_per_day, int(settings.recap), settings.daily_kinds.value,
                 settings.scheduled_by, settings.report_threshold, settings.id),
            )  # fmt: skip

        await self.db.write(job)
        # The space is not settable (bot.core.spaces): keep the stored one.
        stored = self._groups_by_id.get(settings.id)
        if stored is not None and stored.ref != settings.ref:
            settings = replace(settings, ref=stored.ref)
        self._remember_group(settings)

    async def pause_refused(self, group_id: int, reason: str) -> GroupSettings | None:
        """Pause the group because its platform refused a post (the claim: only
        the caller that paused it gets the group back, so its admin is told once
        per pause); None when it was already paused for a refusal."""

        async def job(conn: Conn) -> GroupSettings | None:
            rows = await conn.execute_fetchall(
                "UPDATE groups SET paused = 1, paused_reason = ?"
                f" WHERE id = ? AND paused_reason IS NULL RETURNING {_GROUP_COLUMNS}",
                (reason, group_id),
            )
            found = [group_from_row(row) for row in rows]
            return found[0] if found else None

        settings = await self.db.write(job)
        if settings is not None:
            self._remember_group(settings)
        return settings

    async def adopt_space(self, group_id: int, space_id: str) -> str:
        """Set the space of a group stored without one; the group's space after."""

        async def job(conn: Conn) -> str:
            await conn.execute(
                "UPDATE groups SET space_id = ? WHERE id = ? AND space_id = ''",
                (space_id, group_id),
            )
            rows = await conn.execute_fetchall(
                f"SELECT {_GROUP_COLUMNS} FROM groups WHERE id = ?", (group_id,)
            )
            found = next(iter(rows), None)
            return "" if found is None else str(found["space_id"])

        adopted = await self.db.write(job)
        cached = self._groups_by_id.get(group_id)
        if cached is not None:
            self._remember_group(replace(cached, ref=replace(cached.ref, space_id=adopted)))
        return adopted

    async def scheduled_groups(self) -> list[GroupSettings]:
        if self._scheduled is not None:
            return list(self._scheduled.values())
        rows = await self.db.fetchall(
            f"SELECT {_GROUP_COLUMNS} FROM groups WHERE scheduled = 1 ORDER BY id"
        )
        # A restart's reveals read their groups just before the first tick asks
        # for these: the settings this process already holds are current (only
        # this process writes groups), so 10,000 of them are not built twice.
        known: dict[int, GroupSettings] = {} if self.db.shared else self._groups_by_id
        groups = [known.get(row["id"]) or group_from_row(row) for row in rows]
        for settings in groups:  # the scheduler asks at start-up: warm the cache
            self._remember_group(settings)
        if not self.db.shared:
            # Every tick asks; building 10,000 settings from rows took a quarter
            # of a second. Only this process writes groups (save_group keeps it).
            self._scheduled = {g.id: g for g in groups}
        return groups

    async def claim_groups(self, group_ids: Sequence[int], now: datetime) -> set[int]:
        if not self.db.shared or not group_ids:
            return set(group_ids)  # this process is the only one ticking (run lock)
        ids = sorted(set(group_ids))

        async def job(conn: Conn) -> set[int]:
            # PostgreSQL only (a shared database): SKIP LOCKED passes over rows
            # another process is claiming this instant instead of waiting for it;
            # rows it claimed before stay out by claimed_until. Sorted ids, one
            # lock order.
            rows = await conn.execute_fetchall(
                "UPDATE groups SET claimed_by = ?, claimed_until = ? WHERE id IN ("
                f" SELECT id FROM groups WHERE id IN ({','.join('?' * len(ids))})"
                " AND (claimed_until IS NULL OR claimed_until <= ? OR claimed_by = ?)"
                " ORDER BY id FOR UPDATE SKIP LOCKED) RETURNING id",
                [self._token, ts(now + CLAIM_SPAN), *ids, ts(now), self._token],
            )
            return {int(row[0]) for row in rows}

        return await self.db.write(job)

    # --- the fan-out on a shared store (see Repository) ------------------------

    @property
    def shared(self) -> bool:
        return self.db.shared

    async def claim_due_groups(
        self, now: datetime, platforms: Collection[Platform], after: int, limit: int
    ) -> list[GroupSettings]:
        kinds = sorted(p.value for p in platforms)
        if not kinds:
            return []
        # PostgreSQL: SKIP LOCKED passes over rows another process is claiming
        # this instant (as claim_groups). SQLite has one process and no such clause.
        lock = " FOR UPDATE SKIP LOCKED" if self.db.shared else ""

        async def job(conn: Conn) -> list[GroupSettings]:
            rows = await conn.execute_fetchall(
                "UPDATE groups SET claimed_by = ?, claimed_until = ? WHERE id IN ("
                " SELECT id FROM groups WHERE scheduled = 1 AND paused = 0"
                f" AND platform IN ({','.join('?' * len(kinds))}) AND id > ?"
                " AND (due_at IS NULL OR due_at <= ?)"
                " AND (claimed_until IS NULL OR claimed_until <= ? OR claimed_by = ?)"
                f" ORDER BY id LIMIT ?{lock}) RETURNING {_GROUP_COLUMNS}",
                [self._token, ts(now + CLAIM_SPAN), *kinds, after, ts(now), ts(now),
                 self._token, limit],
            )  # fmt: skip
            return sorted(map(group_from_row, rows), key=lambda g: g.id)

        return await self.db.write(job)

    async def set_groups_due(self, dues: Mapping[int, datetime | None]) -> None:
        # One statement per time (a fan-out's groups are mostly next due at the
        # same slot), not one per group; ids in order (one lock order).
        by_time: dict[str, list[int]] = {}
        for group_id, at in sorted(dues.items()):
            by_time.setdefault(_NEVER if at is None else ts(at), []).append(group_id)
        if not by_time:
            return

        async def job(conn: Conn) -> None:
            for at, ids in sorted(by_time.items(), key=lambda item: item[1][0]):
                for start in range(0, len(ids), MAX_BATCH):
                    part = ids[start : start + MAX_BATCH]
                    # claimed_by: a settings change meanwhile cleared it (save_group).
                    await conn.execute(
                        f"UPDATE groups SET due_at = ? WHERE id IN ({','.join('?' * len(part))})"
                        " AND claimed_by = ?",
                        [at, *part, self._token],
                    )

        await self.db.write(job)

    async def next_group_due(
        self, now: datetime, platforms: Collection[Platform]
    ) -> datetime | None:
        kinds = sorted(p.value for p in platforms)
        if not kinds:
            return None
        row = await self.db.fetchone(
            "SELECT MIN(CASE"
            "  WHEN claimed_by <> ? AND claimed_until > COALESCE(due_at, '') THEN claimed_until"
            "  WHEN due_at IS NULL THEN ? ELSE due_at END)"
            " FROM groups WHERE scheduled = 1 AND paused = 0"
            f" AND platform IN ({','.join('?' * len(kinds))})",
            [self._token, ts(now), *kinds],
        )
        soonest = None if row is None else row[0]
        return None if soonest is None or soonest == _NEVER else dt(soonest)

    # --- questions ---------------------------------------------------------

    async def sync_questions(
        self, questions: Sequence[QuestionInfo], at: datetime, *, deck: str = ""
    ) -> None:
        self._retired = None
        await sync_questions(self.db, questions, at, deck=deck)

    async def retire_question(self, question_id: str, reason: str, at: datetime) -> bool:
        """Take a question out of the daily rotation (history is kept); False when
        it was already retired or is unknown."""

        async def job(conn: Conn) -> bool:
            cursor = await conn.execute(
                "UPDATE questions SET retired_at = ?, retired_reason = ?"
                " WHERE id = ? AND retired_at IS NULL",
                (ts(at), reason[:200], question_id),
            )
            return cursor.rowcount == 1

        retired = await self.db.write(job)
        self._retired = None
        return retired

    async def retired_questions(self) -> frozenset[str]:
        if self.db.shared:
            return await self._load_retired(0)
        if self._retired is None:
            self._retired = (await self._retired_now([0]))[0]
        return self._retired

    async def retired_for_group(self, group_id: int) -> frozenset[str]:
        """Out of this group's rotation: retired for the whole deck, or by the group."""
        return await self.retired_questions() | await self.group_retired(group_id)

    async def _retired_now(self, _: list[int]) -> dict[int, frozenset[str]]:
        rows = await self.db.fetchall("SELECT id FROM questions WHERE retired_at IS NOT NULL")
        return {0: frozenset(row["id"] for row in rows)}

    # --- answers, boards, stats -------------------------------------------

    async def record_answer(self, answer: NewAnswer) -> AnswerOutcome:
        return await self._writer.record(answer)

    async def leaderboard(
        self, group_id: int, period: Period, today: date, limit: int
    ) -> list[BoardRow]:
        return await reads.leaderboard(self.db, group_id, period, today, limit)

    async def member_stats(self, group_id: int, platform: str, user_id: str) -> MemberStats:
        return await reads.member_stats(self.db, group_id, await self._member_id(platform, user_id))

    async def daily_history(
        self, group_id: int, platform: str, user_id: str, *, right_only: bool
    ) -> tuple[list[date], set[date]]:
        member_id = await self._member_id(platform, user_id)
        return await reads.daily_history(self.db, group_id, member_id, right_only=right_only)

    async def streak_days(
        self, group_id: int, *, right_only: bool
    ) -> tuple[list[date], dict[str, set[date]]]:
        return await reads.streak_days(self.db, group_id, right_only=right_only)

    async def claim_recap(self, group_id: int, kind: str, start: date, at: datetime) -> bool:
        return await recaps.claim_recap(self.db, group_id, kind, start, at)

    async def recaps_pending(
        self, keys: Sequence[tuple[int, str, date, date]]
    ) -> set[tuple[int, str, date, date]]:
        return await recaps.recaps_pending(self.db, keys)

    async def posts_between(self, group_id: int, first: date, last: date) -> list[DailyPost]:
        return await recaps.posts_between(self.db, group_id, first, last)

    async def practice_history(
        self, group_id: int, platform: str, user_id: str
    ) -> dict[str, datetime]:
        member_id = await self._member_id(platform, user_id)
        return await reads.practice_history(self.db, group_id, member_id)

    async def add_report(
        self,
        *,
        question_id: str,
        group_id: int,
        platform: str,
        user_id: str,
        display_name: str,
        reason: str,
        at: datetime,
    ) -> bool:
        fresh: dict[tuple[str, str], tuple[int, str]] = {}

        async def job(conn: Conn) -> bool:
            fresh.clear()  # a job may run twice (batch rolled back, then alone)
            ids, new = await self._members.resolve(conn, [(platform, user_id, display_name)])
            fresh.update(new)
            cursor = await conn.execute(
                "INSERT INTO problem_reports (question_id, group_id, member_id, reason, created_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (question_id, group_id, ids[(platform, user_id)], reason, ts(at)),
            )
            return cursor.rowcount == 1

        added = await self.db.write(job)
        self._members.remember(fresh)
        return added


class SqliteStore(SqlStore):
    """The embedded default: one SQLite file, this process its only writer."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        super().__init__(db, clock)
        self.sqlite = db

    @classmethod
    async def open(
        cls, path: Path | str, *, migrations: Path | None = None, clock: Clock = system_clock
    ) -> SqliteStore:
        db = await Database.open(path)
        try:
            await migrate(db, migrations, at=clock())
        except BaseException:
            await db.close()
            raise
        return cls(db, clock)

    async def backup(self, target: Path | str) -> None:
        await self.sqlite.backup(target)
