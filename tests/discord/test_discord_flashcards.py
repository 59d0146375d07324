"""Flashcards on Discord: the daily post carries one "Show answer" button; the
answer comes back privately with "Knew it" / "Not yet", which is a review."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

from discord_fakes import FakeDiscord, click, custom_ids, message_from, reply_data, slash, text_of
from discord_harness import Bot
from question_doubles import FakeQuestion
from test_discord_buttons import daily_post, press

CARDS = tuple(
    FakeQuestion(
        id=f"f{i}", kind="flashcard", section="OS", topic="Locks", concept=f"card{i}",
        prompt=f"What does a mutex guarantee? ({i})", choices=(), answer=-1,
        back="Only one thread at a time in the guarded section", explanation="",
    )
    for i in range(3)
)


def labels(message: dict[str, Any]) -> list[str]:
    return [
        c.get("label", "")
        for row in message.get("components", [])
        for c in row.get("components", [])
        if c.get("custom_id", "").startswith("sb:ans:")
    ]


async def test_show_then_grade_a_daily_flashcard(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    bot = await make_bot(questions=CARDS)
    message = await daily_post(bot, fake)
    assert labels(message) == ["Show answer"]
    assert "Only one thread" not in text_of(message)  # hidden in the channel
    [show] = [i for i in custom_ids(message) if i.startswith("sb:ans:s:")]

    answer = await press(bot, fake, click(message, show, user_id=301))
    assert "Only one thread at a time" in text_of(answer)
    assert labels(answer) == ["Knew it", "Not yet"]
    private = message_from(fake.responses()[-1])
    knew, not_yet = [i for i in custom_ids(private) if i.startswith("sb:ans:g:")]

    assert "Noted: you knew it." in text_of(await press(bot, fake, click(private, knew,
                                                                          user_id=301)))
    assert "Already noted: Knew it" in text_of(
        await press(bot, fake, click(private, not_yet, user_id=301))
    )
    # Another member: "not yet" is a review too (FSRS "Again").
    await press(bot, fake, click(message, show, user_id=302))
    assert "Noted: not yet." in text_of(await press(bot, fake, click(private, not_yet,
                                                                       user_id=302)))
    with sqlite3.connect(bot.app.settings.database) as conn:
        rows = conn.execute(
            "SELECT m.user_id, c.lapses, a.points FROM cards c"
            " JOIN members m ON m.id = c.member_id JOIN answers a ON a.member_id = m.id"
            " ORDER BY m.user_id"
        ).fetchall()
    assert rows == [("301", 0, 0), ("302", 0, 0)]


async def test_a_practice_flashcard_is_private_and_graded(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    bot = await make_bot(questions=CARDS)
    bot.feed(slash("quiz"))
    [call] = await fake.wait_responses(1)
    question = message_from(call)
    assert labels(question) == ["Show answer"]
    [show] = custom_ids(question)[:1]
    assert show.startswith("sb:ans:t:")
    # A practice question is already private: it is settled in place (type 7).
    shown = await settle(bot, fake, click(question, show))
    assert "Only one thread at a time" in text_of(shown) and labels(shown) == [
        "Knew it", "Not yet"]
    knew = next(i for i in custom_ids(shown) if i.startswith("sb:ans:h:"))
    graded = await settle(bot, fake, click(message_from(fake.responses()[-1]), knew))
    assert "Noted: you knew it." in text_of(graded) and labels(graded) == []


async def settle(bot: Bot, fake: FakeDiscord, payload: dict[str, Any]) -> dict[str, Any]:
    before = len(fake.responses())
    bot.feed(payload)
    calls = await fake.wait_responses(before + 1)
    assert (calls[before].body or {}).get("type") == 7  # UPDATE_MESSAGE
    return reply_data(calls[before])
