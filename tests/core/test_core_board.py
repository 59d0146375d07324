"""The board (issue 17): current streaks on it, tie-breaks, last week's top on
an empty Monday; through the service on a real SQLite file."""

from __future__ import annotations

from datetime import datetime, timedelta

from core_fakes import SHELL_ROOM, Harness, utc

from bot.core.types import ReplyKind

MONDAY = utc(2026, 11, 2, 0, 0)  # 09:00 in Seoul


async def _day(h: Harness, at: datetime, answers: dict[str, tuple[bool, int]]) -> None:
    """Post the day's question at `at`; each member answers (right?, seconds later)."""
    await h.svc.tick(at)
    post = h.outbox.questions(SHELL_ROOM.channel_id)[-1]
    assert post.question is not None
    q = h.question(post)
    for user, (right, seconds) in answers.items():
        choice = q.answer if right else (q.answer + 1) % len(q.choices)
        await h.click(
            post.question.answer_ref, choice, user=user, at=at + timedelta(seconds=seconds)
        )


async def test_ties_go_to_fewer_wrong_then_faster_and_streaks_show(harness: Harness) -> None:
    h = harness
    await h.cmd("schedule", "09:00 Asia/Seoul", at=utc(2026, 11, 1))
    # ann and bob: 2 right, 0 wrong, bob faster; cid: 2 right and 1 wrong (the
    # any-answer rule still counts his days); dan and eve: identical times.
    await _day(h, MONDAY, {"ann": (True, 300), "bob": (True, 60), "cid": (True, 10),
                           "dan": (True, 120), "eve": (True, 120)})  # fmt: skip
    await _day(h, MONDAY + timedelta(days=1), {"ann": (True, 300), "bob": (True, 60),
                                               "cid": (False, 5), "dan": (True, 120),
                                               "eve": (True, 120)})  # fmt: skip
    await _day(h, MONDAY + timedelta(days=2), {"cid": (True, 10)})
    board = await h.cmd("leaderboard", "week", at=MONDAY + timedelta(days=2, hours=1))
    assert board.kind is ReplyKind.LEADERBOARD
    # All on 20 points: cid's wrong answer puts him last despite his speed; among
    # the others the faster average right answer leads; dan and eve share a rank.
    assert board.text.splitlines() == [
        "1. Bob — 20점 (2/2) · 🔥 2일 연속",
        "2. Dan — 20점 (2/2) · 🔥 2일 연속",
        "2. Eve — 20점 (2/2) · 🔥 2일 연속",
        "4. Ann — 20점 (2/2) · 🔥 2일 연속",
        "5. Cid — 20점 (2/3) · 🔥 3일 연속",
    ]
    # Wednesday's post was still open: nobody lost a streak. Thursday's post
    # closes it: ann, bob, dan, eve missed it, and the week's freeze covers it.
    await _day(h, MONDAY + timedelta(days=3), {"ann": (False, 30)})
    board = await h.cmd("leaderboard", "week", at=MONDAY + timedelta(days=3, hours=1))
    lines = board.text.splitlines()
    assert "1. Bob — 20점 (2/2) · 🔥 2일 연속" in lines
    # ann and cid: 20 points, one wrong each; cid was faster to his right answers.
    assert lines[-2:] == ["4. Cid — 20점 (2/3) · 🔥 3일 연속", "5. Ann — 20점 (2/3) · 🔥 3일 연속"]
    # Friday: bob missed Thursday too, the second miss of the week: no streak left.
    await _day(h, MONDAY + timedelta(days=4), {})
    board = await h.cmd("leaderboard", "week", at=MONDAY + timedelta(days=4, hours=1))
    assert "1. Bob — 20점 (2/2)" in board.text.splitlines()


async def test_tie_breaks_are_in_help(harness: Harness) -> None:
    ko = await harness.cmd("help", at=MONDAY)
    assert "점수가 같으면 오답이 적은 사람" in ko.text
    en = await harness.cmd("help", at=MONDAY, locale="en-US")
    assert "equal points go to fewer wrong answers" in en.text


async def test_empty_monday_board_shows_last_week(harness: Harness) -> None:
    h = harness
    await h.cmd("schedule", "09:00 Asia/Seoul", at=utc(2026, 11, 1))
    await _day(h, MONDAY + timedelta(days=4), {"ann": (True, 30), "bob": (False, 30)})
    next_monday = MONDAY + timedelta(days=7, hours=1)
    board = await h.cmd("leaderboard", at=next_monday)
    assert board.text.splitlines() == [
        "이번 주 기록은 아직 없어요.",
        "지난주 순위:",
        "1. Ann — 10점 (1/1)",
        "2. Bob — 0점 (0/1)",
    ]
    month = await h.cmd("leaderboard", "month", at=utc(2026, 12, 1, 1))
    assert month.text == "아직 기록이 없어요."
