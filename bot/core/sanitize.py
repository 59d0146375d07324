"""Make platform text safe to store and echo before the core touches it.

Platforms can hand us strings no UTF-8 encoder accepts: JSON allows lone
surrogate escapes ("\\ud800"), and the shell decodes undecodable stdin bytes
with surrogateescape. SQLite refuses such strings, and PostgreSQL refuses the
NUL character in text, so each entry point of the service replaces them with
U+FFFD once, here, instead of failing deep inside.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

from bot.core.types import AnswerClick, Command, GroupRef, Member, ProblemReport

_LONE_SURROGATE = re.compile("[\x00\ud800-\udfff]")

Event = TypeVar("Event", Command, AnswerClick, ProblemReport)


def clean_text(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text)


def clean_group(group: GroupRef) -> GroupRef:
    return replace(
        group, channel_id=clean_text(group.channel_id), space_id=clean_text(group.space_id)
    )


def clean_member(member: Member) -> Member:
    return replace(
        member,
        user_id=clean_text(member.user_id),
        display_name=clean_text(member.display_name),
        locale=None if member.locale is None else clean_text(member.locale),
    )


def clean_event(event: Event, *text_fields: str) -> Event:
    """A copy of a Command/AnswerClick/ProblemReport with its group, member and
    the named free-text fields cleaned."""
    texts = [getattr(event, name) for name in text_fields]
    texts += [event.group.channel_id, event.group.space_id, event.member.user_id]
    texts += [event.member.display_name, event.member.locale or ""]
    if not any(_LONE_SURROGATE.search(text) for text in texts):
        return event  # the usual case: no copies on the hot path
    changes: dict[str, Any] = {name: clean_text(getattr(event, name)) for name in text_fields}
    changes["group"] = clean_group(event.group)
    changes["member"] = clean_member(event.member)
    return replace(event, **changes)
