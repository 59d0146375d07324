"""The Slack adapter on the real bot: real StudyService on a tmp SQLite file,
real APScheduler, signed HTTP requests into the real Bolt app, and the fake
Web API recording what reaches Slack."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

import aiohttp
import pytest
from conftest import SIGNING_SECRET, install_team, make_settings
from manual_clock import ManualClock
from question_doubles import FakeQuestion
from slack_fakes import FakeSlack, action_form, action_payload, command_body, form, sign
from tick_driver import run_tick_job

from bot.adapters.slack import SlackAdapter
from bot.app import App, Content, build_app
from bot.core.bank import ListBank
from bot.core.types import GroupRef, Platform
from bot.notes.model import SourceRef

GROUP = GroupRef(platform=Platform.SLACK, channel_id="C1", space_id="T1")


def small_bank() -> ListBank:
    return ListBank(
        FakeQuestion(
            explanation="Straight from the notes.",
            id=f"q{i}",
            section="Storage",
            topic=f"Topic {i}",
            concept=f"C{i}",
            prompt=f"Which service is number {i}?",
            choices=("EC2", "S3", "RDS", "Lambda"),
            answer=i % 4,
            source=SourceRef(file="deck.md", line=i + 1),
        )
        for i in range(8)
    )


@dataclass
class Bot:
    app: App
    adapter: SlackAdapter
    fake: FakeSlack
    clock: ManualClock

    async def post(self, body: str) -> int:
        url = f"http://127.0.0.1:{self.adapter.bound_port}/slack/events"
        headers = {
            **sign(SIGNING_SECRET, body),
            "Content-Type": "application/x-www-form-urlencoded",
        }
        async with (
            aiohttp.ClientSession() as session,
            session.post(url, data=body.encode(), headers=headers) as response,
        ):
            return response.status

    async def slash(self, text: str, user: str = "U1") -> dict[str, Any]:
        """Type `/study <text>`; return what the member sees (the response_url message)."""
        seen = len(self.fake.hooks)
        assert (
            await self.post(form(command_body(text, user=user, response_url=self.fake.hook_url())))
            == 200
        )
        await self.fake.wait_for(lambda: len(self.fake.hooks) > seen)
        return self.fake.hooks[seen][1]

    async def click(self, action_id: str, user: str = "U1") -> dict[str, Any]:
        seen = len(self.fake.hooks)
        payload = action_payload(
            action_id, action_id.rsplit(":", 1)[-1], user=user, response_url=self.fake.hook_url()
        )
        assert await self.post(action_form(payload)) == 200
        await self.fake.wait_for(lambda: len(self.fake.hooks) > seen)
        return self.fake.hooks[seen][1]


@pytest.fixture
async def bot(tmp_path: Path, fake_slack: FakeSlack) -> AsyncIterator[Bot]:
    settings = make_settings(tmp_path, "http-oauth")
    install_team(settings)
    fake_slack.users = {"UADMIN": {"is_admin": True}, "U1": {}, "U2": {}}
    clock = ManualClock(datetime(2026, 3, 2, 0, 30, tzinfo=UTC))  # Monday 09:30 in Seoul
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


def shown(message: dict[str, Any]) -> str:
    return json.dumps(message.get("blocks") or message.get("text"), ensure_ascii=False)


async def schedule_and_fire(bot: Bot) -> tuple[str, list[str], str]:
    """Admin schedules the channel (at 09:30: today's 09:00 was never promised);
    the scheduler's own tick job runs at the next 09:00; returns the posted (ts,
    answer action ids, question id)."""
    reply = await bot.slash("schedule 09:00 Asia/Seoul", user="UADMIN")
    assert "every day at 09:00 (Asia/Seoul)" in shown(reply)
    planned = await bot.app.service.next_post_time(GROUP, bot.clock())
    assert planned == datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
    bot.clock.set(planned)
    await run_tick_job(bot.app.scheduler)
    await bot.fake.wait_for(lambda: bot.fake.of("chat.postMessage"))
    [posted] = bot.fake.of("chat.postMessage")
    assert posted.params["channel"] == "C1" and posted.token == "xoxb-T1"
    blocks = json.dumps(posted.params["blocks"])
    ids = re.findall(r'"action_id": "(sb:ans:d:\d+:\d)"', blocks)
    [question_id] = re.findall(r'"action_id": "sb:rep:([^"]+)"', blocks)
    ts = f"1700000000.{1:06d}"
    return ts, ids, question_id


async def test_non_admin_cannot_change_the_schedule(bot: Bot) -> None:
    reply = await bot.slash("schedule 07:00 UTC", user="U1")
    assert "Only admins" in shown(reply) and reply["response_type"] == "ephemeral"
    assert await bot.app.service.next_post_time(GROUP, bot.clock()) is None
    assert [c.params["user"] for c in bot.fake.of("users.info")] == ["U1"]
    reply = await bot.slash("schedule 07:00 UTC", user="UADMIN")
    assert "07:00 (UTC)" in shown(reply) and reply["response_type"] == "in_channel"
    next_post = await bot.app.service.next_post_time(GROUP, bot.clock())
    assert next_post == datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


async def test_daily_post_through_scheduler_then_clicks_and_reveal(bot: Bot) -> None:
    ts, ids, question_id = await schedule_and_fire(bot)
    assert len(ids) == 4
    question = bot.app.content.bank.get(question_id)
    assert question is not None
    right = next(i for i in ids if i.endswith(f":{question.answer}"))
    wrong = next(i for i in ids if i != right)

    first = await bot.click(right, user="U1")
    assert "Right!" in shown(first) and first["response_type"] == "ephemeral"
    again = await bot.click(wrong, user="U1")  # double click: first answer stands
    assert "already answered" in shown(again)
    other = await bot.click(wrong, user="U2")
    assert "Not quite" in shown(other)

    # A day later the window has closed: a late click is refused and the post is revealed.
    bot.clock.advance(timedelta(days=1))
    late = await bot.click(wrong, user="UADMIN")
    assert "closed" in shown(late)
    await bot.fake.wait_for(lambda: bot.fake.of("chat.update"))
    [update] = bot.fake.of("chat.update")
    assert update.params["ts"] == ts and update.params["channel"] == "C1"
    closed = json.dumps(update.params["blocks"], ensure_ascii=False)
    assert '"actions"' not in closed and "1 of 2 right (50%)" in closed
    await bot.fake.wait_for(lambda: len(bot.fake.of("chat.postMessage")) == 2)
    thread = bot.fake.of("chat.postMessage")[1]
    assert thread.params["thread_ts"] == ts and "Straight from the notes." in thread.params["text"]

    board = await bot.slash("top week", user="U2")
    assert "u1" in shown(board).lower()


async def test_practice_quiz_round_trip(bot: Bot) -> None:
    reply = await bot.slash("quiz")
    assert reply["response_type"] == "ephemeral"
    ids = re.findall(r'"action_id": "(sb:ans:p:[^"]+)"', json.dumps(reply["blocks"]))
    assert len(ids) == 4
    feedback = await bot.click(ids[0])
    assert "Right!" in shown(feedback) or "Not quite" in shown(feedback)
    assert feedback["replace_original"] is False  # action payload came from a public message


async def test_unknown_subcommand_gets_help(bot: Bot) -> None:
    reply = await bot.slash("frobnicate")
    assert "There is no `frobnicate` command" in shown(reply)
    assert "/study lookup NAT" in shown(reply)  # how to type them on Slack
    assert reply["response_type"] == "ephemeral"


async def open_home(bot: Bot, user: str) -> str:
    body = json.dumps(
        {
            "type": "event_callback",
            "team_id": "T1",
            "api_app_id": "A1",
            "event_id": f"Ev-{user}",
            "event_time": 1700000000,
            "event": {
                "type": "app_home_opened",
                "user": user,
                "channel": "D1",
                "tab": "home",
                "event_ts": "1700000000.9",
            },
        }
    )
    seen = len(bot.fake.of("views.publish"))
    url = f"http://127.0.0.1:{bot.adapter.bound_port}/slack/events"
    headers = {**sign(SIGNING_SECRET, body), "Content-Type": "application/json"}
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body.encode(), headers=headers) as response,
    ):
        assert response.status == 200
    await bot.fake.wait_for(lambda: len(bot.fake.of("views.publish")) > seen)
    return json.dumps(bot.fake.of("views.publish")[seen].params["view"], ensure_ascii=False)


async def test_app_home_shows_stats_for_the_seen_channel(bot: Bot) -> None:
    await bot.slash("me", user="U1")
    view = await open_home(bot, "U1")
    assert "This week" in view and "record" in view


async def test_app_home_after_restart_knows_the_scheduled_channel(bot: Bot, tmp_path: Path) -> None:
    await schedule_and_fire(bot)
    # A new adapter (as after a restart) has seen no command yet.
    await bot.adapter.close()
    settings = make_settings(tmp_path, "http-oauth")
    bot.adapter = SlackAdapter(
        settings,
        bot.app.service,
        base_url=bot.fake.base_url,
        host="127.0.0.1",
        port=0,
        clock=bot.clock,
    )
    await bot.adapter.start()
    view = await open_home(bot, "U2")
    assert "This week" in view and "/study help" not in view


async def test_ack_and_reply_latency(bot: Bot) -> None:
    """Figures: `pytest tests/slack -k latency -s` prints them."""
    acks, replies = [], []
    for i in range(30):
        body = form(command_body("top week", user=f"U{i}", response_url=bot.fake.hook_url()))
        seen = len(bot.fake.hooks)
        started = perf_counter()
        assert await bot.post(body) == 200
        acks.append(perf_counter() - started)
        await bot.fake.wait_for(lambda: len(bot.fake.hooks) > seen)  # noqa: B023
        replies.append(perf_counter() - started)
    acks.sort()
    replies.sort()
    p50, p95 = acks[len(acks) // 2], acks[int(len(acks) * 0.95)]
    print(
        f"\n/study over signed HTTP, real service: ack p50 {p50 * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms; reply p50 {replies[len(replies) // 2] * 1000:.1f} ms, "
        f"p95 {replies[int(len(replies) * 0.95)] * 1000:.1f} ms"
    )
    assert p95 < 1.0  # Slack's limit is 3 s; loopback should be far below


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        ("not_in_channel", "the app is not in the channel"),
        ("channel_not_found", "channel not found"),
        ("is_archived", "the channel is archived"),
        ("account_inactive", "the app's account is inactive"),
        ("token_revoked", "the app's token was revoked"),
    ],
)
async def test_a_permanent_refusal_pauses_the_group(
    bot: Bot, fake_slack: FakeSlack, error: str, reason: str
) -> None:
    assert "23:00" in shown(await bot.slash("schedule 23:00 Asia/Seoul", user="UADMIN"))
    fake_slack.channel_errors["C1"] = error
    said = shown(await bot.slash("post-now", user="UADMIN"))
    assert reason in said and "paused" in said
    # The admin who set the schedule is told by DM, with the reason and the fix.
    await fake_slack.wait_for(lambda: len(fake_slack.of("chat.postMessage")) == 2)
    [opened] = fake_slack.of("conversations.open")
    assert opened.params["users"] == "UADMIN"
    dm = fake_slack.of("chat.postMessage")[1]
    assert dm.params["channel"] == "DUADMIN"
    assert reason in dm.params["text"] and "#C1" in dm.params["text"]
    assert "/invite" in dm.params["text"] and "/study schedule" in dm.params["text"]
    del fake_slack.channel_errors["C1"]
    assert f"paused (the platform refused the post: {reason}" in shown(
        await bot.slash("schedule", user="UADMIN")
    )
    assert "Daily questions are paused" in await open_home(bot, "U1")  # App Home says why
    bot.clock.advance(timedelta(days=1))
    await bot.app.scheduler.tick_now()  # paused: nothing is retried or posted
    assert len(in_channel(fake_slack, "C1")) == 1 and len(fake_slack.of("chat.postMessage")) == 2
    assert "resumed" in shown(await bot.slash("resume", user="UADMIN")).lower()
    bot.clock.advance(timedelta(days=1))
    await bot.app.scheduler.tick_now()
    assert len(in_channel(fake_slack, "C1")) == 2
    assert "Daily questions are paused" not in await open_home(bot, "U1")


def in_channel(fake: FakeSlack, channel: str) -> list[Any]:
    return [c for c in fake.of("chat.postMessage") if c.params.get("channel") == channel]


async def send_event(bot: Bot, event: dict[str, Any]) -> None:
    body = json.dumps(
        {
            "type": "event_callback",
            "team_id": "T1",
            "api_app_id": "A1",
            "event_id": f"Ev-{event['type']}",
            "event_time": 1700000000,
            "event": event,
        }
    )
    headers = {**sign(SIGNING_SECRET, body), "Content-Type": "application/json"}
    url = f"http://127.0.0.1:{bot.adapter.bound_port}/slack/events"
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body.encode(), headers=headers) as response,
    ):
        assert response.status == 200


async def paused_reason(bot: Bot) -> str | None:
    [group] = [g for g in await bot.app.store.scheduled_groups() if g.ref == GROUP]
    return group.paused_reason


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        ({"type": "app_uninstalled"}, "uninstalled"),
        ({"type": "tokens_revoked", "tokens": {"oauth": ["U1"], "bot": ["UBOT"]}}, "revoked"),
    ],
)
async def test_leaving_the_workspace_pauses_its_groups_until_reinstalled(
    bot: Bot, fake_slack: FakeSlack, tmp_path: Path, event: dict[str, Any], reason: str
) -> None:
    assert "09:00" in shown(await bot.slash("schedule 09:00 Asia/Seoul", user="UADMIN"))
    await send_event(bot, event)
    for _ in range(200):  # the listener runs after the ack
        if await paused_reason(bot):
            break
        await asyncio.sleep(0.01)
    assert reason in (await paused_reason(bot) or "")
    # The next slot (Tuesday 09:00 Seoul): nothing is tried, nothing retried.
    bot.clock.set(datetime(2026, 3, 3, 0, 0, tzinfo=UTC))
    for minutes in (0, 1, 2):
        bot.clock.set(datetime(2026, 3, 3, 0, minutes, tzinfo=UTC))
        await bot.app.scheduler.tick_now()
    assert fake_slack.of("chat.postMessage") == []
    # Reinstalled; at 10:00 the admin sets the schedule again: it resumes, and
    # today's question (never sent) goes out at once, once.
    install_team(make_settings(tmp_path, "http-oauth"))
    bot.clock.set(datetime(2026, 3, 3, 1, 0, tzinfo=UTC))
    assert reason in shown(await bot.slash("schedule", user="UADMIN"))
    assert "every day" in shown(await bot.slash("schedule 09:00 Asia/Seoul", user="UADMIN"))
    assert await paused_reason(bot) is None
    await bot.app.scheduler.tick_now()
    [posted] = fake_slack.of("chat.postMessage")
    assert posted.params["channel"] == "C1" and "2026-03-03" in posted.params["text"]


async def test_user_tokens_revoked_alone_leave_the_groups_running(
    bot: Bot, fake_slack: FakeSlack
) -> None:
    assert "09:00" in shown(await bot.slash("schedule 09:00 Asia/Seoul", user="UADMIN"))
    await send_event(bot, {"type": "tokens_revoked", "tokens": {"oauth": ["U1"], "bot": []}})
    await asyncio.sleep(0.1)
    assert await paused_reason(bot) is None


async def daily_post_through_failures(bot: Bot, fake: FakeSlack) -> list[Any]:
    """Schedule at Monday 09:30, then tick each minute from Tuesday 09:00 to
    09:05; the messages posted to the channel."""
    assert "09:00" in shown(await bot.slash("schedule 09:00 Asia/Seoul", user="UADMIN"))
    for minute in range(6):
        bot.clock.set(datetime(2026, 3, 3, 0, minute, tzinfo=UTC))
        await bot.app.scheduler.tick_now()
        fake.errors.pop("chat.postMessage", None)  # failing only at the first attempt
    return in_channel(fake, "C1")


async def test_a_server_error_is_resent_and_delivered_once(
    bot: Bot, fake_slack: FakeSlack
) -> None:
    fake_slack.errors["chat.postMessage"] = "internal_error"
    calls = await daily_post_through_failures(bot, fake_slack)
    assert len(calls) == 2 and "2026-03-03" in calls[1].params["text"]  # a failure, then one post
    assert await paused_reason(bot) is None


async def test_a_rate_limited_daily_post_waits_and_is_delivered_once(
    bot: Bot, fake_slack: FakeSlack
) -> None:
    fake_slack.rate_limit_next["chat.postMessage"] = 1  # HTTP 429, Retry-After: 0
    calls = await daily_post_through_failures(bot, fake_slack)
    assert len(calls) == 2  # the 429 and the retry, in the same attempt
    first, retry = (i for i, c in enumerate(fake_slack.calls) if c.method == "chat.postMessage")
    assert retry == first + 1 and calls[0].params == calls[1].params


async def test_a_daily_post_whose_answer_was_lost_appears_once(
    bot: Bot, fake_slack: FakeSlack
) -> None:
    """Slack took the daily question but the connection dropped before its
    answer, and the channel's history could not be read just then: the post is
    left undelivered, and the resend a minute later finds it by its metadata
    instead of posting it again. One message; the reveal edits that one."""
    fake_slack.lose_next["chat.postMessage"] = ["drop"]
    fake_slack.errors["conversations.history"] = "internal_error"
    assert "09:00" in shown(await bot.slash("schedule 09:00 Asia/Seoul", user="UADMIN"))
    for minute in range(4):
        bot.clock.set(datetime(2026, 3, 3, 0, minute, tzinfo=UTC))
        await bot.app.scheduler.tick_now()
        fake_slack.errors.pop("conversations.history", None)  # readable from the resend on
    [message] = fake_slack.in_channel("C1")
    assert len(in_channel(fake_slack, "C1")) == 1  # one chat.postMessage in all
    assert len(fake_slack.of("conversations.history")) == 2  # after the drop; before the resend
    [group] = [g for g in await bot.app.store.scheduled_groups() if g.ref == GROUP]
    post = await bot.app.store.latest_post(group.id)
    assert post is not None and post.delivered and post.message_ref == message["ts"]
    bot.clock.set(post.closes_at)
    await bot.app.scheduler.tick_now()
    [update] = fake_slack.of("chat.update")
    assert update.params["ts"] == message["ts"]


# --- problem reports (issue 12) ------------------------------------------------------


def submission(opened: dict[str, Any], reason: str, user: str = "U1") -> str:
    """The view_submission Slack sends when `opened` (a views.open view) is sent."""
    view = {
        **opened,
        "id": "V123",
        "state": {"values": {"reason": {"reason": {"type": "plain_text_input",
                                                   "value": reason}}}},
    }  # fmt: skip
    payload = {
        "type": "view_submission",
        "team": {"id": "T1", "domain": "t"},
        "user": {"id": user, "username": user.lower(), "team_id": "T1"},
        "api_app_id": "A1",
        "trigger_id": "4.5.6",
        "view": view,
    }
    return action_form(payload)


async def open_report_form(bot: Bot, question_id: str, user: str = "U1") -> dict[str, Any]:
    payload = action_payload(f"sb:rep:{question_id}", question_id, user=user,
                             response_url=bot.fake.hook_url())  # fmt: skip
    seen = len(bot.fake.of("views.open"))
    assert await bot.post(action_form(payload)) == 200
    await bot.fake.wait_for(lambda: len(bot.fake.of("views.open")) > seen)
    call = bot.fake.of("views.open")[-1]
    assert call.params["trigger_id"] == "1.2.3"
    view: dict[str, Any] = call.params["view"]
    return view


async def send_form(bot: Bot, opened: dict[str, Any], reason: str, user: str = "U1") -> str:
    """Submit the form; return what the form shows at the end."""
    seen = len(bot.fake.of("views.update"))
    assert await bot.post(submission(opened, reason, user)) == 200
    await bot.fake.wait_for(lambda: len(bot.fake.of("views.update")) > seen)
    update = bot.fake.of("views.update")[-1]
    assert update.params["view_id"] == "V123"
    return json.dumps(update.params["view"]["blocks"], ensure_ascii=False)


async def test_report_asks_for_a_reason_in_a_form(bot: Bot) -> None:
    _, _, question_id = await schedule_and_fire(bot)
    opened = await open_report_form(bot, question_id)
    assert opened["callback_id"] == "sb_report"
    [block] = opened["blocks"]
    assert block["type"] == "input" and block["element"]["min_length"] == 2
    assert not await bot.app.store.db.fetchall("SELECT id FROM problem_reports")
    shown_text = await send_form(bot, opened, "S3 & EBS are both right")
    assert "1 of 3" in shown_text
    rows = await bot.app.store.db.fetchall("SELECT reason FROM problem_reports")
    assert [r["reason"] for r in rows] == ["S3 & EBS are both right"]
    again = await send_form(bot, opened, "and another thing")
    assert "already reported" in again and "&gt; and another thing" in again


async def test_a_form_opened_before_a_restart_is_sent_after_it(
    bot: Bot, tmp_path: Path
) -> None:
    _, _, question_id = await schedule_and_fire(bot)
    opened = await open_report_form(bot, question_id)
    # A new process on the same database and the same Slack app.
    await bot.adapter.close()
    await bot.app.close()
    settings = make_settings(tmp_path, "http-oauth")
    app = await build_app(settings, clock=bot.clock, content=Content(bank=small_bank()))
    adapter = SlackAdapter(settings, app.service, base_url=bot.fake.base_url, host="127.0.0.1",
                           port=0, clock=bot.clock)  # fmt: skip
    app.outboxes[Platform.SLACK] = adapter.outbox
    await adapter.start()
    bot.app, bot.adapter = app, adapter
    try:
        assert "1 of 3" in await send_form(bot, opened, "the stem names the answer")
        rows = await app.store.db.fetchall("SELECT reason FROM problem_reports")
        assert [r["reason"] for r in rows] == ["the stem names the answer"]
    finally:  # the fixture closes the first process's app and adapter, not these
        await adapter.close()
        await app.close()


async def test_admins_retire_a_reported_question_with_a_button(bot: Bot) -> None:
    _, _, question_id = await schedule_and_fire(bot)
    await send_form(bot, await open_report_form(bot, question_id), "wrong answer key")
    listed = await bot.slash("reports", user="UADMIN")
    assert "Problem reports" in shown(listed) and "wrong answer key" in shown(listed)
    ids = re.findall(r'"action_id": "(sb:do:reports:[^"]+)"', json.dumps(listed["blocks"]))
    assert ids == [f"sb:do:reports:keep {question_id}", f"sb:do:reports:retire {question_id}"]
    refused = await bot.click(ids[1], user="U1")
    assert "Only admins" in shown(refused)
    done = await bot.click(ids[1], user="UADMIN")
    assert "retired from this group" in shown(done)
    group = await bot.app.store.ensure_group(GROUP, bot.app.defaults)
    assert question_id in await bot.app.store.retired_for_group(group.id)
