"""How long a member waits: INTERACTION_CREATE in, first response out, through
the real discord.py client, the real core and SQLite. Discord drops anything
slower than 3 seconds; the test guards a wide margin and prints the figures
(`pytest tests/discord/test_discord_latency.py -s`)."""

from __future__ import annotations

import statistics
import time

from discord_fakes import CHANNEL_ID, FakeDiscord, click, custom_ids, option, slash
from discord_harness import Bot

from bot.adapters.discord.commands import ADMIN_GROUP

CLICKS = 60


async def test_answer_clicks_are_answered_well_within_three_seconds(
    bot: Bot, fake: FakeDiscord
) -> None:
    bot.feed(slash(ADMIN_GROUP, [option("time", "09:00")], sub="schedule", admin=True))
    bot.feed(slash(ADMIN_GROUP, sub="post-now", admin=True))
    await fake.wait_for("POST", rf"/channels/{CHANNEL_ID}/messages")
    message = fake.messages[max(fake.messages)]
    buttons = [i for i in custom_ids(message) if i.startswith("sb:ans:")]
    await fake.wait_responses(2)

    waits: list[float] = []
    for n in range(CLICKS):
        before = len(fake.responses())
        started = time.perf_counter()
        bot.feed(click(message, buttons[n % len(buttons)], user_id=10_000 + n))
        await fake.wait_responses(before + 1)
        waits.append((time.perf_counter() - started) * 1000)
    waits.sort()
    p50 = statistics.median(waits)
    p95 = waits[int(0.95 * len(waits)) - 1]
    figures = f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {waits[-1]:.1f} ms"
    print(f"\nanswer click -> first response ({CLICKS} clicks): {figures}")
    assert p95 < 1000
