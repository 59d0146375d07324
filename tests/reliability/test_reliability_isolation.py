"""Nothing from one group's data reaches another group's replies.

Group A (members with distinctive names, all answering right) and two other
groups: B on the same platform, and C with A's very channel id on another
platform. A member who belongs to A and B must see only B's figures in B.
Every reply shown in B and C (commands, answer feedback, posts, reveals) is
checked for A's names and scores.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from reliability_support import SLOT, open_app, reply_text

from bot.adapters.shell_clock import ShellClock
from bot.app import App
from bot.core.types import (
    AnswerClick,
    AnswerKind,
    Command,
    GroupRef,
    Member,
    Platform,
    Reply,
    ReplyKind,
)

A = GroupRef(platform=Platform.SHELL, channel_id="alpha-room", space_id="local")
B = GroupRef(platform=Platform.SHELL, channel_id="beta-room", space_id="local")
C = GroupRef(platform=Platform.DISCORD, channel_id="alpha-room", space_id="guild")
ADMIN = Member(user_id="boss", display_name="Boss", is_admin=True, locale="en")
A_NAMES = [f"Zanzibar Quokka {i}" for i in range(6)]
SHARED = Member(user_id="both", display_name="Middle Person", locale="en")
A_MARKS = re.compile(r"Zanzibar|Quokka|zq\d|\b60 pts\b|\b70 pts\b")


async def _say(app: App, group: GroupRef, member: Member, name: str, args: str = "") -> Reply:
    return await app.service.handle(
        Command(name=name, args=args, group=group, member=member, at=app.scheduler.clock())
    )


async def _answer(app: App, group: GroupRef, member: Member, ref: str, choice: int) -> Reply:
    return await app.service.answer(
        AnswerClick(
            kind=AnswerKind.DAILY,
            ref=ref,
            choice=choice,
            group=group,
            member=member,
            at=app.scheduler.clock(),
        )
    )


async def test_no_group_sees_another_groups_members_or_scores(db_target: Path | str) -> None:
    clock = ShellClock(SLOT)
    app, outbox = await open_app(db_target, clock)
    shown: dict[str, list[Reply]] = {"B": [], "C": []}
    try:
        await app.start()
        for group in (A, B, C):
            await _say(app, group, ADMIN, "settings", "language en")
        a_members = [
            Member(user_id=f"zq{i}", display_name=name, locale="en")
            for i, name in enumerate(A_NAMES)
        ]
        for day in range(7):  # a week of A members answering right: 60-70 pts each
            clock.set(SLOT + timedelta(days=day))
            views = {}
            for key, group in (("A", A), ("B", B), ("C", C)):
                await _say(app, group, ADMIN, "post-now")
                question = [r for g, r in outbox.posts if g == group][-1].question
                assert question is not None
                views[key] = question
            right = {k: app.content.bank.get(v.question_id) for k, v in views.items()}
            for member in [*a_members, SHARED]:
                q = right["A"]
                assert q is not None
                await _answer(app, A, member, views["A"].answer_ref, q.answer)
            qb = right["B"]
            assert qb is not None
            wrong = (qb.answer + 1) % len(qb.choices)
            shown["B"].append(await _answer(app, B, SHARED, views["B"].answer_ref, wrong))
            # A click on A's post sent from B (a forged or stale button) finds nothing.
            stray = await _answer(app, B, SHARED, views["A"].answer_ref, 0)
            assert stray.kind is ReplyKind.ERROR
            shown["B"].append(stray)
            shown["C"].append(await _answer(app, C, a_members[0], views["A"].answer_ref, 0))
        clock.set(SLOT + timedelta(days=8))
        await app.scheduler.tick_now()  # reveals of the last day's posts
        for key, group in (("B", B), ("C", C)):
            for member in (SHARED, ADMIN, a_members[1]):
                for name, args in (
                    ("leaderboard", "week"),
                    ("leaderboard", "month"),
                    ("leaderboard", "all"),
                    ("stats", ""),
                    ("topics", ""),
                    ("help", ""),
                    ("quiz", ""),
                    ("lookup", "NAT"),
                    ("settings", ""),
                ):
                    reply = await _say(app, group, member, name, args)
                    if member is a_members[1]:  # asking in B or C, they see their own name
                        reply = replace(reply, title=reply.title.replace(A_NAMES[1], "(me)"))
                    shown[key].append(reply)
            shown[key].extend(outbox.said_to(group))
        a_board = reply_text(await _say(app, A, ADMIN, "leaderboard", "all"))
        shared_in_b = reply_text(await _say(app, B, SHARED, "stats"))
    finally:
        await app.close()

    # The data is there (the check below could fail) ...
    assert "Zanzibar Quokka" in a_board and "70 pts" in a_board
    # ... and none of it leaks.
    for key, replies in shown.items():
        assert len(replies) > 30
        for reply in replies:
            text = reply_text(reply)
            assert A_MARKS.search(text) is None, f"group {key} was shown A's data:\n{text}"
    # The member in A and B: in B, only B's seven (wrong) answers count.
    assert "Answered\n7" in shared_in_b and "Accuracy\n0%" in shared_in_b, shared_in_b
    b_reveals = [r for r in shown["B"] if r.kind is ReplyKind.REVEAL]
    assert b_reveals and all("0 of 1 right" in r.text for r in b_reveals)
