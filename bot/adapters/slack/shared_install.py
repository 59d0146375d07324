"""Slack installations and OAuth state in the bot's own database, for several
HTTP workers behind one load balancer (PostgreSQL).

slack_sdk's SQLite stores live in a file beside one process; with N workers an
install started on one worker (state issued) finishes on another (state
consumed, installation saved), and any worker must find any workspace's token.
These implement slack_sdk's async store interfaces on the bot's database (the
tables of migration 0080), through one engine-neutral method, `fetchall`,
handed in by the composition root: every statement is a single autocommitted
one, so no transaction spans two calls.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore

from bot.core.clock import Clock

log = logging.getLogger(__name__)

STATE_SECONDS = 600  # an OAuth state is good for ten minutes, as slack_sdk's default


class Statements(Protocol):
    """Runs one SQL statement (`?` placeholders) and returns its rows."""

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...


def _json(fields: dict[str, Any]) -> str:
    # datetimes (installed_at, token expiries) go as epoch seconds, which the
    # slack_sdk constructors take back.
    return json.dumps(
        {k: v.timestamp() if isinstance(v, datetime) else v for k, v in fields.items()}
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


class SharedInstallationStore(AsyncInstallationStore):
    def __init__(self, db: Statements, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        await self._db.fetchall(
            "INSERT INTO slack_installations (enterprise_id, team_id, user_id, installation,"
            " installed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (enterprise_id, team_id, user_id)"
            " DO UPDATE SET installation = excluded.installation,"
            " installed_at = excluded.installed_at",
            (installation.enterprise_id or "", installation.team_id or "",
             installation.user_id or "", _json(installation.to_dict_for_copying()),
             _iso(self._clock())),
        )  # fmt: skip
        await self.async_save_bot(installation.to_bot())

    async def async_save_bot(self, bot: Bot) -> None:
        await self._db.fetchall(
            "INSERT INTO slack_bots (enterprise_id, team_id, bot, installed_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (enterprise_id, team_id)"
            " DO UPDATE SET bot = excluded.bot, installed_at = excluded.installed_at",
            (bot.enterprise_id or "", bot.team_id or "", _json(bot.to_dict_for_copying()),
             _iso(self._clock())),
        )  # fmt: skip

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        team = "" if is_enterprise_install else team_id or ""
        rows = await self._db.fetchall(
            "SELECT bot FROM slack_bots WHERE enterprise_id = ? AND team_id = ?",
            (enterprise_id or "", team),
        )
        return Bot(**json.loads(rows[0][0])) if rows else None

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        team = "" if is_enterprise_install else team_id or ""
        sql = "SELECT installation FROM slack_installations WHERE enterprise_id = ? AND team_id = ?"
        params: list[str] = [enterprise_id or "", team]
        if user_id is not None:
            sql += " AND user_id = ?"
            params.append(user_id)
        rows = await self._db.fetchall(sql + " ORDER BY installed_at DESC LIMIT 1", params)
        return Installation(**json.loads(rows[0][0])) if rows else None

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self._db.fetchall(
            "DELETE FROM slack_bots WHERE enterprise_id = ? AND team_id = ?",
            (enterprise_id or "", team_id or ""),
        )

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        sql = "DELETE FROM slack_installations WHERE enterprise_id = ? AND team_id = ?"
        params: list[str] = [enterprise_id or "", team_id or ""]
        if user_id is not None:
            sql += " AND user_id = ?"
            params.append(user_id)
        await self._db.fetchall(sql, params)


class SharedStateStore(AsyncOAuthStateStore):
    """OAuth `state` values: issued by one worker, consumed once by any."""

    def __init__(self, db: Statements, clock: Clock, *, seconds: int = STATE_SECONDS) -> None:
        self._db = db
        self._clock = clock
        self._seconds = seconds

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = secrets.token_urlsafe(24)
        now = self._clock()
        await self._db.fetchall(
            "DELETE FROM slack_oauth_states WHERE expires_at <= ?", (_iso(now),)
        )
        await self._db.fetchall(
            "INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)",
            (state, _iso(now + timedelta(seconds=self._seconds))),
        )
        return state

    async def async_consume(self, state: str) -> bool:
        """True once for a state issued and not expired; the row goes either way."""
        rows = await self._db.fetchall(
            "DELETE FROM slack_oauth_states WHERE state = ? RETURNING expires_at", (state,)
        )
        return bool(rows) and str(rows[0][0]) > _iso(self._clock())
