"""Per-group reads the daily fan-out makes for every group, coalesced.

At the post time each group's pick reads its answer tallies and its reminder
opt-ins: two statements per group, ~20,000 for 10,000 groups. Concurrent calls
are answered by one `... WHERE group_id IN (...)` statement (see coalesce.py);
reading at call time keeps results as fresh as the single statements were.
"""

from __future__ import annotations

from collections import defaultdict

from bot.storage.coalesce import Coalescer
from bot.storage.sql import SqlDatabase

TallyRow = tuple[str, str, int, int]  # concept, section, answered, correct


def _marks(n: int) -> str:
    return ",".join("?" * n)


class GroupReads:
    def __init__(self, db: SqlDatabase) -> None:
        self.db = db
        self.tallies = Coalescer[int, list[TallyRow]](self._tallies_many, missing=[])
        self.reminder_members = Coalescer[tuple[int, str], list[str]](
            self._reminders_many, missing=[]
        )

    async def drain(self) -> None:
        await self.tallies.drain()
        await self.reminder_members.drain()

    async def tallies_of(self, groups: list[int]) -> dict[int, list[TallyRow]]:
        """The tallies of these groups now (one statement; at most MAX_BATCH ids)."""
        return await self._tallies_many(groups)

    async def _tallies_many(self, groups: list[int]) -> dict[int, list[TallyRow]]:
        rows = await self.db.fetchall(
            "SELECT a.group_id, q.concept, q.section, count(*) AS n, sum(a.correct) AS right"
            " FROM answers a JOIN questions q ON q.id = a.question_id"
            f" WHERE a.group_id IN ({_marks(len(groups))})"
            " GROUP BY a.group_id, q.concept, q.section",
            groups,
        )
        out: dict[int, list[TallyRow]] = defaultdict(list)
        for r in rows:
            out[int(r["group_id"])].append(
                (r["concept"], r["section"], int(r["n"]), int(r["right"]))
            )
        return dict(out)

    async def _reminders_many(
        self, keys: list[tuple[int, str]]
    ) -> dict[tuple[int, str], list[str]]:
        by_platform: dict[str, list[int]] = defaultdict(list)
        for group_id, platform in keys:
            by_platform[platform].append(group_id)
        out: dict[tuple[int, str], list[str]] = {}
        for platform, groups in by_platform.items():
            # Members of a group are those who answered there; ordered by member id
            # like the single-group read.
            rows = await self.db.fetchall(
                "SELECT g.group_id, m.user_id FROM members m"
                " JOIN (SELECT DISTINCT group_id, member_id FROM answers"
                f"       WHERE group_id IN ({_marks(len(groups))})) g ON g.member_id = m.id"
                " WHERE m.review_reminders = 1 AND m.platform = ?"
                " ORDER BY g.group_id, m.id",
                [*groups, platform],
            )
            for r in rows:
                out.setdefault((int(r["group_id"]), platform), []).append(r["user_id"])
        return out
