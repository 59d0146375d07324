"""Read queries over answers: boards, stats, streak inputs, choice counts.

Boards read the trigger-maintained `scores` table (one row per member and
period), so their cost does not grow with the number of answers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from bot.core.records import BoardRow, MemberStats, Period, SectionStat
from bot.storage.answers import week_start
from bot.storage.convert import day
from bot.storage.sql import SqlDatabase


def period_key(period: Period, today: date) -> str:
    """Must match the keys the `answers_score` trigger writes (0001_init.sql)."""
    if period is Period.WEEK:
        return "W" + week_start(today).isoformat()
    if period is Period.MONTH:
        return "M" + today.isoformat()[:7]
    return "all"


# The inner ORDER BY is index scores_board's (migration 0082), expression for
# expression: the top `limit` rows are read off the index, then named.
LEADERBOARD = (
    "SELECT m.user_id, m.display_name, s.points, s.answered, s.correct, s.right_ms"
    " FROM (SELECT member_id, points, answered, correct,"
    "  CASE WHEN right_timed > 0 THEN right_ms / right_timed END AS right_ms"
    "  FROM scores WHERE group_id = ? AND period = ?"
    "  ORDER BY points DESC, (answered - correct), (right_timed > 0) DESC,"
    "  (CASE WHEN right_timed > 0 THEN right_ms / right_timed END), member_id LIMIT ?) s"
    " JOIN members m ON m.id = s.member_id"
    " ORDER BY s.points DESC, s.answered - s.correct, s.right_ms IS NULL, s.right_ms,"
    " s.member_id"
)


async def leaderboard(
    db: SqlDatabase, group_id: int, period: Period, today: date, limit: int
) -> list[BoardRow]:
    # Ties: fewer wrong answers, then the faster average time to a right answer
    # (members without timed right answers last among equals).
    rows = await db.fetchall(
        LEADERBOARD,
        (group_id, period_key(period, today), limit),
    )
    board: list[BoardRow] = []
    for index, row in enumerate(rows):
        right_ms = None if row["right_ms"] is None else int(row["right_ms"])
        entry = BoardRow(
            rank=index + 1,
            user_id=row["user_id"],
            display_name=row["display_name"] or row["user_id"],
            points=int(row["points"]),
            answered=int(row["answered"]),
            correct=int(row["correct"]),
            right_ms=right_ms,
        )
        if board and _tie_key(board[-1]) == _tie_key(entry):
            entry = replace(entry, rank=board[-1].rank)  # equal on all three: 1, 1, 3
        board.append(entry)
    return board


def _tie_key(row: BoardRow) -> tuple[int, int, int | None]:
    # Whole seconds: a few milliseconds apart is a tie, not a win.
    return row.points, row.wrong, None if row.right_ms is None else row.right_ms // 1000


async def streak_days(
    db: SqlDatabase, group_id: int, *, right_only: bool
) -> tuple[list[date], dict[str, set[date]]]:
    posts = await db.fetchall(
        "SELECT local_date FROM daily_posts WHERE group_id = ? ORDER BY local_date", (group_id,)
    )
    rows = await db.fetchall(
        "SELECT m.user_id, a.local_date FROM answers a JOIN members m ON m.id = a.member_id"
        " WHERE a.group_id = ? AND a.kind = 'daily'" + (" AND a.correct = 1" if right_only else ""),
        (group_id,),
    )
    days: dict[str, set[date]] = {}
    for row in rows:
        days.setdefault(row["user_id"], set()).add(day(row["local_date"]))
    return [day(row["local_date"]) for row in posts], days


async def member_stats(db: SqlDatabase, group_id: int, member_id: int | None) -> MemberStats:
    if member_id is None:
        return MemberStats(answered=0, correct=0, daily_answered=0, practice_answered=0)
    rows = await db.fetchall(
        "SELECT a.kind, COALESCE(q.section, '') AS section, COUNT(*) AS n,"
        " SUM(a.correct) AS right FROM answers a LEFT JOIN questions q ON q.id = a.question_id"
        " WHERE a.group_id = ? AND a.member_id = ? GROUP BY a.kind, section",
        (group_id, member_id),
    )
    by_section: dict[str, tuple[int, int]] = {}
    kinds = {"daily": 0, "practice": 0}
    for row in rows:
        n, right = int(row["n"]), int(row["right"])
        kinds[row["kind"]] += n
        old = by_section.get(row["section"], (0, 0))
        by_section[row["section"]] = (old[0] + n, old[1] + right)
    return MemberStats(
        answered=sum(kinds.values()),
        correct=sum(right for _, right in by_section.values()),
        daily_answered=kinds["daily"],
        practice_answered=kinds["practice"],
        sections=tuple(
            SectionStat(section=name, answered=n, correct=right)
            for name, (n, right) in sorted(by_section.items())
            if name
        ),
    )


async def daily_history(
    db: SqlDatabase, group_id: int, member_id: int | None, *, right_only: bool
) -> tuple[list[date], set[date]]:
    posts = await db.fetchall(
        "SELECT local_date FROM daily_posts WHERE group_id = ? ORDER BY local_date", (group_id,)
    )
    days: set[date] = set()
    if member_id is not None:
        rows = await db.fetchall(
            "SELECT local_date FROM answers WHERE group_id = ? AND member_id = ?"
            " AND kind = 'daily'" + (" AND correct = 1" if right_only else ""),
            (group_id, member_id),
        )
        days = {day(row["local_date"]) for row in rows}
    return [day(row["local_date"]) for row in posts], days


async def practice_history(
    db: SqlDatabase, group_id: int, member_id: int | None
) -> dict[str, datetime]:
    if member_id is None:
        return {}
    rows = await db.fetchall(
        "SELECT question_id, MAX(answered_at) AS last FROM answers"
        " WHERE group_id = ? AND member_id = ? AND kind = 'practice' GROUP BY question_id",
        (group_id, member_id),
    )
    return {row["question_id"]: datetime.fromisoformat(row["last"]) for row in rows}
