"""`/study <sub> args` -> Command.

Slack allows one slash command per name, so every core command is a
subcommand of `/study`. Aliases that read naturally in chat (`top`, `me`) are
mapped here; anything unknown is passed through unchanged so the core answers
with its help text rather than the adapter failing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bot.core.types import ADMIN_COMMANDS, Command, CommandName, GroupRef, Member, Platform

SLASH_COMMAND = "/study"

ALIASES: dict[str, CommandName] = {
    "top": CommandName.LEADERBOARD,
    "board": CommandName.LEADERBOARD,
    "rank": CommandName.LEADERBOARD,
    "me": CommandName.STATS,
    "mystats": CommandName.STATS,
    "search": CommandName.LOOKUP,
    "find": CommandName.LOOKUP,
    "practice": CommandName.QUIZ,
    "postnow": CommandName.POST_NOW,
    "post_now": CommandName.POST_NOW,
    "?": CommandName.HELP,
}

# Shown in the manifest's usage hint; the core owns the full help text.
USAGE_HINT = "lookup <term> | quiz | top [week|month|all] | me | topics | help"


def unescape(text: str) -> str:
    """Slack sends `&`, `<`, `>` typed by the user as HTML entities; the
    mention syntax (<#C123|name>) uses real brackets and is left alone.
    Unescaped text is the member's words only: a `<#C…>` typed by hand reads
    like a mention here but never becomes a channel reference (only a real
    mention, checked by bot.adapters.slack.channels, becomes the command's
    target; the core refuses any other channel word)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def split(text: str) -> tuple[str, str]:
    """('sub', 'rest of the text'); an empty input means help."""
    stripped = unescape(text).strip()
    if not stripped:
        return CommandName.HELP.value, ""
    head, _, rest = stripped.partition(" ")
    return head, rest.strip()


def command_name(sub: str) -> str:
    """Canonical core name for what the user typed (unknown names pass through)."""
    lowered = sub.lower()
    if lowered in ALIASES:
        return ALIASES[lowered].value
    return lowered


def is_admin_command(name: str) -> bool:
    return name in {c.value for c in ADMIN_COMMANDS}


def group_of(team_id: str, channel_id: str) -> GroupRef:
    return GroupRef(platform=Platform.SLACK, channel_id=channel_id, space_id=team_id)


def parse(payload: Mapping[str, Any], *, at: datetime, is_admin: bool = False) -> Command:
    """A slash-command payload (the form fields Slack sends) as a core Command."""
    sub, args = split(str(payload.get("text", "")))
    return Command(
        name=command_name(sub),
        args=args,
        group=group_of(str(payload.get("team_id", "")), str(payload.get("channel_id", ""))),
        member=Member(
            user_id=str(payload.get("user_id", "")),
            display_name=str(payload.get("user_name", "")),
            is_admin=is_admin,
        ),
        at=at,
    )
