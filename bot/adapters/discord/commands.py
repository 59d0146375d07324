"""The slash commands: one per core command, admin ones in their own group.

Each callback only turns Discord options into the core's argument text and
hands over to the `Runner` (the client), which calls the core and renders the
reply. Names and descriptions are English here and translated at sync time
(see i18n.py).

Admin commands live under one top-level group because Discord applies
`default_permissions` to top-level commands only (it drops them on
subcommands). Server admins can re-assign who sees the group in Server
Settings -> Integrations, so every admin subcommand also checks Manage Server
at run time, and the core checks `Member.is_admin` again.
"""

from __future__ import annotations

import functools
import zoneinfo
from typing import Any, Protocol

import discord
from discord import app_commands
from discord.app_commands import Choice

from bot.core.types import CommandName

ADMIN_GROUP = "studybot-admin"
AUTOCOMPLETE_MAX = 25  # Discord's limit on autocomplete choices
CHOICE_MAX = 100  # Discord's limit on a choice's name and value


class Runner(Protocol):
    async def run_command(
        self,
        interaction: discord.Interaction[Any],
        name: CommandName,
        args: str = "",
        *,
        defer_ephemeral: bool = True,
        channel_id: int | None = None,
        check_post: bool = False,
    ) -> None: ...

    async def topic_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[Choice[str]]: ...

    async def upload_deck(
        self, interaction: discord.Interaction[Any], file: discord.Attachment
    ) -> None: ...


def _in_guild(interaction: discord.Interaction[Any]) -> bool:
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return True


# Discord hides guild-only commands in DMs (contexts/dm_permission); this is the
# run-time half, for clients or caches that disagree.
guild_only = app_commands.check(_in_guild)


@functools.cache
def _zones() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


def timezone_choices(current: str) -> list[Choice[str]]:
    """IANA zones containing what was typed (case-insensitive), shortest first."""
    needle = current.strip().lower().replace(" ", "_")
    found = [z for z in _zones() if needle in z.lower()] if needle else ["Asia/Seoul", "UTC"]
    found.sort(key=lambda z: (not z.lower().startswith(needle), len(z), z))
    return [Choice(name=z, value=z) for z in found[:AUTOCOMPLETE_MAX]]


class PostChannel(app_commands.Transformer):
    """A text or announcement channel, taken from the interaction's resolved
    data (no channel cache needed: only the id is used)."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.text, discord.ChannelType.news]

    async def transform(self, interaction: discord.Interaction[Any], value: Any, /) -> Any:
        return value


# Where commands exist: installed to servers only (a user install would let
# members run them in servers the bot is not in), used in server channels, and
# in the bot's own DM only for what makes sense alone (`in_guilds_and_bot_dm`:
# lookup, quiz, topics, help). The tree applies these to every command.
SERVED_CONTEXTS = app_commands.AppCommandContext(
    guild=True, dm_channel=False, private_channel=False
)
SERVED_INSTALLS = app_commands.AppInstallationType(guild=True, user=False)
in_guilds_and_bot_dm = app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)


def schedule_args(time: str | None, timezone: str | None, deck: str | None) -> str:
    """The core's `HH:MM [tz] [deck]` grammar (empty: show the schedule). The
    channel option is not text: the client resolves it in this server and
    hands it over as the command's target, so a `<#id>` typed into `deck`
    stays text (and the core refuses it as an unresolved channel)."""
    words = [(time or "").strip()]
    if timezone:
        words.append(timezone.strip())
    if deck:
        words.append(deck.strip())
    return " ".join(w for w in words if w)


def user_commands(runner: Runner) -> list[app_commands.Command[Any, Any, Any]]:
    @app_commands.command(name="lookup", description="Look a term up in the study notes")
    @in_guilds_and_bot_dm
    @app_commands.describe(query="What to look up (a service, a term, 'A vs B')")
    async def lookup(interaction: discord.Interaction[Any], query: str) -> None:
        await runner.run_command(interaction, CommandName.LOOKUP, query)

    @lookup.autocomplete("query")
    async def lookup_complete(
        interaction: discord.Interaction[Any], current: str
    ) -> list[Choice[str]]:
        return await runner.topic_choices(interaction, current)

    @app_commands.command(name="quiz", description="Practise with a question only you can see")
    @in_guilds_and_bot_dm
    async def quiz(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.QUIZ)

    @app_commands.command(name="leaderboard", description="The group's leaderboard")
    @app_commands.describe(period="Which period to rank")
    @app_commands.choices(
        period=[
            Choice(name="This week", value="week"),
            Choice(name="This month", value="month"),
            Choice(name="All time", value="all"),
        ]
    )
    @app_commands.guild_only()
    @guild_only
    async def leaderboard(
        interaction: discord.Interaction[Any], period: Choice[str] | None = None
    ) -> None:
        args = period.value if period is not None else ""
        await runner.run_command(interaction, CommandName.LEADERBOARD, args, defer_ephemeral=False)

    @app_commands.command(
        name="stats", description="Your answers, accuracy, streaks and weak sections"
    )
    @app_commands.guild_only()
    @guild_only
    async def stats(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.STATS)

    @app_commands.command(name="topics", description="The sections of the study notes")
    @in_guilds_and_bot_dm
    async def topics(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.TOPICS)

    @app_commands.command(name="help", description="What the bot can do")
    @in_guilds_and_bot_dm
    async def help_(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.HELP)

    @app_commands.command(name="remind", description="Daily review reminders by direct message")
    @app_commands.describe(mode="On, off, or show the current setting")
    @app_commands.choices(
        mode=[
            Choice(name="On", value="on"),
            Choice(name="Off", value="off"),
            Choice(name="Status", value="status"),
        ]
    )
    @app_commands.guild_only()
    @guild_only
    async def remind(
        interaction: discord.Interaction[Any], mode: Choice[str] | None = None
    ) -> None:
        # Discord refuses empty choice values; "status" is the core's no-argument form.
        args = mode.value if mode is not None and mode.value != "status" else ""
        await runner.run_command(interaction, CommandName.REMIND, args)

    return [lookup, quiz, leaderboard, stats, topics, help_, remind]


def admin_group(runner: Runner) -> app_commands.Group:
    group = app_commands.Group(
        name=ADMIN_GROUP,
        description="Study group settings (Manage Server)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )
    admin_only = app_commands.checks.has_permissions(manage_guild=True)

    @group.command(name="schedule", description="Set when and where the daily question is posted")
    @app_commands.describe(
        time="Local time, HH:MM (24-hour); empty shows the schedule",
        timezone="Time zone, e.g. Asia/Seoul, KST or UTC+9",
        channel="Channel for the daily question (default: this one)",
        deck="Which notes to ask from",
    )
    @admin_only
    @guild_only
    async def schedule(
        interaction: discord.Interaction[Any],
        time: app_commands.Range[str, 1, 5] | None = None,
        timezone: str | None = None,
        channel: app_commands.Transform[app_commands.AppCommandChannel, PostChannel] | None = None,
        deck: str | None = None,
    ) -> None:
        channel_id = channel.id if channel is not None else None
        args = schedule_args(time, timezone, deck)
        # Setting a schedule is announced to the channel; showing it is private.
        await runner.run_command(
            interaction,
            CommandName.SCHEDULE,
            args,
            defer_ephemeral=not (args or channel_id),
            channel_id=channel_id,
            check_post=bool(time),  # setting one: the bot must be able to post there
        )

    @schedule.autocomplete("timezone")
    async def timezone_complete(
        interaction: discord.Interaction[Any], current: str
    ) -> list[Choice[str]]:
        return timezone_choices(current)

    @group.command(name="pause", description="Pause the daily question")
    @admin_only
    @guild_only
    async def pause(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.PAUSE)

    @group.command(name="resume", description="Resume the daily question")
    @admin_only
    @guild_only
    async def resume(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.RESUME)

    @group.command(name="post-now", description="Post today's question now")
    @admin_only
    @guild_only
    async def post_now(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.POST_NOW)

    @group.command(name="report", description="The group's accuracy by section and coverage")
    @admin_only
    @guild_only
    async def report(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.REPORT)

    @group.command(name="reports", description="Members' problem reports: keep or retire")
    @admin_only
    @guild_only
    async def reports(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.REPORTS)

    @group.command(name="reload", description="Reload the notes and refresh the questions")
    @app_commands.describe(confirm="Go ahead even if many questions would retire")
    @admin_only
    @guild_only
    async def reload(interaction: discord.Interaction[Any], confirm: bool = False) -> None:
        # Without `confirm`, a reload that would retire many questions is a dry run.
        await runner.run_command(interaction, CommandName.RELOAD, "confirm" if confirm else "")

    @group.command(
        name="settings", description="Show or change group settings (e.g. 'language en')"
    )
    @app_commands.describe(change="Setting and value, empty to show all")
    @admin_only
    @guild_only
    async def settings(
        interaction: discord.Interaction[Any], change: app_commands.Range[str, 0, 100] = ""
    ) -> None:
        await runner.run_command(interaction, CommandName.SETTINGS, change)

    deck_commands(group, runner)
    return group


def deck_commands(group: app_commands.Group, runner: Runner) -> None:
    """`/studybot-admin deck show|use|upload|confirm|rollback`: the core's `deck`."""
    admin_only = app_commands.checks.has_permissions(manage_guild=True)
    deck = app_commands.Group(
        name="deck", description="The notes this channel studies", parent=group
    )

    @deck.command(name="show", description="This channel's deck and the decks you can pick")
    @admin_only
    @guild_only
    async def show(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.DECK)

    @deck.command(name="use", description="Study another deck in this channel")
    @app_commands.describe(name="A deck's name (see show)")
    @admin_only
    @guild_only
    async def use(
        interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, 60]
    ) -> None:
        await runner.run_command(
            interaction, CommandName.DECK, name.split()[0] if name.split() else name,
            defer_ephemeral=False,
        )  # fmt: skip

    @deck.command(name="upload", description="Upload notes: a .md file or a .zip of a vault")
    @app_commands.describe(file="A .md file or a .zip (up to 5 MB); shown before it is used")
    @admin_only
    @guild_only
    async def upload(interaction: discord.Interaction[Any], file: discord.Attachment) -> None:
        await runner.upload_deck(interaction, file)

    @deck.command(name="confirm", description="Switch this channel to the deck just uploaded")
    @admin_only
    @guild_only
    async def confirm(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.DECK, "confirm", defer_ephemeral=False)

    @deck.command(name="rollback", description="Go back to the deck before the last confirm")
    @admin_only
    @guild_only
    async def rollback(interaction: discord.Interaction[Any]) -> None:
        await runner.run_command(interaction, CommandName.DECK, "rollback", defer_ephemeral=False)
