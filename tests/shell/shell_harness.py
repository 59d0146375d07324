"""A chat-transcript harness over the real app: real StudyService, real SQLite
file, real tick scheduler, the shell adapter's own session and outbox.

    t = await Transcript.open(tmp_path, "2026-03-02T08:00Z")
    out = await t.say("/quiz")
    assert "Practice question" in out

`restart()` closes the app and builds a new one on the same database file, as
a new process would; the terminal's scrollback (the questions already on
screen, which `/answer` presses) survives, as chat messages do.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

from bot.adapters.shell import ShellOutbox, ShellSession
from bot.adapters.shell_clock import ShellClock, parse_moment
from bot.app import App, Content, build_app
from bot.config import Settings
from bot.core.types import Platform, QuestionView

ROOT = Path(__file__).resolve().parents[2]
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class Transcript:
    def __init__(
        self,
        db: Path,
        clock: ShellClock,
        content: Content | None,
        content_dir: Path = ROOT / "content",
    ) -> None:
        self.db = db
        self.content_dir = content_dir
        self.clock = clock
        self.lines: list[str] = []
        self.outbox = ShellOutbox(self.lines.append)
        self._content = content
        self.app: App | None = None
        self.session: ShellSession | None = None
        self.user = "alice"
        self.channel = "local"
        self.space = "local"

    @classmethod
    async def open(
        cls,
        tmp_path: Path,
        start: str,
        *,
        content: Content | None = None,
        name: str = "bot.db",
        content_dir: Path = ROOT / "content",
    ) -> Transcript:
        moment = parse_moment(start)
        assert moment is not None, start
        transcript = cls(tmp_path / name, ShellClock(moment), content, content_dir)
        await transcript.boot()
        return transcript

    async def boot(self) -> None:
        settings = Settings(database=self.db, content_dir=self.content_dir)
        app = await build_app(settings, clock=self.clock, content=self._content)
        self.outbox.locale_for = app.group_locale
        app.outboxes[Platform.SHELL] = self.outbox
        self.session = ShellSession(
            app.service,
            self.outbox,
            self.clock,
            user="alice",
            admin=True,
            channel="local",
            play=lambda start, end: app.replay(start, end, self.clock.set),
            echo=self.lines.append,
        )
        self.app = app
        mark = len(self.lines)
        await app.start()
        self.boot_output = self._text(mark)
        # Back to whoever was speaking before a restart.
        if self.user != "alice":
            await self.session.execute(f"/as {self.user}")
        if self.space != "local":
            await self.session.execute(f"/space {self.space}")
        if self.channel != "local":
            await self.session.execute(f"/channel {self.channel}")

    async def restart(self, at: str | None = None) -> str:
        """Stop the bot, optionally let time pass while it is down, start it again.
        Returns what the new process printed at start-up (catch-up posts, reveals)."""
        assert self.app is not None
        await self.app.close()
        if at is not None:
            moment = parse_moment(at)
            assert moment is not None, at
            self.clock.set(moment)
        await self.boot()
        return self.boot_output

    async def close(self) -> None:
        if self.app is not None:
            await self.app.close()
            self.app = None

    async def say(self, line: str) -> str:
        """Type one line; return everything printed because of it (plain text)."""
        assert self.session is not None
        self.lines.append(self.session.prompt + line)  # as scripted mode echoes it
        mark = len(self.lines)
        await self.session.execute(line)
        self.user = self.session.user.name
        self.channel = self.session.channel
        self.space = self.session.space
        return self._text(mark)

    async def script(self, text: str) -> str:
        out = []
        for line in text.strip().splitlines():
            out.append(await self.say(line))
        return "\n".join(out)

    def transcript(self) -> str:
        """Everything printed so far, plain text."""
        return self._text(0)

    def text_since(self, mark: int) -> str:
        return self._text(mark)

    def _text(self, mark: int) -> str:
        return _ANSI.sub("", "\n".join(self.lines[mark:]))

    # --- reading the screen -------------------------------------------------

    def latest_question(self) -> QuestionView:
        assert self.session is not None
        view = self.outbox.latest(self.session.channel, self.session.user.name)
        assert view is not None, "no question on screen"
        return view

    def right_choice(self, view: QuestionView | None = None) -> int:
        """The 1-based number of the right answer to `view` (default: latest)."""
        assert self.app is not None
        question = self.app.content.bank.get((view or self.latest_question()).question_id)
        assert question is not None
        return question.answer + 1

    def wrong_choice(self, view: QuestionView | None = None) -> int:
        right = self.right_choice(view)
        return 1 if right != 1 else 2


def utc(text: str) -> datetime:
    moment = parse_moment(text)
    assert moment is not None
    return moment


# What the `opened` fixture (conftest.py) gives a test: open(start, name="bot.db").
Opener = Callable[..., Awaitable[Transcript]]
