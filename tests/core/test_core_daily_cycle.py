"""The daily cycle through the real service and a real SQLite file."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from core_fakes import Harness, utc

from bot.core.types import GroupRef, Platform, ReplyKind

# Asia/Seoul is UTC+9: 09:00 KST == 00:00 UTC.
DAY1_POST = utc(2026, 11, 26, 0, 0)


async def _scheduled(h: Harness, args: str = "09:00 Asia/Seoul") -> None:
    reply = await h.cmd("schedule", args, at=DAY1_POST - timedelta(hours=1))
    assert reply.kind is ReplyKind.TEXT, reply


async def test_daily_cycle_several_users(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    await h.svc.tick(DAY1_POST)
    [post] = h.outbox.questions()
    assert post.question is not None and post.question.closes_at == DAY1_POST + timedelta(days=1)
    q = h.question(post)
    ref = post.question.answer_ref
    wrong = (q.answer + 1) % 4
    for user, choice in [("ann", q.answer), ("bob", q.answer), ("cid", wrong)]:
        fb = await h.click(ref, choice, user=user, at=DAY1_POST + timedelta(minutes=5))
        assert fb.kind is ReplyKind.ANSWER_FEEDBACK and fb.ephemeral
    # Next day's post closes and reveals the first one, editing its message.
    await h.svc.tick(DAY1_POST + timedelta(days=1))
    assert len(h.outbox.questions()) == 2
    [(_, message_ref, reveal)] = h.outbox.updates
    assert message_ref == "m1" and reveal.kind is ReplyKind.REVEAL
    assert "3명 중 2명 정답 (67%)" in reveal.text
    assert f"✅ {q.answer + 1}. {q.choices[q.answer]} — 2" in reveal.text
    assert f"{wrong + 1}. {q.choices[wrong]} — 1" in reveal.text
    assert any(f.value == "explained" for f in reveal.fields)
    board = await h.cmd("leaderboard", "all", at=DAY1_POST + timedelta(days=1))
    assert board.text.splitlines()[0].startswith("1. Ann — 10")
    assert "3. Cid — 0" in board.text


async def test_double_answer_counts_once(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    await h.svc.tick(DAY1_POST)
    post = h.outbox.questions()[0]
    assert post.question is not None
    q = h.question(post)
    first = await h.click(post.question.answer_ref, q.answer, user="ann", at=DAY1_POST)
    second = await h.click(post.question.answer_ref, q.answer, user="ann", at=DAY1_POST)
    third = await h.click(post.question.answer_ref, (q.answer + 1) % 4, user="ann", at=DAY1_POST)
    assert "정답" in first.text and "이미 답했어요" not in first.text
    assert "이미 답했어요" in second.text and "이미 답했어요" in third.text
    board = await h.cmd("leaderboard", "week", at=DAY1_POST)
    assert board.text == "1. Ann — 10점 (1/1) · 🔥 1일 연속"


async def test_late_answer_refused_and_reveals(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    await h.svc.tick(DAY1_POST)
    post = h.outbox.questions()[0]
    assert post.question is not None
    late = await h.click(post.question.answer_ref, 0, user="ann", at=DAY1_POST + timedelta(days=2))
    assert late.kind is ReplyKind.TEXT and "마감" in late.text
    assert len(h.outbox.updates) == 1  # the late click found the post unrevealed and revealed it
    again = await h.click(post.question.answer_ref, 0, user="bob", at=DAY1_POST + timedelta(days=2))
    assert "마감" in again.text and len(h.outbox.updates) == 1
    board = await h.cmd("leaderboard", "all", at=DAY1_POST)
    assert board.text == "아직 기록이 없어요."


async def test_restart_between_post_and_reveal(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    await h.svc.tick(DAY1_POST)
    post = h.outbox.questions()[0]
    assert post.question is not None
    q = h.question(post)
    await h.click(post.question.answer_ref, q.answer, user="ann", at=DAY1_POST)
    await h.restart()
    dup = await h.click(
        post.question.answer_ref, q.answer, user="ann", at=DAY1_POST + timedelta(hours=1)
    )
    assert "이미 답했어요" in dup.text
    await h.click(post.question.answer_ref, (q.answer + 1) % 4, user="bob", at=DAY1_POST)
    await h.restart()
    # Restart after the window closed: catch-up reveals (once) and posts today's question.
    now = DAY1_POST + timedelta(days=1, hours=2)
    await h.svc.tick(now)
    await h.svc.tick(now)
    [(_, ref, reveal)] = h.outbox.updates
    assert ref == "m1" and "2명 중 1명 정답 (50%)" in reveal.text
    assert len(h.outbox.questions()) == 2


async def test_catch_up_after_restart_past_post_time(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    await h.restart()  # the bot was down at 09:00
    await h.svc.tick(DAY1_POST + timedelta(hours=3))
    await h.svc.tick(DAY1_POST + timedelta(hours=4))
    await h.svc.tick(DAY1_POST + timedelta(hours=5))
    [post] = h.outbox.questions()
    assert post.title.endswith("(2026-11-26)")
    # Down from before 09:00 on the 27th to 08:00 on the 28th: the 27th's post
    # goes out late (its window lasts until the 28th's 09:00), the 26th's is revealed.
    await h.restart()
    await h.svc.tick(utc(2026, 11, 27, 23, 0))  # 08:00 KST on the 28th
    posts = h.outbox.questions()
    assert len(posts) == 2 and posts[1].title.endswith("(2026-11-27)")
    assert len(h.outbox.updates) == 1


async def test_catch_up_posts_yesterday_while_window_open(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    # 08:00 KST on the 27th: the 26th's 09:00 slot was missed, its window (until
    # the 27th's 09:00) is still open.
    await h.svc.tick(utc(2026, 11, 26, 23, 0))
    [post] = h.outbox.questions()
    assert post.title.endswith("(2026-11-26)")


async def test_catch_up_respects_answer_window(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    await h.cmd("settings", "window 60", at=DAY1_POST)
    await h.svc.tick(DAY1_POST + timedelta(minutes=90))
    assert h.outbox.questions() == []
    await h.svc.tick(DAY1_POST + timedelta(days=1, minutes=30))
    [post] = h.outbox.questions()
    assert post.question is not None
    assert post.question.closes_at == DAY1_POST + timedelta(days=1, minutes=60)


async def test_undelivered_post_is_resent(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    h.outbox.fail_posts = 1
    await h.svc.tick(DAY1_POST)
    assert h.outbox.questions() == []
    await h.svc.tick(DAY1_POST + timedelta(minutes=1))
    [post] = h.outbox.questions()
    await h.svc.tick(DAY1_POST + timedelta(minutes=2))
    assert len(h.outbox.questions()) == 1 and post.question is not None


async def test_no_repeats_until_exhausted_and_sections_spread(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    n = len(h.questions)
    for day in range(n + 2):
        await h.svc.tick(DAY1_POST + timedelta(days=day))
    ids = [r.question.question_id for r in h.outbox.questions() if r.question]
    assert len(ids) == n + 2
    assert len(set(ids[:n])) == n
    assert ids[n] == ids[0] and ids[n + 1] == ids[1]  # then least recent first
    sections = [i[1] for i in ids[:3]]
    assert len(set(sections)) == 3  # three days, three different sections


async def test_unscheduled_and_paused_groups_get_no_posts(harness: Harness) -> None:
    h = harness
    await h.svc.tick(DAY1_POST)
    assert h.outbox.questions() == [] and await h.svc.schedules() == []
    await _scheduled(h)
    await h.cmd("pause", at=DAY1_POST)
    [schedule] = await h.svc.schedules()
    assert schedule.paused and h.listener.changes[-1].paused
    await h.svc.tick(DAY1_POST)
    await h.svc.tick(DAY1_POST + timedelta(hours=1))
    assert h.outbox.questions() == []
    await h.cmd("resume", at=DAY1_POST)
    await h.svc.tick(DAY1_POST + timedelta(hours=1))
    assert len(h.outbox.questions()) == 1


async def test_post_now_once_per_local_date(harness: Harness) -> None:
    h = harness
    first = await h.cmd("post-now", at=DAY1_POST)
    second = await h.cmd("post-now", at=DAY1_POST + timedelta(hours=2))
    assert "올렸어요" in first.text and "이미 올라갔어요" in second.text
    assert len(h.outbox.questions()) == 1


async def test_dst_fall_back_posts_once_and_spring_forward_posts(harness: Harness) -> None:
    h = harness
    ny = GroupRef(platform=Platform.SHELL, channel_id="ny")
    await h.cmd("schedule", "01:30 America/New_York", at=utc(2026, 10, 1), group=ny)
    # 2026-11-01 01:30 happens twice in New York: 05:30 UTC (EDT) and 06:30 UTC (EST).
    await h.svc.tick(utc(2026, 11, 1, 5, 30))
    await h.svc.tick(utc(2026, 11, 1, 6, 30))
    assert len(h.outbox.questions("ny")) == 1
    # 2027-03-14 02:30 does not exist; the slot is 03:30 EDT (07:30 UTC).
    await h.cmd("schedule", "02:30 America/New_York", at=utc(2027, 3, 1), group=ny)
    await h.svc.tick(utc(2027, 3, 14, 7, 29))
    before = len(h.outbox.questions("ny"))
    assert h.outbox.questions("ny")[-1].title.endswith("(2027-03-13)")
    await h.svc.tick(utc(2027, 3, 14, 7, 30))
    await h.svc.tick(utc(2027, 3, 14, 8, 0))
    posts = h.outbox.questions("ny")
    assert len(posts) == before + 1 and posts[-1].title.endswith("(2027-03-14)")


async def test_bank_without_questions_replies_cleanly(db_target: Path | str) -> None:
    h = Harness(db_target, questions=[])
    await h.start()
    try:
        reply = await h.cmd("post-now", at=DAY1_POST)
        assert reply.kind is ReplyKind.ERROR
        assert (await h.cmd("quiz", at=DAY1_POST)).kind is ReplyKind.ERROR
    finally:
        await h.close()


async def test_concurrent_post_daily_posts_once(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    await asyncio.gather(*(h.svc.tick(DAY1_POST) for _ in range(5)))
    await asyncio.gather(h.svc.tick(DAY1_POST), h.cmd("post-now", at=DAY1_POST))
    assert len(h.outbox.questions()) == 1
    assert h.store is not None
    rows = await h.store.db.fetchall("SELECT COUNT(*) FROM daily_posts")
    assert rows[0][0] == 1


async def test_many_simultaneous_clicks_one_answer_each(harness: Harness) -> None:
    h = harness
    await _scheduled(h)
    await h.svc.tick(DAY1_POST)
    post = h.outbox.questions()[0]
    assert post.question is not None
    ref = post.question.answer_ref
    users = [f"u{i % 250}" for i in range(1000)]
    replies = await asyncio.gather(
        *(h.click(ref, i % 4, user=u, at=DAY1_POST) for i, u in enumerate(users))
    )
    firsts = [r for r in replies if "이미 답했어요" not in r.text]
    assert len(firsts) == 250 and all(r.kind is ReplyKind.ANSWER_FEEDBACK for r in replies)
    board = await h.cmd("leaderboard", "all", at=DAY1_POST)
    assert board.text.count("(1/1)") + board.text.count("(0/1)") == 10  # top 10 shown
    stats = await h.cmd("stats", user="u7", at=DAY1_POST)
    assert any(f.value == "1" for f in stats.fields)


async def test_fan_out_after_start_syncs_the_bank_once(harness: Harness) -> None:
    h = harness
    rooms = [GroupRef(platform=Platform.SHELL, channel_id=f"r{i}") for i in range(30)]
    for room in rooms:
        await h.cmd("schedule", "09:00 Asia/Seoul", at=DAY1_POST - timedelta(hours=1), group=room)
    await h.restart()
    assert h.store is not None
    calls = 0
    sync = h.store.sync_questions

    async def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        await sync(*args, **kwargs)

    h.store.sync_questions = counting  # type: ignore[method-assign]
    await h.svc.schedules()
    await asyncio.gather(*(h.svc.tick(DAY1_POST) for room in rooms))
    assert calls == 1
    # One post per room. (Not ids 1..30: PostgreSQL spends identity values on
    # inserts that lose to the unique key, so its ids are not dense.)
    refs = [r.question.answer_ref for r in h.outbox.questions() if r.question]
    assert len(refs) == len(set(refs)) == 30
    assert sorted(g.channel_id for g, _, _ in h.outbox.posts) == sorted(r.channel_id for r in rooms)


async def test_new_schedule_does_not_catch_up_slots_from_before_it(harness: Harness) -> None:
    h = harness
    # Set at 08:00 KST for 09:00: yesterday's 09:00 slot is still "open" until
    # today's, but it was never promised, so nothing goes out before 09:00.
    await _scheduled(h)
    await h.svc.tick(DAY1_POST - timedelta(minutes=30))
    assert h.outbox.questions() == []
    await h.svc.tick(DAY1_POST + timedelta(minutes=1))
    assert len(h.outbox.questions()) == 1


async def test_schedule_set_after_todays_slot_starts_tomorrow(harness: Harness) -> None:
    h = harness
    reply = await h.cmd("schedule", "09:00 Asia/Seoul", at=DAY1_POST + timedelta(hours=6))
    assert reply.kind is ReplyKind.TEXT, reply
    await h.svc.tick(DAY1_POST + timedelta(hours=6, minutes=1))
    assert h.outbox.questions() == []
    await h.svc.tick(DAY1_POST + timedelta(days=1, minutes=1))
    assert len(h.outbox.questions()) == 1
