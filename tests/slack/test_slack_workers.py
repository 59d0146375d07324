"""Slack HTTP mode with several workers: installations and OAuth state in the
bot's database, so any worker serves any workspace and finishes any install.
Runs on both engines (the stores' SQL is engine-neutral)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import make_settings
from manual_clock import ManualClock
from slack_fake_api import RecordingApi
from slack_fakes import FakeSlack
from slack_sdk.oauth.installation_store import Installation
from test_slack_http import slash

from bot.adapters.slack import SlackAdapter
from bot.adapters.slack.shared_install import SharedInstallationStore, SharedStateStore
from bot.storage import SqlStore, open_store

T0 = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.fixture
async def shared(db_target: Path | str) -> AsyncIterator[SqlStore]:
    store = await open_store(db_target)
    try:
        yield store
    finally:
        await store.close()


def _installation(team: str, token: str) -> Installation:
    return Installation(
        app_id="A1", team_id=team, team_name="Team", bot_token=token, bot_id="B1",
        bot_user_id="UBOT", bot_scopes="commands,chat:write", user_id="UINSTALLER",
        installed_at=T0.timestamp(),
    )  # fmt: skip


async def test_an_install_saved_by_one_worker_serves_requests_on_another(
    shared: SqlStore, fake_slack: FakeSlack, tmp_path: Path
) -> None:
    clock = ManualClock(T0)
    workers: list[tuple[SlackAdapter, RecordingApi]] = []
    for _ in range(2):
        api = RecordingApi()
        adapter = SlackAdapter(
            make_settings(tmp_path, "http-oauth"), api, base_url=fake_slack.base_url,
            host="127.0.0.1", port=0, clock=clock, shared_db=shared.db,
        )  # fmt: skip
        await adapter.start()
        workers.append((adapter, api))
    try:
        await SharedInstallationStore(shared.db, clock).async_save(_installation("T1", "xoxb-T1"))
        status, _ = await slash(workers[1][0], fake_slack, "lookup NAT")
        assert status == 200
        [command] = workers[1][1].commands
        assert command.group.space_id == "T1"
        assert {c.token for c in fake_slack.of("auth.test")} == {"xoxb-T1"}
        assert not (tmp_path / "studybot-slack.db").exists()  # nothing beside one worker
    finally:
        for adapter, _ in workers:
            await adapter.close()


async def test_installations_round_trip_and_reinstall_replaces(shared: SqlStore) -> None:
    clock = ManualClock(T0)
    store = SharedInstallationStore(shared.db, clock)
    assert await store.async_find_bot(enterprise_id=None, team_id="T1") is None
    await store.async_save(_installation("T1", "xoxb-old"))
    await store.async_save(_installation("T1", "xoxb-new"))
    bot = await store.async_find_bot(enterprise_id=None, team_id="T1")
    assert bot is not None and bot.bot_token == "xoxb-new" and bot.installed_at == T0.timestamp()
    found = await store.async_find_installation(enterprise_id=None, team_id="T1")
    assert found is not None and found.user_id == "UINSTALLER"
    await store.async_delete_all(enterprise_id=None, team_id="T1")
    assert await store.async_find_bot(enterprise_id=None, team_id="T1") is None
    assert await store.async_find_installation(enterprise_id=None, team_id="T1") is None


async def test_oauth_state_is_good_once_on_any_worker_until_it_expires(shared: SqlStore) -> None:
    clock = ManualClock(T0)
    issuer, consumer = SharedStateStore(shared.db, clock), SharedStateStore(shared.db, clock)
    state = await issuer.async_issue()
    assert await consumer.async_consume(state)
    assert not await consumer.async_consume(state)  # replayed
    late = await issuer.async_issue()
    clock.set(T0 + timedelta(minutes=11))
    assert not await consumer.async_consume(late)
    assert not await consumer.async_consume("never-issued")
