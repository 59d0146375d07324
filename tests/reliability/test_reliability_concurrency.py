"""1,000 simultaneous clicks on one daily post, with duplicates, through the real
service and store: exactly one answer per member per post, and every member is
told the truth (one "counted" reply, the others "already answered" quoting the
answer that was kept)."""

from __future__ import annotations

import asyncio
import random
from collections import Counter, defaultdict
from pathlib import Path

from reliability_support import SLOT, open_app, query

from bot.adapters.shell_clock import ShellClock
from bot.core.types import AnswerClick, AnswerKind, Command, GroupRef, Member, Platform

ROOM = GroupRef(platform=Platform.DISCORD, channel_id="c-1", space_id="g-1")
ALREADY = "You already answered ("


async def test_a_thousand_simultaneous_clicks_count_once_per_member(
    db_target: Path | str,
) -> None:
    clock = ShellClock(SLOT)
    app, outbox = await open_app(db_target, clock)
    try:
        await app.start()
        admin = Member(user_id="admin", is_admin=True, locale="en")
        await app.service.handle(
            Command(name="post-now", args="", group=ROOM, member=admin, at=clock())
        )
        [(_, posted)] = outbox.posts
        assert posted.question is not None
        view = posted.question
        rng = random.Random(8)
        clicks: list[AnswerClick] = []
        for i in range(400):  # 200 members click three times, 200 twice: 1,000 clicks
            member = Member(user_id=f"u{i}", display_name=f"User {i}", locale="en")
            for _ in range(3 if i % 2 else 2):
                clicks.append(
                    AnswerClick(
                        kind=AnswerKind.DAILY,
                        ref=view.answer_ref,
                        choice=rng.randrange(len(view.choices)),
                        group=ROOM,
                        member=member,
                        at=clock(),
                    )
                )
        rng.shuffle(clicks)
        assert len(clicks) == 1000
        replies = await asyncio.gather(*(app.service.answer(c) for c in clicks))
    finally:
        await app.close()

    told: dict[str, list[str]] = defaultdict(list)
    counted: dict[str, int] = {}
    for click, reply in zip(clicks, replies, strict=True):
        told[click.member.user_id].append(reply.text)
        if not reply.text.startswith(ALREADY):
            assert reply.text.startswith(("Right!", "Not quite")), reply.text
            assert click.member.user_id not in counted, "two clicks of one member counted"
            counted[click.member.user_id] = click.choice
    assert len(counted) == 400

    rows = await query(
        db_target,
        "SELECT m.user_id, a.choice FROM answers a JOIN members m ON m.id = a.member_id"
        " WHERE a.post_id = ?",
        (int(view.answer_ref),),
    )
    [board] = await query(
        db_target, "SELECT SUM(answered), COUNT(*) FROM scores WHERE period = 'all'"
    )
    stored = {r[0]: r[1] for r in rows}
    assert len(rows) == 400 and stored == counted
    assert tuple(board) == (400, 400)  # the board counts each member once
    for user, texts in told.items():
        label = f"{stored[user] + 1}. {view.choices[stored[user]]}"
        for text in texts:
            if text.startswith(ALREADY):
                assert label in text, (user, text, label)
    assert Counter(len(texts) for texts in told.values()) == {2: 200, 3: 200}
