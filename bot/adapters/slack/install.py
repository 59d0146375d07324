"""Which Slack mode the settings ask for, and the token plumbing of each.

- Socket Mode (`SLACK_BOT_TOKEN` + `SLACK_APP_TOKEN`): one workspace, one token.
- HTTP + OAuth (`SLACK_CLIENT_ID` + `SLACK_CLIENT_SECRET` + `SLACK_SIGNING_SECRET`):
  any number of workspaces; slack_sdk's SQLite installation store keeps each
  workspace's bot token in a file next to the database, or, on PostgreSQL
  (several workers), the bot's own database does (shared_install.py).
- HTTP, one workspace (`SLACK_BOT_TOKEN` + `SLACK_SIGNING_SECRET`): for a
  single workspace behind a public URL without Socket Mode.
"""

from __future__ import annotations

import enum
from pathlib import Path

from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
    async_default_handlers,
)
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings


class SlackMode(enum.StrEnum):
    SOCKET = "socket"
    HTTP_OAUTH = "http-oauth"
    HTTP_SINGLE = "http-single"


class SlackConfigError(ValueError):
    """The Slack settings are incomplete; the message says what is missing."""


def secret(value: object) -> str:
    getter = getattr(value, "get_secret_value", None)
    return str(getter()) if callable(getter) else ""


def choose_mode(settings: Settings) -> SlackMode:
    bot, app = settings.slack_bot_token, settings.slack_app_token
    if bot is not None and app is not None:
        return SlackMode.SOCKET
    signing = settings.slack_signing_secret
    if settings.slack_client_id or settings.slack_client_secret is not None:
        if not (settings.slack_client_id and settings.slack_client_secret and signing):
            raise SlackConfigError(
                "Slack HTTP mode needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET"
                " and SLACK_SIGNING_SECRET"
            )
        return SlackMode.HTTP_OAUTH
    if bot is not None and signing is not None:
        return SlackMode.HTTP_SINGLE
    if bot is not None:
        raise SlackConfigError(
            "SLACK_BOT_TOKEN needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)"
        )
    raise SlackConfigError("no Slack credentials are set")


def web_client(token: str | None = None, *, base_url: str | None = None) -> AsyncWebClient:
    """A Web API client that waits out HTTP 429 (Retry-After) instead of failing."""
    handlers = [*async_default_handlers(), AsyncRateLimitErrorRetryHandler(max_retry_count=2)]
    if base_url is None:
        return AsyncWebClient(token=token, retry_handlers=handlers)
    return AsyncWebClient(token=token, base_url=base_url, retry_handlers=handlers)


def store_path(settings: Settings) -> Path:
    """The installation store's file, next to the database."""
    return settings.database.with_name(settings.database.stem + "-slack.db")


def installation_store(settings: Settings) -> SQLite3InstallationStore:
    path = store_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    store = SQLite3InstallationStore(database=str(path), client_id=settings.slack_client_id or "")
    store.init()  # type: ignore[no-untyped-call]
    return store


def state_store(settings: Settings) -> SQLite3OAuthStateStore:
    store = SQLite3OAuthStateStore(database=str(store_path(settings)), expiration_seconds=600)
    store.init()  # type: ignore[no-untyped-call]
    return store


class StaticClients:
    """One workspace: the same client for every team id."""

    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client

    async def for_team(self, team_id: str) -> AsyncWebClient:
        return self._client


class InstalledClients:
    """Many workspaces: the bot token each one granted at install time."""

    def __init__(self, store: AsyncInstallationStore, *, base_url: str | None = None) -> None:
        self._store = store
        self._base_url = base_url
        self._clients: dict[str, AsyncWebClient] = {}

    async def for_team(self, team_id: str) -> AsyncWebClient:
        bot = await self._store.async_find_bot(enterprise_id=None, team_id=team_id)
        if bot is None or not bot.bot_token:
            raise LookupError(f"Studybot is not installed in Slack team {team_id!r}")
        client = self._clients.get(team_id)
        # A reinstall issues a new token; rebuild the client when it changes.
        if client is None or client.token != bot.bot_token:
            client = web_client(bot.bot_token, base_url=self._base_url)
            self._clients[team_id] = client
        return client
