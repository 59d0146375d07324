"""An admin of one space never changes another space's group, whatever an
adapter hands the core (bot/core/spaces.py): the cross-space test of the core."""

from __future__ import annotations

from dataclasses import replace

import pytest
from core_fakes import Harness, utc

from bot.core.records import GroupDefaults, GroupSettings
from bot.core.types import GroupRef, Platform, ReplyKind
from bot.storage.sql import Conn

AT = utc(2026, 11, 26, 1, 0)
X_HERE = GroupRef(platform=Platform.DISCORD, channel_id="100", space_id="X")
Y_CHAN = GroupRef(platform=Platform.DISCORD, channel_id="200", space_id="Y")


async def paused_y(h: Harness) -> GroupSettings:
    """Y's own admin schedules and pauses Y's group."""
    assert "07:00" in (await h.cmd("schedule", "07:00 Asia/Seoul", group=Y_CHAN, at=AT)).text
    await h.cmd("pause", group=Y_CHAN, at=AT)
    return await state(h, Y_CHAN)


async def state(h: Harness, ref: GroupRef) -> GroupSettings:
    assert h.store is not None
    return await h.store.ensure_group(ref, GroupDefaults())


@pytest.mark.parametrize(
    ("args", "target"),
    [
        # A mention pasted into the text, no target: free text never names a group.
        ("03:17 UTC <#200>", None),
        ("03:17 UTC 200000000000000", None),
        # A wrong adapter claims Y's channel is in X: the stored space says no.
        ("03:17 UTC", GroupRef(platform=Platform.DISCORD, channel_id="200", space_id="X")),
        ("03:17 UTC <#200>", GroupRef(platform=Platform.DISCORD, channel_id="200", space_id="X")),
        # A target outside the caller's space, or on another platform.
        ("03:17 UTC", Y_CHAN),
        ("03:17 UTC", GroupRef(platform=Platform.SLACK, channel_id="200", space_id="X")),
        # The text names one channel, the target is another.
        ("03:17 UTC <#200>", GroupRef(platform=Platform.DISCORD, channel_id="300", space_id="X")),
    ],
)
async def test_an_admin_of_x_cannot_schedule_ys_channel(
    harness: Harness, args: str, target: GroupRef | None
) -> None:
    h = harness
    before = await paused_y(h)
    changes = len(h.listener.changes)
    reply = await h.cmd("schedule", args, group=X_HERE, target=target, at=AT, locale="en")
    assert reply.kind is ReplyKind.ERROR and reply.ephemeral
    assert "belongs to another server" in reply.text or "pasted as text" in reply.text
    after = await state(h, Y_CHAN)
    assert after == before and after.paused and after.post_time.hour == 7
    assert len(h.listener.changes) == changes
    await h.restart()  # what is on disk, not only the cache
    assert await state(h, Y_CHAN) == before


async def test_commands_in_ys_channel_from_another_space_are_refused(harness: Harness) -> None:
    """An adapter that got the caller's space wrong still changes nothing."""
    h = harness
    before = await paused_y(h)
    wrong = GroupRef(platform=Platform.DISCORD, channel_id="200", space_id="X")
    for name, args in [
        ("resume", ""),
        ("schedule", "03:17 UTC"),
        ("settings", "language ko"),
        ("post-now", ""),
        ("pause", ""),
    ]:
        reply = await h.cmd(name, args, group=wrong, at=AT, locale="en")
        assert reply.kind is ReplyKind.ERROR, name
        assert "belongs to another server" in reply.text, name
    assert await state(h, Y_CHAN) == before
    assert h.outbox.posts == []


async def test_a_target_in_the_callers_space_is_scheduled(harness: Harness) -> None:
    h = harness
    daily = GroupRef(platform=Platform.DISCORD, channel_id="101", space_id="X")
    reply = await h.cmd("schedule", "08:00 UTC", group=X_HERE, target=daily, at=AT)
    assert reply.kind is ReplyKind.TEXT and "#101" in reply.text
    stored = await state(h, daily)
    assert stored.scheduled and stored.ref.space_id == "X"
    assert not (await state(h, X_HERE)).scheduled


async def test_a_group_without_a_space_adopts_its_first_admins(harness: Harness) -> None:
    h = harness
    legacy = GroupRef(platform=Platform.DISCORD, channel_id="300", space_id="")
    await state(h, legacy)  # a row from before spaces were kept
    # Its own space's admin, from the channel itself (the platform vouches).
    here = GroupRef(platform=Platform.DISCORD, channel_id="300", space_id="Z")
    assert (await h.cmd("pause", group=here, at=AT)).kind is ReplyKind.TEXT
    assert (await state(h, legacy)).ref.space_id == "Z"
    # From now on another space is refused, through the channel or as a target.
    other = GroupRef(platform=Platform.DISCORD, channel_id="300", space_id="X")
    assert (await h.cmd("resume", group=other, at=AT)).kind is ReplyKind.ERROR
    assert (await h.cmd("schedule", "03:00", group=X_HERE, target=other, at=AT)).kind is (
        ReplyKind.ERROR
    )
    assert (await state(h, legacy)).paused
    # A member's command does not adopt anything: only admins' commands do.
    member_only = GroupRef(platform=Platform.DISCORD, channel_id="301", space_id="")
    await state(h, member_only)
    await h.cmd("leaderboard", group=replace(member_only, space_id="X"), at=AT)
    assert (await state(h, member_only)).ref.space_id == ""


async def test_a_target_without_a_space_adopts_the_verified_one(harness: Harness) -> None:
    h = harness
    await state(h, GroupRef(platform=Platform.DISCORD, channel_id="400", space_id=""))
    target = GroupRef(platform=Platform.DISCORD, channel_id="400", space_id="X")
    reply = await h.cmd("schedule", "06:00 UTC", group=X_HERE, target=target, at=AT)
    assert reply.kind is ReplyKind.TEXT
    assert (await state(h, target)).ref.space_id == "X"


async def test_the_store_never_changes_a_set_space(harness: Harness) -> None:
    h = harness
    y = await paused_y(h)
    assert h.store is not None
    # save_group does not write the space, whatever the settings say ...
    await h.store.save_group(_with_space(y, "X"))
    assert await h.store.adopt_space(y.id, "X") == "Y"
    await h.restart()
    assert h.store is not None
    assert (await state(h, Y_CHAN)).ref.space_id == "Y"
    # ... and the schema refuses any update that tries (migration 0020).
    for column, value in [("space_id", "X"), ("channel_id", "9"), ("platform", "slack")]:
        sql = f"UPDATE groups SET {column} = ? WHERE id = ?"

        async def update(conn: Conn, sql: str = sql, value: str = value) -> None:
            await conn.execute(sql, (value, y.id))

        with pytest.raises(Exception, match="never change"):
            await h.store.db.write(update)


def _with_space(settings: GroupSettings, space: str) -> GroupSettings:
    return replace(settings, ref=replace(settings.ref, space_id=space), paused=False)
