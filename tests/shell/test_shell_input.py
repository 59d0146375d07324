"""Bad input gets a short line, never a traceback; scripted sessions read like
transcripts and stop at /quit or at the end of input."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from shell_harness import Opener

from bot.adapters.shell import shell_group
from bot.adapters.shell_clock import ClockRangeError, parse_moment, parse_span
from bot.core.types import Command, Member


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/answer 1", "No question to answer yet"),
        ("/flag wrong", "No question to flag yet"),
        ("/clock yesterday", "Usage: /clock"),
        ("/clock 2026-03-02T09:00 Mars/Base", "Usage: /clock"),
        ("/clock 2026-01-01T00:00Z", "The clock only moves forward"),
        ("/advance -1d", "Usage: /advance"),
        ("/advance 1 fortnight", "Usage: /advance"),
        ("/as", "Usage: /as NAME"),
        ("/as two words", "Usage: /as NAME"),
        ("/channel", "Usage: /channel NAME"),
        ("/schedule 25:00", "is not a valid time"),
        ("/schedule 09:00 Mars/Base", "is not a time zone I know"),
        ("/leaderboard decade", "The period is one of week, month, all"),
        ("/lookup", "Tell me what to look up"),
        ("/frobnicate now", "Unknown command /frobnicate. Type /help"),
        ("/", "No such command. Type /help"),
        ("/\x1b[2J  ", "Unknown command"),
        ("/quiz " + "x" * 5000, "too long"),
    ],
)
async def test_bad_input_gets_a_short_answer(opened: Opener, line: str, expected: str) -> None:
    t = await opened("2026-03-02T08:00Z")
    await t.say("/settings language en")
    out = await t.say(line)
    assert expected in out
    assert "Traceback" not in out and len(out.splitlines()) <= 12


async def test_answer_needs_a_choice_on_screen(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00Z")
    await t.say("/settings language en")
    await t.say("/quiz")
    count = len(t.latest_question().choices)
    for bad in ("0", str(count + 1), "x", "", "1 2"):
        out = await t.say(f"/answer {bad}")
        assert f"choice number from 1 to {count}" in out
    assert "Right!" in await t.say(f"answer {t.right_choice()}")  # the slash is optional


async def test_members_are_not_admins_unless_they_started_the_shell(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00Z")
    await t.say("/settings language en")
    await t.say("/as dana")
    assert "Only admins can use this command" in await t.say("/post-now")
    assert "(admin)" in await t.say("/as alice")
    assert "Today's question is posted" in await t.say("/post-now")


async def _lines(*lines: str) -> AsyncIterator[str]:
    for line in lines:
        yield line + "\n"


async def test_scripted_session_echoes_and_stops_at_quit(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00Z")
    assert t.session is not None
    mark = len(t.lines)
    await t.session.run(
        _lines("/settings language en", "", "# a comment", "/as bob", "/quit", "/as carol"),
        interactive=False,
    )
    out = t.text_since(mark)
    assert "alice@#local> /settings language en\n(only you can see this)\nSettings saved." in out
    assert "alice@#local> # a comment\nalice@#local> /as bob\n* now acting as bob" in out
    assert out.rstrip().endswith("bob@#local> /quit")
    assert "carol" not in out
    assert t.session.user.name == "bob"


def test_clock_and_span_parsing() -> None:
    assert parse_moment("2026-03-08T09:00Z") == parse_moment("2026-03-08 09:00 UTC")
    # DST starts at 02:00 that morning: 09:00 is EDT (UTC-4); the day before, EST.
    assert parse_moment("2026-03-08T09:00 America/New_York") == parse_moment("2026-03-08T13:00Z")
    assert parse_moment("2026-03-07 09:00 America/New_York") == parse_moment("2026-03-07T14:00Z")
    assert parse_moment("2026-03-08T09:00-05:00 America/New_York") is None
    assert parse_moment("") is None and parse_moment("tomorrow") is None
    span = parse_span("1d2h30m")
    assert span is not None and span.total_seconds() == 95400
    assert parse_span("2h 1d") is not None
    for bad in ("", "0m", "-1d", "1y", "d", "1d-2h"):
        assert parse_span(bad) is None, bad


@pytest.mark.parametrize(
    "text", ["9999-12-31T23:59Z", "0001-01-01T00:00+05:00", "9999-12-31T23:59 Asia/Seoul",
             "1969-12-31T23:59Z", "9998-01-01T00:01Z"],
)
def test_times_the_clock_cannot_show_are_out_of_range(text: str) -> None:
    with pytest.raises(ClockRangeError):
        parse_moment(text)


@pytest.mark.parametrize("text", ["3661d", "99999d", "99999999999999d", "999999999999h"])
def test_spans_longer_than_one_move_are_out_of_range(text: str) -> None:
    with pytest.raises(ClockRangeError):
        parse_span(text)


@pytest.mark.parametrize(
    "line",
    ["/clock 9999-12-31T23:59Z", "/clock 0001-01-01T00:00+05:00", "/clock 2040-01-01T00:00Z",
     "/advance 4000d", "/advance 99999999999999d"],
)
async def test_impossible_clock_values_get_the_clock_range(opened: Opener, line: str) -> None:
    t = await opened("2026-03-02T08:00Z")
    await t.say("/settings language en")
    out = await t.say(line)
    assert "out of the clock's range" in out and "up to 2036-03-09" in out
    assert "Something went wrong" not in out and "Traceback" not in out
    assert "2026-03-02" in await t.say("/clock")  # the clock did not move


async def test_the_clock_stops_short_of_the_last_year(opened: Opener) -> None:
    t = await opened("9997-12-01T00:00Z")
    await t.say("/settings language en")
    assert "up to 9998-01-01" in await t.say("/advance 60d")
    assert "clock -> 9997-12-31" in await t.say("/advance 30d")


async def test_a_post_while_the_prompt_waits_redraws_the_prompt(
    opened: Opener, capsys: pytest.CaptureFixture[str]
) -> None:
    t = await opened("2026-03-02T08:00Z")
    assert t.session is not None and t.app is not None
    app = t.app

    async def typing() -> AsyncIterator[str]:
        # While the prompt waits, the scheduler posts the daily question.
        await app.service.handle(
            Command(
                name="post-now",
                args="",
                group=shell_group("local"),
                member=Member(user_id="alice", is_admin=True),
                at=t.clock(),
            )
        )
        yield "/quit\n"

    mark = len(t.lines)
    await t.session.run(typing(), interactive=True)
    printed = t.text_since(mark).splitlines()
    assert printed[0] == "" and printed[1].startswith("[#local] 봇이 올림")
    # The prompt: drawn before reading, drawn again after the unprompted post.
    assert capsys.readouterr().out.count("alice@#local> ") == 2


async def test_an_answer_after_the_database_file_was_deleted_is_refused(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00Z")
    await t.say("/settings language en")
    assert "Today's question is posted" in await t.say("/post-now")
    for name in ("bot.db", "bot.db-wal", "bot.db-shm"):
        (t.db.parent / name).unlink(missing_ok=True)
    out = await t.say(f"/answer {t.right_choice()}")
    assert "Not saved: the bot cannot write to its database" in out
    assert "Right!" not in out and "Something went wrong" not in out
