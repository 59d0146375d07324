"""Problem reports (issue 12): a reason is asked for; a question leaves only the
reporting group's rotation, at once when its admin retires it, else when
`report_threshold` distinct members reported it; other groups never notice."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from core_fakes import SHELL_ROOM, Harness, make_questions, utc

from bot.core.types import GroupRef, Member, Platform, ProblemReport, Reply, ReplyKind

T0 = utc(2026, 11, 26, 3, 0)
OTHER_ROOM = GroupRef(platform=Platform.SHELL, channel_id="other-room")


async def report(h: Harness, qid: str, user: str, reason: str = "두 보기가 같아요",
                 group: GroupRef = SHELL_ROOM) -> Reply:  # fmt: skip
    member = Member(user_id=user, display_name=user.title())
    return await h.svc.report_problem(
        ProblemReport(question_id=qid, group=group, member=member, at=T0, reason=reason)
    )


async def retired_for(h: Harness, group: GroupRef) -> frozenset[str]:
    assert h.store is not None
    settings = await h.store.ensure_group(group, h.svc._defaults)
    return await h.store.retired_for_group(settings.id)


async def test_a_report_without_a_reason_is_refused(harness: Harness) -> None:
    for blank in ("", "   ", "\n"):
        reply = await report(harness, "q00", "ann", reason=blank)
        assert reply.kind is ReplyKind.ERROR and "적어 주세요" in reply.text
    assert harness.store is not None
    assert await harness.store.db.fetchall("SELECT id FROM problem_reports") == []


async def test_three_members_retire_a_question_for_their_group_only(harness: Harness) -> None:
    h = harness
    assert "1/3" in (await report(h, "q00", "ann")).text
    assert "2/3" in (await report(h, "q00", "bob")).text
    assert "q00" not in await retired_for(h, SHELL_ROOM)
    third = await report(h, "q00", "cat")
    assert "3명이 신고해서" in third.text
    assert "q00" in await retired_for(h, SHELL_ROOM)
    assert "q00" not in await retired_for(h, OTHER_ROOM)
    assert h.store is not None and await h.store.retired_questions() == frozenset()
    # A fourth member is thanked; nothing more to retire.
    assert "이미 이 그룹의 매일 문제에서 빠졌어요" in (await report(h, "q00", "dan")).text


async def test_the_same_member_counts_once_and_their_text_is_quoted(harness: Harness) -> None:
    h = harness
    await report(h, "q00", "ann", "보기 2와 3이 같아요")
    again = await report(h, "q00", "ann", "다시 말하지만\n정말 같아요")
    assert again.kind is ReplyKind.ERROR
    assert "> 다시 말하지만\n> 정말 같아요" in again.text
    await report(h, "q00", "bob")
    assert "q00" not in await retired_for(h, SHELL_ROOM)  # 2 members, not 3


async def test_reports_in_other_groups_do_not_add_up(harness: Harness) -> None:
    h = harness
    await report(h, "q00", "ann")
    await report(h, "q00", "bob")
    await report(h, "q00", "cat", group=OTHER_ROOM)
    assert "q00" not in await retired_for(h, SHELL_ROOM)
    assert "q00" not in await retired_for(h, OTHER_ROOM)


async def test_admins_list_open_reports_and_retire_at_once(harness: Harness) -> None:
    h = harness
    await report(h, "q00", "ann", "S3 내구성은 11개의 9")
    await report(h, "q01", "bob", "오타")
    listed = await h.cmd("reports", at=T0)
    assert listed.title == "문제 신고" and listed.ephemeral
    assert "> S3 내구성은 11개의 9" in listed.text and "> 오타" in listed.text
    assert [(a.command, a.args) for a in listed.actions] == [
        ("reports", "keep q00"), ("reports", "retire q00"),
        ("reports", "keep q01"), ("reports", "retire q01"),
    ]
    retired = await h.cmd("reports", "retire q00", at=T0)
    assert retired.kind is ReplyKind.TEXT and "뺐어요" in retired.text and "1건" in retired.text
    assert "q00" in await retired_for(h, SHELL_ROOM)
    assert "q00" not in await retired_for(h, OTHER_ROOM)
    kept = await h.cmd("reports", "keep q01", at=T0)
    assert "유지해요" in kept.text
    assert "q01" not in await retired_for(h, SHELL_ROOM)
    assert "처리할 문제 신고가 없어요" in (await h.cmd("reports", at=T0)).text


async def test_keep_closes_reports_and_later_ones_count_afresh(harness: Harness) -> None:
    h = harness
    await report(h, "q00", "ann")
    await report(h, "q00", "bob")
    await h.cmd("reports", "keep q00", at=T0)
    assert "1/3" in (await report(h, "q00", "cat")).text
    await report(h, "q00", "dan")
    assert "q00" not in await retired_for(h, SHELL_ROOM)
    await report(h, "q00", "eve")
    assert "q00" in await retired_for(h, SHELL_ROOM)


async def test_members_cannot_decide_and_bad_arguments_get_usage(harness: Harness) -> None:
    h = harness
    await report(h, "q00", "ann")
    refused = await h.cmd("reports", "retire q00", user="ann", admin=False, at=T0)
    assert refused.kind is ReplyKind.ERROR and "관리자" in refused.text
    assert "q00" not in await retired_for(h, SHELL_ROOM)
    for args in ("delete q00", "retire", "keep a b"):
        assert "사용법" in (await h.cmd("reports", args, at=T0)).text
    unknown = await h.cmd("reports", "retire nosuch", at=T0)
    assert unknown.kind is ReplyKind.ERROR and "`nosuch`" in unknown.text


async def test_the_threshold_is_a_group_setting(harness: Harness) -> None:
    h = harness
    saved = await h.cmd("settings", "reports 1", at=T0)
    assert "신고 1건이면" in saved.text
    assert "신고해서" in (await report(h, "q00", "ann")).text
    assert "q00" in await retired_for(h, SHELL_ROOM)
    for bad in ("reports 0", "reports 51", "reports many"):
        assert (await h.cmd("settings", bad, at=T0)).kind is ReplyKind.ERROR


async def test_a_report_on_a_question_no_longer_in_the_notes_quotes_the_text(
    harness: Harness,
) -> None:
    reply = await report(harness, "gone-question", "ann", "보기가 틀렸어요")
    assert reply.kind is ReplyKind.ERROR and "노트에 없어서" in reply.text
    assert "> 보기가 틀렸어요" in reply.text


async def test_group_retirement_steers_daily_and_practice(db_target: Path | str) -> None:
    gone, twin = (replace(q, concept="C-shared") for q in make_questions(1, 2))
    h = Harness(db_target, [gone, twin])
    await h.start()
    try:
        await h.cmd("reports", f"retire {gone.id}", at=T0)
        await h.cmd("schedule", "09:00 UTC", at=T0)
        await h.cmd("schedule", "09:00 UTC", at=T0, group=OTHER_ROOM)
        for day in range(4):
            await h.svc.tick(T0 + timedelta(days=day, hours=6))
        mine = [h.question(r).id for r in h.outbox.questions("room")]
        theirs = {h.question(r).id for r in h.outbox.questions("other-room")}
        assert mine == [twin.id] * 4 and theirs == {gone.id, twin.id}
        # Practice in the group serves the concept's live question; elsewhere both.
        for day in range(4):
            at = T0 + timedelta(days=10 + day)
            quiz = await h.cmd("quiz", user="ann", admin=False, at=at)
            assert quiz.question is not None and quiz.question.question_id == twin.id
    finally:
        await h.close()
