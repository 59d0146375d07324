"""The discord.py client: intents, command tree, and the calls into the core.

Intents are `guilds` only: slash commands and buttons arrive as interactions
whatever the intents, and the bot never reads message content or member
lists, so it needs no privileged intent. `guilds` keeps discord.py's channel
cache filled, which it expects for most of its conveniences.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import replace
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Choice

from bot.adapters.discord.buttons import AnswerButton, ReportButton, ReportModal
from bot.adapters.discord.commands import (
    AUTOCOMPLETE_MAX,
    CHOICE_MAX,
    admin_group,
    user_commands,
)
from bot.adapters.discord.i18n import StudyTranslator, language_of_locale, text
from bot.adapters.discord.respond import DEFER_AFTER, describe, respond, send_error
from bot.core.clock import Clock
from bot.core.ports import StudyApi
from bot.core.types import (
    AnswerClick,
    AnswerKind,
    Command,
    CommandName,
    GroupRef,
    Member,
    Platform,
    ProblemReport,
    Reply,
)

log = logging.getLogger(__name__)

def intents() -> discord.Intents:
    return discord.Intents(guilds=True)


def group_of(interaction: discord.Interaction[Any]) -> GroupRef:
    return GroupRef(
        platform=Platform.DISCORD,
        channel_id=str(interaction.channel_id or ""),
        space_id=str(interaction.guild_id or ""),
    )


def member_of(interaction: discord.Interaction[Any]) -> Member:
    user = interaction.user
    # interaction.permissions is what Discord computed for this member in this
    # channel (administrator implies every permission); in a DM it is not an admin.
    is_admin = interaction.guild_id is not None and interaction.permissions.manage_guild
    return Member(
        user_id=str(user.id),
        display_name=user.display_name,
        is_admin=is_admin,
        locale=interaction.locale.value,
    )


class StudyTree(app_commands.CommandTree["StudyClient"]):
    """Turns check failures into a short ephemeral message; anything else is
    logged with its context and reported to the member as a failure."""

    async def on_error(
        self, interaction: discord.Interaction[StudyClient], error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.MissingPermissions):
            log.info(
                "refused admin command (%s): missing %s",
                describe(interaction),
                error.missing_permissions,
            )
            await send_error(interaction, "not_admin")
        elif isinstance(error, app_commands.NoPrivateMessage):
            await send_error(interaction, "guild_only")
        else:
            log.error("discord command failed (%s)", describe(interaction), exc_info=error)
            await send_error(interaction)


class StudyClient(discord.Client):
    def __init__(
        self,
        api: StudyApi,
        *,
        clock: Clock,
        defer_after: float = DEFER_AFTER,
        **options: Any,
    ) -> None:
        # The bot has no voice features: skip discord.py's start-up warnings
        # about voice libraries that are (deliberately) not installed.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(intents=intents(), **options)
        self.api = api
        self.clock = clock
        self.defer_after = defer_after
        self.tree = StudyTree(self)
        for command in user_commands(self):
            self.tree.add_command(command)
        self.tree.add_command(admin_group(self))
        self.logged_in = asyncio.Event()

    async def setup_hook(self) -> None:
        # Runs inside login(), before the gateway: buttons on old posts work as
        # soon as the first interaction arrives.
        self.add_dynamic_items(AnswerButton, ReportButton)
        await self.tree.set_translator(StudyTranslator())
        self.logged_in.set()

    # --- slash commands -------------------------------------------------

    async def run_command(
        self,
        interaction: discord.Interaction[Any],
        name: CommandName,
        args: str = "",
        *,
        defer_ephemeral: bool = True,
    ) -> None:
        command = Command(
            name=name.value,
            args=args,
            group=group_of(interaction),
            member=member_of(interaction),
            at=self.clock(),
        )
        await respond(
            interaction,
            lambda: self.api.handle(command),
            defer_after=self.defer_after,
            defer_ephemeral=defer_ephemeral,
        )

    async def topic_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[Choice[str]]:
        try:
            titles = await self.api.complete_topics(
                group_of(interaction), current, AUTOCOMPLETE_MAX
            )
        except Exception:
            # An autocomplete failure only means no suggestions; the command still works.
            log.exception("topic autocomplete failed (%s)", describe(interaction))
            return []
        seen: set[str] = set()
        choices: list[Choice[str]] = []
        for title in titles:
            value = title[:CHOICE_MAX]
            if value and value not in seen:
                seen.add(value)
                choices.append(Choice(name=value, value=value))
        return choices[:AUTOCOMPLETE_MAX]

    # --- buttons (called by the DynamicItems) ---------------------------

    async def answer_clicked(
        self, interaction: discord.Interaction[Any], kind: AnswerKind, ref: str, choice: int
    ) -> None:
        click = AnswerClick(
            kind=kind,
            ref=ref,
            choice=choice,
            group=group_of(interaction),
            member=member_of(interaction),
            at=self.clock(),
        )
        await respond(
            interaction,
            lambda: self._private(self.api.answer(click)),
            defer_after=self.defer_after,
            # Practice questions are private, one per member: settle them in place.
            # Daily posts are public and shared: their feedback is a private note.
            settle=not kind.is_daily,
        )

    async def report_clicked(self, interaction: discord.Interaction[Any], question_id: str) -> None:
        language = language_of_locale(interaction.locale)
        modal = ReportModal(
            question_id,
            title=text("report_button", language),
            label=text("report_reason", language),
        )
        try:
            await interaction.response.send_modal(modal)
        except discord.HTTPException:
            log.exception("could not open the report form (%s)", describe(interaction))

    async def report_submitted(
        self, interaction: discord.Interaction[Any], question_id: str, reason: str
    ) -> None:
        report = ProblemReport(
            question_id=question_id,
            group=group_of(interaction),
            member=member_of(interaction),
            at=self.clock(),
            reason=reason.strip(),
        )
        await respond(
            interaction,
            lambda: self._private(self.api.report_problem(report)),
            defer_after=self.defer_after,
        )

    @staticmethod
    async def _private(reply: Awaitable[Reply]) -> Reply:
        # Feedback on a click is for the clicker only, whatever the core says:
        # a public "right!" would give the answer away to the channel.
        return replace(await reply, ephemeral=True)


class ShardedStudyClient(StudyClient, discord.AutoShardedClient):
    """The same client on some of the bot's gateway shards (see shards.py):
    discord.py opens one connection per shard id given, in this process."""
