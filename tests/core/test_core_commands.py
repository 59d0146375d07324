"""Commands: permissions, argument checking, hostile input, languages."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from core_fakes import SHELL_ROOM, Harness, utc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.commands import parse_schedule
from bot.core.types import AnswerKind, GroupRef, Member, Platform, ProblemReport, ReplyKind

AT = utc(2026, 11, 26, 3, 0)


@pytest.mark.parametrize("name", ["schedule", "pause", "resume", "post-now", "settings"])
async def test_admin_commands_refuse_members(harness: Harness, name: str) -> None:
    reply = await harness.cmd(name, "09:00", user="ann", admin=False, at=AT)
    assert reply.kind is ReplyKind.ERROR and "관리자" in reply.text
    assert harness.outbox.posts == [] and harness.listener.changes == []
    assert await harness.svc.schedules() == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("25:00", "`25:00`는 올바른 시각이 아니에요"),
        ("9:60", "올바른 시각이 아니에요"),
        ("noon", "올바른 시각이 아니에요"),
        ("09:00 Mars/Olympus", "`Mars/Olympus`는 알 수 없는 시간대예요"),
        ("09:00 Soeul", "혹시 Asia/Seoul?"),
        ("09:00 ../../etc/passwd", "알 수 없는 시간대"),
        ("09:00 Asia/Seoul nosuchdeck", "`nosuchdeck` 덱이 없어요"),
    ],
)
async def test_bad_schedule_input(harness: Harness, args: str, expected: str) -> None:
    reply = await harness.cmd("schedule", args, at=AT)
    assert reply.kind is ReplyKind.ERROR and expected in reply.text
    assert harness.listener.changes == []


async def test_schedule_variants_and_listener(harness: Harness) -> None:
    h = harness
    assert "아직 일정이 없어요" in (await h.cmd("schedule", at=AT)).text
    ok = await h.cmd("schedule", "7:05 UTC aws-saa-ko", at=AT)
    assert ok.kind is ReplyKind.TEXT and "07:05 (UTC)" in ok.text and not ok.ephemeral
    [change] = h.listener.changes
    assert change.group == SHELL_ROOM and change.timezone == "UTC" and change.post_time.minute == 5
    shown = await h.cmd("schedule", at=AT)
    assert "07:05" in shown.text
    # A channel argument configures that channel's group (<#id> as Discord/Slack
    # send it) once the adapter resolved it in the caller's space (the target).
    study = GroupRef(platform=Platform.SHELL, channel_id="C0123ABC", space_id="")
    args = "08:00 <#C0123ABC|study> America/New_York"
    other = await h.cmd("schedule", args, at=AT, target=study)
    assert "#C0123ABC" in other.text
    assert h.listener.changes[-1].group == GroupRef(
        platform=Platform.SHELL, channel_id="C0123ABC", space_id=""
    )
    assert {s.group.channel_id for s in await h.svc.schedules()} == {"room", "C0123ABC"}


def test_parse_schedule_orders() -> None:
    parsed = parse_schedule("06:30 #general Europe/Berlin", ["d"])
    assert not isinstance(parsed, type(None))
    assert getattr(parsed, "timezone", None) == "Europe/Berlin"
    assert getattr(parsed, "channel_id", None) == "general"


async def test_unknown_and_overlong_input(harness: Harness) -> None:
    unknown = await harness.cmd("dance", at=AT)
    assert unknown.kind is ReplyKind.HELP and "`dance`" in unknown.text
    long = await harness.cmd("lookup", "x" * 10_000, at=AT)
    assert long.kind is ReplyKind.ERROR and "너무 길어요" in long.text
    hostile = await harness.cmd("lookup", "{0} {name} `rm -rf` \x00 \u202e", at=AT)
    assert hostile.kind is ReplyKind.LOOKUP
    bad_period = await harness.cmd("leaderboard", "yearly", at=AT)
    assert bad_period.kind is ReplyKind.ERROR


async def test_lookup_topics_help_and_completion(harness: Harness) -> None:
    hit = await harness.cmd("lookup", "NAT", at=AT)
    assert hit.fields[0].name == "VPC > NAT Gateway"
    miss = await harness.cmd("lookup", "zzz gw", at=AT)
    assert "NAT Gateway" in miss.text  # hit list empty -> suggestion
    assert (await harness.cmd("lookup", "   ", at=AT)).kind is ReplyKind.ERROR
    topics = await harness.cmd("topics", at=AT)
    assert "S0 (2)" in topics.text
    member_help = await harness.cmd("help", admin=False, at=AT)
    assert "schedule" not in member_help.text and "lookup" in member_help.text
    assert "schedule" in (await harness.cmd("help", at=AT)).text
    assert await harness.svc.complete_topics(SHELL_ROOM, "na") == ["NAT Gateway", "NACL"]


async def test_english(harness: Harness) -> None:
    en = await harness.cmd("schedule", "25:00", at=AT, locale="en-US")
    assert en.text.startswith("`25:00` is not a valid time")
    # What the channel sees stays in the group's language (ko by default).
    public = await harness.cmd("leaderboard", at=AT, locale="en-US")
    assert public.title == "이번 주 순위" and not public.ephemeral
    await harness.cmd("settings", "language en", at=AT)
    board = await harness.cmd("leaderboard", at=AT)
    assert board.title == "This week" and board.text == "No scores yet."


async def test_problem_reports(harness: Harness) -> None:
    """A report needs a reason, is stored once per member, and one report
    retires nothing (issue 12: tests/core/test_core_reports.py has the rules)."""
    member = Member(user_id="ann", display_name="Ann")
    bare = ProblemReport(question_id="q00", group=SHELL_ROOM, member=member, at=AT)
    assert (await harness.svc.report_problem(bare)).kind is ReplyKind.ERROR
    report = ProblemReport(question_id="q00", group=SHELL_ROOM, member=member, at=AT, reason="typo")
    first = await harness.svc.report_problem(report)
    second = await harness.svc.report_problem(report)
    assert "고마워요" in first.text and "1/3" in first.text
    assert "이미" in second.text and "> typo" in second.text  # not added, but quoted back
    assert harness.store is not None
    row = await harness.store.db.fetchone("SELECT reason FROM problem_reports")
    assert row is not None and row["reason"] == "typo"
    assert await harness.store.retired_questions() == frozenset()


async def test_home_combines_stats_and_week(harness: Harness) -> None:
    await harness.cmd("post-now", at=AT)
    post = harness.outbox.questions()[0]
    assert post.question is not None
    await harness.click(post.question.answer_ref, 0, user="ann", at=AT + timedelta(minutes=1))
    home = await harness.svc.home(SHELL_ROOM, Member(user_id="ann", display_name="Ann"), AT)
    assert home.kind is ReplyKind.STATS
    assert any(f.name == "이번 주 순위" and "Ann" in f.value for f in home.fields)


async def test_answers_with_bad_refs(harness: Harness) -> None:
    for ref in ["", "abc", "999999", "-1", "1" * 400, "１２", "0"]:
        reply = await harness.click(ref, 0, user="ann", at=AT)
        assert reply.kind is ReplyKind.ERROR and "찾을 수 없어요" in reply.text
    await harness.cmd("post-now", at=AT)
    post = harness.outbox.questions()[0]
    assert post.question is not None
    for choice in (-1, 4, 99):
        reply = await harness.click(post.question.answer_ref, choice, user="ann", at=AT)
        assert reply.kind is ReplyKind.ERROR


_NAMES = st.sampled_from(
    ["lookup", "quiz", "leaderboard", "stats", "topics", "help", "schedule", "settings", "pause"]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_NAMES, args=st.text(max_size=400), locale=st.sampled_from([None, "en", "ko", "x"]))
async def test_any_text_never_raises(
    db_target: Path | str, name: str, args: str, locale: str | None
) -> None:
    h = Harness(db_target)
    await h.start()
    try:
        reply = await h.cmd(name, args, at=AT, locale=locale, admin=True)
    finally:
        await h.close()  # an open aiosqlite thread would keep pytest from exiting
    assert reply.kind is not None and "Traceback" not in reply.text
    assert reply.text not in {
        "문제가 생겼어요. 잠시 뒤 다시 해 주세요.",
        "Something went wrong. Please try again in a moment.",
    }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    ref=st.text(max_size=60),
    choice=st.integers(min_value=-(2**40), max_value=2**40),
    kind=st.sampled_from(list(AnswerKind)),
    reason=st.text(max_size=2000),
)
async def test_any_click_or_report_never_raises(
    db_target: Path | str, ref: str, choice: int, kind: AnswerKind, reason: str
) -> None:
    h = Harness(db_target)
    await h.start()
    try:
        reply = await h.click(ref, choice, user="ann", at=AT, kind=kind)
        member = Member(user_id="ann")
        report = ProblemReport(
            question_id=ref, group=SHELL_ROOM, member=member, at=AT, reason=reason
        )
        reported = await h.svc.report_problem(report)
    finally:
        await h.close()
    generic = {"문제가 생겼어요. 잠시 뒤 다시 해 주세요."}
    assert reply.kind in {ReplyKind.ERROR, ReplyKind.ANSWER_FEEDBACK} and reply.text not in generic
    assert reported.text not in generic


async def test_nul_characters_are_stored_on_every_engine(harness: Harness) -> None:
    """PostgreSQL text cannot hold NUL (SQLite's can): the core cleans it at entry."""
    nul_room = GroupRef(platform=Platform.SHELL, channel_id="ro\x00om", space_id="s\x00")
    reply = await harness.cmd("quiz", user="a\x00n", at=AT, group=nul_room)
    assert reply.kind is ReplyKind.QUESTION and reply.question is not None
    q = harness.question(reply)
    fed = await harness.click(
        reply.question.answer_ref, q.answer, user="a\x00n", at=AT, kind=AnswerKind.PRACTICE,
        group=nul_room,
    )  # fmt: skip
    assert fed.kind is ReplyKind.ANSWER_FEEDBACK
    member = Member(user_id="a\x00n", display_name="A\x00n")
    report = ProblemReport(question_id=q.id, group=nul_room, member=member, at=AT, reason="x\x00")
    assert (await harness.svc.report_problem(report)).kind is not ReplyKind.ERROR
    stats = await harness.cmd("stats", user="a\x00n", at=AT, group=nul_room)
    assert "1" in " ".join(f.value for f in stats.fields)
