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

from bot.adapters.discord.buttons import (
    ActionButton,
    AnswerButton,
    ReportButton,
    read_report_form,
    report_form,
)
from bot.adapters.discord.commands import (
    AUTOCOMPLETE_MAX,
    CHOICE_MAX,
    SERVED_CONTEXTS,
    SERVED_INSTALLS,
    admin_group,
    user_commands,
)
from bot.adapters.discord.i18n import StudyTranslator, language_of_locale, text
from bot.adapters.discord.permissions import bot_permissions, missing
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
    ReplyKind,
)
from bot.core.uploads import MAX_UPLOAD_MB

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


def served(interaction: discord.Interaction[Any]) -> bool:
    """Whether the bot serves where this interaction comes from: a server that
    installed it (Discord names the installing server in
    authorizing_integration_owners), or the bot's own DM. A user install run in
    a server the bot is not in, or in someone else's DM, is not served."""
    if interaction.guild_id is not None:
        return interaction.is_guild_integration()
    return interaction.context.dm_channel


class StudyTree(app_commands.CommandTree["StudyClient"]):
    """Turns check failures into a short ephemeral message; anything else is
    logged with its context and reported to the member as a failure."""

    async def interaction_check(self, interaction: discord.Interaction[StudyClient], /) -> bool:
        # The synced contexts and install types keep commands out of places the
        # bot does not serve; this is the run-time half, for stale command
        # registrations and clients that disagree. Nothing reaches the core.
        if served(interaction):
            return True
        log.info("refused an interaction from a context not served (%s)", describe(interaction))
        if interaction.type is discord.InteractionType.application_command:
            await send_error(interaction, "not_installed")
        return False

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
        # No message the bot sends pings anyone, whatever text it quotes
        # (`@everyone`, role or user mentions typed into a command).
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        super().__init__(intents=intents(), **options)
        self.api = api
        self.clock = clock
        self.defer_after = defer_after
        self.tree = StudyTree(
            self, allowed_contexts=SERVED_CONTEXTS, allowed_installs=SERVED_INSTALLS
        )
        for command in user_commands(self):
            self.tree.add_command(command)
        self.tree.add_command(admin_group(self))
        self.logged_in = asyncio.Event()

    async def setup_hook(self) -> None:
        # Runs inside login(), before the gateway: buttons on old posts work as
        # soon as the first interaction arrives.
        self.add_dynamic_items(AnswerButton, ReportButton, ActionButton)
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
        channel_id: int | None = None,
        check_post: bool = False,
    ) -> None:
        """Run a command in the core and show its reply. `channel_id`: an option
        naming the channel the command is for (resolved in this server);
        `check_post`: first check the bot can post the daily question there."""
        command = Command(
            name=name.value,
            args=args,
            group=group_of(interaction),
            member=member_of(interaction),
            at=self.clock(),
        )

        async def work() -> Reply:
            target = None
            if channel_id is not None:
                target = await self.channel_here(interaction, channel_id)
                if target is None:
                    language = language_of_locale(interaction.locale)
                    refusal = text("channel_elsewhere", language)
                    return Reply(kind=ReplyKind.ERROR, text=refusal, ephemeral=True)
            if check_post and (cannot := await self.cannot_post(interaction, channel_id)):
                return cannot  # nothing stored
            if target is None:
                return await self.api.handle(command)
            return await self.api.handle(replace(command, target=target))

        await respond(
            interaction,
            work,
            defer_after=self.defer_after,
            defer_ephemeral=defer_ephemeral,
        )

    async def channel_here(
        self, interaction: discord.Interaction[Any], channel_id: int
    ) -> GroupRef | None:
        """The channel an option names, as a command target, when it is a channel
        of the interaction's own server; None otherwise. The option's resolved
        data carries no server of its own (discord.py fills in the
        interaction's), so the channel itself is looked up: the cache, else
        GET /channels/{id}, which fails for channels the bot cannot see. The
        member is an admin of this server (checked before), hence of the
        channel's."""
        guild_id = interaction.guild_id
        if guild_id is None:
            return None
        channel: Any = self.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.fetch_channel(channel_id)
            except (discord.HTTPException, discord.InvalidData) as exc:
                log.info("channel %s not resolved (%s): %s", channel_id, describe(interaction), exc)
                return None
        guild = getattr(channel, "guild", None)
        if guild is None or guild.id != guild_id:
            log.warning(
                "refused channel %s of another server (%s)", channel_id, describe(interaction)
            )
            return None
        return GroupRef(
            platform=Platform.DISCORD, channel_id=str(channel_id), space_id=str(guild_id)
        )

    async def upload_deck(
        self, interaction: discord.Interaction[Any], file: discord.Attachment
    ) -> None:
        """Fetch the attachment (Discord's CDN; its size is known first, so a
        file over the limit is refused unread) and hand it to the core."""
        group, member, at = group_of(interaction), member_of(interaction), self.clock()

        async def produce() -> Reply:
            data = b"" if file.size > MAX_UPLOAD_MB * 1024 * 1024 else await file.read()
            return await self.api.upload_deck(
                group, member, file.filename, data, at, size=file.size
            )

        await respond(interaction, produce, defer_after=self.defer_after, defer_ephemeral=True)

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

    async def cannot_post(
        self, interaction: discord.Interaction[Any], channel_id: int | None
    ) -> Reply | None:
        """Why the bot may not post the daily question in `channel_id` (None:
        the interaction's channel), as the refusal to show; None when it may
        (or its permissions cannot be read: a refusal at post time still
        pauses the group and tells the admin)."""
        target = channel_id or interaction.channel_id
        if target is None:
            return None
        permissions = await bot_permissions(interaction, target)
        lacking = missing(permissions) if permissions is not None else []
        if not lacking:
            return None
        log.info(
            "schedule refused (%s): the bot lacks %s in %s", describe(interaction), lacking, target
        )
        language = language_of_locale(interaction.locale)
        names = ", ".join(text(f"perm.{flag}", language) for flag in lacking)
        refusal = text("cannot_post", language, channel=f"<#{target}>", missing=names)
        return Reply(kind=ReplyKind.ERROR, text=refusal, ephemeral=True)

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
        form = report_form(
            question_id,
            title=text("report_button", language),
            label=text("report_reason", language),
        )
        try:
            await interaction.response.send_modal(form)
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

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """Report forms, submitted whenever they were opened (see buttons.py)."""
        if interaction.type is not discord.InteractionType.modal_submit:
            return
        form = read_report_form(interaction.data)
        if form is not None:
            await self.report_submitted(interaction, *form)

    async def action_clicked(
        self, interaction: discord.Interaction[Any], command: str, args: str
    ) -> None:
        """A command button under a reply (the admins' keep / retire): the same
        command as typed, by the member who pressed it."""
        try:
            name = CommandName(command)
        except ValueError:
            return
        await self.run_command(interaction, name, args)

    @staticmethod
    async def _private(reply: Awaitable[Reply]) -> Reply:
        # Feedback on a click is for the clicker only, whatever the core says:
        # a public "right!" would give the answer away to the channel.
        return replace(await reply, ephemeral=True)


class ShardedStudyClient(StudyClient, discord.AutoShardedClient):
    """The same client on some of the bot's gateway shards (see shards.py):
    discord.py opens one connection per shard id given, in this process."""
