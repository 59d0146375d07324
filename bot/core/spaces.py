"""Whose group is it: the space check every admin command passes.

A group lives in one space (a Discord guild, a Slack workspace, a shell space)
and only that space's admins may change it. Adapters already resolve every
channel a member names in the member's own space; the core checks again, so a
wrong adapter still cannot reach another space's group:

1. A group's stored space must equal the caller's space, else the command is
   refused (`other_space`) and nothing changes.
2. A group stored without a space (rows from before spaces were kept, or a
   Discord DM) adopts the space of the first admin who reaches it through a
   channel the platform or the adapter vouched for: the channel the command
   came from, or a `Command.target` the adapter resolved. The store writes the
   adoption only while the space is still empty, and migration 0020 forbids
   changing a space once set.
3. A target must be in the caller's own space (an adapter may only hand over
   channels it resolved there), and on the caller's platform.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from bot.core.records import GroupSettings
from bot.core.types import GroupRef

OTHER_SPACE = "other_space"


class SpaceStore(Protocol):
    async def adopt_space(self, group_id: int, space_id: str) -> str:
        """Give a group stored without a space `space_id`; return the space the
        group has afterwards (another one when it was set meanwhile)."""
        ...


def target_in_caller_space(caller: GroupRef, target: GroupRef) -> bool:
    """Rule 3: what an adapter may hand over as a command's target."""
    return target.platform is caller.platform and target.space_id == caller.space_id


async def check_space(
    store: SpaceStore, settings: GroupSettings, caller: GroupRef
) -> GroupSettings | None:
    """The group's settings when a caller from `caller.space_id` may administer
    it (adopting the caller's space for a group stored without one), else None."""
    stored = settings.ref.space_id
    if stored == caller.space_id:
        return settings
    if stored or not caller.space_id:
        return None
    adopted = await store.adopt_space(settings.id, caller.space_id)
    if adopted != caller.space_id:
        return None
    return replace(settings, ref=replace(settings.ref, space_id=adopted))
