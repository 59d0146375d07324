"""Slack adapter: slack-bolt (async) in front of the core's `StudyApi`.

Contract with `studybot run`:

    adapter = SlackAdapter(settings, api)
    scheduler/core use adapter.outbox      # the core's Outbox on Slack
    await adapter.start()                  # connects / listens, then returns
    ...
    await adapter.close()                  # lets running replies finish, disconnects

Modes, chosen from Settings (see install.py):

- Socket Mode when SLACK_BOT_TOKEN (xoxb-) and SLACK_APP_TOKEN (xapp-) are set:
  one workspace, no public URL; start() opens the websocket.
- HTTP mode with multi-workspace OAuth when SLACK_CLIENT_ID, SLACK_CLIENT_SECRET
  and SLACK_SIGNING_SECRET are set: start() serves aiohttp on 0.0.0.0:SLACK_PORT
  (`STUDYBOT_SLACK_PORT`, default 3000) with POST /slack/events (commands,
  buttons, events), GET /slack/install and GET /slack/oauth_redirect; bot tokens
  live in slack_sdk's SQLite installation store next to the database
  (`<database stem>-slack.db`).
- HTTP mode for one workspace when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are
  set without an app token.

Request signatures (HMAC, 5-minute window) are checked by Bolt in HTTP mode;
a body Bolt could not parse is answered 400 before it reaches Bolt (http_guard.py).
Bolt itself falls back to os.environ for settings it is not given; everything
is passed explicitly here, but do not export SLACK_CLIENT_ID in Socket Mode.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable

from aiohttp import web
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot.adapters.slack.admins import AdminCache
from bot.adapters.slack.app import InFlight, build_app
from bot.adapters.slack.home import SeenGroups
from bot.adapters.slack.http_guard import body_guard
from bot.adapters.slack.install import (
    InstalledClients,
    SlackConfigError,
    SlackMode,
    StaticClients,
    choose_mode,
    installation_store,
    secret,
    state_store,
    web_client,
)
from bot.adapters.slack.manifest import BOT_SCOPES, EVENTS_PATH, INSTALL_PATH, REDIRECT_PATH
from bot.adapters.slack.outbox import ClientSource, SlackOutbox, SlackSendError
from bot.adapters.slack.shared_install import (
    SharedInstallationStore,
    SharedStateStore,
    Statements,
)
from bot.config import Settings
from bot.core.clock import Clock
from bot.core.ports import GroupSchedule, StudyApi
from bot.core.types import Platform

__all__ = ["SlackAdapter", "SlackConfigError", "SlackMode", "SlackOutbox", "SlackSendError"]

log = logging.getLogger(__name__)

_DRAIN_SECONDS = 5.0


class SlackAdapter:
    def __init__(
        self,
        settings: Settings,
        api: StudyApi,
        *,
        base_url: str | None = None,
        host: str = "0.0.0.0",
        port: int | None = None,
        clock: Clock,
        shared_db: Statements | None = None,
    ) -> None:
        """`base_url` points the Web API elsewhere (tests: a local fake);
        `port` overrides settings.slack_port (0 picks a free port); `shared_db`
        (the bot's PostgreSQL database) holds installations and OAuth state so
        that several HTTP workers share them."""
        self.settings = settings
        self.mode = choose_mode(settings)
        self._host = host
        self._port = settings.slack_port if port is None else port
        self._api = api
        self._inflight = InFlight()
        self._seen = seen = SeenGroups()
        self._socket: AsyncSocketModeHandler | None = None
        self._runner: web.AppRunner | None = None
        self.bound_port: int | None = None

        oauth_settings: AsyncOAuthSettings | None = None
        clients: ClientSource
        if self.mode is SlackMode.HTTP_OAUTH:
            store: AsyncInstallationStore
            states: AsyncOAuthStateStore
            if shared_db is not None:
                store = SharedInstallationStore(shared_db, clock)
                states = SharedStateStore(shared_db, clock)
            else:
                store, states = installation_store(settings), state_store(settings)
            oauth_settings = AsyncOAuthSettings(
                client_id=settings.slack_client_id,
                client_secret=secret(settings.slack_client_secret),
                scopes=list(BOT_SCOPES),
                installation_store=store,
                installation_store_bot_only=True,
                state_store=states,
                install_path=INSTALL_PATH,
                redirect_uri_path=REDIRECT_PATH,
            )
            client = web_client(None, base_url=base_url)
            clients = InstalledClients(store, base_url=base_url)
        else:
            client = web_client(secret(settings.slack_bot_token), base_url=base_url)
            clients = StaticClients(client)
        self.app: AsyncApp = build_app(
            api=api,
            client=client,
            signing_secret=secret(settings.slack_signing_secret),
            language=settings.default_language,
            oauth_settings=oauth_settings,
            clock=clock,
            admins=AdminCache(),
            inflight=self._inflight,
            seen=seen,
        )
        self.outbox = SlackOutbox(clients, language=settings.default_language, seen=seen)

    async def start(self) -> None:
        """Connect (Socket Mode) or listen (HTTP), then return. Tokens Slack
        refuses raise SlackConfigError naming the setting, instead of the SDK
        retrying a dead token forever in the background."""
        if self.mode is not SlackMode.HTTP_OAUTH:
            await self._check(self.app.client.auth_test(), "SLACK_BOT_TOKEN")
        await self._remember_scheduled_groups()
        if self.mode is SlackMode.SOCKET:
            app_token = secret(self.settings.slack_app_token)
            opened = await self._check(
                self.app.client.apps_connections_open(app_token=app_token), "SLACK_APP_TOKEN"
            )
            # The handler builds an aiohttp session at construction, so it is
            # created here, inside the running loop.
            self._socket = AsyncSocketModeHandler(self.app, app_token=app_token)
            self._socket.client.wss_uri = str(opened.get("url"))  # reuse the URL just issued
            await self._socket.connect_async()  # type: ignore[no-untyped-call]
            log.info("Slack adapter connected in Socket Mode")
            return
        served = self.app.web_app(path=EVENTS_PATH, port=self._port)
        # Bodies Bolt cannot parse get 400 here, not a 500 and a traceback in Bolt.
        served.middlewares.append(
            body_guard(EVENTS_PATH, secret(self.settings.slack_signing_secret))
        )
        self._runner = web.AppRunner(served)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        addresses = self._runner.addresses
        self.bound_port = int(addresses[0][1]) if addresses else self._port
        log.info(
            "Slack adapter (%s) listening on %s:%s%s",
            self.mode.value,
            self._host,
            self.bound_port,
            EVENTS_PATH,
        )

    async def _remember_scheduled_groups(self) -> None:
        """Seed the Home tab's channel memory with the scheduled Slack groups
        when the service also drives the daily cycle (StudyService does), so
        the Home tab is useful right after a restart."""
        schedules = getattr(self._api, "schedules", None)
        if not callable(schedules):
            return
        try:
            for schedule in await schedules():
                if (
                    isinstance(schedule, GroupSchedule)
                    and schedule.group.platform is Platform.SLACK
                ):
                    self._seen.saw(schedule.group)
        except Exception:
            log.exception("could not read the scheduled groups for the Home tab")

    @staticmethod
    async def _check(call: Awaitable[AsyncSlackResponse], setting: str) -> AsyncSlackResponse:
        try:
            return await call
        except SlackApiError as exc:
            error = exc.response.get("error")
            raise SlackConfigError(f"Slack refused {setting}: {error}") from None

    async def close(self) -> None:
        # Stop taking requests first, then let acked work finish its replies.
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        await self._inflight.drain(_DRAIN_SECONDS)
