"""Issue 12 storage: problem reports decided per group, and the questions a
group retired from its own rotation (`group_retired`). Plain SQL both engines
run (ON CONFLICT DO NOTHING, grouped reads)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.records import OpenReport, ReportedQuestion
from bot.storage.convert import dt, ts
from bot.storage.sql import Conn, SqlDatabase

_BATCH = 400  # keeps IN lists under SQLite's variable limit

DECISIONS = ("kept", "retired")


class ReportStore:
    db: SqlDatabase

    async def open_report_count(self, question_id: str, group_id: int) -> int:
        """Distinct members of the group with an open report on the question."""
        row = await self.db.fetchone(
            "SELECT count(DISTINCT member_id) AS n FROM problem_reports"
            " WHERE question_id = ? AND group_id = ? AND status = 'open'",
            (question_id, group_id),
        )
        return 0 if row is None else int(row["n"])

    async def open_reports(self, group_id: int) -> list[OpenReport]:
        """The group's undecided reports, one entry per question, oldest first."""
        rows = await self.db.fetchall(
            "SELECT question_id, reason, created_at FROM problem_reports"
            " WHERE group_id = ? AND status = 'open' ORDER BY created_at, id",
            (group_id,),
        )
        by_question: dict[str, list[tuple[str, datetime]]] = {}
        for r in rows:
            by_question.setdefault(r["question_id"], []).append((r["reason"], dt(r["created_at"])))
        return [
            OpenReport(
                question_id=qid,
                members=len(found),
                reasons=tuple(reason for reason, _ in found if reason),
                first_at=found[0][1],
            )
            for qid, found in by_question.items()
        ]

    async def decide_reports(
        self, question_id: str, group_id: int, decision: str, at: datetime
    ) -> int:
        """Close the group's open reports on the question as `decision` (kept or
        retired); returns how many were open."""
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {DECISIONS}")

        async def job(conn: Conn) -> int:
            cursor = await conn.execute(
                "UPDATE problem_reports SET status = ?, decided_at = ?"
                " WHERE question_id = ? AND group_id = ? AND status = 'open'",
                (decision, ts(at), question_id, group_id),
            )
            return cursor.rowcount

        return await self.db.write(job)

    async def retire_for_group(
        self, group_id: int, question_id: str, reason: str, at: datetime
    ) -> bool:
        """Take the question out of this group's rotation only; False when it was
        already out."""

        async def job(conn: Conn) -> bool:
            cursor = await conn.execute(
                "INSERT INTO group_retired (group_id, question_id, retired_at, reason)"
                " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (group_id, question_id, ts(at), reason[:200]),
            )
            return cursor.rowcount == 1

        return await self.db.write(job)

    async def group_retired(self, group_id: int) -> frozenset[str]:
        """Questions this group retired from its own rotation."""
        rows = await self.db.fetchall(
            "SELECT question_id FROM group_retired WHERE group_id = ?", (group_id,)
        )
        return frozenset(r["question_id"] for r in rows)

    async def groups_retired(self, group_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """`group_retired` for many groups in a few statements (the daily fan-out);
        only the groups that retired something (most never do: an empty set for
        each of a fan-out's 10,000 groups was 3% of its CPU)."""
        found: dict[int, set[str]] = {}
        for start in range(0, len(group_ids), _BATCH):
            part = list(group_ids[start : start + _BATCH])
            rows = await self.db.fetchall(
                "SELECT group_id, question_id FROM group_retired"
                f" WHERE group_id IN ({', '.join('?' * len(part))})",
                part,
            )
            for row in rows:
                found.setdefault(int(row["group_id"]), set()).add(row["question_id"])
        return {group_id: frozenset(ids) for group_id, ids in found.items()}

    async def reported_questions(self) -> list[ReportedQuestion]:
        """Every reported question across groups, newest report first: what the
        deck's maintainer reads in `studybot quiz flagged`."""
        rows = await self.db.fetchall(
            "SELECT r.question_id, r.group_id, r.reason, r.created_at, q.section, q.topic,"
            " (SELECT count(*) FROM group_retired g WHERE g.question_id = r.question_id)"
            " AS retired_in"
            " FROM problem_reports r JOIN questions q ON q.id = r.question_id"
            " ORDER BY r.created_at, r.id"
        )
        found: dict[str, ReportedQuestion] = {}
        groups: dict[str, set[int]] = {}
        for r in rows:
            qid = r["question_id"]
            groups.setdefault(qid, set()).add(int(r["group_id"]))
            earlier = found.get(qid)
            reasons = (earlier.reasons if earlier else ()) + ((r["reason"],) if r["reason"] else ())
            found[qid] = ReportedQuestion(
                id=qid,
                section=r["section"],
                topic=r["topic"],
                reasons=reasons,
                reports=(earlier.reports if earlier else 0) + 1,
                groups=len(groups[qid]),
                retired_in=int(r["retired_in"]),
                first_at=earlier.first_at if earlier else dt(r["created_at"]),
            )
        return sorted(found.values(), key=lambda q: q.first_at, reverse=True)
