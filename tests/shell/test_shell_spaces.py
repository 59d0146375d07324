"""Spaces in the shell (its servers and workspaces): a channel of another
space cannot be scheduled from here, by the shell adapter and, after a restart
that forgot which channel is where, by the core."""

from __future__ import annotations

from typing import Any

import pytest
from hostile_input import HOSTILE, TRACEBACK, hostile
from hypothesis import given
from hypothesis import strategies as st
from shell_harness import Opener, Transcript

from bot.core.types import CommandName

START = "2026-03-02T08:00Z"


async def groups(t: Transcript) -> dict[str, tuple[Any, ...]]:
    """channel -> its group row."""
    assert t.app is not None
    rows = await t.app.store.db.fetchall("SELECT * FROM groups ORDER BY id")
    return {row["channel_id"]: tuple(row) for row in rows}


async def b_paused_at_seven(t: Transcript) -> None:
    out = await t.script(
        """
        /settings language en
        /space b
        /channel other
        /settings language en
        /schedule 07:00 UTC
        /pause
        /space local
        """
    )
    assert "07:00 (UTC) in #other" in out, out
    assert t.session is not None and (t.session.space, t.session.channel) == ("local", "local")


async def test_scheduling_another_spaces_channel_is_refused(opened: Opener) -> None:
    t = await opened(START)
    await b_paused_at_seven(t)
    before = await groups(t)
    for line in ("/schedule 03:00 UTC <#other>", "/schedule 03:00 UTC #other"):
        out = await t.say(line)
        assert "#other is in space b" in out, out
    # A new process has forgotten where #other is: the core still refuses.
    await t.restart()
    out = await t.say("/schedule 03:00 UTC <#other>")
    assert "belongs to another server" in out, out
    after = await groups(t)
    assert after["other"] == before["other"]
    assert after["other"][3] == "b" and after["local"][3] == "local"


async def test_a_channel_of_ones_own_space_is_scheduled(opened: Opener) -> None:
    t = await opened(START)
    await t.say("/settings language en")
    out = await t.say("/schedule 08:00 UTC #daily")
    assert "08:00 (UTC)" in out and "#daily" in out, out
    await t.say("/space b")
    assert t.session is not None and t.session.prompt == "alice@b#b> "
    out = await t.say("/channel daily")
    assert "#daily" in out and "/space local" in out, out
    assert t.session.channel == "b"
    assert (await groups(t))["daily"][3] == "local"


SHELL_COMMANDS = [c.value for c in CommandName] + ["answer", "flag", "show", "knew", "notyet"]


@pytest.fixture
async def shell_in_b(opened: Opener) -> Transcript:
    """Space local's channel is scheduled and paused; the member is in space b."""
    t = await opened(START)
    await t.script("/settings language en\n/schedule 07:00 UTC\n/pause\n/space b\n/channel mine")
    return t


@HOSTILE
@given(name=st.sampled_from(SHELL_COMMANDS), args=hostile(["local"]), admin=st.booleans())
async def test_hostile_arguments_to_every_shell_command(
    shell_in_b: Transcript, name: str, args: str, admin: bool
) -> None:
    t = shell_in_b
    await t.say("/as alice" if admin else "/as bob")
    before = await groups(t)
    out = await t.say(f"/{name} {args}")
    assert not TRACEBACK.search(out), out
    after = await groups(t)
    for channel, row in before.items():
        if channel != "mine":
            assert after[channel] == row, channel
    assert all(row[3] == "b" for channel, row in after.items() if channel not in before)
