"""Answer recording with group commit, and the queries over answers.

Many members click at once when a daily question goes out. Each answer must be
committed before it is acknowledged, but one transaction per answer through
aiosqlite's thread costs several round trips each. So answers queue up, and one
flusher task writes everything queued in a single `BEGIN IMMEDIATE ... COMMIT`,
then resolves every waiting caller: an acknowledged answer is always committed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date

from bot.core.clock import Clock
from bot.core.records import AnswerOutcome, NewAnswer
from bot.storage.cards import Review, review_cards
from bot.storage.convert import ts
from bot.storage.sql import Conn, SqlDatabase

MAX_BATCH = 500

_INSERT_ANSWER = (
    "INSERT INTO answers (group_id, member_id, question_id, post_id, kind, choice, correct,"
    " points, answered_at, local_date, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

_Pending = tuple[NewAnswer, "asyncio.Future[AnswerOutcome]"]


class MemberIds:
    """(platform, user_id) -> members.id, created on first sight. The cache is
    only filled after the creating transaction committed."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock  # stamps members.created_at
        self._cache: dict[tuple[str, str], tuple[int, str]] = {}

    def cached(self, platform: str, user_id: str) -> int | None:
        hit = self._cache.get((platform, user_id))
        return None if hit is None else hit[0]

    async def resolve(
        self, conn: Conn, people: Sequence[tuple[str, str, str]]
    ) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], tuple[int, str]]]:
        """Ids for (platform, user_id, display_name); call inside a transaction.
        Returns (ids, cache entries to `remember` once the transaction commits)."""
        ids: dict[tuple[str, str], int] = {}
        missing: dict[tuple[str, str], str] = {}
        for platform, user_id, name in people:
            hit = self._cache.get((platform, user_id))
            if hit is not None and (hit[1] == name or not name):
                ids[(platform, user_id)] = hit[0]
            else:
                missing[(platform, user_id)] = name
        fresh: dict[tuple[str, str], tuple[int, str]] = {}
        if not missing:
            return ids, fresh
        now = ts(self._clock())
        await conn.executemany(
            "INSERT INTO members (platform, user_id, display_name, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (platform, user_id) DO UPDATE SET display_name = excluded.display_name"
            " WHERE excluded.display_name != '' AND members.display_name != excluded.display_name",
            # Sorted: two processes inserting the same new members lock them in one order.
            [(p, u, name, now) for (p, u), name in sorted(missing.items())],
        )
        keys = list(missing)
        for start in range(0, len(keys), 400):
            chunk = keys[start : start + 400]
            where = " OR ".join("(platform = ? AND user_id = ?)" for _ in chunk)
            params = [part for key in chunk for part in key]
            rows = await conn.execute_fetchall(
                f"SELECT id, platform, user_id, display_name FROM members WHERE {where}", params
            )
            for row in rows:
                key = (row["platform"], row["user_id"])
                ids[key] = int(row["id"])
                fresh[key] = (int(row["id"]), row["display_name"])
        return ids, fresh

    def remember(self, entries: dict[tuple[str, str], tuple[int, str]]) -> None:
        if len(self._cache) > 200_000:  # bound memory; ids are cheap to re-read
            self._cache.clear()
        self._cache.update(entries)


class AnswerWriter:
    def __init__(self, db: SqlDatabase, members: MemberIds) -> None:
        self._db = db
        self._members = members
        self._pending: list[_Pending] = []
        self._flusher: asyncio.Task[None] | None = None

    async def record(self, answer: NewAnswer) -> AnswerOutcome:
        future: asyncio.Future[AnswerOutcome] = asyncio.get_running_loop().create_future()
        self._pending.append((answer, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        return await future

    async def drain(self) -> None:
        """Wait for every queued answer to be written (before closing)."""
        while self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
            try:
                outcomes = await self._write(batch)
            except Exception:
                # One bad answer must not sink the others: write each alone. (On a
                # shared database this is also the retry when another process
                # stored a member's answer to the post between our read and our
                # insert: the lone write reads it and reports it as theirs.)
                for item in batch:
                    await self._write_alone(item)
                continue
            for (_, future), outcome in zip(batch, outcomes, strict=True):
                if not future.done():
                    future.set_result(outcome)

    async def _write_alone(self, item: _Pending) -> None:
        future = item[1]
        # On a shared database the lone write can meet another process's insert
        # of the same answer in its turn (read before that one committed,
        # inserted after): the second try reads it and reports it as theirs.
        tries = 2 if self._db.shared else 1
        for left in range(tries - 1, -1, -1):
            try:
                [outcome] = await self._write([item])
            except Exception as exc:
                if left:
                    continue
                if not future.done():
                    future.set_exception(exc)
            else:
                if not future.done():
                    future.set_result(outcome)
            return

    async def _write(self, batch: list[_Pending]) -> list[AnswerOutcome]:
        answers = [answer for answer, _ in batch]
        async with self._db.transaction() as conn:
            ids, fresh = await self._members.resolve(
                conn, [(a.platform, a.user_id, a.display_name) for a in answers]
            )
            first = await _existing_daily(conn, answers, ids)
            outcomes: list[AnswerOutcome] = []
            rows: list[tuple[object, ...]] = []
            reviews: list[tuple[int, str, Review]] = []
            for a in answers:
                member_id = ids[(a.platform, a.user_id)]
                if a.post_id is not None:
                    earlier = first.get((a.post_id, member_id))
                    if earlier is not None:
                        outcomes.append(
                            AnswerOutcome(recorded=False, choice=earlier[0], correct=earlier[1])
                        )
                        continue
                    first[(a.post_id, member_id)] = (a.choice, a.correct)
                outcomes.append(AnswerOutcome(recorded=True, choice=a.choice, correct=a.correct))
                if a.review is not None:
                    reviews.append((member_id, a.concept, a.review))
                rows.append(
                    (
                        a.group_id,
                        member_id,
                        a.question_id,
                        a.post_id,
                        "daily" if a.post_id is not None else "practice",
                        a.choice,
                        int(a.correct),
                        a.points if a.post_id is not None else 0,
                        ts(a.answered_at),
                        a.local_date.isoformat(),
                        a.elapsed_ms,
                    )
                )
            if rows:
                # In (group, member) order: the board trigger then locks score rows
                # in one order in every process sharing the database (no deadlock).
                rows.sort(key=lambda row: (row[0], row[1]))
                await conn.executemany(_INSERT_ANSWER, rows)
            await review_cards(conn, reviews)
        self._members.remember(fresh)
        return outcomes


async def _existing_daily(
    conn: Conn, answers: Sequence[NewAnswer], ids: dict[tuple[str, str], int]
) -> dict[tuple[int, int], tuple[int, bool]]:
    """(post_id, member_id) -> (choice, correct) of answers already stored."""
    by_post: dict[int, set[int]] = {}
    for a in answers:
        if a.post_id is not None:
            by_post.setdefault(a.post_id, set()).add(ids[(a.platform, a.user_id)])
    found: dict[tuple[int, int], tuple[int, bool]] = {}
    for post_id, members in by_post.items():
        member_list = sorted(members)
        for start in range(0, len(member_list), 900):
            chunk = member_list[start : start + 900]
            marks = ",".join("?" * len(chunk))
            rows = await conn.execute_fetchall(
                "SELECT member_id, choice, correct FROM answers"
                f" WHERE post_id = ? AND member_id IN ({marks})",
                [post_id, *chunk],
            )
            for row in rows:
                found[(post_id, int(row["member_id"]))] = (int(row["choice"]), bool(row["correct"]))
    return found


def week_start(today: date) -> date:
    return date.fromordinal(today.toordinal() - today.weekday())
