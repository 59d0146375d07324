"""`studybot run`: migrate, load the notes, start the scheduler and the adapters.

Discord starts when DISCORD_TOKEN is set, Slack when its credentials are; with
neither (or with `--shell`) the shell adapter runs in this terminal. Start-up
problems (a damaged or read-only database, notes that cannot be read, a bad
setting) end with one line on stderr and exit status 1, never a traceback.
Heavy libraries (discord.py, slack-bolt) are imported only when used.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from typing import TYPE_CHECKING, Any, Protocol

import click

if TYPE_CHECKING:
    from collections.abc import Coroutine

    from bot.adapters.discord.shards import Shards
    from bot.adapters.shell_clock import ShellClock
    from bot.app import App
    from bot.config import Settings
    from bot.core.ports import Outbox
    from bot.storage.runlock import RunLock


class PlatformAdapter(Protocol):
    """What `studybot run` needs from the Discord and Slack packages."""

    @property
    def outbox(self) -> Outbox: ...

    async def start(self) -> None: ...

    async def close(self) -> None: ...


@click.command("run")
@click.option("--user", default="me", show_default=True, help="Shell: who you are.")
@click.option("--channel", default="local", show_default=True, help="Shell: the channel (group).")
@click.option(
    "--clock",
    "clock_text",
    metavar="TIME",
    help="Shell: start a simulated clock, e.g. 2026-03-08T09:00 (group's zone) or ...Z.",
)
@click.option("--no-admin", is_flag=True, help="Shell: act as a member who is not an admin.")
@click.option("--shell", "force_shell", is_flag=True, help="Use the shell even if tokens are set.")
@click.option(
    "--shards", "shard_ids", metavar="IDS", help="Discord: this process's gateway shards, e.g. 0-3."
)
@click.option("--shard-count", type=int, default=None, help="Discord: the total number of shards.")
def run(
    user: str,
    channel: str,
    clock_text: str | None,
    no_admin: bool,
    force_shell: bool,
    shard_ids: str | None,
    shard_count: int | None,
) -> None:
    """Run the bot (the shell adapter when no Discord/Slack tokens are set)."""
    from bot.app import StartupError

    shards = None
    if shard_ids is not None or shard_count is not None:  # discord.py only when sharding
        from bot.adapters.discord.shards import parse_shards

        try:
            shards = parse_shards(shard_ids, shard_count)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
    settings = _settings()
    _logging(settings.log_level)
    try:
        asyncio.run(
            _main(
                settings,
                user=user,
                channel=channel,
                clock_text=clock_text,
                admin=not no_admin,
                force_shell=force_shell,
                shards=shards,
            )
        )
    except StartupError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        pass


def _settings() -> Settings:
    from pydantic import ValidationError

    from bot.config import load_settings

    try:
        return load_settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "settings"
        raise click.ClickException(f"bad setting {where}: {first.get('msg', 'invalid')}") from None


def _logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper() if level.upper() in logging.getLevelNamesMapping() else "INFO",
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # One "Running job" line a minute from the safety net helps nobody.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


NO_TOKENS = (
    "no platform token set: set DISCORD_TOKEN, or SLACK_BOT_TOKEN and SLACK_APP_TOKEN "
    "(Socket Mode), or SLACK_SIGNING_SECRET, SLACK_CLIENT_ID and SLACK_CLIENT_SECRET "
    "(HTTP mode); or run `studybot run --shell` for the shell"
)


def _wants_platform(settings: Settings) -> bool:
    return settings.discord_token is not None or _wants_slack(settings)


def _wants_slack(settings: Settings) -> bool:
    return any(
        value is not None and value != ""
        for value in (
            settings.slack_bot_token,
            settings.slack_app_token,
            settings.slack_client_id,
            settings.slack_client_secret,
        )
    )


def _platform_adapters(
    settings: Settings, app: App, shards: Shards | None = None
) -> list[tuple[str, PlatformAdapter]]:
    """Build the configured platform adapters and register their outboxes.

    Hook for the platform packages: each exposes an adapter with `outbox`,
    `async start()` and `async close()` (bot/adapters/discord, bot/adapters/slack).
    """
    from bot.app import StartupError
    from bot.core.types import Platform

    adapters: list[tuple[str, PlatformAdapter]] = []
    if settings.discord_token is not None:
        from bot.adapters.discord import DiscordAdapter

        discord = DiscordAdapter(
            settings.discord_token.get_secret_value(),
            app.service,
            clock=app.clock,
            shards=shards,
        )
        app.outboxes[Platform.DISCORD] = discord.outbox
        adapters.append(("Discord", discord))
    if _wants_slack(settings):
        from bot.adapters.slack import SlackAdapter, SlackConfigError

        try:
            # On PostgreSQL (several workers) installations and OAuth state live
            # in the shared database; on SQLite in slack_sdk's file beside it.
            shared = app.store.db if app.store.db.shared else None
            slack = SlackAdapter(settings, app.service, clock=app.clock, shared_db=shared)
        except SlackConfigError as exc:
            raise StartupError(str(exc)) from None
        app.outboxes[Platform.SLACK] = slack.outbox
        adapters.append(("Slack", slack))
    return adapters


async def _main(
    settings: Settings,
    *,
    user: str,
    channel: str,
    clock_text: str | None,
    admin: bool,
    force_shell: bool,
    shards: Shards | None = None,
) -> None:
    from bot.app import StartupError

    if not force_shell and not _wants_platform(settings) and not sys.stdin.isatty():
        # A container or service without tokens: say what to set and stop with
        # an error (exit 0 would make a restart policy start it again forever).
        raise StartupError(NO_TOKENS)
    if not force_shell and _wants_slack(settings):
        # Incomplete Slack settings fail before the database and notes are opened.
        from bot.adapters.slack.install import SlackConfigError, choose_mode

        try:
            choose_mode(settings)
        except SlackConfigError as exc:
            raise StartupError(str(exc)) from None
    run_lock = _run_lock(settings)
    try:
        await _run(settings, user, channel, clock_text, admin, force_shell, shards)
    finally:
        if run_lock is not None:
            run_lock.release()


def _run_lock(settings: Settings) -> RunLock | None:
    """One `studybot run` per SQLite file (bot/storage/runlock.py); none on
    PostgreSQL, which several processes share by design."""
    from bot.app import StartupError
    from bot.storage import StorageError
    from bot.storage.runlock import RunLock

    if settings.database_url is not None:
        return None
    try:
        return RunLock.acquire(settings.database)
    except StorageError as exc:
        raise StartupError(str(exc)) from None


async def _run(
    settings: Settings,
    user: str,
    channel: str,
    clock_text: str | None,
    admin: bool,
    force_shell: bool,
    shards: Shards | None = None,
) -> None:
    from bot.adapters.shell_clock import ShellClock
    from bot.app import StartupError, build_app, freeze_startup_heap

    clock = ShellClock()
    app = await build_app(settings, clock=clock)
    freeze_startup_heap()
    try:
        if clock_text is not None:
            from bot.adapters.shell import shell_group
            from bot.adapters.shell_clock import ClockRangeError, parse_moment

            try:
                moment = parse_moment(clock_text, await app.group_zone(shell_group(channel)))
            except ClockRangeError:
                raise StartupError(
                    f"--clock {clock_text!r} is out of range (1970 to 9997)"
                ) from None
            if moment is None:
                raise StartupError(f"--clock {clock_text!r} is not a time like 2026-03-08T09:00")
            clock.set(moment)
        adapters = [] if force_shell else _platform_adapters(settings, app, shards)
        if adapters:
            await _serve_platforms(app, adapters)
        else:
            await _serve_shell(app, clock, user=user, channel=channel, admin=admin)
    finally:
        await app.close()


async def _serve_shell(
    app: App, clock: ShellClock, *, user: str, channel: str, admin: bool
) -> None:
    from bot.adapters.shell import ShellOutbox, ShellSession, stdin_lines
    from bot.core.types import Platform

    interactive = sys.stdin.isatty()
    outbox = ShellOutbox(locale_for=app.group_locale)
    app.outboxes[Platform.SHELL] = outbox
    session = ShellSession(
        app.service,
        outbox,
        clock,
        user=user,
        admin=admin,
        channel=channel,
        play=lambda start, end: app.replay(start, end, clock.set),
    )
    if interactive:
        click.echo(
            click.style("Studybot shell", bold=True)
            + f" - you are {user}{' (admin)' if admin else ''} in #{channel}."
            " Type /help for commands, /quit to leave."
        )
    await app.start()
    await _until_stopped(session.run(stdin_lines(), interactive=interactive))


async def _serve_platforms(app: App, adapters: list[tuple[str, PlatformAdapter]]) -> None:
    from pathlib import Path

    from bot.cli.health import beat, heartbeat_path

    await app.start()
    tasks = {asyncio.create_task(adapter.start(), name=name): name for name, adapter in adapters}
    # Beside the adapters, not watched by _watch: `studybot health` reads it.
    alive = asyncio.create_task(beat(heartbeat_path(Path(app.settings.database))))
    try:
        await _until_stopped(_watch(tasks))
    finally:
        alive.cancel()
        for _, adapter in adapters:
            with contextlib.suppress(Exception):
                await adapter.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def _watch(tasks: dict[asyncio.Task[None], str]) -> None:
    """Wait while any adapter runs; one that fails is reported in one line.
    (Slack's start() returns once connected; Discord's runs until closed.)"""
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            exc = task.exception()
            if exc is not None:
                from bot.app import StartupError

                raise StartupError(f"{tasks[task]} adapter stopped: {exc}")
    await asyncio.Event().wait()  # connected adapters keep working in the background


async def _until_stopped(work: Coroutine[Any, Any, None]) -> None:
    """Run `work` until it ends or SIGINT/SIGTERM arrives (then return quietly)."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    job = asyncio.ensure_future(work)
    waiter = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({job, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (job, waiter):
            task.cancel()
        results = await asyncio.gather(job, waiter, return_exceptions=True)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    error = results[0]
    if isinstance(error, BaseException) and not isinstance(error, asyncio.CancelledError):
        raise error
