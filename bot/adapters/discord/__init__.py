"""Discord adapter: discord.py 2.7 in front of the core's `StudyApi`.

Contract with `studybot run`:

    adapter = DiscordAdapter(token, api, shards=Shards(ids=(0, 1), count=4))  # shards optional
    scheduler/core use adapter.outbox      # the core's Outbox on Discord
    await adapter.start()                  # logs in, then runs the gateway
    ...
    await adapter.close()                  # disconnects; start() then returns

`start()` logs in over REST (which runs `setup_hook`: button handlers and the
translator), then connects the gateway and keeps running, reconnecting on its
own, until `close()` is called; then it returns. If the task running it is
cancelled, the client is closed and `CancelledError` propagates. A bad token
raises `discord.LoginFailure` from `start()`.

The outbox can be handed to the core before `start()`: sends wait (up to a
minute) for the login, and need no gateway.

Slash commands are not synced on start (Discord rate-limits syncing and it is
only needed when the command set changes): run `studybot discord sync`.

Modules: client (intents, tree, calls into the core), commands (slash
commands), buttons (restart-proof answer/report buttons), render (Reply ->
embed/view/file), respond (3-second rule, errors), outbox, i18n (Korean and
English names), invite (OAuth2 URL and permissions).
"""

from __future__ import annotations

import logging
from typing import Any

from bot.adapters.discord.client import ShardedStudyClient, StudyClient
from bot.adapters.discord.outbox import DiscordOutbox
from bot.adapters.discord.shards import Shards
from bot.core.clock import Clock
from bot.core.ports import StudyApi

__all__ = ["DiscordAdapter", "DiscordOutbox", "ShardedStudyClient", "Shards", "StudyClient"]

log = logging.getLogger(__name__)


class DiscordAdapter:
    def __init__(
        self,
        token: str,
        api: StudyApi,
        *,
        clock: Clock,
        shards: Shards | None = None,
        **client_options: Any,
    ) -> None:
        self._token = token
        if shards is None:
            self.client = StudyClient(api, clock=clock, **client_options)
        else:
            self.client = ShardedStudyClient(
                api,
                clock=clock,
                shard_ids=list(shards.ids),
                shard_count=shards.count,
                **client_options,
            )
        self.outbox = DiscordOutbox(self.client, self.client.logged_in)

    async def start(self) -> None:
        try:
            await self.client.start(self._token)
        finally:
            # Reached on close(), on a fatal gateway error, and on cancellation.
            if not self.client.is_closed():
                await self.client.close()

    async def close(self) -> None:
        await self.client.close()
