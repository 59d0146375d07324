"""The shell's Outbox: what the bot says unprompted is printed with its channel."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from datetime import tzinfo

import click

from bot.adapters.shell_render import reply_lines
from bot.core.messages import t
from bot.core.types import GroupRef, QuestionView, Reply

Echo = Callable[[str], None]
# group -> (its time zone, its language), to show times and labels as the group does
LocaleLookup = Callable[[GroupRef], Awaitable[tuple[tzinfo | None, str]]]


def stdout_echo(line: str) -> None:
    click.echo(line)


class ShellOutbox:
    """The core's Outbox for the shell: posts are printed with their channel.

    It also remembers the latest question posted in each channel so that
    `/answer N` can press its button.
    """

    def __init__(self, echo: Echo = stdout_echo, locale_for: LocaleLookup | None = None) -> None:
        self._echo = echo
        self.locale_for = locale_for
        # Set by an interactive session while it waits for input: the prompt to
        # draw again after printing something nobody typed a command for.
        self.waiting_prompt: str | None = None
        self._ids = itertools.count(1)
        self._seq = itertools.count(1)
        # (channel, member or "" for everyone) -> (sequence, question)
        self.seen: dict[tuple[str, str], tuple[int, QuestionView]] = {}

    def remember(self, channel: str, member: str, question: QuestionView) -> None:
        self.seen[(channel, member)] = (next(self._seq), question)

    def latest(self, channel: str, member: str) -> QuestionView | None:
        mine = self.seen.get((channel, member))
        everyone = self.seen.get((channel, ""))
        best = max((c for c in (mine, everyone) if c is not None), default=None)
        return best[1] if best is not None else None

    async def locale(self, group: GroupRef) -> tuple[tzinfo | None, str]:
        if self.locale_for is None:
            return None, "ko"
        return await self.locale_for(group)

    async def zone(self, group: GroupRef) -> tzinfo | None:
        return (await self.locale(group))[0]

    async def lines(self, reply: Reply, group: GroupRef) -> list[str]:
        zone, lang = await self.locale(group)
        return reply_lines(reply, lang=lang, zone=zone)

    async def show(self, header: str, reply: Reply, group: GroupRef) -> None:
        waiting = self.waiting_prompt
        if waiting is not None:  # a scheduled post while the prompt waits for typing
            self._echo("")
        self._echo(click.style(header, fg="magenta", bold=True))
        for line in await self.lines(reply, group):
            self._echo(f"  {line}")
        self._echo("")
        if waiting is not None:
            click.echo(click.style(waiting, fg="blue", bold=True), nl=False)

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        message_id = f"m{next(self._ids)}"
        if reply.question is not None:
            self.remember(group.channel_id, "", reply.question)
        lang = (await self.locale(group))[1]
        header = t(lang, "shell.posted", channel=group.channel_id, ref=message_id)
        await self.show(header, reply, group)
        return message_id

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        lang = (await self.locale(group))[1]
        header = t(lang, "shell.updated", channel=group.channel_id, ref=message_ref)
        await self.show(header, reply, group)

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        lang = (await self.locale(group))[1]
        await self.show(t(lang, "shell.direct", member=member_id), reply, group)
