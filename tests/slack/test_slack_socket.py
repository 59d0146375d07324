"""Socket Mode: the real slack_sdk SocketModeClient against a local websocket
that sends `hello` and envelopes, checking the acks that come back."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from conftest import make_settings
from manual_clock import ManualClock
from slack_fake_api import RecordingApi
from slack_fakes import FakeSlack, action_payload, command_body

from bot.adapters.slack import SlackAdapter, SlackConfigError
from bot.adapters.slack.install import SlackMode


@pytest.fixture
async def socket_bot(
    tmp_path: Path, fake_slack: FakeSlack
) -> AsyncIterator[tuple[SlackAdapter, RecordingApi]]:
    api = RecordingApi()
    adapter = SlackAdapter(
        make_settings(tmp_path, "socket"), api, base_url=fake_slack.base_url, clock=ManualClock()
    )
    assert adapter.mode is SlackMode.SOCKET
    await adapter.start()
    try:
        yield adapter, api
    finally:
        await adapter.close()


def acked(fake: FakeSlack, envelope_id: str) -> bool:
    return any(a.get("envelope_id") == envelope_id for a in fake.acks)


async def test_connects_with_app_token_and_gets_hello(
    socket_bot: Any, fake_slack: FakeSlack
) -> None:
    await fake_slack.wait_for(lambda: fake_slack.hellos_sent == 1)
    [opened] = fake_slack.of("apps.connections.open")
    assert opened.token == "xapp-socket"


async def test_slash_command_envelope_is_acked_then_answered(
    socket_bot: Any, fake_slack: FakeSlack
) -> None:
    _, api = socket_bot
    payload = command_body("top month", response_url=fake_slack.hook_url())
    await fake_slack.send_envelope("slash_commands", payload, "env-1")
    await fake_slack.wait_for(lambda: acked(fake_slack, "env-1"))
    # ack() with nothing: the envelope ack carries no payload of ours
    ack = next(a for a in fake_slack.acks if a["envelope_id"] == "env-1")
    assert "payload" not in ack or not ack["payload"]
    await fake_slack.wait_for(lambda: fake_slack.hooks)
    assert (api.commands[0].name, api.commands[0].args) == ("leaderboard", "month")
    assert fake_slack.hooks[0][1]["response_type"] == "in_channel"
    # single-workspace authorisation used the bot token
    assert {c.token for c in fake_slack.of("auth.test")} == {"xoxb-socket"}


async def test_button_envelope_is_acked_and_becomes_a_click(
    socket_bot: Any, fake_slack: FakeSlack
) -> None:
    _, api = socket_bot
    payload = action_payload("sb:ans:d:7:1", "1", response_url=fake_slack.hook_url())
    await fake_slack.send_envelope("interactive", payload, "env-2")
    await fake_slack.wait_for(lambda: acked(fake_slack, "env-2") and fake_slack.hooks)
    assert (api.clicks[0].ref, api.clicks[0].choice) == ("7", 1)
    assert fake_slack.hooks[0][1]["response_type"] == "ephemeral"


async def test_home_event_envelope_publishes_view(socket_bot: Any, fake_slack: FakeSlack) -> None:
    await fake_slack.send_envelope(
        "slash_commands", command_body("me", response_url=fake_slack.hook_url()), "env-0"
    )
    await fake_slack.wait_for(lambda: fake_slack.hooks)
    event = {
        "type": "event_callback",
        "team_id": "T1",
        "api_app_id": "A1",
        "event_id": "Ev2",
        "event_time": 1700000000,
        "event": {
            "type": "app_home_opened",
            "user": "U9",
            "channel": "D9",
            "tab": "home",
            "event_ts": "1700000000.2",
        },
    }
    await fake_slack.send_envelope("events_api", event, "env-3")
    await fake_slack.wait_for(lambda: acked(fake_slack, "env-3") and fake_slack.of("views.publish"))
    [call] = fake_slack.of("views.publish")
    assert call.params["user_id"] == "U9" and call.token == "xoxb-socket"
    assert "streak 2" in json.dumps(call.params["view"])


async def test_messages_tab_open_does_not_publish(socket_bot: Any, fake_slack: FakeSlack) -> None:
    def opened(user: str, tab: str, n: int) -> dict[str, Any]:
        return {
            "type": "event_callback",
            "team_id": "T1",
            "api_app_id": "A1",
            "event_id": f"Ev{n}",
            "event_time": 1700000000,
            "event": {
                "type": "app_home_opened",
                "user": user,
                "channel": "D9",
                "tab": tab,
                "event_ts": f"1700000000.{n}",
            },
        }

    await fake_slack.send_envelope("events_api", opened("U8", "messages", 4), "env-4")
    await fake_slack.send_envelope("events_api", opened("U9", "home", 5), "env-5")
    await fake_slack.wait_for(lambda: acked(fake_slack, "env-4") and fake_slack.of("views.publish"))
    assert [c.params["user_id"] for c in fake_slack.of("views.publish")] == ["U9"]
    # no study channel seen yet in this workspace: a hint, and the core is not asked
    _, api = socket_bot
    assert api.homes == []
    assert "/study help" in json.dumps(fake_slack.of("views.publish")[0].params["view"])


@pytest.mark.parametrize(
    ("method", "setting"),
    [("auth.test", "SLACK_BOT_TOKEN"), ("apps.connections.open", "SLACK_APP_TOKEN")],
)
async def test_refused_token_fails_start_with_the_setting_named(
    tmp_path: Path, fake_slack: FakeSlack, method: str, setting: str
) -> None:
    fake_slack.errors[method] = "invalid_auth"
    adapter = SlackAdapter(
        make_settings(tmp_path, "socket"),
        RecordingApi(),
        base_url=fake_slack.base_url,
        clock=ManualClock(),
    )
    with pytest.raises(SlackConfigError, match=f"{setting}: invalid_auth") as raised:
        await adapter.start()
    assert "xoxb-socket" not in str(raised.value) and "xapp-socket" not in str(raised.value)
    await adapter.close()
    assert fake_slack.hellos_sent == 0


async def test_reconnects_after_slack_closes_the_socket(
    socket_bot: Any, fake_slack: FakeSlack
) -> None:
    _, api = socket_bot
    await fake_slack.wait_for(lambda: fake_slack.hellos_sent == 1)
    await fake_slack.drop_connection()
    await fake_slack.wait_for(lambda: fake_slack.hellos_sent == 2, seconds=10)
    assert len(fake_slack.of("apps.connections.open")) == 2  # a fresh URL for the new socket
    payload = command_body("help", response_url=fake_slack.hook_url())
    await fake_slack.send_envelope("slash_commands", payload, "env-9")
    await fake_slack.wait_for(lambda: acked(fake_slack, "env-9") and fake_slack.hooks)
    assert api.commands[-1].name == "help"
