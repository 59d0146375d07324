"""Issue 18 storage: statistics flags on questions (never retirements) and the
distinct-answerer counts they are decided on. Plain SQL that PostgreSQL runs
as well (ON CONFLICT DO NOTHING, a grouped subquery)."""

from __future__ import annotations

from datetime import datetime

from bot.core.records import StatisticsFlag
from bot.storage.convert import dt, ts
from bot.storage.sql import Conn, SqlDatabase

# Each member's first answer to the question, in any group: practice repeats
# by one member count once. The subquery walks index answers_question.
_FIRST_CHOICES = (
    "SELECT a.choice AS choice, count(*) AS n FROM answers a JOIN"
    " (SELECT member_id, min(id) AS first FROM answers WHERE question_id = ?"
    " GROUP BY member_id) f ON a.id = f.first GROUP BY a.choice"
)


class FlagStore:
    db: SqlDatabase

    async def first_choice_counts(self, question_id: str) -> dict[int, int]:
        rows = await self.db.fetchall(_FIRST_CHOICES, (question_id,))
        return {int(r["choice"]): int(r["n"]) for r in rows}

    async def flag_question(
        self, question_id: str, reason: str, detail: str, at: datetime
    ) -> bool:
        async def job(conn: Conn) -> bool:
            cursor = await conn.execute(
                "INSERT INTO question_flags (question_id, reason, detail, flagged_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (question_id) DO NOTHING",
                (question_id, reason, detail, ts(at)),
            )
            return cursor.rowcount > 0

        return await self.db.write(job)

    async def statistics_flags(self) -> list[StatisticsFlag]:
        """Flagged questions, newest first, whether retired since or not."""
        rows = await self.db.fetchall(
            "SELECT f.question_id, f.reason, f.detail, f.flagged_at, q.section, q.topic,"
            " q.retired_at FROM question_flags f JOIN questions q ON q.id = f.question_id"
            " ORDER BY f.flagged_at DESC, f.question_id"
        )
        return [
            StatisticsFlag(
                id=r["question_id"], reason=r["reason"], detail=r["detail"],
                flagged_at=dt(r["flagged_at"]), section=r["section"], topic=r["topic"],
                retired=r["retired_at"] is not None,
            )
            for r in rows
        ]  # fmt: skip
