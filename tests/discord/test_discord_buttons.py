"""Answer and report buttons: clicks on daily posts and practice questions."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from discord_fakes import (
    CHANNEL_ID,
    GUILD_ID,
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
from bot.core.types import GroupRef, Platform


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


async def open_form(bot: Bot, fake: FakeDiscord, message: dict[str, Any], user: int) -> Any:
    """Click "report a problem"; return the form Discord was asked to show."""
    before = len(fake.responses())
    bot.feed(click(message, custom_ids(message)[-1], user_id=user))
    form = (await fake.wait_responses(before + 1))[before]
    assert form.body["type"] == 9  # MODAL: the form opens at once
    assert form.body["data"]["title"] == "Report a problem"
    return form


async def submit(bot: Bot, fake: FakeDiscord, form: Any, user: int, why: str) -> str:
    """Submit `form` with `why`; return what the member is told (privately)."""
    before = len(fake.responses())
    bot.feed(modal_submit(form, [why], user_id=user))
    answer = (await fake.wait_responses(before + 1))[before]
    assert is_ephemeral(answer)
    return text_of(reply_data(answer))


async def report(bot: Bot, fake: FakeDiscord, message: dict[str, Any], user: int, why: str) -> str:
    """Click "report a problem", fill the form, return what the member is told."""
    return await submit(bot, fake, await open_form(bot, fake, message, user), user, why)


async def test_report_a_problem_with_a_reason(bot: Bot, fake: FakeDiscord) -> None:
    message = await daily_post(bot, fake)
    form = await open_form(bot, fake, message, 205)
    [reason] = [c for row in form.body["data"]["components"] for c in row["components"]]
    assert reason["required"] is True and reason["custom_id"] == "reason"
    assert form.body["data"]["custom_id"].startswith("sb:repf:")  # stable: survives restarts
    assert "Thanks for telling us" in await submit(bot, fake, form, 205, "S3 is 11 nines")
    assert "already reported" in await report(bot, fake, message, 205, "again")
    rows = await bot.store.db.fetchall("SELECT question_id, reason FROM problem_reports")
    qid = custom_ids(message)[-1].removeprefix("sb:rep:")
    assert [tuple(r) for r in rows] == [(qid, "S3 is 11 nines")]


async def test_a_form_opened_before_a_restart_is_submitted_after_it(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    first = await make_bot()
    message = await daily_post(first, fake)
    form = await open_form(first, fake, message, 208)
    await first.close()

    second = await make_bot()  # a new process: it never opened that form
    told = await submit(second, fake, form, 208, "보기 2와 3이 같은 뜻이에요")
    assert "Thanks for telling us" in told and "1 of 3" in told
    rows = await second.store.db.fetchall("SELECT reason FROM problem_reports")
    assert [r["reason"] for r in rows] == ["보기 2와 3이 같은 뜻이에요"]


async def test_a_form_that_cannot_be_used_after_a_restart_quotes_the_text(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    first = await make_bot()
    message = await daily_post(first, fake)
    form = await open_form(first, fake, message, 209)
    await first.close()

    qid = custom_ids(message)[-1].removeprefix("sb:rep:")
    second = await make_bot(questions=[q for q in QUESTIONS if q.id != qid])  # notes changed
    told = await submit(second, fake, form, 209, "the answer says 7 nines")
    assert "no longer in the notes" in told and "> the answer says 7 nines" in told


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


async def test_a_long_flashcard_settles_within_discords_total(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    """Showing a practice flashcard's answer settles it in place: the question's
    embed and the answer's go out together. Each fits Discord's limits alone;
    together they must still fit its 6,000 characters (the fake refuses a
    message over it, as Discord does)."""
    from question_doubles import FakeQuestion

    passage = "뮤텍스는 임계 구역에 한 번에 한 스레드만 들어가게 한다 & 세마포어와 다르다. " * 120
    card = FakeQuestion(id="long", kind="flashcard", section="OS", topic="Locks " * 40,
                        concept="c-long", prompt="긴 카드: " + passage[:4000], choices=(),
                        answer=-1, back=passage[:4000], explanation="")
    bot = await make_bot(questions=[card])
    bot.feed(slash("quiz", user_id=207))
    [call] = await fake.wait_responses(1)
    question = message_from(call)
    bot.feed(click(question, custom_ids(question)[0], user_id=207))
    [_, update] = await fake.wait_responses(2)
    await asyncio.sleep(0.05)
    assert update.body["type"] == 7
    embeds = reply_data(update)["embeds"]
    assert len(embeds) == 2 and passage[:500] in text_of({"embeds": [embeds[1]]})
    assert embeds[0]["description"].startswith("긴 카드: ")  # the question stays, shortened
    assert len(fake.responses()) == 2  # no "something went wrong" follow-up


async def test_admins_review_reports_with_keep_and_retire_buttons(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    first = await make_bot()
    message = await daily_post(first, fake)
    qid = custom_ids(message)[-1].removeprefix("sb:rep:")
    await report(first, fake, message, 210, "두 보기가 같아요")
    listed = await press(first, fake, slash(ADMIN_GROUP, sub="reports", admin=True))
    assert "Problem reports" in text_of(listed) and "> 두 보기가 같아요" in text_of(listed)
    buttons = custom_ids(listed)
    assert buttons == [f"sb:do:reports:keep:{qid}", f"sb:do:reports:retire:{qid}"]
    listing = message_from(fake.responses()[-1])
    await first.close()

    second = await make_bot()  # the buttons work after a restart too
    refused = await press(second, fake, click(listing, buttons[1], user_id=210))
    assert "Only admins" in text_of(refused)
    done = await press(second, fake, click(listing, buttons[1], user_id=211, admin=True))
    assert "retired from this group's daily questions" in text_of(done)
    settings = await second.store.ensure_group(
        GroupRef(platform=Platform.DISCORD, channel_id=str(CHANNEL_ID),
                 space_id=str(GUILD_ID)), second.app.defaults,
    )  # fmt: skip
    assert qid in await second.store.retired_for_group(settings.id)
    assert qid not in await second.store.retired_questions()
