"""HTTP mode: signed requests into the real Bolt app behind its aiohttp server,
with the Web API and response_url faked on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from conftest import SIGNING_SECRET, install_team, make_settings
from manual_clock import ManualClock
from slack_fake_api import RecordingApi
from slack_fakes import FakeSlack, action_form, action_payload, command_body, form, sign

from bot.adapters.slack import SlackAdapter
from bot.adapters.slack.install import SlackMode
from bot.core.ports import DeliveryRefused
from bot.core.types import AnswerKind, GroupRef, Platform, Reply, ReplyKind


@pytest.fixture
async def http_bot(
    tmp_path: Path, fake_slack: FakeSlack
) -> AsyncIterator[tuple[SlackAdapter, RecordingApi]]:
    settings = make_settings(tmp_path, "http-oauth")
    install_team(settings)
    api = RecordingApi()
    adapter = SlackAdapter(
        settings, api, base_url=fake_slack.base_url, host="127.0.0.1", port=0, clock=ManualClock()
    )
    await adapter.start()
    try:
        yield adapter, api
    finally:
        await adapter.close()


async def post(
    adapter: SlackAdapter,
    body: str,
    headers: dict[str, str],
    content_type: str = "application/x-www-form-urlencoded",
) -> tuple[int, str]:
    url = f"http://127.0.0.1:{adapter.bound_port}/slack/events"
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            url, data=body.encode(), headers={**headers, "Content-Type": content_type}
        ) as response,
    ):
        return response.status, await response.text()


async def slash(adapter: SlackAdapter, fake: FakeSlack, text: str, **kw: Any) -> tuple[int, str]:
    body = form(command_body(text, response_url=fake.hook_url(), **kw))
    return await post(adapter, body, sign(SIGNING_SECRET, body))


async def test_http_mode_is_oauth_with_installation_store(http_bot: Any, tmp_path: Path) -> None:
    adapter, _ = http_bot
    assert adapter.mode is SlackMode.HTTP_OAUTH
    assert (tmp_path / "studybot-slack.db").exists()


async def test_signed_slash_command_reaches_core_and_answers_by_response_url(
    http_bot: Any, fake_slack: FakeSlack
) -> None:
    adapter, api = http_bot
    status, _ = await slash(adapter, fake_slack, "lookup NAT")
    assert status == 200
    await fake_slack.wait_for(lambda: fake_slack.hooks)
    [command] = api.commands
    assert (command.name, command.args) == ("lookup", "NAT")
    assert command.group.platform is Platform.SLACK
    assert (command.group.channel_id, command.group.space_id) == ("C1", "T1")
    assert command.member.user_id == "U1" and not command.member.is_admin
    _, message = fake_slack.hooks[0]
    assert message["response_type"] == "ephemeral"
    assert "help for lookup" in json.dumps(message["blocks"])
    # Authorised with the installed workspace's bot token.
    assert {c.token for c in fake_slack.of("auth.test")} == {"xoxb-T1"}


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ("top week", "leaderboard", "week"),
        ("me", "stats", ""),
        ("", "help", ""),
        ("  QUIZ  ", "quiz", ""),
        ("frobnicate now", "frobnicate", "now"),
        ("post-now", "post-now", ""),
        ("schedule 09:00 <#C123|study>", "schedule", "09:00 <#C123|study>"),
        ("lookup S3 &amp; EBS &lt;gp3&gt;", "lookup", "S3 & EBS <gp3>"),
    ],
)
async def test_subcommands_and_aliases(
    http_bot: Any, fake_slack: FakeSlack, text: str, name: str, args: str
) -> None:
    adapter, api = http_bot
    await slash(adapter, fake_slack, text)
    await fake_slack.wait_for(lambda: api.commands and fake_slack.hooks)
    assert (api.commands[0].name, api.commands[0].args) == (name, args)


async def test_forged_signature_is_rejected(http_bot: Any, fake_slack: FakeSlack) -> None:
    adapter, api = http_bot
    body = form(command_body("lookup NAT", response_url=fake_slack.hook_url()))
    forged = sign("not-the-secret", body)
    assert (await post(adapter, body, forged))[0] == 401
    tampered = sign(SIGNING_SECRET, body)
    assert (await post(adapter, body.replace("NAT", "VPC"), tampered))[0] == 401
    assert (await post(adapter, body, {}))[0] == 401
    await asyncio.sleep(0.1)
    assert api.commands == [] and fake_slack.hooks == []


async def test_stale_timestamp_is_rejected(http_bot: Any, fake_slack: FakeSlack) -> None:
    adapter, api = http_bot
    body = form(command_body("lookup NAT", response_url=fake_slack.hook_url()))
    stale = sign(SIGNING_SECRET, body, timestamp=int(time.time()) - 6 * 60)
    assert (await post(adapter, body, stale))[0] == 401
    await asyncio.sleep(0.1)
    assert api.commands == []


async def test_ack_comes_before_slow_core_work(
    http_bot: Any, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    adapter, api = http_bot
    original = api.handle

    async def slow(command: Any) -> Any:
        await asyncio.sleep(1.0)
        return await original(command)

    monkeypatch.setattr(api, "handle", slow)
    started = time.monotonic()
    status, _ = await slash(adapter, fake_slack, "quiz")
    acked = time.monotonic() - started
    assert status == 200 and acked < 0.5
    assert fake_slack.hooks == []  # the reply is still being made
    await fake_slack.wait_for(lambda: fake_slack.hooks)


async def test_core_failure_becomes_short_ephemeral_and_a_log_line(
    http_bot: Any, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    adapter, api = http_bot
    api.fail_with = RuntimeError("db is on fire")
    with caplog.at_level(logging.ERROR, logger="bot.adapters.slack"):
        status, _ = await slash(adapter, fake_slack, "lookup NAT")
        await fake_slack.wait_for(lambda: fake_slack.hooks)
    assert status == 200
    _, message = fake_slack.hooks[0]
    assert message["response_type"] == "ephemeral"
    assert message["text"].startswith("Sorry") and "fire" not in message["text"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "lookup NAT" in logged and "channel=C1" in logged and "user=U1" in logged
    assert "db is on fire" in caplog.text  # the traceback goes to the log, not the chat


async def test_admin_command_asks_users_info_once(http_bot: Any, fake_slack: FakeSlack) -> None:
    adapter, api = http_bot
    fake_slack.users = {"UADMIN": {"is_admin": True}, "U1": {"is_admin": False}}
    await slash(adapter, fake_slack, "schedule 09:00 Asia/Seoul", user="UADMIN")
    await fake_slack.wait_for(lambda: len(fake_slack.hooks) == 1)
    await slash(adapter, fake_slack, "pause", user="UADMIN")
    await slash(adapter, fake_slack, "schedule 10:00", user="U1")
    await slash(adapter, fake_slack, "lookup S3", user="U1")
    await fake_slack.wait_for(lambda: len(fake_slack.hooks) == 4)
    by_user = {(c.member.user_id, c.name): c.member.is_admin for c in api.commands}
    assert by_user[("UADMIN", "schedule")] and by_user[("UADMIN", "pause")]
    assert not by_user[("U1", "schedule")]
    # cached for UADMIN; ordinary commands never ask
    assert sorted(c.params["user"] for c in fake_slack.of("users.info")) == ["U1", "UADMIN"]
    # authorisation is cached per token: one auth.test for four requests, not one each
    assert len(fake_slack.of("auth.test")) == 1


async def test_answer_button_becomes_click_with_ephemeral_feedback(
    http_bot: Any, fake_slack: FakeSlack
) -> None:
    adapter, api = http_bot
    payload = action_payload("sb:ans:d:42:2", "2", response_url=fake_slack.hook_url())
    body = action_form(payload)
    assert (await post(adapter, body, sign(SIGNING_SECRET, body)))[0] == 200
    await fake_slack.wait_for(lambda: fake_slack.hooks)
    [click] = api.clicks
    assert (click.kind, click.ref, click.choice) == (AnswerKind.DAILY, "42", 2)
    assert (click.group.channel_id, click.group.space_id, click.member.user_id) == (
        "C1",
        "T1",
        "U1",
    )
    _, message = fake_slack.hooks[0]
    assert message["response_type"] == "ephemeral" and message["replace_original"] is False


async def test_practice_answer_replaces_its_ephemeral_question(
    http_bot: Any, fake_slack: FakeSlack
) -> None:
    adapter, api = http_bot
    payload = action_payload(
        "sb:ans:p:q1:0", "0", response_url=fake_slack.hook_url(), ephemeral=True
    )
    body = action_form(payload)
    await post(adapter, body, sign(SIGNING_SECRET, body))
    await fake_slack.wait_for(lambda: fake_slack.hooks)
    assert api.clicks[0].kind is AnswerKind.PRACTICE
    assert fake_slack.hooks[0][1]["replace_original"] is True


async def test_report_button_opens_a_form_asking_what_is_wrong(
    http_bot: Any, fake_slack: FakeSlack
) -> None:
    adapter, api = http_bot
    body = action_form(action_payload("sb:rep:q1", "q1", response_url=fake_slack.hook_url()))
    await post(adapter, body, sign(SIGNING_SECRET, body))
    await fake_slack.wait_for(lambda: fake_slack.of("views.open"))
    [opened] = fake_slack.of("views.open")
    view = opened.params["view"]
    assert view["callback_id"] == "sb_report" and opened.params["trigger_id"] == "1.2.3"
    assert json.loads(view["private_metadata"]) == {"q": "q1", "c": "C1", "t": "T1"}
    assert api.reports == []  # nothing is reported before the form is sent


async def test_app_home_opened_publishes_the_home_view(
    http_bot: Any, fake_slack: FakeSlack
) -> None:
    adapter, api = http_bot
    await slash(adapter, fake_slack, "me")  # the adapter now knows channel C1 in T1
    await fake_slack.wait_for(lambda: fake_slack.hooks)
    event = {
        "type": "event_callback",
        "team_id": "T1",
        "api_app_id": "A1",
        "event_id": "Ev1",
        "event_time": 1700000000,
        "event": {
            "type": "app_home_opened",
            "user": "U1",
            "channel": "D1",
            "tab": "home",
            "event_ts": "1700000000.1",
        },
    }
    body = json.dumps(event)
    status, _ = await post(adapter, body, sign(SIGNING_SECRET, body), "application/json")
    assert status == 200
    await fake_slack.wait_for(lambda: fake_slack.of("views.publish"))
    [call] = fake_slack.of("views.publish")
    assert call.params["user_id"] == "U1" and call.token == "xoxb-T1"
    assert call.params["view"]["type"] == "home"
    assert "streak 2" in json.dumps(call.params["view"])
    [(group, member, _)] = api.homes
    assert (group.space_id, group.channel_id, member.user_id) == ("T1", "C1", "U1")


async def test_url_verification_challenge(http_bot: Any) -> None:
    adapter, _ = http_bot
    body = json.dumps({"type": "url_verification", "challenge": "abc", "token": "x"})
    status, text = await post(adapter, body, sign(SIGNING_SECRET, body), "application/json")
    assert status == 200 and "abc" in text


# slack_sdk passes aiohttp.BasicAuth to oauth.v2.access, deprecated in aiohttp 3.14
@pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
async def test_oauth_install_flow_stores_the_workspace_token(
    http_bot: Any, fake_slack: FakeSlack
) -> None:
    adapter, _ = http_bot
    base = f"http://127.0.0.1:{adapter.bound_port}"
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}/slack/install") as page:
            assert page.status == 200
            html = await page.text()
        match = re.search(r"state=([\w-]+)", html)
        assert match is not None and "client_id=111.222" in html
        assert "scope=commands,chat:write,chat:write.public,users:read,im:write" in html
        state = match[1]
        async with session.get(
            f"{base}/slack/oauth_redirect",
            params={"code": "fresh", "state": state},
            headers={"Cookie": f"slack-app-oauth-state={state}"},
        ) as done:
            assert done.status == 200
        # the state is single-use
        async with session.get(
            f"{base}/slack/oauth_redirect",
            params={"code": "again", "state": state},
            headers={"Cookie": f"slack-app-oauth-state={state}"},
        ) as replay:
            assert replay.status in (400, 401)
    assert fake_slack.of("oauth.v2.access")[0].params["code"] == "fresh"
    nine = GroupRef(platform=Platform.SLACK, channel_id="C9", space_id="T9")
    await adapter.outbox.post(nine, Reply(kind=ReplyKind.TEXT, text="welcome"))
    assert fake_slack.of("chat.postMessage")[-1].token == "xoxb-fresh"


async def test_bolt_request_client_waits_out_rate_limits(
    http_bot: Any, fake_slack: FakeSlack
) -> None:
    adapter, api = http_bot
    fake_slack.users = {"UADMIN": {"is_owner": True}}
    fake_slack.rate_limit_next["users.info"] = 1  # HTTP 429 with Retry-After: 0
    await slash(adapter, fake_slack, "pause", user="UADMIN")
    await fake_slack.wait_for(lambda: fake_slack.hooks)
    assert len(fake_slack.of("users.info")) == 2
    assert api.commands[0].member.is_admin  # owner counts as admin, after the retry


async def test_uninstall_forgets_the_workspace(http_bot: Any, fake_slack: FakeSlack) -> None:
    adapter, _ = http_bot
    event = {
        "type": "event_callback",
        "team_id": "T1",
        "api_app_id": "A1",
        "event_id": "Ev7",
        "event_time": 1700000000,
        "event": {"type": "app_uninstalled"},
    }
    body = json.dumps(event)
    assert (await post(adapter, body, sign(SIGNING_SECRET, body), "application/json"))[0] == 200
    group = GroupRef(platform=Platform.SLACK, channel_id="C1", space_id="T1")
    for _ in range(50):
        try:
            await adapter.outbox.post(group, Reply(kind=ReplyKind.TEXT, text="hi"))
        except DeliveryRefused:
            break
        await asyncio.sleep(0.02)
    else:
        raise AssertionError("the uninstalled workspace can still be posted to")


async def test_single_workspace_http_mode(tmp_path: Path, fake_slack: FakeSlack) -> None:
    api = RecordingApi()
    settings = make_settings(tmp_path, "http-single")
    adapter = SlackAdapter(
        settings, api, base_url=fake_slack.base_url, host="127.0.0.1", port=0, clock=ManualClock()
    )
    assert adapter.mode is SlackMode.HTTP_SINGLE
    await adapter.start()
    try:
        status, _ = await slash(adapter, fake_slack, "me")
        assert status == 200
        await fake_slack.wait_for(lambda: fake_slack.hooks)
        assert api.commands[0].name == "stats"
        assert {c.token for c in fake_slack.of("auth.test")} == {"xoxb-single"}
        body = form(command_body("me", response_url=fake_slack.hook_url()))
        assert (await post(adapter, body, sign("wrong", body)))[0] == 401
    finally:
        await adapter.close()
    assert not (tmp_path / "studybot-slack.db").exists()  # no installation store needed


async def post_bytes(
    adapter: SlackAdapter, raw: bytes, headers: dict[str, str], content_type: str
) -> int:
    url = f"http://127.0.0.1:{adapter.bound_port}/slack/events"
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=raw, headers={**headers, "Content-Type": content_type}) as response,
    ):
        return response.status


def _sign_bytes(raw: bytes) -> dict[str, str]:
    import hashlib
    import hmac

    ts = str(int(time.time()))
    digest = hmac.new(SIGNING_SECRET.encode(), b"v0:" + ts.encode() + b":" + raw, hashlib.sha256)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest.hexdigest()}"}


_FORM = "application/x-www-form-urlencoded"
_JSON = "application/json"


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        (b"payload={broken", _FORM),
        (b"payload=%7Bbroken", _FORM),
        (b"payload=%5B1%2C2%5D", _FORM),  # JSON, but not an object
        (b"{not json", _JSON),
        (b"[1, 2]", _JSON),
        (b'{"team": 5, "enterprise": 7}', _JSON),  # an object Bolt cannot read
        (b"payload=\xff\xfe{", _FORM),  # not UTF-8
        (b"{}", "application/json; charset=no-such-charset"),
    ],
)
async def test_signed_body_that_cannot_be_parsed_gets_400_and_one_log_line(
    http_bot: Any, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture,
    raw: bytes, content_type: str,
) -> None:
    adapter, api = http_bot
    with caplog.at_level(logging.DEBUG):
        status = await post_bytes(adapter, raw, _sign_bytes(raw), content_type)
    assert status == 400
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(loud) == 1 and loud[0].exc_info is None, [r.getMessage() for r in loud]
    assert "unreadable body" in loud[0].getMessage()
    assert "Traceback" not in caplog.text
    assert not api.commands and not api.clicks


async def test_unsigned_unparseable_body_gets_401_like_any_forgery(
    http_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    adapter, _ = http_bot
    with caplog.at_level(logging.DEBUG):
        assert await post_bytes(adapter, b"payload={broken", {}, _FORM) == 401
        stale = _sign_bytes(b"payload={broken")
        stale["X-Slack-Request-Timestamp"] = "not-a-number"
        assert await post_bytes(adapter, b"payload={broken", stale, _FORM) == 401
    assert "Traceback" not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_readable_body_still_reaches_bolt_after_the_guard(
    http_bot: Any, fake_slack: FakeSlack
) -> None:
    """The guard read the body first; Bolt reads the same bytes after it."""
    adapter, api = http_bot
    status, _ = await slash(adapter, fake_slack, "lookup S3 &amp; EBS")
    assert status == 200
    await fake_slack.wait_for(lambda: api.commands)
    assert api.commands[0].args == "S3 & EBS"
