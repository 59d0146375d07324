"""Sharding across processes: the flags, and a sharded client answering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import discord
import pytest
from click.testing import CliRunner
from discord_fakes import GUILD_ID, FakeDiscord, reply_data, slash, text_of
from discord_harness import Bot

from bot.adapters.discord.shards import Shards, parse_shards, shard_of
from bot.cli import cli


def test_shard_flags() -> None:
    assert parse_shards(None, None) is None
    assert parse_shards("0-3", 8) == Shards(ids=(0, 1, 2, 3), count=8)
    assert parse_shards("5,0-1,1", 8) == Shards(ids=(0, 1, 5), count=8)
    assert parse_shards(None, 2) == Shards(ids=(0, 1), count=2)
    for ids, count, reason in (
        ("0-3", None, "needs --shard-count"),
        ("0-8", 8, "shard 8 >= --shard-count 8"),
        ("3-1", 8, "runs backwards"),
        ("a", 8, "write shard ids like"),
        ("0", 0, "between 1 and"),
    ):
        with pytest.raises(ValueError, match=reason):
            parse_shards(ids, count)


def test_bad_shard_flags_stop_run_with_one_line() -> None:
    done = CliRunner().invoke(cli, ["run", "--shards", "0-9", "--shard-count", "8"])
    assert done.exit_code != 0
    assert done.output.strip().splitlines()[-1] == (
        "Error: --shards '0-9': shard 9 >= --shard-count 8"
    )


def test_guilds_map_to_shards_as_discord_routes_them() -> None:
    # Discord's rule: (guild_id >> 22) % shard_count.
    assert shard_of(GUILD_ID, 8) == (GUILD_ID >> 22) % 8
    assert {shard_of(g << 22, 4) for g in range(8)} == {0, 1, 2, 3}


async def test_a_sharded_process_answers_its_guilds_interactions(
    make_bot: Callable[..., Awaitable[Bot]], fake: FakeDiscord
) -> None:
    mine = shard_of(GUILD_ID, 8)
    bot = await make_bot(shards=Shards(ids=(mine, (mine + 1) % 8), count=8))
    assert isinstance(bot.client, discord.AutoShardedClient)
    assert bot.client.shard_count == 8
    assert sorted(bot.client.shard_ids or []) == sorted({mine, (mine + 1) % 8})
    bot.feed(slash("help"))
    [call] = await fake.wait_responses(1)
    assert "lookup" in text_of(reply_data(call))
