"""Answer and report buttons: clicks on daily posts and practice questions."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from discord_fakes import (
    CHANNEL_ID,
    FakeDiscord,
    click,
    custom_ids,
    is_ephemeral,
    message_from,
    modal_submit,
    option,
    reply_data,
    slash,
    text_of,
)
from discord_harness import QUESTIONS, Bot
from manual_clock import ManualClock

from bot.adapters.discord.commands import ADMIN_GROUP


async def daily_post(bot: Bot, fake: FakeDiscord) -> dict[str, Any]:
    """Schedule the channel and post today's question; return the posted message."""
    bot.feed(slash(ADMIN_GROUP, [option("time", "09:00")], sub="schedule", admin=True))
    await fake.wait_responses(1)
    bot.feed(slash(ADMIN_GROUP, sub="post-now", admin=True))
    await fake.wait_responses(2)
    await fake.wait_for("POST", rf"/channels/{CHANNEL_ID}/messages")
    return fake.messages[max(fake.messages)]


def answer_ids(message: dict[str, Any]) -> list[str]:
    return [i for i in custom_ids(message) if i.startswith("sb:ans:")]


def right_choice(message: dict[str, Any]) -> int:
    prompt = message["embeds"][0]["description"].splitlines()[0]
    question = next(q for q in QUESTIONS if q.prompt == prompt)
    return question.answer


async def press(bot: Bot, fake: FakeDiscord, payload: dict[str, Any]) -> dict[str, Any]:
    before = len(fake.responses())
    bot.feed(payload)
    calls = await fake.wait_responses(before + 1)
    assert is_ephemeral(calls[before]), "click feedback must be private"
    return reply_data(calls[before])


async def test_daily_post_is_an_embed_with_one_button_per_choice(
    bot: Bot, fake: FakeDiscord
) -> None:
    message = await daily_post(bot, fake)
    embed = message["embeds"][0]
    assert embed["title"].startswith("Question of the day")
    assert embed["author"]["name"] in {q.breadcrumb for q in QUESTIONS}
    assert "**4.** Direct Connect" in embed["description"]
    assert "<t:" in embed["description"]  # closing time as a Discord timestamp
    ids = custom_ids(message)
    assert len(answer_ids(message)) == 4
    assert ids[-1].startswith("sb:rep:")


async def test_answer_click_double_click_and_reveal(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    message = await daily_post(bot, fake)
    right = right_choice(message)
    first = await press(bot, fake, click(message, answer_ids(message)[right], user_id=201))
    assert "Right!" in text_of(first)
    wrong = (right + 1) % 4
    other = await press(bot, fake, click(message, answer_ids(message)[wrong], user_id=202))
    assert "Not quite" in text_of(other)
    again = await press(bot, fake, click(message, answer_ids(message)[wrong], user_id=201))
    assert "already answered" in text_of(again)

    # The window closes at the next day's post; the reveal edits the post.
    clock.advance(timedelta(days=1, minutes=1))
    await bot.scheduler.tick_now()
    [edit] = await fake.wait_for("PATCH", rf"/channels/{CHANNEL_ID}/messages/{message['id']}")
    assert edit.body["components"] == []  # buttons gone
    revealed = text_of(edit.body)
    assert "1 of 2 right (50%)" in revealed
    assert "Explanation" in revealed


async def test_click_on_a_closed_post(bot: Bot, fake: FakeDiscord, clock: ManualClock) -> None:
    message = await daily_post(bot, fake)
    clock.now += timedelta(days=1, minutes=1)
    data = await press(bot, fake, click(message, answer_ids(message)[0], user_id=203))
    assert "closed" in text_of(data)


async def test_click_after_a_restart(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    first = await make_bot()
    message = await daily_post(first, fake)
    await first.close()

    second = await make_bot()  # a new client instance on the same database
    right = right_choice(message)
    data = await press(second, fake, click(message, answer_ids(message)[right], user_id=204))
    assert "Right!" in text_of(data)
    stats = await press(second, fake, slash("stats", user_id=204))
    assert "100%" in text_of(stats)


async def report(bot: Bot, fake: FakeDiscord, message: dict[str, Any], user: int, why: str) -> str:
    """Click "report a problem", fill the form, return what the member is told."""
    before = len(fake.responses())
    bot.feed(click(message, custom_ids(message)[-1], user_id=user))
    form = (await fake.wait_responses(before + 1))[before]
    assert form.body["type"] == 9  # MODAL: the form opens at once
    assert form.body["data"]["title"] == "Report a problem"
    # discord.py stores the form once Discord has answered the callback, a moment
    # after the fake saw it: submit only when the client can match it.
    modals = bot.client._connection._view_store._modals
    for _ in range(500):
        if form.body["data"]["custom_id"] in modals:
            break
        await asyncio.sleep(0.01)
    bot.feed(modal_submit(form, [why], user_id=user))
    answer = (await fake.wait_responses(before + 2))[before + 1]
    assert is_ephemeral(answer)
    return text_of(reply_data(answer))


async def test_report_a_problem_with_a_reason(bot: Bot, fake: FakeDiscord) -> None:
    message = await daily_post(bot, fake)
    assert "Thanks for telling us" in await report(bot, fake, message, 205, "S3 is 11 nines")
    assert "already reported" in await report(bot, fake, message, 205, "again")
    rows = await bot.store.db.fetchall("SELECT question_id, reason FROM problem_reports")
    qid = custom_ids(message)[-1].removeprefix("sb:rep:")
    assert [tuple(r) for r in rows] == [(qid, "S3 is 11 nines")]


async def test_practice_answer_settles_the_question_in_place(bot: Bot, fake: FakeDiscord) -> None:
    bot.feed(slash("quiz", user_id=206))
    [call] = await fake.wait_responses(1)
    message = message_from(call)
    ids = answer_ids(message)
    prompt = message["embeds"][0]["description"].splitlines()[0]
    answer = next(q.answer for q in QUESTIONS if q.prompt == prompt)
    bot.feed(click(message, ids[answer], user_id=206))
    [_, update] = await fake.wait_responses(2)
    assert update.body["type"] == 7  # UPDATE_MESSAGE: the private question itself changes
    data = reply_data(update)
    assert data["components"] == []  # answered once: no buttons left to press again
    question, feedback = data["embeds"]
    assert question["description"].startswith(prompt)
    assert "Right!" in text_of({"embeds": [feedback]})


async def test_unknown_post_id_gets_a_clear_message(bot: Bot, fake: FakeDiscord) -> None:
    message = await daily_post(bot, fake)
    forged = dict(message)
    forged["components"] = [
        {
            "type": 1,
            "components": [{"type": 2, "style": 1, "label": "1", "custom_id": "sb:ans:d:99999:0"}],
        }
    ]
    data = await press(bot, fake, click(forged, "sb:ans:d:99999:0", user_id=207))
    assert "can't find" in text_of(data)
