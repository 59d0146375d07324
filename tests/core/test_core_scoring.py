"""Boards, streaks and group isolation through the service on real SQLite."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from core_fakes import SHELL_ROOM, Harness, utc

from bot.core.records import Streak
from bot.core.scoring import streak
from bot.core.types import AnswerKind, GroupRef, Platform, Reply, ReplyKind


def _field(reply: Reply, name: str) -> str:
    return next(f.value for f in reply.fields if f.name == name)


async def _answer_today(h: Harness, at: datetime, user: str, right: bool, group: GroupRef) -> None:
    await h.svc.tick(at)
    post = h.outbox.questions(group.channel_id)[-1]
    assert post.question is not None
    q = h.question(post)
    choice = q.answer if right else (q.answer + 1) % 4
    await h.click(
        post.question.answer_ref, choice, user=user, at=at + timedelta(minutes=1), group=group
    )


async def test_week_and_month_boundaries_in_group_zone(harness: Harness) -> None:
    h = harness
    # 23:30 in Seoul: Sunday 29 Nov and Monday 30 Nov are different weeks; Monday
    # 30 Nov and Tuesday 1 Dec different months. In UTC these are all 14:30.
    await h.cmd("schedule", "23:30 Asia/Seoul", at=utc(2026, 11, 1))
    sunday = utc(2026, 11, 29, 14, 30)
    await _answer_today(h, sunday, "ann", True, SHELL_ROOM)
    await _answer_today(h, sunday + timedelta(days=1), "bob", True, SHELL_ROOM)
    await _answer_today(h, sunday + timedelta(days=2), "cid", True, SHELL_ROOM)

    def names(reply: Reply) -> set[str]:
        return {line.split(" — ")[0].split(". ", 1)[1] for line in reply.text.splitlines()}

    # Monday 30 Nov 00:10 in Seoul is still Sunday 29 Nov (15:10) in UTC: the
    # board must already be the new week's (Monday's and Tuesday's answers).
    monday_early = utc(2026, 11, 29, 15, 10)
    assert names(await h.cmd("leaderboard", "week", at=monday_early)) == {"Bob", "Cid"}
    assert names(await h.cmd("leaderboard", "week", at=sunday)) == {"Ann"}
    # Tuesday 1 Dec 00:10 in Seoul is 30 Nov 15:10 UTC: already December.
    tuesday_early = utc(2026, 11, 30, 15, 10)
    assert names(await h.cmd("leaderboard", "month", at=tuesday_early)) == {"Cid"}
    assert names(await h.cmd("leaderboard", "month", at=sunday)) == {"Ann", "Bob"}
    everything = await h.cmd("leaderboard", "all", at=tuesday_early)
    assert [line[:3] for line in everything.text.splitlines()] == ["1. ", "1. ", "1. "]


async def test_streaks_across_days(harness: Harness) -> None:
    h = harness
    await h.cmd("schedule", "09:00 Asia/Seoul", at=utc(2026, 11, 1))
    await h.cmd("settings", "streak right", at=utc(2026, 11, 1))
    day = utc(2026, 11, 2, 0, 0)  # Monday 2 Nov, 09:00 in Seoul
    for offset, right in [(0, True), (1, True), (2, False), (3, True), (4, False), (5, True)]:
        await _answer_today(h, day + timedelta(days=offset), "ann", right, SHELL_ROOM)
    stats = await h.cmd("stats", user="ann", admin=False, at=day + timedelta(days=5, hours=1))
    # Wednesday's miss is frozen (this week's freeze), Friday's second miss ends it.
    assert _field(stats, "연속 기록") == "1일" and _field(stats, "최고 연속") == "3일"
    assert _field(stats, "이번 주 쉬는 날") == "씀"
    assert _field(stats, "푼 문제") == "6" and _field(stats, "정답률") == "67%"
    # Next week: a day without a post (pause) does not break the streak; an open
    # post the member has not answered yet does not either.
    await _answer_today(h, day + timedelta(days=7), "ann", True, SHELL_ROOM)
    await h.svc.tick(day + timedelta(days=9))
    stats = await h.cmd("stats", user="ann", at=day + timedelta(days=9, hours=1))
    assert _field(stats, "연속 기록") == "2일" and _field(stats, "이번 주 쉬는 날") == "남음"
    # Once that post closes unanswered, the week's freeze covers it...
    await h.svc.tick(day + timedelta(days=10))
    stats = await h.cmd("stats", user="ann", at=day + timedelta(days=10, hours=1))
    assert _field(stats, "연속 기록") == "2일"
    assert _field(stats, "이번 주 쉬는 날") == "씀 (쉰 날: 11-11)"
    # ... and a second miss that week ends the streak.
    stats = await h.cmd("stats", user="ann", at=day + timedelta(days=11, hours=1))
    assert _field(stats, "연속 기록") == "0일" and _field(stats, "최고 연속") == "3일"


async def test_default_rule_counts_any_answer(harness: Harness) -> None:
    h = harness
    await h.cmd("schedule", "09:00 Asia/Seoul", at=utc(2026, 11, 1))
    day = utc(2026, 11, 2, 0, 0)
    for offset, right in [(0, True), (1, False), (2, False)]:
        await _answer_today(h, day + timedelta(days=offset), "ann", right, SHELL_ROOM)
    stats = await h.cmd("stats", user="ann", at=day + timedelta(days=2, hours=1))
    assert _field(stats, "연속 기록") == "3일"
    shown = await h.cmd("settings", at=day)
    assert "연속 기록 기준 참여" in shown.text
    await h.cmd("settings", "streak right", at=day)
    stats = await h.cmd("stats", user="ann", at=day + timedelta(days=2, hours=1))
    assert _field(stats, "연속 기록") == "1일"  # Tuesday frozen, Wednesday's miss ends it


def test_streak_rules_pure() -> None:
    d = [date(2026, 1, 5) + timedelta(days=i) for i in range(10)]  # Mon 5 .. Wed 14 Jan
    # One miss a week is frozen: it neither adds nor breaks.
    assert streak(d[:5], {d[0], d[1], d[3], d[4]}, None) == Streak(
        current=4, best=4, frozen=(d[2],), freeze_left=False
    )
    # A second miss in the same week breaks the run.
    assert streak(d[:5], {d[0], d[2], d[4]}, None) == Streak(
        current=1, best=2, frozen=(), freeze_left=False
    )
    # A new week brings a new freeze.
    assert streak(d, {x for x in d if x not in (d[2], d[8])}, None) == Streak(
        current=8, best=8, frozen=(d[2], d[8]), freeze_left=False
    )
    # An open post does not count against anyone; nothing to freeze before a streak.
    assert streak(d[:5], {d[0], d[1], d[2], d[3]}, d[4]) == Streak(current=4, best=4)
    assert streak(d[:3], {d[2]}, None) == Streak(current=1, best=1)
    assert streak([], set(), None) == Streak(current=0, best=0)
    # The freeze shown is this week's: a freeze spent last week leaves this one.
    last_week = streak(d[:5], {d[0], d[1], d[3], d[4]}, None, today=d[7])
    assert last_week.freeze_left and last_week.frozen == (d[2],)


async def test_two_groups_never_see_each_other(harness: Harness) -> None:
    h = harness
    other = GroupRef(platform=Platform.SHELL, channel_id="other")
    at = utc(2026, 11, 26, 0, 0)
    for group in (SHELL_ROOM, other):
        await h.cmd("schedule", "09:00 Asia/Seoul", at=at, group=group)
    await _answer_today(h, at, "ann", True, SHELL_ROOM)
    await _answer_today(h, at, "bob", True, other)
    room_board = await h.cmd("leaderboard", "all", at=at, group=SHELL_ROOM)
    other_board = await h.cmd("leaderboard", "all", at=at, group=other)
    assert "Ann" in room_board.text and "Bob" not in room_board.text
    assert "Bob" in other_board.text and "Ann" not in other_board.text
    # A click on room's post arriving from the other group is refused.
    room_post = h.outbox.questions("room")[0]
    assert room_post.question is not None
    stray = await h.click(room_post.question.answer_ref, 0, user="bob", at=at, group=other)
    assert stray.kind is ReplyKind.ERROR
    stats = await h.cmd("stats", user="ann", at=at, group=other)
    assert "아직 푼 문제가 없어요" in stats.text
    # The same question id may be posted in both groups: per-group history.
    assert len(h.outbox.questions("other")) == 1


async def test_practice_counts_for_stats_not_board(harness: Harness) -> None:
    h = harness
    at = utc(2026, 11, 26, 3, 0)
    quiz = await h.cmd("quiz", user="ann", admin=False, at=at)
    assert quiz.kind is ReplyKind.QUESTION and quiz.ephemeral and quiz.question is not None
    assert quiz.question.answer_kind is AnswerKind.PRACTICE
    q = h.question(quiz)
    fb = await h.click(q.id, q.answer, user="ann", at=at, kind=AnswerKind.PRACTICE)
    assert fb.kind is ReplyKind.ANSWER_FEEDBACK and "정답" in fb.text
    # A second click on the same practice buttons is a double click: no second review.
    again = await h.click(q.id, (q.answer + 1) % 4, user="ann", at=at, kind=AnswerKind.PRACTICE)
    assert "이미 답했어요" in again.text
    stats = await h.cmd("stats", user="ann", at=at)
    assert _field(stats, "푼 문제") == "1" and _field(stats, "정답률") == "100%"
    # One right answer is no weakness (issue 17: "약한 단원: … 100% (1/1)").
    assert all(f.name != "약한 단원" for f in stats.fields)
    board = await h.cmd("leaderboard", "all", at=at)
    assert board.text == "아직 기록이 없어요."
    # The next practice question is one not practised yet.
    nxt = await h.cmd("quiz", user="ann", at=at + timedelta(seconds=1))
    assert nxt.question is not None and nxt.question.question_id != q.id
