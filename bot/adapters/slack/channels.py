"""Which workspace a channel belongs to: `conversations.info`, asked with the
bot token of the workspace the command came from.

A channel an admin mentions (`/study schedule 09:00 #daily`) becomes the
command's target only when it is a channel of the admin's own workspace: one
it hosts, or a shared channel (Slack Connect, or shared across an Enterprise
Grid org) that lists the workspace among its teams. Another workspace's
channel is either invisible to this token (`channel_not_found`) or names
other teams, and is refused; so is a channel that cannot be looked up.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.commands import group_of
from bot.core.types import GroupRef

log = logging.getLogger(__name__)

# A real channel mention as Slack writes it in an escaped command text:
# `<#C123|name>` or `<#C123>`. A member who types `<#C123>` by hand gets
# `&lt;#C123&gt;` instead, so only Slack itself can produce this form.
MENTION = re.compile(r"<#([CG][A-Z0-9]{2,30})(?:\|[^<>]*)?>")


def first_mention(raw_text: str) -> str | None:
    """The channel id of the first real channel mention in the raw text."""
    found = MENTION.search(raw_text)
    return found.group(1) if found else None


def teams_of(channel: Mapping[str, Any]) -> set[str]:
    """The workspaces a conversations.info channel belongs to."""
    teams = {str(t) for t in channel.get("shared_team_ids") or ()}
    teams |= {str(t) for t in channel.get("internal_team_ids") or ()}
    if channel.get("context_team_id"):
        teams.add(str(channel["context_team_id"]))
    return teams


async def channel_in_team(client: AsyncWebClient, team_id: str, channel_id: str) -> GroupRef | None:
    """The channel as a command target when it belongs to `team_id`, else None."""
    try:
        response = await client.conversations_info(channel=channel_id)
    except SlackApiError as exc:
        log.info(
            "conversations.info %s for team %s: %s", channel_id, team_id, exc.response.get("error")
        )
        return None
    channel = response.get("channel") or {}
    if str(channel.get("id", "")) != channel_id:
        return None
    teams = teams_of(channel)
    if teams and team_id not in teams:
        log.warning("refused channel %s of %s for team %s", channel_id, sorted(teams), team_id)
        return None
    if not teams and any(channel.get(k) for k in ("is_shared", "is_ext_shared", "is_org_shared")):
        return None  # shared, but with no team list to check it against
    return group_of(team_id, channel_id)
