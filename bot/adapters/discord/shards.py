"""Gateway sharding across processes: `studybot run --shards 0-3 --shard-count 8`.

Discord requires sharding from 2,500 guilds and routes every gateway event of
a guild, interactions included, to shard `(guild_id >> 22) % shard_count`. A
process started with some shard ids opens only those gateway connections (one
discord.py AutoShardedClient), so it answers the interactions of its shards'
guilds; other processes run the other shards. Daily posts do not depend on the
shard: they go out over REST from whichever process claims them (DESIGN.md,
"Where daily posts go out from").
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SHARDS = 1 << 16


@dataclass(frozen=True, kw_only=True, slots=True)
class Shards:
    ids: tuple[int, ...]
    count: int


def shard_of(guild_id: int, count: int) -> int:
    """The shard Discord sends a guild's events to."""
    return (guild_id >> 22) % count


def parse_shards(ids_text: str | None, count: int | None) -> Shards | None:
    """`--shards 0-3,6` and `--shard-count 8` -> Shards; None when neither is given.
    Raises ValueError with a one-line reason."""
    if ids_text is None and count is None:
        return None
    if count is None:
        raise ValueError("--shards needs --shard-count (the total across every process)")
    if not 1 <= count <= MAX_SHARDS:
        raise ValueError(f"--shard-count must be between 1 and {MAX_SHARDS}, not {count}")
    if ids_text is None:
        return Shards(ids=tuple(range(count)), count=count)
    ids: set[int] = set()
    for part in ids_text.replace(" ", "").split(","):
        first, dash, last = part.partition("-")
        if not first.isdigit() or (dash and not last.isdigit()):
            raise ValueError(f"--shards {ids_text!r}: write shard ids like 0-3 or 0,2,5")
        low, high = int(first), int(last) if dash else int(first)
        if low > high:
            raise ValueError(f"--shards {ids_text!r}: {part} runs backwards")
        if high >= count:
            raise ValueError(f"--shards {ids_text!r}: shard {high} >= --shard-count {count}")
        ids.update(range(low, high + 1))
    return Shards(ids=tuple(sorted(ids)), count=count)
