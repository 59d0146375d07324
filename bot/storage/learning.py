"""Issue 7 storage: FSRS cards, review-reminder opt-ins, and the reads the
learning features need (answer tallies, choice counts, fingerprints, flags)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.clock import Clock
from bot.core.records import FlaggedQuestion
from bot.learning.report import AnswerRow
from bot.learning.srs import CardState
from bot.storage.answers import MemberIds
from bot.storage.cards import CARD_COLUMNS, SAVE_CARD, card_from_row
from bot.storage.coalesce import MAX_BATCH
from bot.storage.convert import dt
from bot.storage.group_reads import GroupReads
from bot.storage.posts import PostStore
from bot.storage.sql import Conn, SqlDatabase


class LearningStore(PostStore):
    def __init__(self, db: SqlDatabase, clock: Clock) -> None:
        super().__init__(db)
        self.clock = clock
        self._members = MemberIds(clock)
        self._group_reads = GroupReads(db)

    async def _member_id(self, platform: str, user_id: str) -> int | None:
        cached = self._members.cached(platform, user_id)
        if cached is not None:
            return cached
        row = await self.db.fetchone(
            "SELECT id FROM members WHERE platform = ? AND user_id = ?", (platform, user_id)
        )
        return None if row is None else int(row["id"])

    async def _ensure_member(self, platform: str, user_id: str, name: str = "") -> int:
        known = await self._member_id(platform, user_id)
        if known is not None:
            return known
        fresh: dict[tuple[str, str], tuple[int, str]] = {}

        async def job(conn: Conn) -> int:
            fresh.clear()
            ids, new = await self._members.resolve(conn, [(platform, user_id, name)])
            fresh.update(new)
            return ids[(platform, user_id)]

        member_id = await self.db.write(job)
        self._members.remember(fresh)
        return member_id

    # --- cards ---------------------------------------------------------------

    async def card(self, platform: str, user_id: str, concept: str) -> CardState | None:
        member_id = await self._member_id(platform, user_id)
        if member_id is None:
            return None
        row = await self.db.fetchone(
            f"SELECT {CARD_COLUMNS} FROM cards WHERE member_id = ? AND concept = ?",
            (member_id, concept),
        )
        return None if row is None else card_from_row(row)

    async def save_card(self, platform: str, user_id: str, concept: str, card: CardState) -> None:
        member_id = await self._ensure_member(platform, user_id)

        async def job(conn: Conn) -> None:
            await conn.execute(
                SAVE_CARD, {"member_id": member_id, "concept": concept, **card.to_row()}
            )

        await self.db.write(job)

    async def member_cards(self, platform: str, user_id: str) -> dict[str, CardState]:
        member_id = await self._member_id(platform, user_id)
        if member_id is None:
            return {}
        rows = await self.db.fetchall(
            f"SELECT concept, {CARD_COLUMNS} FROM cards WHERE member_id = ?", (member_id,)
        )
        return {row["concept"]: card_from_row(row) for row in rows}

    # --- reminders -----------------------------------------------------------

    async def set_reminders(self, platform: str, user_id: str, name: str, on: bool) -> None:
        member_id = await self._ensure_member(platform, user_id, name)

        async def job(conn: Conn) -> None:
            await conn.execute(
                "UPDATE members SET review_reminders = ? WHERE id = ?", (int(on), member_id)
            )

        await self.db.write(job)

    async def reminders_on(self, platform: str, user_id: str) -> bool:
        member_id = await self._member_id(platform, user_id)
        if member_id is None:
            return False
        row = await self.db.fetchone(
            "SELECT review_reminders FROM members WHERE id = ?", (member_id,)
        )
        return row is not None and bool(row["review_reminders"])

    async def reminder_members(self, group_id: int, platform: str) -> list[str]:
        """User ids of the group's members (anyone who answered there) who opted in.
        Concurrent calls (the daily fan-out) share one statement."""
        return list(await self._group_reads.reminder_members((group_id, platform)))

    # --- reads for tallies, retirement and reports ---------------------------

    async def group_tallies(
        self, group_ids: Sequence[int]
    ) -> dict[int, list[tuple[str, str, int, int]]]:
        out: dict[int, list[tuple[str, str, int, int]]] = {}
        for start in range(0, len(group_ids), MAX_BATCH):
            part = list(group_ids[start : start + MAX_BATCH])
            found = await self._group_reads.tallies_of(part)
            out.update((group_id, found.get(group_id, [])) for group_id in part)
        return out

    async def concept_tallies(
        self, group_id: int, platform: str | None = None, user_id: str | None = None
    ) -> list[tuple[str, str, int, int]]:
        """(concept, section, answered, correct) of the group's answers (one member's
        when `user_id` is given). Group-wide reads made together (the daily
        fan-out) share one statement."""
        if user_id is None:
            return list(await self._group_reads.tallies(group_id))
        sql = (
            "SELECT q.concept, q.section, count(*) AS n, sum(a.correct) AS right FROM answers a"
            " JOIN questions q ON q.id = a.question_id WHERE a.group_id = ?"
        )
        params: list[object] = [group_id]
        if user_id is not None:
            member_id = await self._member_id(platform or "", user_id)
            if member_id is None:
                return []
            sql += " AND a.member_id = ?"
            params.append(member_id)
        rows = await self.db.fetchall(sql + " GROUP BY q.concept, q.section", params)
        return [(r["concept"], r["section"], int(r["n"]), int(r["right"])) for r in rows]

    async def question_choice_counts(self, question_id: str) -> dict[int, int]:
        """Choice index -> answers that picked it (all groups, daily and practice)."""
        rows = await self.db.fetchall(
            "SELECT choice, count(*) AS n FROM answers WHERE question_id = ? GROUP BY choice",
            (question_id,),
        )
        return {int(r["choice"]): int(r["n"]) for r in rows}

    async def report_count(self, question_id: str) -> int:
        row = await self.db.fetchone(
            "SELECT count(*) AS n FROM problem_reports WHERE question_id = ?", (question_id,)
        )
        return 0 if row is None else int(row["n"])

    async def question_fingerprints(self, deck: str | None = None) -> dict[str, str]:
        if deck is not None:
            rows = await self.db.fetchall(
                "SELECT id, source_hash FROM questions WHERE deck = ?", (deck,)
            )
            return {r["id"]: r["source_hash"] for r in rows}
        rows = await self.db.fetchall("SELECT id, source_hash FROM questions")
        return {r["id"]: r["source_hash"] for r in rows}

    async def answer_rows(self, group_id: int, user_id: str | None = None) -> list[AnswerRow]:
        sql = (
            "SELECT q.section, a.correct, m.user_id, a.kind FROM answers a"
            " JOIN questions q ON q.id = a.question_id JOIN members m ON m.id = a.member_id"
            " WHERE a.group_id = ?"
        )
        params: list[object] = [group_id]
        if user_id is not None:
            sql += " AND m.user_id = ?"
            params.append(user_id)
        rows = await self.db.fetchall(sql, params)
        return [
            AnswerRow(section=r["section"], correct=bool(r["correct"]), member=r["user_id"],
                      kind=r["kind"])
            for r in rows
        ]  # fmt: skip

    async def flagged_questions(self) -> list[FlaggedQuestion]:
        """Retired questions with a reason for the maintainer (not 'gone'), newest first."""
        rows = await self.db.fetchall(
            "SELECT id, section, topic, retired_reason, retired_at FROM questions"
            " WHERE retired_at IS NOT NULL AND COALESCE(retired_reason, '') <> 'gone'"
            " ORDER BY retired_at DESC, id"
        )
        return [
            FlaggedQuestion(
                id=r["id"],
                reason=r["retired_reason"] or "",
                retired_at=dt(r["retired_at"]),
                section=r["section"],
                topic=r["topic"],
                choice_counts=await self.question_choice_counts(r["id"]),
                reports=await self.report_count(r["id"]),
            )
            for r in rows
        ]
