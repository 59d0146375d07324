"""`studybot discord ...`: set-up chores that must not run on every start.

- `sync [--guild ID]` registers the slash commands (with their Korean and
  English names) globally, or in one server for instant testing.
- `invite [--client-id ID] [--guild ID]` prints the OAuth2 URL with exactly the
  scopes and permissions the bot needs. Without --client-id it logs in with
  DISCORD_TOKEN to read the application id.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

import click
import discord as dpy  # this module's click group is named `discord`

from bot.adapters.discord.client import StudyClient
from bot.adapters.discord.invite import invite_url
from bot.config import load_settings
from bot.core.clock import system_clock
from bot.core.types import AnswerClick, Command, GroupRef, Member, ProblemReport, Reply


class _NoService:
    """The command tree needs a StudyApi to be built; syncing never calls it."""

    async def handle(self, command: Command) -> Reply:
        raise RuntimeError("not serving")

    async def answer(self, click: AnswerClick) -> Reply:
        raise RuntimeError("not serving")

    async def report_problem(self, report: ProblemReport) -> Reply:
        raise RuntimeError("not serving")

    async def complete_topics(self, group: GroupRef, prefix: str, limit: int = 25) -> list[str]:
        return []

    async def home(self, group: GroupRef, member: Member, at: datetime) -> Reply:
        raise RuntimeError("not serving")

    async def upload_deck(
        self,
        group: GroupRef,
        member: Member,
        filename: str,
        data: bytes,
        at: datetime,
        *,
        size: int | None = None,
    ) -> Reply:
        raise RuntimeError("not serving")


def _token() -> str:
    token = load_settings().discord_token
    if token is None or not token.get_secret_value().strip():
        raise click.UsageError("DISCORD_TOKEN is not set (put it in .env or the environment).")
    return token.get_secret_value().strip()


async def sync_commands(token: str, guild_id: int | None = None) -> list[str]:
    """Log in over REST only (no gateway), push the command tree, return the names."""
    client = StudyClient(_NoService(), clock=system_clock)
    async with client:
        await client.login(token)
        guild = dpy.Object(guild_id) if guild_id is not None else None
        if guild is not None:
            # The commands are declared global; a guild sync sends a copy of them
            # (otherwise discord.py would send the guild's own, empty, set).
            client.tree.copy_global_to(guild=guild)
        synced = await client.tree.sync(guild=guild)
    return [command.name for command in synced]


async def application_id(token: str) -> int:
    client = StudyClient(_NoService(), clock=system_clock)
    async with client:
        await client.login(token)
        app_id = client.application_id
    if app_id is None:
        raise click.ClickException("Discord did not return an application id for this token.")
    return app_id


@click.group()
def discord() -> None:
    """Discord set-up: sync slash commands, print the invite URL."""


@discord.command("sync")
@click.option(
    "--guild", "guild_id", type=int, help="Sync to one server only (instant; for testing)."
)
def sync(guild_id: int | None) -> None:
    """Register the slash commands with Discord (run after install or upgrade)."""
    token = _token()
    try:
        names = asyncio.run(sync_commands(token, guild_id))
    except dpy.LoginFailure as exc:
        raise click.ClickException("Discord refused the token (check DISCORD_TOKEN).") from exc
    except dpy.HTTPException as exc:
        raise click.ClickException(f"Discord refused the sync: {exc.status} {exc.text}") from exc
    where = f"server {guild_id}" if guild_id is not None else "all servers (global)"
    click.echo(f"Synced {len(names)} commands to {where}: {', '.join(sorted(names))}")


@discord.command("invite")
@click.option(
    "--client-id", type=int, help="Application id (default: read it using DISCORD_TOKEN)."
)
@click.option("--guild", "guild_id", type=int, help="Preselect this server in the invite page.")
def invite(client_id: int | None, guild_id: int | None) -> None:
    """Print the OAuth2 URL that adds the bot to a server."""
    if client_id is None:
        try:
            client_id = asyncio.run(application_id(_token()))
        except dpy.LoginFailure as exc:
            raise click.ClickException("Discord refused the token (check DISCORD_TOKEN).") from exc
    click.echo(invite_url(client_id, guild_id=guild_id))
