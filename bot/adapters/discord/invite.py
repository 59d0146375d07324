"""What the bot asks for when it is invited to a server: nothing more than it uses.

Scopes: `bot` (be a member that can post) and `applications.commands` (slash
commands). Permissions, for the daily-post channel only (interaction replies go
through webhooks and need none):

- View Channel: see the channel it posts to;
- Send Messages: the daily question and its reveal;
- Embed Links: questions, reveals and boards are embeds;
- Attach Files: charts attached to reports and reveals;
- Read Message History: see the channel's earlier messages, among them its
  own post from the day before, which the reveal edits.

The daily channel is a text or announcement channel (the schedule command
does not offer threads), so Send Messages in Threads is not requested.
"""

from __future__ import annotations

import discord

SCOPES = ("bot", "applications.commands")


def bot_permissions() -> discord.Permissions:
    return discord.Permissions(
        view_channel=True,
        send_messages=True,
        embed_links=True,
        attach_files=True,
        read_message_history=True,
    )


def invite_url(client_id: int, *, guild_id: int | None = None) -> str:
    if guild_id is None:
        return discord.utils.oauth_url(client_id, permissions=bot_permissions(), scopes=SCOPES)
    return discord.utils.oauth_url(
        client_id,
        permissions=bot_permissions(),
        scopes=SCOPES,
        guild=discord.Object(guild_id),
        disable_guild_select=True,
    )
