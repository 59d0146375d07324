"""Transcripts of the daily cycle through the shell adapter: several members,
double and late answers, restarts, catch-up. Real service, real SQLite file,
real APScheduler; the clock is the shell's simulated one.

A group that gets its first schedule may also get a catch-up post for the
slot before (its window is still open): assertions name the dates they expect
rather than assume nothing else was posted before the first full day."""

from __future__ import annotations

import re

from shell_harness import Opener

POSTED = re.compile(r"Question of the day \((\d{4}-\d\d-\d\d)\)")
REVEALED = re.compile(r"Answer \((\d{4}-\d\d-\d\d)\)")


async def test_a_day_for_three_members(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00 America/New_York")
    await t.say("/settings language en")
    out = await t.say("/schedule 09:00 America/New_York")
    assert "every day at 09:00 (America/New_York) in #local" in out

    out = await t.say("/advance 59m")
    assert "2026-03-02" not in POSTED.findall(out)  # 08:59: not yet
    out = await t.say("/advance 1m")
    assert POSTED.findall(out) == ["2026-03-02"]
    assert "Closes: 2026-03-03 09:00 (America/New_York)" in out
    message = re.findall(r"bot posted \((m\d+)\)", out)[-1]
    daily = t.latest_question()

    out = await t.say(f"/answer {t.right_choice()}")
    assert "Right!" in out
    await t.say("/as bob")
    out = await t.say(f"/answer {t.wrong_choice()}")
    assert "Not quite. The answer is" in out
    await t.say("/as carol")
    assert "Right!" in await t.say(f"/answer {t.right_choice()}")
    # A second click is not a second score.
    out = await t.say(f"/answer {t.wrong_choice()}")
    assert "You already answered" in out and "Only the first answer counts" in out

    board = await t.say("/leaderboard week")
    assert "This week" in board
    ranks = [line for line in board.splitlines() if re.match(r"\d+\. ", line)]
    assert len(ranks) == 3 and "bob" in ranks[-1] and "0 pts" in ranks[-1]
    assert all("10 pts (1/1)" in line for line in ranks[:2])

    # Practice in between counts for carol's stats, not for the board.
    await t.say("/quiz")
    await t.say(f"/answer {t.right_choice()}")
    assert board.split("\n", 1)[1] == (await t.say("/leaderboard")).split("\n", 1)[1]
    stats = await t.say("/stats")
    assert "carol's record" in stats and "Answered: 2" in stats and "Streak: 1 days" in stats

    # Next morning: yesterday's reveal (edits the post), then today's question.
    out = await t.say("/advance 1d")
    assert REVEALED.findall(out) == ["2026-03-02"] and POSTED.findall(out) == ["2026-03-03"]
    assert out.index("Answer (2026-03-02)") < out.index("Question of the day (2026-03-03)")
    assert f"bot updated {message}:\n  == Answer (2026-03-02)" in out
    assert "2 of 3 right (67%)" in out
    assert t.latest_question().answer_ref != daily.answer_ref


async def test_late_answers_are_refused_politely(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00 America/New_York")
    await t.script("""
        /settings language en
        /settings window 60
        /schedule 09:00 America/New_York
        /advance 1h
    """)
    await t.say("/advance 59m")
    assert "Right!" in await t.say(f"/answer {t.right_choice()}")
    await t.say("/as bob")
    await t.say("/advance 2m")  # 10:01: the hour-long window closed at 10:00
    out = await t.say(f"/answer {t.right_choice()}")
    assert "This question is closed" in out
    board = await t.say("/leaderboard")
    assert "alice" in board and "bob" not in board
    # The safety net reveals a closed window without waiting for the next post.
    assert "2026-03-02" in REVEALED.findall(t.transcript())


async def test_restart_between_post_and_reveal(opened: Opener) -> None:
    t = await opened("2026-03-02T08:30 America/New_York")
    await t.script("""
        /settings language en
        /schedule 09:00 America/New_York
        /advance 1h
    """)
    await t.say(f"/answer {t.right_choice()}")
    # The bot goes down at 09:30 and is back at 12:00, same day: nothing to post,
    # nothing to reveal, and the old message's buttons still work.
    boot = await t.restart("2026-03-02T12:00 America/New_York")
    assert POSTED.findall(boot) == [] and REVEALED.findall(boot) == []
    await t.say("/as bob")
    assert "Right!" in await t.say(f"/answer {t.right_choice()}")
    await t.say("/as alice")
    assert "You already answered" in await t.say("/answer 1")
    # Down again overnight; back after the next slot: reveal, then today's post.
    boot = await t.restart("2026-03-03T09:05 America/New_York")
    assert REVEALED.findall(boot) == ["2026-03-02"] and POSTED.findall(boot) == ["2026-03-03"]
    assert "2 of 2 right (100%)" in boot
    board = await t.say("/leaderboard")
    assert "alice" in board and "bob" in board


async def test_restart_past_post_time_catches_up_once(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00 America/New_York")
    await t.script("""
        /settings language en
        /schedule 09:00 America/New_York
    """)
    boot = await t.restart("2026-03-02T10:30 America/New_York")
    assert POSTED.findall(boot) == ["2026-03-02"]  # posted late: its window is open
    assert "Closes: 2026-03-03 09:00" in boot
    assert "Right!" in await t.say(f"/answer {t.right_choice()}")
    # Restarting again the same day does not post it a second time.
    boot = await t.restart("2026-03-02T11:00 America/New_York")
    assert POSTED.findall(boot) == []
    # Down for two whole days: the missed day's window closed, so it is not
    # posted late; yesterday's post is revealed and only today's goes out.
    boot = await t.restart("2026-03-04T09:30 America/New_York")
    assert REVEALED.findall(boot) == ["2026-03-02"] and POSTED.findall(boot) == ["2026-03-04"]
    out = await t.say("/post-now")
    assert "already posted" in out


async def test_paused_group_gets_no_post_until_resumed(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00 America/New_York")
    await t.script("""
        /settings language en
        /schedule 09:00 America/New_York
    """)
    assert "paused" in await t.say("/pause")
    assert POSTED.findall(await t.say("/advance 2h")) == []
    assert "resumed" in await t.say("/resume")
    # Resumed after today's slot: the window is still open, so today's goes out late.
    out = await t.say("/advance 1d")
    assert POSTED.findall(out) == ["2026-03-02", "2026-03-03"]
    assert "2026-03-02" not in POSTED.findall(t.transcript().split("/resume")[0])
