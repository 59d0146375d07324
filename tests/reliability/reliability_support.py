"""Shared pieces of the reliability suite: the real app on a tmp SQLite file with
the seed deck, a recording Outbox (the adapters' side), the text of a reply,
and `studybot run` as a subprocess."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.app import App, Content, build_app, load_content
from bot.config import Settings
from bot.core.types import GroupRef, Platform, Reply
from bot.storage import open_store

ROOT = Path(__file__).resolve().parents[2]
CONTENT_DIR = ROOT / "content"
SLOT = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)  # 09:00 in Seoul, the default zone
# What a reply shown to a member must never contain.
CRASH_MARKS = ("Traceback", 'File "', "Exception", "Error:", "sqlite3.", "aiosqlite")
_PLATFORM_VARS = (
    "DISCORD_TOKEN",
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
)

_content: Content | None = None


def seed_content() -> Content:
    """The seed deck's bank and index, built once per test process (0.5 s each time)."""
    global _content
    if _content is None:
        _content = load_content(Settings(content_dir=CONTENT_DIR))
    return _content


@dataclass(kw_only=True)
class RecordingOutbox:
    """What the core handed to the adapters, in order."""

    posts: list[tuple[GroupRef, Reply]] = field(default_factory=list)
    updates: list[tuple[GroupRef, str, Reply]] = field(default_factory=list)
    directs: list[tuple[GroupRef, str, Reply]] = field(default_factory=list)
    posted: asyncio.Event = field(default_factory=asyncio.Event)  # set by the first post

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        self.posts.append((group, reply))
        self.posted.set()
        return f"m{len(self.posts)}"

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        self.updates.append((group, message_ref, reply))

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        self.directs.append((group, member_id, reply))

    def said_to(self, group: GroupRef) -> list[Reply]:
        return [r for g, r in self.posts if g == group] + [
            r for g, _, r in (*self.updates, *self.directs) if g == group
        ]


async def open_app(db: Path | str, clock: Callable[[], datetime]) -> tuple[App, RecordingOutbox]:
    """The real app (service, store, scheduler) on `db`, outboxes for every platform
    registered and not yet started."""
    app = await build_app(
        Settings(database=db, content_dir=CONTENT_DIR),
        clock=clock,
        content=seed_content(),
    )
    outbox = RecordingOutbox()
    for platform in Platform:
        app.outboxes[platform] = outbox
    return app, outbox


async def query(target: Path | str, sql: str, params: Sequence[object] = ()) -> list[Any]:
    """Rows from the database at `target` (either engine), read after the app closed."""
    store = await open_store(target)
    try:
        return await store.db.fetchall(sql, params)
    finally:
        await store.close()


def reply_text(reply: Reply) -> str:
    """Everything a member could read in a reply."""
    parts = [reply.title, reply.text]
    parts += [f"{f.name}\n{f.value}" for f in reply.fields]
    if reply.question is not None:
        parts += [reply.question.breadcrumb, reply.question.prompt, *reply.question.choices]
    return "\n".join(parts)


def assert_no_crash_text(text: str) -> None:
    for mark in CRASH_MARKS:
        assert mark not in text, f"{mark!r} shown to a member:\n{text[:2000]}"


def studybot_run(
    cwd: Path, stdin: str, *args: str, drop_root: bool = False, **env: str
) -> subprocess.CompletedProcess[str]:
    """`studybot run ARGS` with `stdin` piped, the shell adapter (no tokens).

    `drop_root`: when running as root, take away the capability to ignore file
    permissions, so that a read-only file is read-only for the bot too.
    """
    exe = Path(sys.executable).with_name("studybot")
    command = (
        [str(exe)] if exe.exists() else [sys.executable, "-c", "from bot.cli import main; main()"]
    )
    if drop_root and os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("STUDYBOT_") and k.upper() not in _PLATFORM_VARS
    }
    environ.update({"STUDYBOT_CONTENT_DIR": str(CONTENT_DIR), **env})
    return subprocess.run(
        # Piped stdin: `--shell` says the shell is meant (plain `run` without
        # tokens and without a terminal stops, naming the variables to set).
        [*command, "run", *_shell_flag(env), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environ,
        timeout=60,
    )


def _shell_flag(env: dict[str, str]) -> list[str]:
    """`--shell` unless the test sets platform variables (their checks run then)."""
    return [] if any(k.upper() in _PLATFORM_VARS for k in env) else ["--shell"]
