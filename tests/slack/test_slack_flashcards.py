"""Flashcards on Slack: a "Show answer" button in the channel, the answer and
the self-grade buttons in an ephemeral reply, the grade stored as a review."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import install_team, make_settings
from manual_clock import ManualClock
from question_doubles import FakeQuestion
from slack_fakes import FakeSlack
from test_slack_study_flow import Bot, shown

from bot.adapters.slack import SlackAdapter
from bot.app import Content, build_app
from bot.core.bank import ListBank
from bot.core.types import Platform

CARDS = ListBank(
    FakeQuestion(
        id=f"f{i}", kind="flashcard", section="OS", topic="Locks", concept=f"card{i}",
        prompt=f"What is a deadlock? ({i})", choices=(), answer=-1, explanation="",
        back="Threads wait on each other forever",
    )
    for i in range(3)
)


@pytest.fixture
async def bot(tmp_path: Path, fake_slack: FakeSlack) -> AsyncIterator[Bot]:
    settings = make_settings(tmp_path, "http-oauth")
    install_team(settings)
    fake_slack.users = {"UADMIN": {"is_admin": True}, "U1": {}, "U2": {}}
    clock = ManualClock(datetime(2026, 3, 2, 0, 30, tzinfo=UTC))
    app = await build_app(settings, clock=clock, content=Content(bank=CARDS))
    adapter = SlackAdapter(
        settings, app.service, base_url=fake_slack.base_url, host="127.0.0.1", port=0, clock=clock
    )
    app.outboxes[Platform.SLACK] = adapter.outbox
    await app.start()
    await adapter.start()
    try:
        yield Bot(app=app, adapter=adapter, fake=fake_slack, clock=clock)
    finally:
        await adapter.close()
        await app.close()


def action_ids(blocks: object, kind: str) -> list[str]:
    return re.findall(rf'"action_id": "(sb:ans:{kind}:[^"]+)"', json.dumps(blocks))


async def test_daily_flashcard_show_and_grade(bot: Bot) -> None:
    await bot.slash("schedule 09:00 Asia/Seoul", user="UADMIN")
    await bot.slash("post-now", user="UADMIN")
    await bot.fake.wait_for(lambda: bot.fake.of("chat.postMessage"))
    [posted] = bot.fake.of("chat.postMessage")
    channel = json.dumps(posted.params["blocks"], ensure_ascii=False)
    assert "Show answer" in channel and "Threads wait" not in channel
    [show] = action_ids(posted.params["blocks"], "s")

    answer = await bot.click(show, user="U1")
    assert answer["response_type"] == "ephemeral"
    assert "Threads wait on each other forever" in shown(answer)
    knew, not_yet = action_ids(answer["blocks"], "g")
    assert "Knew it" in shown(answer) and "Not yet" in shown(answer)

    assert "Noted: you knew it." in shown(await bot.click(knew, user="U1"))
    assert "Already noted: Knew it" in shown(await bot.click(not_yet, user="U1"))
    await bot.click(show, user="U2")
    assert "Noted: not yet." in shown(await bot.click(not_yet, user="U2"))

    with sqlite3.connect(bot.app.settings.database) as conn:
        reviewed = conn.execute(
            "SELECT m.user_id, c.reps FROM cards c JOIN members m ON m.id = c.member_id"
            " ORDER BY m.user_id"
        ).fetchall()
    assert reviewed == [("U1", 1), ("U2", 1)]
