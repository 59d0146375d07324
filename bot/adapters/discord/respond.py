"""Answering an interaction on time, and never silently.

Discord drops an interaction that gets no first response within 3 seconds.
`respond` starts the core's work and waits up to `defer_after` seconds for it;
if it is not done by then it defers (Discord shows "thinking…") and sends the
reply as a follow-up when it arrives. Any exception becomes a short ephemeral
message in the member's language and a log line with the context.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.adapters.discord.i18n import language_of_locale, text
from bot.adapters.discord.render import Rendered, fit_message, render
from bot.core.types import Reply, ReplyKind

log = logging.getLogger(__name__)

DEFER_AFTER = 2.0  # seconds; leaves a margin under Discord's 3 s for the round trip


def describe(interaction: discord.Interaction[Any]) -> str:
    """Context for a log line: who, where, what (never a token)."""
    data: Any = interaction.data or {}
    what = data.get("name") or data.get("custom_id") or "?"
    options = data.get("options") or []
    if options and options[0].get("type") == 1:  # a subcommand of the admin group
        what = f"{what}/{options[0].get('name')}"
    return (
        f"interaction={interaction.id} type={interaction.type.name} what={what} "
        f"guild={interaction.guild_id} channel={interaction.channel_id} user={interaction.user.id}"
    )


def _kwargs(rendered: Rendered) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if rendered.content is not None:
        kwargs["content"] = rendered.content
    if rendered.embed is not None:
        kwargs["embed"] = rendered.embed
    if rendered.view is not None:
        kwargs["view"] = rendered.view
    file = rendered.file()
    if file is not None:
        kwargs["file"] = file
    return kwargs


async def send_reply(
    interaction: discord.Interaction[Any],
    reply: Reply,
    *,
    deferred_ephemeral: bool | None = None,
    settle: bool = False,
) -> None:
    rendered = render(reply)
    if settle and reply.kind is ReplyKind.ANSWER_FEEDBACK and not interaction.response.is_done():
        await _settle(interaction, rendered)
        return
    if not interaction.response.is_done():
        await interaction.response.send_message(ephemeral=rendered.ephemeral, **_kwargs(rendered))
        return
    if deferred_ephemeral is not None and deferred_ephemeral != rendered.ephemeral:
        # The first follow-up after a defer replaces the "thinking…" message and
        # keeps its visibility; drop it so the reply is seen by the right people.
        await interaction.delete_original_response()
    await interaction.followup.send(ephemeral=rendered.ephemeral, **_kwargs(rendered))


async def _settle(interaction: discord.Interaction[Any], rendered: Rendered) -> None:
    """Turn the clicked (private) question into its answer: the question stays
    on top, the feedback goes under it, the buttons go, so it is answered once."""
    kept = list(interaction.message.embeds) if interaction.message is not None else []
    embeds = [*kept, rendered.embed] if rendered.embed is not None else kept
    # The buttons go, unless the reply brings its own (a flashcard's grades).
    kwargs: dict[str, Any] = {"embeds": fit_message(embeds), "view": rendered.view}
    if rendered.content is not None:
        kwargs["content"] = rendered.content
    file = rendered.file()
    if file is not None:
        kwargs["attachments"] = [file]
    await interaction.response.edit_message(**kwargs)


async def send_error(
    interaction: discord.Interaction[Any], key: str = "failed", **values: object
) -> None:
    message = text(key, language_of_locale(interaction.locale), **values)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)
    except discord.HTTPException:
        log.exception("could not tell the member about an error (%s)", describe(interaction))


async def respond(
    interaction: discord.Interaction[Any],
    work: Callable[[], Awaitable[Reply]],
    *,
    defer_after: float = DEFER_AFTER,
    defer_ephemeral: bool = True,
    settle: bool = False,
) -> None:
    """Run `work` (a call into the core) and show its Reply to the member.

    `settle`: the interaction is a click on a private practice question, and
    answer feedback replaces its buttons (see `_settle`) instead of arriving
    as a separate message."""
    deferred: bool | None = None
    try:
        task = asyncio.ensure_future(work())
        try:
            reply = await asyncio.wait_for(asyncio.shield(task), defer_after)
        except TimeoutError:
            await interaction.response.defer(ephemeral=defer_ephemeral, thinking=True)
            deferred = defer_ephemeral
            reply = await task
        await send_reply(interaction, reply, deferred_ephemeral=deferred, settle=settle)
    except Exception:
        log.exception("discord interaction failed (%s)", describe(interaction))
        await send_error(interaction)
