"""The core's Outbox on Discord: daily posts, reveals, reminder DMs.

Everything goes over REST through the client's HTTP session (partial channel
and message objects, no cache needed), so the scheduler can post as soon as the
client has logged in, before the gateway is ready. discord.py itself waits out
429s (honouring retry_after) and retries 5xx; whatever still fails is logged
here with the group and raised, so the core leaves the post undelivered and
its catch-up tries again.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord

from bot.adapters.discord.buttons import answer_custom_id
from bot.adapters.discord.render import Rendered, render
from bot.core.ports import DeliveryRefused
from bot.core.types import AnswerKind, GroupRef, Reply

log = logging.getLogger(__name__)

# Refusals that a retry cannot fix (Discord JSON error codes): the core pauses
# the group with this reason. 429 and 5xx are retried (by discord.py, then by
# the core's resends).
PERMANENT = {
    50013: "missing permissions in the channel",
    50001: "no access to the channel",
    10003: "unknown channel",
}
LOGIN_TIMEOUT = 60.0  # seconds a send waits for the client to log in
HISTORY_LIMIT = 50  # latest messages looked through for a daily post resent


class DiscordOutbox:
    def __init__(self, client: discord.Client, logged_in: asyncio.Event) -> None:
        self._client = client
        self._logged_in = logged_in

    async def _ready(self) -> None:
        await asyncio.wait_for(self._logged_in.wait(), LOGIN_TIMEOUT)

    def _channel(self, group: GroupRef) -> discord.PartialMessageable:
        guild_id = int(group.space_id) if group.space_id.isdigit() else None
        return self._client.get_partial_messageable(int(group.channel_id), guild_id=guild_id)

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        await self._ready()
        rendered = render(reply)
        kwargs = _send_kwargs(rendered)
        nonce = daily_nonce(reply)
        if nonce is not None:
            kwargs["nonce"] = nonce  # discord.py sends it with enforce_nonce
            if reply.maybe_sent_since is not None:
                # A resend: the nonce covers only a few minutes, and the first
                # attempt may be older (a long timeout, a restart). Look first.
                found = await self._find_daily(group, reply)
                if found is not None:
                    log.info("daily post %s was already in %s", found, group.key)
                    return found
        try:
            message = await self._channel(group).send(**kwargs)
        except discord.HTTPException as exc:
            log.error("discord post to %s failed: %s %s", group.key, exc.status, exc.text)
            reason = PERMANENT.get(exc.code)
            if reason is not None and exc.status in (403, 404):
                raise DeliveryRefused(f"{reason} (Discord {exc.status}, {exc.code})") from exc
            raise
        return str(message.id)

    async def _find_daily(self, group: GroupRef, reply: Reply) -> str | None:
        """The id of the bot's message carrying this daily post's buttons among
        the channel's latest HISTORY_LIMIT; None when not there or the history
        cannot be read (no Read Message History: then only the nonce guards)."""
        view = reply.question
        me = self._client.user
        if view is None or me is None:
            return None
        wanted = answer_custom_id(view.answer_kind, view.answer_ref, 0)
        try:
            async for message in self._channel(group).history(limit=HISTORY_LIMIT):
                if message.author.id == me.id and wanted in _custom_ids(message):
                    return str(message.id)
        except discord.HTTPException as exc:
            log.warning(
                "cannot look for a daily post in %s: %s %s", group.key, exc.status, exc.text
            )
        return None

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        await self._ready()
        rendered = render(reply)
        message = self._channel(group).get_partial_message(int(message_ref))
        file = rendered.file()
        try:
            # view=None clears the answer buttons; embed=None drops a stale embed.
            await message.edit(
                content=rendered.content,
                embed=rendered.embed,
                view=rendered.view,
                attachments=[file] if file is not None else [],
            )
        except discord.NotFound:
            # The post was deleted: say it in a new message rather than not at all.
            log.warning("discord message %s in %s is gone; posting instead", message_ref, group.key)
            await self.post(group, reply)
        except discord.HTTPException as exc:
            log.error(
                "discord edit of %s in %s failed: %s %s",
                message_ref,
                group.key,
                exc.status,
                exc.text,
            )
            raise

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        await self._ready()
        rendered = render(reply)
        try:
            channel = await self._client.create_dm(discord.Object(int(member_id)))
            await channel.send(**_send_kwargs(rendered))
        except discord.Forbidden:
            # The member closed their DMs to server members: nothing to retry.
            log.info("discord DM to %s (group %s) refused", member_id, group.key)
        except discord.HTTPException as exc:
            log.error("discord DM to %s (group %s) failed: %s", member_id, group.key, exc.status)
            raise


def daily_nonce(reply: Reply) -> str | None:
    """The daily question's nonce: its post id. With `enforce_nonce`, Discord
    returns the message already created with the same nonce (for a few
    minutes) instead of creating another: a post resent because the process
    that sent it died before marking it delivered appears once."""
    view = reply.question
    if view is None or view.answer_kind not in (AnswerKind.DAILY, AnswerKind.CARD_SHOW_DAILY):
        return None  # (a daily flashcard is posted with its "show" button)
    return f"sb-q{view.answer_ref}"[:25]  # Discord's limit: 25 characters


def _send_kwargs(rendered: Rendered) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"content": rendered.content, "embed": rendered.embed}
    if rendered.view is not None:
        kwargs["view"] = rendered.view
    file = rendered.file()
    if file is not None:
        kwargs["file"] = file
    return kwargs


def _custom_ids(message: discord.Message) -> set[str]:
    ids: set[str] = set()
    for row in message.components:
        for child in getattr(row, "children", ()):
            custom_id = getattr(child, "custom_id", None)
            if custom_id:
                ids.add(str(custom_id))
    return ids
