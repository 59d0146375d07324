"""What the bot needs in a channel to post the daily question there.

`schedule` checks it before anything is stored, so a schedule that could never
post is refused with what is missing, instead of failing at the post time.
In the interaction's own channel Discord sends the bot's resolved permissions
with the interaction (`app_permissions`). For another channel they come from
discord.py's guild cache when the gateway filled it, else from REST (the
guild's roles, the bot's member, the channel's overwrites); either way
discord.py's own `permissions_for` resolves them (roles, @everyone, overwrites,
Administrator), so the rules are not re-implemented here.
"""

from __future__ import annotations

import logging
from typing import Any

import discord

log = logging.getLogger(__name__)

# discord.Permissions flags; their names as Discord shows them are catalogue
# keys `discord.perm.<flag>`.
NEEDED: tuple[str, ...] = (
    "view_channel",
    "send_messages",
    "embed_links",  # the daily question is an embed
)


def missing(permissions: discord.Permissions) -> list[str]:
    """The flags of NEEDED that `permissions` lacks, in NEEDED's order."""
    return [flag for flag in NEEDED if not getattr(permissions, flag)]


async def bot_permissions(
    interaction: discord.Interaction[Any], channel_id: int
) -> discord.Permissions | None:
    """The bot's permissions in `channel_id` of the interaction's server; None
    when they cannot be read (then nothing is refused here: a refusal at post
    time still pauses the group and tells the admin)."""
    if channel_id == interaction.channel_id:
        return interaction.app_permissions
    client = interaction.client
    guild_id = interaction.guild_id
    if guild_id is None or client.user is None:
        return None
    cached = client.get_guild(guild_id)
    if cached is not None and cached.me is not None:
        channel = cached.get_channel(channel_id)
        if channel is not None:
            found: discord.Permissions = channel.permissions_for(cached.me)
            return found
    try:
        guild = await client.fetch_guild(guild_id, with_counts=False)
        me = await guild.fetch_member(client.user.id)
        target = await guild.fetch_channel(channel_id)
    except (discord.Forbidden, discord.NotFound):
        return discord.Permissions.none()  # the bot cannot even see the channel
    except (discord.HTTPException, discord.InvalidData) as exc:
        log.warning("could not read the bot's permissions in channel %s: %s", channel_id, exc)
        return None
    resolved: discord.Permissions = target.permissions_for(me)
    return resolved
