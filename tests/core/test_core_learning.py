"""Issue 7 through the real service on a real SQLite file: spaced repetition,
due-first practice, retirement, reminders, the admin report, weak-spot picks."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from core_fakes import SHELL_ROOM, FakeQuestion, Harness, make_questions, utc

from bot.core.records import GroupDefaults
from bot.core.types import AnswerKind, GroupRef, Member, Platform, ProblemReport, ReplyKind
from bot.learning.flags import REASON_STATISTICS
from bot.learning.pace import Pace

T0 = utc(2026, 3, 2, 8, 0)  # a Monday, 08:00 UTC
SHELL = Platform.SHELL.value
ANN = Member(user_id="ann", display_name="Ann")


async def practise(h: Harness, user: str, at: datetime, *, right: bool) -> FakeQuestion:
    """`quiz`, then answer it half a minute later (not fast: Good, never Easy)."""
    reply = await h.cmd("quiz", user=user, admin=False, at=at)
    q = h.question(reply)
    choice = q.answer if right else (q.answer + 1) % len(q.choices)
    await h.click(q.id, choice, user=user, at=at + timedelta(seconds=30), kind=AnswerKind.PRACTICE)
    return q


async def answer(h: Harness, q: FakeQuestion, user: str, at: datetime, *, right: bool) -> None:
    choice = q.answer if right else (q.answer + 1) % len(q.choices)
    await h.click(q.id, choice, user=user, at=at, kind=AnswerKind.PRACTICE)


async def test_fsrs_round_trip_through_the_store(harness: Harness) -> None:
    h = harness
    q = h.questions[0]
    await answer(h, q, "ann", T0, right=True)
    await answer(h, q, "bob", T0, right=False)
    assert h.store is not None
    found = await h.store.db.fetchall(
        "SELECT m.user_id, c.reps FROM cards c JOIN members m ON m.id = c.member_id"
        " WHERE c.concept = ?",
        (q.concept,),
    )
    rows = {r["user_id"]: r["reps"] for r in found}
    assert rows == {"ann": 1, "bob": 1}
    await h.restart()  # the cards live in the database, not in the process
    assert h.store is not None
    ann = await h.store.card(SHELL, "ann", q.concept)
    bob = await h.store.card(SHELL, "bob", q.concept)
    assert ann is not None and bob is not None
    assert T0 < bob.due <= T0 + timedelta(days=1)  # wrong: back tomorrow, no minute steps
    assert ann.due > bob.due and ann.due >= T0 + timedelta(days=2)
    await answer(h, q, "bob", T0 + timedelta(days=1), right=True)
    again = await h.store.card(SHELL, "bob", q.concept)
    assert again is not None and again.reps == 2 and again.due > bob.due


async def test_a_repeated_daily_click_reviews_once(harness: Harness) -> None:
    h = harness
    await h.cmd("schedule", "09:00 UTC", at=T0)
    await h.cmd("post-now", at=T0)
    post = h.outbox.questions()[-1]
    assert post.question is not None
    q = h.question(post)
    for minute in (1, 2):
        await h.click(
            post.question.answer_ref, q.answer, user="ann", at=T0 + timedelta(minutes=minute)
        )
    assert h.store is not None
    card = await h.store.card(SHELL, "ann", q.concept)
    assert card is not None and card.reps == 1


async def test_practice_serves_due_concepts_first(harness: Harness) -> None:
    h = harness
    missed = await practise(h, "ann", T0, right=False)  # due again in a day
    known = await practise(h, "ann", T0 + timedelta(minutes=5), right=True)  # due in days
    assert known.id != missed.id
    later = T0 + timedelta(days=1, hours=2)
    # Four questions were never practised; the old picker served those first.
    nxt = h.question(await h.cmd("quiz", user="ann", admin=False, at=later))
    assert nxt.concept == missed.concept
    # Right after the miss, new material came from the weakest section: the missed one's.
    assert known.section == missed.section
    await h.click(nxt.id, nxt.answer, user="ann", at=later, kind=AnswerKind.PRACTICE)
    fresh = h.question(await h.cmd("quiz", user="ann", admin=False, at=later))
    assert fresh.id not in {missed.id, known.id}


async def test_statistics_flag_a_question_and_never_retire_it(harness: Harness) -> None:
    h = harness
    q = h.questions[0]
    assert h.store is not None
    lure = (q.answer + 1) % len(q.choices)
    # One weak member missing it again and again proves nothing: answers from
    # the same member count once.
    for day in range(25):
        await answer(h, q, "weak", T0 + timedelta(days=day), right=False)
    assert await h.store.statistics_flags() == []
    # 19 distinct members, the lure far ahead: still under 20 answerers.
    for i in range(4):
        await answer(h, q, f"r{i}", T0, right=True)
    for i in range(14):
        await h.click(q.id, lure, user=f"w{i}", at=T0, kind=AnswerKind.PRACTICE)
    assert await h.store.statistics_flags() == []
    await h.click(q.id, lure, user="w14", at=T0, kind=AnswerKind.PRACTICE)
    [flag] = await h.store.statistics_flags()
    assert flag.id == q.id and flag.reason == REASON_STATISTICS and not flag.retired
    assert flag.detail == (
        f"choice {lure + 1} was the first answer of 16 of 20 members, the right one of 4"
    )
    # Flagged for people, never retired: it stays in the rotation.
    assert q.id not in await h.store.retired_questions()
    assert await h.store.flagged_questions() == []
    # The group's admins see it in `report`, with where it comes from.
    shown = await h.cmd("report", at=T0)
    assert "답 통계로 표시된 문제 1개" in shown.text and f"{q.id} ({q.section} >" in shown.text


async def test_a_hard_question_without_a_clear_margin_is_not_flagged(harness: Harness) -> None:
    h = harness
    q = h.questions[1]
    assert h.store is not None
    wrong = [(q.answer + k) % len(q.choices) for k in (1, 2, 3)]
    # 30 members: the most popular distractor 11, the right answer 8: hard, not miskeyed.
    choices = [q.answer] * 8 + [wrong[0]] * 11 + [wrong[1]] * 6 + [wrong[2]] * 5
    for i, choice in enumerate(choices):
        await h.click(q.id, choice, user=f"m{i}", at=T0, kind=AnswerKind.PRACTICE)
    assert await h.store.statistics_flags() == []
    assert q.id not in await h.store.retired_questions()


async def test_a_question_retired_for_the_group_leaves_its_daily_rotation(
    db_target: Path | str,
) -> None:
    h = Harness(db_target, make_questions(sections=1, per_section=2))
    await h.start()
    try:
        reported, kept = h.questions
        reply = await h.svc.report_problem(
            ProblemReport(question_id=reported.id, group=SHELL_ROOM, member=ANN, at=T0,
                          reason="두 보기가 같아요")
        )  # fmt: skip
        assert reply.kind is ReplyKind.TEXT
        assert (await h.cmd("reports", f"retire {reported.id}", at=T0)).kind is ReplyKind.TEXT
        assert h.store is not None
        assert await h.store.retired_questions() == frozenset()  # the deck keeps it
        await h.cmd("schedule", "09:00 UTC", at=T0)
        for day in range(3):  # a cycle of one question: it comes back, the other never
            await h.svc.tick(T0 + timedelta(days=day, hours=1))
        asked = [h.question(r).id for r in h.outbox.questions()]
        assert asked == [kept.id] * 3
        # Everything retired: a post still goes out (and the log says why).
        await h.cmd("reports", f"retire {kept.id}", at=T0)
        await h.svc.tick(T0 + timedelta(days=3, hours=1))
        assert len(h.outbox.questions()) == 4
    finally:
        await h.close()


async def test_reminders_go_to_opted_in_members_with_items_due(harness: Harness) -> None:
    h = harness
    other = GroupRef(platform=Platform.SHELL, channel_id="elsewhere")
    for user in ("ann", "bob", "dan"):
        reply = await h.cmd("remind", "on", user=user, admin=False, at=T0)
        assert reply.kind is ReplyKind.TEXT and "켰어요" in reply.text
    await practise(h, "ann", T0, right=False)  # due tomorrow
    await practise(h, "bob", T0, right=True)  # due in a few days
    await practise(h, "cat", T0, right=False)  # due tomorrow, never opted in
    dan_q = h.questions[0]  # due tomorrow, but dan studies in another group
    await h.click(dan_q.id, (dan_q.answer + 1) % 4, user="dan", at=T0, kind=AnswerKind.PRACTICE,
                  group=other)  # fmt: skip
    await h.cmd("schedule", "09:00 UTC", at=T0)
    await h.svc.tick(T0 + timedelta(days=1, hours=1))
    assert [(g, who) for g, who, _ in h.outbox.directs] == [(SHELL_ROOM, "ann")]
    dm = h.outbox.directs[0][2]
    assert "복습할 항목이 1개" in dm.text and "/quiz" in dm.text
    status = await h.cmd("remind", user="ann", admin=False, at=T0 + timedelta(days=1, hours=1))
    assert "켜짐" in status.text and "1개" in status.text
    await h.cmd("remind", "off", user="ann", admin=False, at=T0)
    await h.svc.tick(T0 + timedelta(days=2, hours=1))
    # ann opted out; bob's right answer fell due after two days; cat never opted in.
    assert [who for _, who, _ in h.outbox.directs] == ["ann", "bob"]
    bad = await h.cmd("remind", "sometimes", user="ann", admin=False, at=T0)
    assert bad.kind is ReplyKind.ERROR and "remind on" in bad.text


async def test_report_numbers_table_and_chart(harness: Harness) -> None:
    h = harness
    q = {x.id: x for x in h.questions}
    empty = await h.cmd("report", at=T0)
    assert "아직 답한 기록이 없어요" in empty.text and empty.image_path is None
    await answer(h, q["q00"], "ann", T0, right=True)
    await answer(h, q["q01"], "ann", T0, right=False)
    await answer(h, q["q10"], "bob", T0, right=True)
    await answer(h, q["q11"], "bob", T0, right=True)
    refused = await h.cmd("report", user="ann", admin=False, at=T0)
    assert refused.kind is ReplyKind.ERROR
    reply = await h.cmd("report", at=T0)
    assert reply.kind is ReplyKind.REPORT
    lines = reply.text.splitlines()
    assert lines[0] == "```" and lines[-1] == "```"
    # Asked sections worst first; never asked ones summarised apart, in Korean.
    assert lines[1:-1] == [
        "정답률  맞힘/푼   단원",
        " 50%     1/2  S0",
        "100%     2/2  S1",
        "전체 75% (3/4), 나온 단원 2/3개",
        "아직 안 나온 단원 1개: S2",
    ]
    assert reply.image_path is not None
    chart = h.charts / "group1-2026-03-02.png"
    assert reply.image_path == str(chart)
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Two answers in a section say nothing yet: /stats names no weak section.
    stats = await h.cmd("stats", user="ann", admin=False, at=T0)
    assert all(f.name != "약한 단원" for f in stats.fields)


async def test_report_says_how_much_harder_the_daily_questions_were(harness: Harness) -> None:
    h = harness
    q = {x.id: x for x in h.questions}
    await h.cmd("schedule", "09:00 UTC", at=T0)
    for i in range(6):  # the group misses S0's questions, gets S1 and S2 right
        for qid in ("q00", "q01"):
            await answer(h, q[qid], f"m{i}", T0, right=False)
        for qid in ("q10", "q11", "q20", "q21"):
            await answer(h, q[qid], f"m{i}", T0, right=True)
    before = await h.cmd("report", at=T0)
    assert "오늘의 문제" not in before.text  # nothing asked as the daily question yet
    await h.svc.tick(T0 + timedelta(hours=1))
    reply = await h.cmd("report", at=T0 + timedelta(hours=2))
    [line] = [x for x in reply.text.splitlines() if x.startswith("오늘의 문제")]
    asked = h.question(h.outbox.questions()[-1])
    assert line.startswith("오늘의 문제 (켜짐): 출제된 1문제의 그룹 오답률 평균")
    picked, average = (int(n) for n in re.findall(r"(\d+)%", line)[:2])
    assert (picked > average) == (asked.section == "S0")
    await h.cmd("settings", "language en", at=T0)
    english = await h.cmd("report", at=T0 + timedelta(hours=2))
    assert "Daily question (weak spots on): the 1 asked average" in english.text


async def test_settings_weak_and_weak_spot_picks(harness: Harness) -> None:
    h = harness
    shown = await h.cmd("settings", "weak off", at=T0)
    assert "약한 개념 우선 꺼짐" in shown.text
    assert h.store is not None
    settings = await h.store.ensure_group(SHELL_ROOM, GroupDefaults())
    assert settings.favour_weak is False
    # One concept the group always misses, the others it always gets right.
    weak, *rest = h.questions
    for i in range(4):  # four misses: under the five answers that would retire it
        await answer(h, weak, f"m{i}", T0, right=False)
    for i in range(8):
        for q in rest:
            await answer(h, q, f"m{i}", T0, right=True)
    learner = h.svc._runner.learner

    async def count(favour: bool) -> int:
        group = replace(settings, favour_weak=favour)
        days = [date(2026, 3, 1) + timedelta(days=d) for d in range(80)]
        picks = [await learner.pick_daily(group, on, frozenset(), h.svc.content) for on in days]
        return sum(1 for p in picks if p is not None and p.id == weak.id)

    assert await count(True) > await count(False) + 8
    on = await h.cmd("settings", "weak on", at=T0)
    assert "약한 개념 우선 켜짐" in on.text


async def test_settings_new_sets_the_daily_budget_of_new_concepts(harness: Harness) -> None:
    h = harness
    known = h.questions[:3]
    for q in known:
        await answer(h, q, "ann", T0, right=True)
    later = T0 + timedelta(days=30)  # all three due again; three concepts never seen
    first = h.question(await h.cmd("quiz", user="ann", admin=False, at=later))
    assert first.id in {q.id for q in known}  # default budget 0: the reviews first
    nxt = h.question(await h.cmd("quiz", user="bob2", admin=False, at=T0))
    assert nxt is not None  # nothing due for a newcomer: new material all the same
    shown = await h.cmd("settings", "new 2", at=T0)
    assert "연습 새 개념 하루 2개" in shown.text
    await h.restart()  # the setting is stored
    again = h.question(await h.cmd("quiz", user="ann", admin=False, at=later))
    assert again.id not in {q.id for q in known}  # budget 2: a new concept beside them
    bad = await h.cmd("settings", "new 99", at=T0)
    assert bad.kind is ReplyKind.ERROR


async def test_a_member_who_forgets_fast_is_asked_again_sooner(harness: Harness) -> None:
    """Issue 18 (retention): each member's pace of forgetting is learnt from their
    own answers and shortens their intervals; another member's stay as FSRS says."""
    h = harness
    assert h.store is not None
    probe, *others = h.questions
    for q in h.questions:
        for user in ("ann", "bob"):
            await answer(h, q, user, T0, right=True)
    await h.restart()  # (a question answered again unshown is "already answered")
    assert h.store is not None
    for q in others:  # bob misses where FSRS expects 90 % recall; ann recalls
        for user in ("ann", "bob"):
            card = await h.store.card(SHELL, user, q.concept)
            assert card is not None
            await answer(h, q, user, card.due, right=user == "ann")
    await h.restart()
    assert h.store is not None
    later = T0 + timedelta(days=3)
    due = {}
    for user in ("ann", "bob"):
        await answer(h, probe, user, later, right=True)
        card = await h.store.card(SHELL, user, probe.concept)
        assert card is not None
        due[user] = card.due
    assert later + timedelta(days=1) <= due["bob"] < due["ann"]
    rows = await h.store.db.fetchall(
        "SELECT user_id, pace_fit FROM members WHERE user_id IN ('ann', 'bob')"
    )
    paces = {r["user_id"]: Pace.from_text(r["pace_fit"]).factor for r in rows}
    assert paces["bob"] < 0.5 <= 1.0 <= paces["ann"]
