"""The Outbox on Discord, and the 3-second rule / error path of interactions."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from discord_fakes import (
    CHANNEL_ID,
    FakeDiscord,
    is_ephemeral,
    option,
    reply_data,
    slash,
    text_of,
)
from discord_harness import Bot

from bot.adapters.discord.commands import ADMIN_GROUP
from bot.core.ports import DeliveryRefused
from bot.core.service import StudyService
from bot.core.types import (
    AnswerKind,
    Command,
    Field,
    GroupRef,
    Platform,
    QuestionView,
    Reply,
    ReplyKind,
)

GROUP = GroupRef(
    platform=Platform.DISCORD, channel_id=str(CHANNEL_ID), space_id="800000000000000001"
)
NOTE = Reply(
    kind=ReplyKind.TEXT,
    title="Weekly report",
    text="S3: 80%",
    fields=(Field(name="VPC", value="50%"),),
)

# A PNG header is enough for Discord's side of things here: it is only uploaded.
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


async def test_post_retries_after_a_429(bot: Bot, fake: FakeDiscord) -> None:
    fake.fail_next(
        "POST",
        rf"/channels/{CHANNEL_ID}/messages",
        429,
        {"message": "You are being rate limited.", "retry_after": 0.05, "global": False},
    )
    ref = await bot.adapter.outbox.post(GROUP, NOTE)
    calls = fake.find("POST", rf"/channels/{CHANNEL_ID}/messages")
    assert len(calls) == 2  # the 429, then the retry that went through
    assert ref is not None and int(ref) in fake.messages
    assert text_of(calls[1].body) == "Weekly report\nS3: 80%\nVPC\n50%"


async def test_post_failure_is_raised_for_the_core_to_retry(bot: Bot, fake: FakeDiscord) -> None:
    fake.fail_next(
        "POST",
        rf"/channels/{CHANNEL_ID}/messages",
        503,
        {"message": "Service Unavailable", "code": 0},
    )
    with pytest.raises(Exception, match="Service Unavailable"):
        await bot.adapter.outbox.post(GROUP, NOTE)


async def test_missing_access_is_a_refusal_not_a_retry(bot: Bot, fake: FakeDiscord) -> None:
    fake.fail_next(
        "POST",
        rf"/channels/{CHANNEL_ID}/messages",
        403,
        {"message": "Missing Access", "code": 50001},
    )
    with pytest.raises(DeliveryRefused, match=r"no access to the channel \(Discord 403, 50001\)"):
        await bot.adapter.outbox.post(GROUP, NOTE)


async def test_update_of_a_deleted_post_posts_instead(bot: Bot, fake: FakeDiscord) -> None:
    await bot.adapter.outbox.update(GROUP, "123456789012345678", NOTE)
    assert len(fake.find("PATCH", rf"/channels/{CHANNEL_ID}/messages/\d+")) == 1
    [posted] = fake.find("POST", rf"/channels/{CHANNEL_ID}/messages")
    assert "Weekly report" in text_of(posted.body)


async def test_image_is_attached_and_shown(bot: Bot, fake: FakeDiscord, tmp_path: Path) -> None:
    chart = tmp_path / "report.png"
    chart.write_bytes(PNG)
    reply = Reply(kind=ReplyKind.REPORT, title="Report", text="coverage", image_path=str(chart))
    await bot.adapter.outbox.post(GROUP, reply)
    [call] = fake.find("POST", rf"/channels/{CHANNEL_ID}/messages")
    assert call.files == ["report.png"]
    assert call.body["embeds"][0]["image"]["url"] == "attachment://report.png"


async def test_direct_message(bot: Bot, fake: FakeDiscord) -> None:
    await bot.adapter.outbox.direct(GROUP, "4242", Reply(kind=ReplyKind.TEXT, text="3 cards due"))
    [dm] = fake.find("POST", "/users/@me/channels")
    assert dm.body == {"recipient_id": 4242}
    [sent] = fake.find("POST", r"/channels/\d+/messages")
    assert sent.body["content"] == "3 cards due"


class Slow:
    """The core behind a slow edge (a busy disk, a big report)."""

    def __init__(self, service: StudyService, delay: float = 0.3) -> None:
        self._service = service
        self._delay = delay

    async def handle(self, command: Command) -> Reply:
        await asyncio.sleep(self._delay)
        return await self._service.handle(command)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)


class Broken:
    def __init__(self, service: StudyService) -> None:
        self._service = service

    async def handle(self, command: Command) -> Reply:
        raise RuntimeError("disk on fire")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)


async def test_slow_work_is_deferred_then_followed_up(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    bot = await make_bot(wrap=Slow, defer_after=0.05)
    bot.feed(slash("help"))
    first, second = await fake.wait_responses(2)
    assert first.body["type"] == 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE ("thinking…")
    assert is_ephemeral(first)
    assert second.method == "POST" and second.path.startswith("/webhooks/")
    assert "Studybot help" in text_of(reply_data(second))


async def test_deferred_public_reply_replaces_a_private_thinking(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    bot = await make_bot(wrap=Slow, defer_after=0.05)
    bot.feed(slash("stats"))  # deferred privately; the core's stats reply is private too
    first, second = await fake.wait_responses(2)
    assert is_ephemeral(first) and is_ephemeral(second)
    assert fake.find("DELETE", r"/webhooks/.*") == []

    bot.feed(slash("leaderboard"))  # deferred publicly; the board is public
    third, fourth = (await fake.wait_responses(4))[2:]
    assert not is_ephemeral(third) and not is_ephemeral(fourth)


async def test_failure_is_an_ephemeral_message_and_a_log_line(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await make_bot(wrap=Broken)
    with caplog.at_level(logging.ERROR, logger="bot.adapters.discord"):
        bot.feed(slash("help", user_id=31337))
        [call] = await fake.wait_responses(1)
    assert is_ephemeral(call)
    assert "something went wrong" in text_of(reply_data(call))
    [record] = [r for r in caplog.records if "interaction failed" in r.getMessage()]
    assert "what=help" in record.getMessage() and "user=31337" in record.getMessage()
    assert record.exc_info is not None and "disk on fire" in str(record.exc_info[1])


async def test_deferred_with_the_wrong_visibility_is_corrected(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    bot = await make_bot(wrap=Slow, defer_after=0.05)
    # Setting a schedule is public, so the defer guesses public; a bad time
    # makes the core answer privately: the public "thinking…" must go.
    payload = slash(ADMIN_GROUP, [option("time", "25:99")], sub="schedule", admin=True)
    bot.feed(payload)
    first, second = await fake.wait_responses(2)
    assert first.body["type"] == 5 and not is_ephemeral(first)
    assert len(fake.find("DELETE", r"/webhooks/\d+/[^/]+/messages/@original")) == 1
    assert is_ephemeral(second)
    assert "not a valid time" in text_of(reply_data(second))


class Charting:
    """The core answering with a chart (as the admin report will)."""

    def __init__(self, service: StudyService, chart: Path) -> None:
        self._service = service
        self._chart = chart

    async def handle(self, command: Command) -> Reply:
        return Reply(kind=ReplyKind.REPORT, title="Report", image_path=str(self._chart))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)


async def test_command_reply_attaches_its_image(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord, tmp_path: Path
) -> None:
    chart = tmp_path / "sections.png"
    chart.write_bytes(PNG)
    bot = await make_bot(wrap=lambda service: Charting(service, chart))
    bot.feed(slash(ADMIN_GROUP, sub="report", admin=True))
    [call] = await fake.wait_responses(1)
    assert call.files == ["sections.png"]
    assert reply_data(call)["embeds"][0]["image"]["url"] == "attachment://sections.png"


async def test_deferred_practice_question_keeps_its_buttons(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    bot = await make_bot(wrap=Slow, defer_after=0.05)
    bot.feed(slash("quiz"))
    first, second = await fake.wait_responses(2)
    assert first.body["type"] == 5 and is_ephemeral(first)
    buttons = [c for row in reply_data(second)["components"] for c in row["components"]]
    assert [b["label"] for b in buttons][:4] == ["1", "2", "3", "4"]


async def test_a_resent_daily_post_is_one_message(bot: Bot, fake: FakeDiscord) -> None:
    """A process killed between sending a daily post and marking it delivered:
    another process resends it with the same nonce, and Discord keeps one message."""
    view = QuestionView(
        question_id="q1", answer_kind=AnswerKind.DAILY, answer_ref="42", breadcrumb="S > T",
        prompt="Which?", choices=("a", "b"),
    )  # fmt: skip
    daily = Reply(kind=ReplyKind.QUESTION, title="Daily", text="", question=view)
    first = await bot.adapter.outbox.post(GROUP, daily)
    again = await bot.adapter.outbox.post(GROUP, daily)
    calls = fake.find("POST", rf"/channels/{CHANNEL_ID}/messages")
    assert [c.body.get("nonce") for c in calls] == ["sb-q42", "sb-q42"]
    assert all(c.body.get("enforce_nonce") is True for c in calls)
    assert first == again and len(fake.messages) == 1
    card = Reply(kind=ReplyKind.QUESTION, title="Daily", text="",
                 question=replace(view, answer_kind=AnswerKind.CARD_SHOW_DAILY, answer_ref="43",
                                  choices=("Show",), labels=("Show",)))  # fmt: skip
    assert await bot.adapter.outbox.post(GROUP, card) == await bot.adapter.outbox.post(GROUP, card)
    assert len(fake.messages) == 2  # a daily flashcard: once too
    practice = Reply(kind=ReplyKind.QUESTION, title="Quiz", text="",
                     question=replace(view, answer_kind=AnswerKind.PRACTICE))  # fmt: skip
    await bot.adapter.outbox.post(GROUP, practice)
    last = fake.find("POST", rf"/channels/{CHANNEL_ID}/messages")[-1].body
    assert not str(last.get("nonce", "")).startswith("sb-")  # discord.py's own random one
    assert len(fake.messages) == 3
