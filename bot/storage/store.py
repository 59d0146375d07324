"""`SqliteStore`: the core's `Repository` on one aiosqlite connection.

Open it with `await SqliteStore.open(path)` (applies pending migrations) and
always `await store.close()`; its thread would otherwise keep the process alive.

This process is the database's only writer, so it caches what it wrote
(groups, posts, each group's latest post and question history) and updates the
caches only after the writing transaction committed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import aiosqlite

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
from bot.core.types import GroupRef
from bot.storage import reads
from bot.storage.answers import AnswerWriter, MemberIds
from bot.storage.convert import day, group_from_row, hhmm, post_from_row, ts
from bot.storage.db import Database
from bot.storage.migrate import migrate
from bot.storage.questions import sync_questions

_GROUP_COLUMNS = (
    "id, platform, channel_id, space_id, deck, post_time, timezone, language,"
    " window_minutes, paused, scheduled, streak_rule, favour_weak"
)
_POST_COLUMNS = (
    "id, group_id, local_date, question_id, posted_at, closes_at, message_ref, delivered,"
    " revealed_at"
)
_NO_POST = object()  # cache marker: the group has no post at all


class SqliteStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._members = MemberIds()
        self._writer = AnswerWriter(db, self._members)
        self._groups: dict[tuple[str, str], GroupSettings] = {}
        self._groups_by_id: dict[int, GroupSettings] = {}
        self._posts: dict[int, DailyPost] = {}
        self._latest: dict[int, DailyPost | object] = {}
        self._history: dict[int, dict[str, date]] = {}
        self._retired: frozenset[str] | None = None

    @classmethod
    async def open(cls, path: Path | str, *, migrations: Path | None = None) -> SqliteStore:
        db = await Database.open(path)
        try:
            await migrate(db, migrations)
        except BaseException:
            await db.close()
            raise
        return cls(db)

    async def close(self) -> None:
        await self._writer.drain()
        await self.db.close()

    async def backup(self, target: Path | str) -> None:
        await self.db.backup(target)

    # --- groups ------------------------------------------------------------

    async def ensure_group(self, ref: GroupRef, defaults: GroupDefaults) -> GroupSettings:
        key = (ref.platform.value, ref.channel_id)
        cached = self._groups.get(key)
        if cached is not None:
            return cached

        async def job(conn: aiosqlite.Connection) -> GroupSettings:
            await conn.execute(
                "INSERT INTO groups (platform, channel_id, space_id, post_time, timezone,"
                " language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (platform, channel_id) DO NOTHING",
                (*key, ref.space_id, hhmm(defaults.post_time), defaults.timezone,
                 defaults.language, ts(datetime.now(UTC))),
            )  # fmt: skip
            rows = await conn.execute_fetchall(
                f"SELECT {_GROUP_COLUMNS} FROM groups WHERE platform = ? AND channel_id = ?", key
            )
            return group_from_row(next(iter(rows)))

        settings = await self.db.write(job)
        self._remember_group(settings)
        return settings

    def _remember_group(self, settings: GroupSettings) -> None:
        self._groups[(settings.ref.platform.value, settings.ref.channel_id)] = settings
        self._groups_by_id[settings.id] = settings

    async def group_by_id(self, group_id: int) -> GroupSettings | None:
        cached = self._groups_by_id.get(group_id)
        if cached is not None:
            return cached
        row = await self.db.fetchone(
            f"SELECT {_GROUP_COLUMNS} FROM groups WHERE id = ?", (group_id,)
        )
        if row is None:
            return None
        settings = group_from_row(row)
        self._remember_group(settings)
        return settings

    async def save_group(self, settings: GroupSettings) -> None:
        async def job(conn: aiosqlite.Connection) -> None:
            await conn.execute(
                "UPDATE groups SET space_id = ?, deck = ?, post_time = ?, timezone = ?,"
                " language = ?, window_minutes = ?, paused = ?, scheduled = ?, streak_rule = ?,"
                " favour_weak = ? WHERE id = ?",
                (settings.ref.space_id, settings.deck, hhmm(settings.post_time),
                 settings.timezone, settings.language, settings.window_minutes,
                 int(settings.paused), int(settings.scheduled), settings.streak_rule.value,
                 int(settings.favour_weak), settings.id),
            )  # fmt: skip

        await self.db.write(job)
        self._remember_group(settings)

    async def scheduled_groups(self) -> list[GroupSettings]:
        rows = await self.db.fetchall(
            f"SELECT {_GROUP_COLUMNS} FROM groups WHERE scheduled = 1 ORDER BY id"
        )
        return [group_from_row(row) for row in rows]

    # --- questions ---------------------------------------------------------

    async def sync_questions(self, questions: Sequence[QuestionInfo], at: datetime) -> None:
        self._retired = None
        await sync_questions(self.db, questions, at)

    async def retired_questions(self) -> frozenset[str]:
        if self._retired is None:
            rows = await self.db.fetchall("SELECT id FROM questions WHERE retired_at IS NOT NULL")
            self._retired = frozenset(row["id"] for row in rows)
        return self._retired

    async def question_history(self, group_id: int) -> Mapping[str, date]:
        cached = self._history.get(group_id)
        if cached is None:
            rows = await self.db.fetchall(
                "SELECT question_id, MAX(local_date) AS last FROM daily_posts WHERE group_id = ?"
                " GROUP BY question_id",
                (group_id,),
            )
            cached = {row["question_id"]: day(row["last"]) for row in rows}
            self._history[group_id] = cached
        return cached

    # --- daily posts -------------------------------------------------------

    def _cache_post(self, post: DailyPost) -> None:
        if len(self._posts) > 50_000:
            self._posts.clear()
        self._posts[post.id] = post
        latest = self._latest.get(post.group_id)
        if isinstance(latest, DailyPost) and latest.local_date <= post.local_date:
            self._latest[post.group_id] = post
        elif latest is _NO_POST:
            self._latest[post.group_id] = post

    async def create_post(
        self,
        *,
        group_id: int,
        local_date: date,
        question_id: str,
        posted_at: datetime,
        closes_at: datetime,
    ) -> DailyPost | None:
        async def job(conn: aiosqlite.Connection) -> DailyPost | None:
            rows = await conn.execute_fetchall(
                "INSERT INTO daily_posts (group_id, local_date, question_id, posted_at, closes_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (group_id, local_date) DO NOTHING"
                f" RETURNING {_POST_COLUMNS}",
                (group_id, local_date.isoformat(), question_id, ts(posted_at), ts(closes_at)),
            )
            found = list(rows)
            return post_from_row(found[0]) if found else None

        post = await self.db.write(job)
        if post is not None:
            self._cache_post(post)
            history = self._history.get(group_id)
            if history is not None and history.get(question_id, date.min) < local_date:
                history[question_id] = local_date
        return post

    async def mark_delivered(self, post_id: int, message_ref: str | None) -> None:
        async def job(conn: aiosqlite.Connection) -> None:
            await conn.execute(
                "UPDATE daily_posts SET delivered = 1, message_ref = ? WHERE id = ?",
                (message_ref, post_id),
            )

        await self.db.write(job)
        post = await self.get_post(post_id)
        if post is not None:
            self._cache_post(replace(post, delivered=True, message_ref=message_ref))

    async def get_post(self, post_id: int) -> DailyPost | None:
        cached = self._posts.get(post_id)
        if cached is not None:
            return cached
        row = await self.db.fetchone(
            f"SELECT {_POST_COLUMNS} FROM daily_posts WHERE id = ?", (post_id,)
        )
        if row is None:
            return None
        post = post_from_row(row)
        self._cache_post(post)
        return post

    async def post_on(self, group_id: int, local_date: date) -> DailyPost | None:
        latest = await self.latest_post(group_id)
        if latest is None or latest.local_date < local_date:
            return None  # nothing is ever posted after the latest post's date
        if latest.local_date == local_date:
            return latest
        row = await self.db.fetchone(
            f"SELECT {_POST_COLUMNS} FROM daily_posts WHERE group_id = ? AND local_date = ?",
            (group_id, local_date.isoformat()),
        )
        return None if row is None else post_from_row(row)

    async def latest_post(self, group_id: int) -> DailyPost | None:
        cached = self._latest.get(group_id)
        if cached is None:
            row = await self.db.fetchone(
                f"SELECT {_POST_COLUMNS} FROM daily_posts WHERE group_id = ?"
                " ORDER BY local_date DESC LIMIT 1",
                (group_id,),
            )
            cached = _NO_POST if row is None else post_from_row(row)
            self._latest[group_id] = cached
        return cached if isinstance(cached, DailyPost) else None

    async def posts_to_reveal(self, now: datetime) -> list[DailyPost]:
        rows = await self.db.fetchall(
            f"SELECT {_POST_COLUMNS} FROM daily_posts"
            " WHERE revealed_at IS NULL AND closes_at <= ? ORDER BY closes_at",
            (ts(now),),
        )
        return [post_from_row(row) for row in rows]

    async def undelivered_posts(self, now: datetime) -> list[DailyPost]:
        rows = await self.db.fetchall(
            f"SELECT {_POST_COLUMNS} FROM daily_posts"
            " WHERE delivered = 0 AND revealed_at IS NULL AND closes_at > ? ORDER BY id",
            (ts(now),),
        )
        return [post_from_row(row) for row in rows]

    async def claim_reveal(self, post_id: int, at: datetime) -> bool:
        async def job(conn: aiosqlite.Connection) -> bool:
            cursor = await conn.execute(
                "UPDATE daily_posts SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL",
                (ts(at), post_id),
            )
            return cursor.rowcount == 1

        claimed = await self.db.write(job)
        post = await self.get_post(post_id)
        if claimed and post is not None:
            self._cache_post(replace(post, revealed_at=at))
        return claimed

    # --- answers, boards, stats -------------------------------------------

    async def record_answer(self, answer: NewAnswer) -> AnswerOutcome:
        return await self._writer.record(answer)

    async def choice_counts(self, post_id: int) -> dict[int, int]:
        return await reads.choice_counts(self.db, post_id)

    async def leaderboard(
        self, group_id: int, period: Period, today: date, limit: int
    ) -> list[BoardRow]:
        return await reads.leaderboard(self.db, group_id, period, today, limit)

    async def _member_id(self, platform: str, user_id: str) -> int | None:
        cached = self._members.cached(platform, user_id)
        if cached is not None:
            return cached
        row = await self.db.fetchone(
            "SELECT id FROM members WHERE platform = ? AND user_id = ?", (platform, user_id)
        )
        return None if row is None else int(row["id"])

    async def member_stats(self, group_id: int, platform: str, user_id: str) -> MemberStats:
        return await reads.member_stats(self.db, group_id, await self._member_id(platform, user_id))

    async def daily_history(
        self, group_id: int, platform: str, user_id: str, *, right_only: bool
    ) -> tuple[list[date], set[date]]:
        member_id = await self._member_id(platform, user_id)
        return await reads.daily_history(self.db, group_id, member_id, right_only=right_only)

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

        async def job(conn: aiosqlite.Connection) -> bool:
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
