from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from slack_fakes import FakeSlack
from slack_sdk.oauth.installation_store import Installation

from bot.adapters.slack.install import installation_store
from bot.config import Settings

SIGNING_SECRET = "test-signing-secret"


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.close()


def make_settings(tmp_path: Path, mode: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "database": tmp_path / "studybot.db",
        "default_language": "en",
    }
    if mode == "socket":
        values.update(slack_bot_token="xoxb-socket", slack_app_token="xapp-socket")
    elif mode == "http-oauth":
        values.update(
            slack_client_id="111.222",
            slack_client_secret="client-secret",
            slack_signing_secret=SIGNING_SECRET,
        )
    elif mode == "http-single":
        values.update(slack_bot_token="xoxb-single", slack_signing_secret=SIGNING_SECRET)
    values.update(extra)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def install_team(settings: Settings, team_id: str = "T1", token: str = "xoxb-T1") -> None:
    """What a finished OAuth install leaves in the store."""
    installation_store(settings).save(
        Installation(
            app_id="A1",
            team_id=team_id,
            team_name="Team",
            bot_token=token,
            bot_id="B1",
            bot_user_id="UBOT",
            bot_scopes="commands,chat:write",
            user_id="UINSTALLER",
            installed_at=datetime(2026, 3, 1, tzinfo=UTC).timestamp(),
        )
    )
