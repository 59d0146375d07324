"""Who is a workspace admin: users.info `is_admin` / `is_owner`, cached.

Only admin commands ask, so ordinary use costs no users.info calls (Tier 4,
but a busy channel should not spend it). A failed lookup counts as "not an
admin": the core still lets the channel's own configured admins through.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)

_TTL_SECONDS = 600.0


class AdminCache:
    def __init__(self, *, ttl: float = _TTL_SECONDS, clock: Callable[[], float] = time.monotonic):
        self._ttl = ttl
        self._clock = clock
        self._seen: dict[tuple[str, str], tuple[float, bool]] = {}

    async def is_admin(self, client: AsyncWebClient, team_id: str, user_id: str) -> bool:
        key = (team_id, user_id)
        now = self._clock()
        hit = self._seen.get(key)
        if hit is not None and now - hit[0] < self._ttl:
            return hit[1]
        try:
            response = await client.users_info(user=user_id)
        except SlackApiError as exc:
            log.warning(
                "users.info failed for %s/%s: %s", team_id, user_id, exc.response.get("error")
            )
            return False
        user = response.get("user") or {}
        admin = bool(user.get("is_admin") or user.get("is_owner"))
        self._seen[key] = (now, admin)
        return admin
