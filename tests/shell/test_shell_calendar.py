"""Transcripts across calendar edges: DST days in America/New_York, week and
month boundaries in the group's own zone, and groups that never mix."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from shell_harness import Opener, utc

from bot.adapters.shell import shell_group
from bot.core.types import AnswerClick, AnswerKind, Member

POSTED = re.compile(r"Question of the day \((\d{4}-\d\d-\d\d)\)")


async def test_fall_back_repeated_hour_posts_once(opened: Opener) -> None:
    t = await opened("2026-10-31T12:00 America/New_York")
    await t.script("""
        /settings language en
        /schedule 01:30 America/New_York
    """)
    # 01:30 happens twice on 1 November (EDT, then EST): the slot is the first.
    group = shell_group("local")
    assert await t.app.service.next_post_time(group, t.clock()) == utc("2026-11-01T05:30Z")
    out = await t.say("/clock 2026-11-01T05:45Z")  # 01:45 EDT, after the first 01:30
    assert "2026-11-01" in POSTED.findall(out)
    assert "Right!" in await t.say(f"/answer {t.right_choice()}")
    out = await t.say("/clock 2026-11-01T06:45Z")  # 01:45 EST, after the second 01:30
    assert POSTED.findall(out) == []
    assert "You already answered" in await t.say("/answer 1")
    out = await t.say("/advance 1d")
    assert POSTED.findall(out) == ["2026-11-02"]
    assert POSTED.findall(t.transcript()).count("2026-11-01") == 1


async def test_spring_forward_missing_time_posts_once_an_hour_later(opened: Opener) -> None:
    t = await opened("2026-03-07T12:00 America/New_York")
    await t.script("""
        /settings language en
        /schedule 02:30 America/New_York
    """)
    # 02:30 does not exist on 8 March 2026: clocks jump from 02:00 to 03:00.
    out = await t.say("/clock 2026-03-08T07:29Z")  # 03:29 EDT
    assert "2026-03-08" not in POSTED.findall(out)
    out = await t.say("/advance 1m")  # 03:30 EDT
    assert POSTED.findall(out) == ["2026-03-08"]
    assert "Closes: 2026-03-09 02:30 (America/New_York)" in out
    out = await t.say("/advance 1d")
    assert POSTED.findall(out) == ["2026-03-09"]
    assert POSTED.findall(t.transcript()).count("2026-03-08") == 1


async def test_week_and_month_follow_the_groups_zone(opened: Opener) -> None:
    # 21:00 in New York is already the next day in UTC: Saturday 28 February's
    # post goes out at 02:00 UTC on Sunday 1 March, and so on.
    t = await opened("2026-02-28T20:00 America/New_York")
    await t.script("""
        /settings language en
        /schedule 21:00 America/New_York
    """)
    for who, day in (("alice", "02-28"), ("bob", "03-01"), ("carol", "03-02")):
        out = await t.say(f"/clock 2026-{day}T21:05")
        assert POSTED.findall(out)[-1] == f"2026-{day}"
        await t.say(f"/as {who}")
        assert "Right!" in await t.say(f"/answer {t.right_choice()}")
        if who == "bob":
            # Sunday 22:00 local (Monday 03:00 UTC): still the week of 23 Feb here.
            await t.say("/clock 2026-03-01T22:00")
            week = await t.say("/leaderboard week")
            assert "alice" in week and "bob" in week
            month = await t.say("/leaderboard month")
            assert "bob" in month and "alice" not in month  # alice's was February's
    await t.say("/clock 2026-03-02T22:00")  # Monday: a new week, same month
    week = await t.say("/leaderboard week")
    assert "carol" in week and "alice" not in week and "bob" not in week
    month = await t.say("/leaderboard month")
    assert "bob" in month and "carol" in month and "alice" not in month
    everything = await t.say("/leaderboard all")
    assert all(name in everything for name in ("alice", "bob", "carol"))


async def test_two_groups_never_see_each_others_scores(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00 Asia/Seoul")
    await t.script("""
        /channel study-a
        /settings language en
        /schedule 09:00 Asia/Seoul
        /channel study-b
        /settings language en
        /schedule 09:00 Europe/Berlin
        /clock 2026-03-02T09:00 Asia/Seoul
    """)
    await t.say("/channel study-a")
    view_a = t.latest_question()
    await t.say("/as ann")
    assert "Right!" in await t.say(f"/answer {t.right_choice()}")
    out = await t.say("/clock 2026-03-02T09:00 Europe/Berlin")
    assert "[#study-b] bot posted" in out and "[#study-a]" not in out
    await t.say("/channel study-b")
    await t.say("/as ben")
    assert "Right!" in await t.say(f"/answer {t.right_choice()}")

    board_b = await t.say("/leaderboard all")
    assert "ben" in board_b and "ann" not in board_b
    await t.say("/channel study-a")
    board_a = await t.say("/leaderboard all")
    assert "ann" in board_a and "ben" not in board_a
    assert "ann" not in await t.say("/stats")  # ben's record here: nothing of ann's

    # A daily post of group A pressed from group B's channel is not found there.
    assert t.app is not None
    click = AnswerClick(
        kind=AnswerKind.DAILY,
        ref=view_a.answer_ref,
        choice=t.right_choice(view_a) - 1,
        group=shell_group("study-b"),
        member=Member(user_id="ben", display_name="ben"),
        at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    )
    reply = await t.app.service.answer(click)
    assert "can't find" in reply.text
    assert "ben" not in await t.say("/leaderboard all")
