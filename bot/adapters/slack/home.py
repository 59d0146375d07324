"""The App Home tab: the member's stats and the group boards, via views.publish.

The Home tab belongs to a member, not to a channel, and the core knows groups
only by channel. The adapter therefore remembers which study channels it has
seen in each workspace (commands, clicks, daily posts) and shows one section per
channel, most recent first. The memory starts empty after a restart and fills
again with the next command or daily post; until then the tab shows a hint.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from bot.adapters.slack.blocks import Block, render
from bot.core.messages import LANGUAGES, t
from bot.core.types import GroupRef, Reply

_HOME_MAX_BLOCKS = 100  # views allow 100 blocks, messages 50
MAX_GROUPS = 3  # per workspace on one Home tab
_REMEMBERED = 50  # channels remembered per workspace



class SeenGroups:
    """Study channels seen per workspace, most recent last."""

    def __init__(self) -> None:
        self._by_team: dict[str, OrderedDict[str, GroupRef]] = {}

    def saw(self, group: GroupRef) -> None:
        if not group.channel_id or group.channel_id.startswith("D"):
            return  # direct-message channels are not study groups
        seen = self._by_team.setdefault(group.space_id, OrderedDict())
        seen[group.channel_id] = group
        seen.move_to_end(group.channel_id)
        while len(seen) > _REMEMBERED:
            seen.popitem(last=False)

    def recent(self, team_id: str, limit: int = MAX_GROUPS) -> list[GroupRef]:
        seen = self._by_team.get(team_id)
        return list(reversed(seen.values()))[:limit] if seen else []


def home_view(sections: list[tuple[GroupRef, Reply]], language: str = "ko") -> dict[str, Any]:
    blocks: list[Block] = []
    for group, reply in sections:
        if blocks:
            blocks.append({"type": "divider"})
        if len(sections) > 1:
            blocks.append(
                {
                    "type": "context",
                    "elements": [{"type": "mrkdwn", "text": f"<#{group.channel_id}>"}],
                }
            )
        blocks.extend(render(reply, language, buttons=False)[1])
    if not blocks:
        hint = t(language if language in LANGUAGES else "en", "slack.home_hint")
        blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": hint}}]
    return {"type": "home", "blocks": blocks[:_HOME_MAX_BLOCKS]}
