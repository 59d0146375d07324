"""Reply -> terminal text for the shell adapter.

Styles come from click.style; click.echo drops them when the output is not a
terminal, so piped transcripts stay plain text.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

import click

from bot.core.messages import t
from bot.core.types import Reply, ReplyKind

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`\n]+)`")


def inline(text: str) -> str:
    """Light Markdown to terminal styles: **bold** and `code`."""
    text = _BOLD.sub(lambda m: click.style(m.group(1), bold=True), text)
    return _CODE.sub(lambda m: click.style(m.group(1), fg="cyan"), text)


def when(moment: datetime, zone: tzinfo | None = None) -> str:
    """A timestamp people can read: in `zone` when given, else UTC."""
    local = moment.astimezone(zone or UTC)
    label = getattr(zone, "key", None) or local.tzname() or "UTC"
    return f"{local:%Y-%m-%d %H:%M} ({label})"


def reply_lines(reply: Reply, *, lang: str = "ko", zone: tzinfo | None = None) -> list[str]:
    """The lines that show `reply`, styled, without a trailing blank line."""
    lines: list[str] = []
    if reply.title:
        colour = "red" if reply.kind is ReplyKind.ERROR else "yellow"
        lines.append(click.style(f"== {_plain(reply.title)} ==", fg=colour, bold=True))
    if reply.text:
        error = reply.kind is ReplyKind.ERROR
        for line in reply.text.splitlines():
            if line.strip() == "```":  # code fences (report tables) mean nothing here
                continue
            lines.append(click.style(inline(line), fg="red") if error else inline(line))
    for field in reply.fields:
        name = click.style(f"{_plain(field.name)}:", bold=True)
        parts = field.value.splitlines() or [""]
        if len(parts) == 1 and len(parts[0]) <= 60:
            lines.append(f"{name} {inline(parts[0])}")
        else:
            lines.append(name)
            lines.extend(f"  {inline(part)}" for part in parts)
    for key, moment in reply.times:
        lines.append(click.style(f"{t(lang, key)}: {when(moment, zone)}", dim=True))
    if reply.image_path:
        lines.append(click.style(t(lang, "shell.image", path=reply.image_path), dim=True))
    if reply.question is not None:
        kind = reply.question.answer_kind
        if kind.shows_card:
            hint = t(lang, "shell.show_with")
        elif kind.grades_card:
            hint = t(lang, "shell.grade_with")
        else:
            hint = t(lang, "shell.answer_with", n=len(reply.question.choices))
        lines.append(click.style(inline(hint), fg="green", dim=True))
    # Buttons the other platforms draw are commands to type here.
    for action in reply.actions:
        typed = f"`/{action.command} {action.args}`".replace(" `", "`")
        lines.append(click.style(inline(f"-> {action.label}: {typed}"), fg="green", dim=True))
    return lines


def _plain(text: str) -> str:
    return _BOLD.sub(lambda m: m.group(1), text)
