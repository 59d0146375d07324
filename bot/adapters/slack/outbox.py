"""The core's `Outbox` on Slack: daily posts, reveals, direct messages.

A Slack message is addressed by (channel, ts); the channel is the group's, so
the message ref the core stores is just the `ts`. A reveal closes the original
post with chat.update (buttons gone; marked choices, answer and group stats
shown) and threads the explanation and source under it, so the channel stays
quiet. A failed post raises `SlackSendError` so that the core retries it.
"""

from __future__ import annotations

import logging
from typing import Protocol

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.blocks import Block, render, reveal_parts
from bot.adapters.slack.home import SeenGroups
from bot.core.ports import DeliveryRefused
from bot.core.types import GroupRef, Reply, ReplyKind

log = logging.getLogger(__name__)


class ClientSource(Protocol):
    """A Web API client holding the bot token of one workspace."""

    async def for_team(self, team_id: str) -> AsyncWebClient: ...


# Refusals that a retry cannot fix: the core pauses the group with this reason.
PERMANENT = {
    "not_in_channel": "the app is not in the channel",
    "channel_not_found": "channel not found",
    "is_archived": "the channel is archived",
    "account_inactive": "the app's account is inactive",
    "token_revoked": "the app's token was revoked",
}


class SlackSendError(RuntimeError):
    """A post did not reach Slack. Raised from `post` so that the core leaves
    the daily post undelivered and its catch-up sends it again."""


class SlackOutbox:
    def __init__(
        self, clients: ClientSource, *, language: str = "ko", seen: SeenGroups | None = None
    ) -> None:
        self._clients = clients
        self._language = language
        self._seen = seen or SeenGroups()

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        if reply.kind is ReplyKind.REVEAL and reply.message_ref:
            return await self._reveal(group, reply.message_ref, reply)
        client = await self._client(group)
        text, blocks = render(reply, self._language)
        try:
            response = await client.chat_postMessage(
                channel=group.channel_id, text=text, blocks=blocks, unfurl_links=False
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error"))
            if error in PERMANENT:
                raise DeliveryRefused(f"{PERMANENT[error]} (Slack {error})") from exc
            raise SlackSendError(f"chat.postMessage to {group.key} failed: {error}") from exc
        self._seen.saw(group)
        ts = response.get("ts")
        return str(ts) if ts else None

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        if reply.kind is ReplyKind.REVEAL:
            await self._reveal(group, message_ref, reply)
            return
        client = await self._client(group)
        text, blocks = render(reply, self._language)
        await self._update(client, group, message_ref, text, blocks)

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        client = await self._client(group)
        text, blocks = render(reply, self._language)
        try:
            opened = await client.conversations_open(users=member_id)
            channel = (opened.get("channel") or {}).get("id")
            if channel:
                await client.chat_postMessage(channel=channel, text=text, blocks=blocks)
        except SlackApiError as exc:
            # A reminder is not worth a retry: the member may have blocked DMs.
            log.warning(
                "direct message to %s in %s failed: %s",
                member_id,
                group.key,
                exc.response.get("error"),
            )

    async def _reveal(self, group: GroupRef, ts: str, reply: Reply) -> str | None:
        """Close the post (chat.update) and thread the explanation under it."""
        client = await self._client(group)
        (text, blocks), thread = reveal_parts(reply, self._language)
        await self._update(client, group, ts, text, blocks)
        if thread is None:
            return ts
        thread_text, thread_blocks = thread
        try:
            response = await client.chat_postMessage(
                channel=group.channel_id, thread_ts=ts, text=thread_text, blocks=thread_blocks
            )
        except SlackApiError as exc:
            log.error("reveal thread in %s failed: %s", group.key, exc.response.get("error"))
            return ts
        posted = response.get("ts")
        return str(posted) if posted else ts

    async def _client(self, group: GroupRef) -> AsyncWebClient:
        try:
            return await self._clients.for_team(group.space_id)
        except LookupError as exc:
            # No installation for the workspace (uninstalled, the event perhaps
            # missed while down): refused until someone reinstalls, so the core
            # pauses the group instead of retrying every minute.
            raise DeliveryRefused("the app is not installed in the workspace") from exc

    async def _update(
        self,
        client: AsyncWebClient,
        group: GroupRef,
        ts: str,
        text: str,
        blocks: list[Block],
    ) -> None:
        try:
            await client.chat_update(channel=group.channel_id, ts=ts, text=text, blocks=blocks)
        except SlackApiError as exc:
            # message_not_found / cant_update_message: the post was deleted; nothing to close.
            log.warning("chat.update %s in %s failed: %s", ts, group.key, exc.response.get("error"))
