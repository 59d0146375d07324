"""The core's `Outbox` on Slack: daily posts, reveals, direct messages.

A Slack message is addressed by (channel, ts); the channel is the group's, so
the message ref the core stores is just the `ts`. A reveal closes the original
post with chat.update (buttons gone; marked choices, answer and group stats
shown) and threads the explanation and source under it, so the channel stays
quiet. A failed post raises `SlackSendError` so that the core retries it.

chat.postMessage has no idempotency key, and a post whose answer never came
back (a timeout, a dropped connection) may be in the channel all the same. So
a daily question carries message metadata naming its post, is sent without the
SDK's blind resend on a connection error, and is looked for in the channel's
history (conversations.history with include_all_metadata) when its outcome is
unknown: right after such an error, and before any resend the core asks for.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from typing import Any, Protocol

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.blocks import Block, render, reveal_parts
from bot.adapters.slack.home import SeenGroups
from bot.core.ports import DeliveryRefused
from bot.core.types import AnswerKind, GroupRef, Reply, ReplyKind

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


# The daily question's message metadata: event_type names it as ours, the
# payload's "post" is the core's post id (the buttons' answer ref).
DAILY_EVENT = "studybot_daily_question"
HISTORY_LIMIT = 200  # messages looked through for a post that may have gone out
# The errors after which a post may or may not have reached Slack.
UNKNOWN_OUTCOME = (aiohttp.ClientError, asyncio.TimeoutError)


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
        daily = daily_post_id(reply)
        if daily is not None:
            return await self._post_daily(client, group, daily, reply, text, blocks)
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

    async def _post_daily(
        self,
        client: AsyncWebClient,
        group: GroupRef,
        post_id: str,
        reply: Reply,
        text: str,
        blocks: list[Block],
    ) -> str | None:
        """The daily question, posted at most once (see the module's doc)."""
        if reply.maybe_sent_since is not None:  # a resend: did an earlier attempt land?
            found = await self._find_daily(client, group, post_id)
            if found is not None:
                log.info("daily post %s was already in %s (ts %s)", post_id, group.key, found)
                self._seen.saw(group)
                return found
        try:
            response = await _without_blind_resend(client).chat_postMessage(
                channel=group.channel_id,
                text=text,
                blocks=blocks,
                unfurl_links=False,
                metadata={"event_type": DAILY_EVENT, "event_payload": {"post": post_id}},
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error"))
            if error in PERMANENT:
                raise DeliveryRefused(f"{PERMANENT[error]} (Slack {error})") from exc
            raise SlackSendError(f"chat.postMessage to {group.key} failed: {error}") from exc
        except UNKNOWN_OUTCOME as exc:
            found = await self._find_daily(client, group, post_id)
            if found is None:  # not there (yet): the core resends, looking first
                raise SlackSendError(
                    f"chat.postMessage to {group.key}: no answer ({type(exc).__name__})"
                ) from exc
            ts: object = found
        else:
            ts = response.get("ts")
        self._seen.saw(group)
        return str(ts) if ts else None

    async def _find_daily(
        self, client: AsyncWebClient, group: GroupRef, post_id: str
    ) -> str | None:
        """The ts of the channel's message carrying this post's metadata, among
        the latest HISTORY_LIMIT; None when not found or the history cannot be
        read (an install without the history scopes: then a resend may repeat)."""
        try:
            response = await client.conversations_history(
                channel=group.channel_id, limit=HISTORY_LIMIT, include_all_metadata=True
            )
        except SlackApiError as exc:
            log.warning(
                "cannot look for daily post %s in %s: %s",
                post_id,
                group.key,
                exc.response.get("error"),
            )
            return None
        except UNKNOWN_OUTCOME as exc:
            log.warning("cannot look for daily post %s in %s: %r", post_id, group.key, exc)
            return None
        for message in response.get("messages") or ():
            if _is_daily(message, post_id):
                return str(message["ts"])
        return None

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


def daily_post_id(reply: Reply) -> str | None:
    """The core's post id when `reply` is a daily question (its answer ref)."""
    view = reply.question
    if view is None or view.answer_kind not in (AnswerKind.DAILY, AnswerKind.CARD_SHOW_DAILY):
        return None
    return view.answer_ref


def _is_daily(message: Any, post_id: str) -> bool:
    metadata = message.get("metadata") if isinstance(message, dict) else None
    if not isinstance(metadata, dict) or metadata.get("event_type") != DAILY_EVENT:
        return False
    payload = metadata.get("event_payload")
    return isinstance(payload, dict) and str(payload.get("post")) == post_id and "ts" in message


def _without_blind_resend(client: AsyncWebClient) -> AsyncWebClient:
    """The same client minus the SDK's resend on a connection error: a request
    that reached Slack before the connection dropped would be posted twice.
    (Rate-limit retries stay: a 429 means Slack did not take the message.)"""
    once = copy.copy(client)
    once.retry_handlers = [
        h for h in client.retry_handlers if not isinstance(h, AsyncConnectionErrorRetryHandler)
    ]
    return once
