"""`/study deck upload` through the real Bolt app: a modal with a file input,
the file fetched from the fake Web API (loopback) with the bot token, the
preview as an ephemeral message; bad files refused, nothing changed."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import install_team, make_settings
from decks.deck_samples import REFUSALS, bad_uploads, vault_zip
from manual_clock import ManualClock
from slack_fakes import FakeSlack, action_form
from test_slack_study_flow import Bot, shown, small_bank

from bot.adapters.slack import SlackAdapter
from bot.app import Content, build_app
from bot.core.types import Platform


@pytest.fixture
async def bot(tmp_path: Path, fake_slack: FakeSlack) -> AsyncIterator[Bot]:
    settings = make_settings(tmp_path, "http-oauth")
    install_team(settings)
    fake_slack.users = {"UADMIN": {"is_admin": True}, "U1": {}}
    clock = ManualClock(datetime(2026, 3, 2, 0, 30, tzinfo=UTC))
    app = await build_app(settings, clock=clock, content=Content(bank=small_bank()))
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


def submission(view: dict[str, Any], file_id: str, user: str = "UADMIN") -> dict[str, Any]:
    """What Slack sends when the form is submitted with one file."""
    return {
        "type": "view_submission",
        "team": {"id": "T1", "domain": "t"},
        "user": {"id": user, "username": user.lower(), "team_id": "T1"},
        "api_app_id": "A1",
        "trigger_id": "4.5.6",
        "view": {
            **view,
            "id": "V1",
            "state": {
                "values": {
                    "deck_file": {
                        "file": {"type": "file_input", "files": [{"id": file_id, "name": "x"}]}
                    }
                }
            },
        },
    }


async def upload(bot: Bot, name: str, body: bytes, *, size: int | None = None) -> str:
    """Open the form with `/study deck upload`, submit it with the file; return
    the ephemeral message the admin gets."""
    fake = bot.fake
    opened = len(fake.of("views.open"))
    assert await bot.post(_slash("deck upload", "UADMIN", fake)) == 200
    await fake.wait_for(lambda: len(fake.of("views.open")) > opened)
    view = fake.of("views.open")[-1].params["view"]
    assert view["blocks"][0]["element"]["type"] == "file_input"
    file_id = f"F{len(fake.files) + 1}"
    fake.files[file_id] = (name, body)
    if size is not None:
        fake.file_sizes[file_id] = size
    before = len(fake.of("chat.postEphemeral"))
    assert await bot.post(action_form(submission(view, file_id))) == 200
    await fake.wait_for(lambda: len(fake.of("chat.postEphemeral")) > before, seconds=60)
    sent = fake.of("chat.postEphemeral")[-1].params
    assert sent["user"] == "UADMIN" and sent["channel"] == "C1"
    blocks = sent.get("blocks")
    return json.dumps(blocks, ensure_ascii=False) if blocks else str(sent.get("text"))


def _slash(text: str, user: str, fake: FakeSlack) -> str:
    from slack_fakes import command_body, form

    return form(command_body(text, user=user, response_url=fake.hook_url()))


async def test_upload_through_the_form_then_confirm(bot: Bot) -> None:
    preview = await upload(bot, "vault.zip", vault_zip())
    assert "Read the deck `vault` (version 1): 1 files, 2 sections" in preview
    assert "Nothing has changed yet" in preview
    [(file_id, auth)] = bot.fake.downloads
    assert file_id == "F1"
    assert auth == "Bearer xoxb-T1"  # fetched from the fake with the bot token
    assert "now studies the deck `vault`" in shown(await bot.slash("deck confirm", "UADMIN"))
    assert "Virtual Private Cloud" in shown(await bot.slash("topics"))


@pytest.mark.parametrize("case", sorted(REFUSALS))
async def test_bad_files_are_refused_and_change_nothing(bot: Bot, case: str) -> None:
    name, data = bad_uploads()[case]
    reply = await upload(bot, name, data)
    assert "Not read:" in reply and REFUSALS[case] in reply and "Nothing changed." in reply
    assert "There is no upload to confirm" in shown(await bot.slash("deck confirm", "UADMIN"))
    assert "Storage" in shown(await bot.slash("topics"))  # still the group's own deck


async def test_a_file_over_the_limit_is_not_downloaded(bot: Bot) -> None:
    reply = await upload(bot, "huge.zip", b"PK", size=6 * 1024 * 1024)
    assert "the file is too large (&gt; 5 MB)" in reply  # Slack mrkdwn escapes >
    assert bot.fake.downloads == []


async def test_members_get_no_form(bot: Bot) -> None:
    reply = await bot.slash("deck upload", "U1")
    assert "Only admins" in shown(reply)
    assert bot.fake.of("views.open") == []
