"""Argument parsing for commands: pure functions, no I/O.

Every parser returns either a value or a `Problem` (a message key plus the
offending text) that the service turns into a short error reply.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import time

from bot.core.clock import parse_hhmm
from bot.core.records import DailyKinds, Period, StreakRule
from bot.core.timezones import looks_like_zone, resolve_zone
from bot.core.types import ADMIN_COMMANDS, CommandName

MAX_ARGS = 300  # longer input is refused: nothing a member types needs more
MAX_ECHO = 40  # how much of a bad value we quote back
MAX_WINDOW = 7 * 24 * 60  # answer window in minutes: at most a week

USER_COMMANDS = (
    CommandName.LOOKUP,
    CommandName.QUIZ,
    CommandName.LEADERBOARD,
    CommandName.STATS,
    CommandName.TOPICS,
    CommandName.REMIND,
    CommandName.HELP,
)
ADMIN_HELP = (
    CommandName.SCHEDULE,
    CommandName.PAUSE,
    CommandName.RESUME,
    CommandName.POST_NOW,
    CommandName.REPORT,
    CommandName.REPORTS,
    CommandName.RELOAD,
    CommandName.SETTINGS,
    CommandName.DECK,
)

_ALIASES = {
    "board": "leaderboard",
    "lb": "leaderboard",
    "postnow": "post-now",
    "post_now": "post-now",
}
# Channel mentions as the platforms write them: <#123>, <#C123|name>, #name, or a bare id.
_CHANNEL = re.compile(r"^(?:<#([A-Za-z0-9_-]{1,80})(?:\|[^>]*)?>|#([\w-]{1,80}))$")
_BARE_ID = re.compile(r"^(?:\d{5,25}|[CG][A-Z0-9]{6,20})$")


@dataclass(frozen=True, kw_only=True, slots=True)
class Problem:
    key: str
    value: str = ""
    suggestions: tuple[str, ...] = ()  # "did you mean" candidates


@dataclass(frozen=True, kw_only=True, slots=True)
class ScheduleArgs:
    post_time: time
    timezone: str | None = None
    channel_id: str | None = None
    deck: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class SettingsArgs:
    language: str | None = None
    window_minutes: int | None = None
    window_next: bool = False
    streak_rule: StreakRule | None = None
    favour_weak: bool | None = None
    new_per_day: int | None = None
    recap: bool | None = None
    daily_kinds: DailyKinds | None = None
    report_threshold: int | None = None


MAX_NEW_PER_DAY = 50
MAX_REPORT_THRESHOLD = 50


def clip(text: str, limit: int = MAX_ECHO) -> str:
    """Quote user text back safely: one line, bounded, no backticks."""
    flat = " ".join(text.split()).replace("`", "'")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def command_name(raw: str) -> CommandName | None:
    name = raw.strip().lstrip("/").lower()
    name = _ALIASES.get(name, name)
    try:
        return CommandName(name)
    except ValueError:
        return None


def is_admin_command(name: CommandName) -> bool:
    return name in ADMIN_COMMANDS


def parse_period(args: str) -> Period | Problem:
    word = args.strip().lower()
    if not word:
        return Period.WEEK
    aliases = {"w": "week", "m": "month", "a": "all", "alltime": "all", "all-time": "all"}
    try:
        return Period(aliases.get(word, word))
    except ValueError:
        return Problem(key="board_usage", value=clip(args))


def parse_schedule(args: str, decks: Collection[str]) -> ScheduleArgs | Problem | None:
    """`HH:MM [IANA tz] [#channel|channel-id] [deck]`, the optional parts in any
    order. None means no arguments (show the current schedule)."""
    words = args.split()
    if not words:
        return None
    post_time = parse_hhmm(words[0])
    if post_time is None:
        return Problem(key="bad_time", value=clip(words[0]))
    timezone: str | None = None
    channel: str | None = None
    deck: str | None = None
    for word in words[1:]:
        mention = _CHANNEL.match(word)
        if channel is None and (mention is not None or _BARE_ID.match(word)):
            channel = (mention.group(1) or mention.group(2)) if mention else word
            continue
        if deck is None and word in decks:
            deck = word
            continue
        choice = resolve_zone(word) if timezone is None else None
        if choice is not None and choice.name is not None:
            timezone = choice.name
        elif choice is not None and (choice.suggestions or looks_like_zone(word) or not decks):
            return Problem(key="bad_tz", value=clip(word), suggestions=choice.suggestions)
        elif deck is None and decks:
            return Problem(key="bad_deck", value=clip(word))
        else:
            return Problem(key="bad_arg", value=clip(word))
    return ScheduleArgs(post_time=post_time, timezone=timezone, channel_id=channel, deck=deck)


_SETTING_KEYS = {
    "language": "language",
    "lang": "language",
    "window": "window",
    "streak": "streak",
    "weak": "weak",
    "favour-weak": "weak",
    "favor-weak": "weak",
    "new": "new",
    "recap": "recap",
    "daily": "daily",
    "reports": "reports",
}


def parse_settings(args: str) -> SettingsArgs | Problem | None:
    """`language ko|en`, `window <minutes>|next`, `streak right|any`,
    `weak on|off`, `new <0-50>` (new concepts a day in practice), `recap on|off`,
    `daily mix|mc|cards`, `reports 1-50` (members whose reports retire a
    question for the group), any subset, as key/value pairs. A refusal names the
    setting it could not read, so its message can list that setting's valid values."""
    words = args.lower().split()
    if not words:
        return None
    result = SettingsArgs()
    for i in range(0, len(words), 2):
        key = _SETTING_KEYS.get(words[i])
        if key is None:
            return Problem(key="bad_setting", value=clip(words[i]))
        value = words[i + 1] if i + 1 < len(words) else ""
        if key == "language" and value in {"ko", "en"}:
            result = replace(result, language=value)
        elif key == "window" and value in {"next", "none", "off"}:
            result = replace(result, window_next=True, window_minutes=None)
        elif key == "window" and value.isdigit() and 0 < int(value) <= MAX_WINDOW:
            result = replace(result, window_minutes=int(value), window_next=False)
        elif key == "streak" and value in {"right", "any"}:
            result = replace(result, streak_rule=StreakRule(value))
        elif key == "weak" and value in {"on", "off"}:
            result = replace(result, favour_weak=value == "on")
        elif key == "new" and value.isdigit() and int(value) <= MAX_NEW_PER_DAY:
            result = replace(result, new_per_day=int(value))
        elif key == "recap" and value in {"on", "off"}:
            result = replace(result, recap=value == "on")
        elif key == "daily" and value in {k.value for k in DailyKinds}:
            result = replace(result, daily_kinds=DailyKinds(value))
        elif key == "reports" and value.isdigit() and 1 <= int(value) <= MAX_REPORT_THRESHOLD:
            result = replace(result, report_threshold=int(value))
        else:
            return Problem(key=f"bad_setting.{key}", value=clip(f"{words[i]} {value}".strip()))
    return result


def parse_switch(args: str) -> bool | Problem | None:
    """`on` / `off` (and a few synonyms); None for no argument (show the status)."""
    word = args.strip().lower()
    if not word:
        return None
    if word in {"on", "yes", "true", "1", "켜기", "켬"}:
        return True
    if word in {"off", "no", "false", "0", "끄기", "끔"}:
        return False
    return Problem(key="remind_usage", value=clip(args))
