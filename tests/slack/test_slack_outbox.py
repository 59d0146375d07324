"""The core's Outbox on Slack, against the fake Web API."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import install_team, make_settings
from manual_clock import ManualClock
from slack_fakes import FakeSlack

from bot.adapters.slack import SlackAdapter
from bot.adapters.slack.install import StaticClients, web_client
from bot.adapters.slack.outbox import DAILY_EVENT, SlackOutbox, SlackSendError
from bot.core.ports import DeliveryRefused
from bot.core.types import AnswerKind, Field, GroupRef, Platform, QuestionView, Reply, ReplyKind

GROUP = GroupRef(platform=Platform.SLACK, channel_id="C1", space_id="T1")
QUESTION = QuestionView(
    question_id="q1",
    answer_kind=AnswerKind.DAILY,
    answer_ref="5",
    breadcrumb="VPC",
    prompt="Which one?",
    choices=("A", "B"),
)


def outbox(fake: FakeSlack) -> SlackOutbox:
    return SlackOutbox(StaticClients(web_client("xoxb-x", base_url=fake.base_url)), language="en")


async def test_post_returns_ts_and_sends_blocks(fake_slack: FakeSlack) -> None:
    ts = await outbox(fake_slack).post(GROUP, Reply(kind=ReplyKind.QUESTION, question=QUESTION))
    [call] = fake_slack.of("chat.postMessage")
    assert ts == "1700000000.000001"
    assert call.params["channel"] == "C1" and call.token == "xoxb-x"
    assert [e["action_id"] for e in call.params["blocks"][2]["elements"]] == [
        "sb:ans:d:5:0",
        "sb:ans:d:5:1",
    ]


async def test_reveal_updates_post_and_threads_explanation(fake_slack: FakeSlack) -> None:
    reveal = Reply(
        kind=ReplyKind.REVEAL,
        title="Answer",
        text="Which one?\n\n1. A — 0\n✅ 2. B — 2\n\nAnswer: **2. B**",
        fields=(Field(name="Explanation", value="Explained."),),
        message_ref="1700000000.000001",
    )
    await outbox(fake_slack).update(GROUP, "1700000000.000001", reveal)
    [update] = fake_slack.of("chat.update")
    assert update.params["ts"] == "1700000000.000001" and update.params["channel"] == "C1"
    assert all(b["type"] != "actions" for b in update.params["blocks"])
    assert "Answer: *2. B*" in str(update.params["blocks"])
    [thread] = fake_slack.of("chat.postMessage")
    assert thread.params["thread_ts"] == "1700000000.000001"
    assert "Explained." in thread.params["text"]
    # post() of a reveal that names its message does the same, not a new top-level post
    await outbox(fake_slack).post(GROUP, reveal)
    assert len(fake_slack.of("chat.update")) == 2
    assert all(c.params.get("thread_ts") for c in fake_slack.of("chat.postMessage"))


async def test_rate_limited_post_is_retried(fake_slack: FakeSlack) -> None:
    fake_slack.rate_limit_next["chat.postMessage"] = 1
    ts = await outbox(fake_slack).post(GROUP, Reply(kind=ReplyKind.TEXT, text="hi"))
    assert ts is not None
    assert len(fake_slack.of("chat.postMessage")) == 2


async def test_failed_post_raises_so_the_core_retries(fake_slack: FakeSlack) -> None:
    fake_slack.errors["chat.postMessage"] = "internal_error"
    with pytest.raises(SlackSendError, match="internal_error"):
        await outbox(fake_slack).post(GROUP, Reply(kind=ReplyKind.TEXT, text="hi"))


async def test_failed_update_is_logged_not_raised(
    fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    fake_slack.errors["chat.update"] = "message_not_found"
    await outbox(fake_slack).update(GROUP, "1.1", Reply(kind=ReplyKind.TEXT, text="x"))
    assert "message_not_found" in caplog.text


async def test_direct_opens_an_im(fake_slack: FakeSlack) -> None:
    await outbox(fake_slack).direct(GROUP, "U7", Reply(kind=ReplyKind.TEXT, text="review time"))
    assert fake_slack.of("conversations.open")[0].params["users"] == "U7"
    assert fake_slack.of("chat.postMessage")[0].params["channel"] == "DU7"


async def test_oauth_outbox_uses_each_workspace_token(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    settings = make_settings(tmp_path, "http-oauth")
    install_team(settings, "T1", "xoxb-one")
    install_team(settings, "T2", "xoxb-two")
    adapter = SlackAdapter(settings, api=None, base_url=fake_slack.base_url, clock=ManualClock())  # type: ignore[arg-type]
    text = Reply(kind=ReplyKind.TEXT, text="hi")
    await adapter.outbox.post(GROUP, text)
    await adapter.outbox.post(
        GroupRef(platform=Platform.SLACK, channel_id="C2", space_id="T2"), text
    )
    assert [c.token for c in fake_slack.of("chat.postMessage")] == ["xoxb-one", "xoxb-two"]
    # a workspace that uninstalled: nothing sent, refused (the core pauses the group)
    gone = GroupRef(platform=Platform.SLACK, channel_id="C3", space_id="T3")
    with pytest.raises(DeliveryRefused, match="not installed"):
        await adapter.outbox.post(gone, text)
    assert len(fake_slack.of("chat.postMessage")) == 2


# --- a daily question whose answer never came back -------------------------------------

DAILY = Reply(kind=ReplyKind.QUESTION, title="Daily", question=QUESTION)
SENT_AT = datetime(2026, 3, 3, 0, 0, tzinfo=UTC)


def quick_outbox(fake: FakeSlack, timeout: float = 0.5) -> SlackOutbox:
    client = web_client("xoxb-x", base_url=fake.base_url)
    client.timeout = timeout  # type: ignore[assignment]  # (aiohttp takes seconds as a float)
    return SlackOutbox(StaticClients(client), language="en")


async def test_a_dropped_connection_after_slack_took_the_post_is_one_message(
    fake_slack: FakeSlack,
) -> None:
    # Slack posted it, then the connection dropped before the answer: no blind
    # resend (the SDK's own retry would post it again); the post is found by its
    # metadata and its ts returned, as if the answer had come.
    fake_slack.lose_next["chat.postMessage"] = ["drop"]
    ts = await quick_outbox(fake_slack).post(GROUP, DAILY)
    [message] = fake_slack.in_channel("C1")
    assert ts == message["ts"]
    assert message["metadata"] == {"event_type": DAILY_EVENT, "event_payload": {"post": "5"}}
    assert fake_slack.methods() == ["chat.postMessage", "conversations.history"]
    assert fake_slack.of("conversations.history")[0].params["include_all_metadata"] in ("1", "true")


async def test_a_post_whose_answer_never_comes_is_found_not_repeated(
    fake_slack: FakeSlack,
) -> None:
    fake_slack.lose_next["chat.postMessage"] = ["hang"]  # the client times out
    ts = await quick_outbox(fake_slack).post(GROUP, DAILY)
    [message] = fake_slack.in_channel("C1")
    assert ts == message["ts"] and len(fake_slack.of("chat.postMessage")) == 1


async def test_a_resend_looks_first_and_posts_only_when_the_post_is_not_there(
    fake_slack: FakeSlack,
) -> None:
    box = quick_outbox(fake_slack)
    first = await box.post(GROUP, DAILY)
    other = replace(QUESTION, answer_ref="6")  # another day's post
    resend = replace(DAILY, maybe_sent_since=SENT_AT)
    assert await box.post(GROUP, resend) == first  # there already: not posted again
    assert len(fake_slack.in_channel("C1")) == 1
    again = await box.post(GROUP, replace(resend, question=other))
    assert again != first and len(fake_slack.in_channel("C1")) == 2
    assert fake_slack.methods() == [
        "chat.postMessage", "conversations.history", "conversations.history", "chat.postMessage"
    ]  # fmt: skip


async def test_an_install_without_history_scopes_still_posts(
    fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    fake_slack.errors["conversations.history"] = "missing_scope"
    ts = await quick_outbox(fake_slack).post(GROUP, replace(DAILY, maybe_sent_since=SENT_AT))
    assert ts is not None and len(fake_slack.in_channel("C1")) == 1
    assert "missing_scope" in caplog.text


async def test_an_unknown_outcome_not_found_is_left_to_the_core(fake_slack: FakeSlack) -> None:
    # The connection dropped and the channel's history cannot be read just then:
    # raised, so the core resends later (looking first), never a blind resend now.
    fake_slack.lose_next["chat.postMessage"] = ["drop"]
    box = quick_outbox(fake_slack)
    fake_slack.errors["conversations.history"] = "ratelimited"
    with pytest.raises(SlackSendError, match="no answer"):
        await box.post(GROUP, DAILY)
    assert len(fake_slack.of("chat.postMessage")) == 1


async def test_other_posts_keep_the_sdk_retry_and_carry_no_metadata(
    fake_slack: FakeSlack,
) -> None:
    await outbox(fake_slack).post(GROUP, Reply(kind=ReplyKind.TEXT, text="hi"))
    [call] = fake_slack.of("chat.postMessage")
    assert "metadata" not in call.params
