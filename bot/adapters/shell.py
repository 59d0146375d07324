"""The shell adapter: the bot in a terminal, with no tokens, and a transcript harness.

One line is one command, with or without the leading slash. Platform commands
(`/lookup NAT`, `/quiz`, `/leaderboard week`, `/schedule 09:00 Asia/Seoul`, ...) go
to the core unchanged; the shell adds what a chat client would do with buttons
and accounts: `/answer N` (presses button N of the latest question you saw),
`/flag` (report a problem), `/as NAME`, `/channel NAME`, `/space NAME`, and a
simulated clock (`/clock`, `/advance`) that plays the daily cycle up to the new
time.

Spaces play the part of Discord servers and Slack workspaces: a channel
belongs to the space it was first used in (channel names are unique across
spaces, as platform channel ids are), and a `#channel` named in a command is
resolved in the member's current space. Naming another space's channel is
refused here, and the core refuses it again (bot.core.spaces) when this
session does not know the channel (a restart).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

import click

from bot.adapters.shell_clock import (
    MAX_MOVE,
    ClockRangeError,
    ShellClock,
    furthest,
    parse_moment,
    parse_span,
)
from bot.adapters.shell_outbox import Echo, LocaleLookup, ShellOutbox, stdout_echo
from bot.adapters.shell_render import inline, when
from bot.core.commands import clip
from bot.core.messages import t
from bot.core.ports import StudyApi
from bot.core.types import (
    CARD_KNEW,
    CARD_NOT_YET,
    AnswerClick,
    Command,
    GroupRef,
    Member,
    Platform,
    ProblemReport,
    QuestionView,
    Reply,
    ReplyKind,
)
from bot.core.uploads import MAX_UPLOAD_MB

__all__ = ["Echo", "LocaleLookup", "ShellOutbox", "ShellSession", "shell_group", "stdin_lines"]

log = logging.getLogger(__name__)

SPACE = "local"



# A channel named in a command: `#name`, `<#name>` or `<#name|label>`.
_CHANNEL_WORD = re.compile(r"^(?:<#([\w-]{1,40})(?:\|[^<>]*)?>|#([\w-]{1,40}))$")


def shell_group(channel: str, space: str = SPACE) -> GroupRef:
    return GroupRef(platform=Platform.SHELL, channel_id=channel, space_id=space)


@dataclass(kw_only=True, slots=True)
class ShellUser:
    name: str
    admin: bool


class ShellSession:
    """Reads command lines and shows what the bot says; one session = one terminal."""

    def __init__(
        self,
        api: StudyApi,
        outbox: ShellOutbox,
        clock: ShellClock,
        *,
        user: str = "me",
        admin: bool = True,
        channel: str = "local",
        space: str = SPACE,
        play: Callable[[datetime, datetime], Awaitable[int]] | None = None,
        echo: Echo = stdout_echo,
    ) -> None:
        self._api = api
        self._outbox = outbox
        self._clock = clock
        self._owner = ShellUser(name=user, admin=admin)
        self.user = self._owner
        self.channel = channel
        self.space = space
        # The space each channel this session used belongs to (first use decides).
        self._spaces: dict[str, str] = {channel: space}
        self._play = play
        self._echo = echo
        self._local = {
            "answer": self._answer,
            "show": self._show_card,
            "knew": self._knew,
            "notyet": self._not_yet,
            "flag": self._report,
            "as": self._as,
            "channel": self._channel,
            "space": self._space,
            "clock": self._set_clock,
            "advance": self._advance,
        }

    @property
    def prompt(self) -> str:
        space = "" if self.space == SPACE else self.space
        return f"{self.user.name}@{space}#{self.channel}> "

    def member(self) -> Member:
        return Member(user_id=self.user.name, display_name=self.user.name, is_admin=self.user.admin)

    async def execute(self, line: str) -> bool:
        """Run one line; False when the session should end. Never raises on input."""
        text = line.strip()
        if not text or text.startswith("#"):
            return True
        name, _, args = text.lstrip("/").partition(" ")
        name, args = name.lower(), args.strip()
        if name in {"quit", "exit", "q"}:
            return False
        try:
            handler = self._local.get(name)
            if name == "deck" and args.split(maxsplit=1)[:1] == ["upload"]:
                await self._upload(args.partition(" ")[2].strip())
            elif handler is not None:
                await handler(args)
            else:
                await self._command(name, args)
        except Exception:
            log.exception("shell command %r failed", name[:40])
            await self._error("shell.failed")
        return True

    async def run(self, lines: AsyncIterator[str], *, interactive: bool) -> None:
        """Interactive: prompt before each line. Scripted: echo each line after
        its prompt, so that the output reads like a chat transcript."""
        while True:
            if interactive:
                click.echo(click.style(self.prompt, fg="blue", bold=True), nl=False)
                self._outbox.waiting_prompt = self.prompt
            try:
                line = await anext(lines)
            except StopAsyncIteration:
                break
            finally:
                self._outbox.waiting_prompt = None
            if not interactive and line.strip():
                self._echo(click.style(self.prompt, fg="blue") + line.rstrip("\n"))
            if not await self.execute(line):
                break

    # --- platform commands ----------------------------------------------------

    async def _command(self, name: str, args: str) -> None:
        group = self._group()
        target: GroupRef | None = None
        if name == "schedule":
            named = next(filter(None, (_CHANNEL_WORD.match(w) for w in args.split())), None)
            if named is not None:
                channel = named.group(1) or named.group(2)
                owner = self._spaces.get(channel, self.space)
                if owner != self.space:
                    await self._error("shell.channel_elsewhere", name=channel, space=owner)
                    return
                target = shell_group(channel, self.space)
        reply = await self._api.handle(
            Command(
                name=name,
                args=args,
                group=group,
                member=self.member(),
                at=self._clock(),
                target=target,
            )
        )
        if target is not None and reply.kind is not ReplyKind.ERROR:
            self._spaces.setdefault(target.channel_id, self.space)
        if reply.kind is ReplyKind.HELP and name != "help":
            # The core answers an unknown command with the whole help; one line is
            # enough in a terminal, where /help is one keystroke away.
            if name:
                await self._error("shell.unknown", name=f"`/{clip(name)}`")
            else:
                await self._error("shell.unknown_that")
            return
        await self._show(reply, group)
        if name == "help":
            self._echo(click.style(inline(t(await self._lang(), "shell.help")), dim=True))
            self._echo("")

    async def _show(self, reply: Reply, group: GroupRef) -> None:
        if reply.question is not None:
            who = self.user.name if reply.ephemeral else ""
            self._outbox.remember(group.channel_id, who, reply.question)
        lines = await self._outbox.lines(reply, group)
        if reply.ephemeral:
            self._echo(click.style(t(await self._lang(), "shell.only_you"), dim=True))
        for line in lines:
            self._echo(line)
        self._echo("")

    def _group(self) -> GroupRef:
        return shell_group(self.channel, self.space)

    async def _lang(self) -> str:
        """The channel's group language: the shell speaks as the group does."""
        return (await self._outbox.locale(self._group()))[1]

    async def _error(self, key: str, **values: object) -> None:
        text = inline(t(await self._lang(), key, **values))
        self._echo(click.style(text, fg="red"))
        self._echo("")

    # --- shell-only commands --------------------------------------------------

    async def _upload(self, path: str) -> None:
        """`/deck upload PATH`: the file is read here (what a chat client would
        attach); the core checks it like any upload, with the same limits."""
        if not path:
            await self._error("shell.upload_usage")
            return
        file = Path(path)
        try:
            data = await asyncio.to_thread(_read_start, file, MAX_UPLOAD_MB * 1024 * 1024 + 1)
        except OSError as exc:
            await self._error("shell.upload_unreadable", path=clip(path, 80),
                              reason=exc.strerror or type(exc).__name__)  # fmt: skip
            return
        group = self._group()
        reply = await self._api.upload_deck(group, self.member(), file.name, data, self._clock())
        await self._show(reply, group)

    async def _answer(self, args: str) -> None:
        question = self._outbox.latest(self.channel, self.user.name)
        if question is None:
            await self._error("shell.no_question")
            return
        if question.answer_kind.shows_card or question.answer_kind.grades_card:
            await self._error("shell.is_flashcard")
            return
        count = len(question.choices)
        if not args.isdigit() or not 1 <= int(args) <= count:
            await self._error("shell.answer_usage", n=count)
            return
        await self._press(question, int(args) - 1)

    async def _press(self, question: QuestionView, index: int) -> None:
        """Press button `index` of a question the bot showed."""
        group = self._group()
        click_ = AnswerClick(
            kind=question.answer_kind,
            ref=question.answer_ref,
            choice=index,
            group=group,
            member=self.member(),
            at=self._clock(),
        )
        await self._show(await self._api.answer(click_), group)

    async def _show_card(self, args: str) -> None:
        question = self._outbox.latest(self.channel, self.user.name)
        if question is None or not question.answer_kind.shows_card:
            await self._error("shell.no_card")
            return
        await self._press(question, 0)

    async def _grade(self, choice: int) -> None:
        question = self._outbox.latest(self.channel, self.user.name)
        if question is None or not question.answer_kind.grades_card:
            await self._error("shell.nothing_to_grade")
            return
        await self._press(question, choice)

    async def _knew(self, args: str) -> None:
        await self._grade(CARD_KNEW)

    async def _not_yet(self, args: str) -> None:
        await self._grade(CARD_NOT_YET)

    async def _report(self, args: str) -> None:
        question = self._outbox.latest(self.channel, self.user.name)
        if question is None:
            await self._error("shell.no_flag")
            return
        if not args.strip():
            await self._error("shell.flag_usage")
            return
        group = self._group()
        report = ProblemReport(
            question_id=question.question_id,
            group=group,
            member=self.member(),
            at=self._clock(),
            reason=args,
        )
        await self._show(await self._api.report_problem(report), group)

    async def _as(self, args: str) -> None:
        name = args.strip()
        if not name or len(name) > 40 or " " in name:
            await self._error("shell.as_usage")
            return
        owner = self._owner
        self.user = owner if name == owner.name else ShellUser(name=name, admin=False)
        await self._note("shell.acting_admin" if self.user.admin else "shell.acting_as", name=name)

    async def _channel(self, args: str) -> None:
        name = args.strip().lstrip("#")
        if not name or len(name) > 40 or " " in name:
            await self._error("shell.channel_usage")
            return
        owner = self._spaces.setdefault(name, self.space)
        if owner != self.space:
            await self._error("shell.channel_elsewhere", name=name, space=owner)
            return
        self.channel = name
        await self._note("shell.now_in", name=name)

    async def _space(self, args: str) -> None:
        """Move to another space (server, workspace): to the first channel used
        there, else to one named after the space."""
        name = args.strip()
        if not name or len(name) > 40 or not re.fullmatch(r"[\w-]+", name):
            await self._error("shell.space_usage")
            return
        mine = [c for c, s in self._spaces.items() if s == name]
        channel = mine[0] if mine else name
        owner = self._spaces.setdefault(channel, name)
        if owner != name:
            await self._error("shell.channel_elsewhere", name=channel, space=owner)
            return
        self.space, self.channel = name, channel
        await self._note("shell.now_in_space", space=name, name=channel)

    async def _set_clock(self, args: str) -> None:
        zone = await self._outbox.zone(self._group())
        if not args:
            kind = "simulated" if self._clock.simulated else "real"
            await self._note(f"shell.clock_{kind}", when=when(self._clock(), zone))
            return
        try:
            moment = parse_moment(args, zone)
        except ClockRangeError:
            await self._error("shell.clock_range", latest=when(furthest(self._clock()), zone))
            return
        if moment is None:
            await self._error("shell.clock_usage")
            return
        await self._move(moment, zone)

    async def _advance(self, args: str) -> None:
        zone = await self._outbox.zone(self._group())
        start = self._clock()
        try:
            span = parse_span(args)
        except ClockRangeError:
            span = MAX_MOVE + MAX_MOVE  # past any limit: refused just below
        if span is None:
            await self._error("shell.advance_usage")
            return
        if span > furthest(start) - start:  # checked first: start + span may overflow
            await self._error("shell.clock_range", latest=when(furthest(start), zone))
            return
        await self._move(start + span, zone)

    async def _move(self, target: datetime, zone: tzinfo | None) -> None:
        start = self._clock()
        if target > furthest(start):
            await self._error("shell.clock_range", latest=when(furthest(start), zone))
            return
        if target < start:
            # Going back would let a test post "yesterday" again; the DB would refuse it
            # anyway, but a silent no-op is more confusing than saying so.
            await self._error("shell.clock_back", when=when(start, zone))
            return
        await self._note("shell.clock_moved", when=when(target, zone))
        self._clock.set(target)
        if self._play is not None:
            await self._play(start, target)

    async def _note(self, key: str, **values: object) -> None:
        self._echo(click.style(f"* {t(await self._lang(), key, **values)}", dim=True))
        self._echo("")


async def stdin_lines() -> AsyncIterator[str]:
    """Lines from stdin without blocking the loop (scheduled posts keep coming).

    A daemon thread does the blocking reads, so Ctrl-C or /quit never waits for
    one more line of input before the process can exit.
    """
    import sys
    import threading

    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def reader() -> None:
        try:
            for line in sys.stdin:
                loop.call_soon_threadsafe(queue.put_nowait, line)
        except (OSError, ValueError, RuntimeError):
            pass
        try:
            loop.call_soon_threadsafe(queue.put_nowait, None)
        except RuntimeError:  # loop already closed
            pass

    threading.Thread(target=reader, name="shell-stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line


def _read_start(file: Path, limit: int) -> bytes:
    """At most `limit` bytes: a file over the upload limit is refused by size."""
    with file.expanduser().open("rb") as handle:
        return handle.read(limit)
