"""Weekly and monthly recaps (issue 17) through the daily cycle on real SQLite."""

from __future__ import annotations

from datetime import datetime, timedelta

from core_fakes import SHELL_ROOM, Harness, utc

from bot.core.recap import due_spans
from bot.core.types import Reply, ReplyKind

MONDAY = utc(2026, 11, 23, 0, 0)  # Monday 23 Nov, 09:00 in Seoul


async def _day(h: Harness, at: datetime, answers: dict[str, bool]) -> None:
    await h.svc.tick(at)
    post = h.outbox.questions(SHELL_ROOM.channel_id)[-1]
    assert post.question is not None
    q = h.question(post)
    for user, right in answers.items():
        choice = q.answer if right else (q.answer + 1) % len(q.choices)
        await h.click(post.question.answer_ref, choice, user=user, at=at + timedelta(minutes=5))


def _recaps(h: Harness) -> list[Reply]:
    return [
        reply
        for _, reply, _ in h.outbox.posts
        if reply.kind is ReplyKind.LEADERBOARD and "돌아보기" in reply.title
    ]


async def _week(h: Harness) -> None:
    await h.cmd("schedule", "09:00 Asia/Seoul", at=utc(2026, 11, 20))
    for d in range(7):
        answers = {"ann": True, "bob": d % 2 == 0}
        if d < 3:
            answers["cid"] = d != 1
        await _day(h, MONDAY + timedelta(days=d), answers)


async def test_weekly_recap_at_the_first_post_of_the_week(harness: Harness) -> None:
    h = harness
    await _week(h)
    assert _recaps(h) == []
    await _day(h, MONDAY + timedelta(days=7), {})
    [recap] = _recaps(h)
    # Posted just before the new week's question, once.
    kinds = [reply.kind for _, reply, _ in h.outbox.posts[-3:]]
    assert kinds[-2:] == [ReplyKind.LEADERBOARD, ReplyKind.QUESTION]
    assert recap.title == "지난주 돌아보기 (11-23 ~ 11-29)"
    assert recap.text == "3명이 문제 7개에 17번 답했어요 (정답률 76%)."
    fields = {f.name: f.value for f in recap.fields}
    assert fields["순위"].splitlines()[0].startswith("1. Ann — 70점 (7/7) · 🔥 7일 연속")
    assert "Cid" in fields["순위"]
    # The most missed question: bob and cid both wrong on Tuesday (1 of 3 right).
    assert "정답률 33% (3명 답함)" in fields["가장 많이 틀린 문제"]
    assert "정답:" in fields["가장 많이 틀린 문제"]
    assert fields["연속 기록"].splitlines()[0] == "🔥 Ann — 7일"
    # Repeating the cycle (restart, a second process) posts nothing again.
    await h.restart()
    await h.svc.tick(MONDAY + timedelta(days=7, minutes=1))
    await h.svc.tick(MONDAY + timedelta(days=7, minutes=2))
    assert len(_recaps(h)) == 1


async def test_monthly_recap_and_the_group_setting(harness: Harness) -> None:
    h = harness
    await _week(h)
    # Tuesday 1 December: the month's first post brings November's recap.
    await _day(h, MONDAY + timedelta(days=7), {"ann": True})  # the weekly one
    await _day(h, MONDAY + timedelta(days=8), {})
    titles = [r.title for r in _recaps(h)]
    assert titles == ["지난주 돌아보기 (11-23 ~ 11-29)", "지난달 돌아보기 (2026-11)"]
    shown = await h.cmd("settings", "recap off", at=MONDAY + timedelta(days=9))
    assert "주간·월간 돌아보기 꺼짐" in shown.text
    for d in range(9, 16):
        await _day(h, MONDAY + timedelta(days=d), {"ann": True})
    assert len(_recaps(h)) == 2  # no recap of the week of 30 Nov
    await h.cmd("settings", "language en", at=MONDAY + timedelta(days=16))
    await h.cmd("settings", "recap on", at=MONDAY + timedelta(days=16))
    await _day(h, MONDAY + timedelta(days=21), {})
    last = h.outbox.posts[-2][1]
    assert last.title == "Last week (12-07 – 12-13)"
    assert last.text == "Members who answered: 1 · questions: 2 · answers: 2 · right: 100%"


def test_due_spans() -> None:
    from datetime import date

    week, month = due_spans(date(2026, 12, 1))
    assert (week.first, week.last) == (date(2026, 11, 23), date(2026, 11, 29))
    assert (month.first, month.last) == (date(2026, 11, 1), date(2026, 11, 30))
    week, month = due_spans(date(2026, 1, 7))
    assert (week.first, week.last) == (date(2025, 12, 29), date(2026, 1, 4))
    assert (month.first, month.last) == (date(2025, 12, 1), date(2025, 12, 31))
