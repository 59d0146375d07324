"""The manifest file, the CLI that prints it, and mode selection."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import make_settings

from bot.adapters.slack.install import SlackConfigError, SlackMode, choose_mode
from bot.adapters.slack.manifest import BOT_SCOPES, manifest, manifest_yaml
from bot.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def test_checked_in_manifest_is_the_generated_one() -> None:
    assert (ROOT / "slack" / "manifest.yaml").read_text(encoding="utf-8") == manifest_yaml()


def test_socket_manifest_declares_what_the_adapter_uses() -> None:
    data = manifest()
    assert data["settings"]["socket_mode_enabled"] is True
    assert [c["command"] for c in data["features"]["slash_commands"]] == ["/study"]
    assert data["settings"]["event_subscriptions"]["bot_events"] == ["app_home_opened"]
    assert data["settings"]["interactivity"]["is_enabled"] is True
    assert data["features"]["app_home"]["home_tab_enabled"] is True
    assert "request_url" not in data["settings"]["interactivity"]


def test_every_web_api_method_the_adapter_calls_is_covered_by_a_scope() -> None:
    # Scan the adapter's source for client.<method>( calls and map them to scopes.
    needed = {
        "chat_postMessage": "chat:write",
        "chat_update": "chat:write",
        "users_info": "users:read",
        "conversations_open": "im:write",
        "conversations_info": "channels:read",
        "views_publish": None,  # no scope needed for the app's own Home
        "views_open": None,  # the deck upload form
        "chat_postEphemeral": "chat:write",
        "files_info": "files:read",  # a deck uploaded through the form
        "conversations_history": "channels:history",  # a daily post whose answer was lost
    }
    called: set[str] = set()
    for path in (ROOT / "bot" / "adapters" / "slack").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in needed:
                called.add(node.attr)
    assert called == set(needed)
    # groups:read, groups:history: conversations.info and .history on private channels too
    extra = {"commands", "chat:write.public", "groups:read", "groups:history"}
    assert {s for s in needed.values() if s} | extra == set(BOT_SCOPES)


def test_cli_prints_manifests() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["slack", "manifest"])
    assert result.exit_code == 0 and yaml.safe_load(result.output) == manifest()
    result = runner.invoke(cli, ["slack", "manifest", "--http-url", "https://bot.example.org/"])
    data = yaml.safe_load(result.output)
    assert data["settings"]["socket_mode_enabled"] is False
    assert (
        data["settings"]["interactivity"]["request_url"] == "https://bot.example.org/slack/events"
    )
    assert data["features"]["slash_commands"][0]["url"] == "https://bot.example.org/slack/events"
    assert data["oauth_config"]["redirect_urls"] == ["https://bot.example.org/slack/oauth_redirect"]
    assert data["settings"]["event_subscriptions"]["bot_events"] == [
        "app_home_opened",
        "app_uninstalled",
        "tokens_revoked",
    ]
    bad = runner.invoke(cli, ["slack", "manifest", "--http-url", "http://plain"])
    assert bad.exit_code != 0 and "https" in bad.output


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("socket", SlackMode.SOCKET),
        ("http-oauth", SlackMode.HTTP_OAUTH),
        ("http-single", SlackMode.HTTP_SINGLE),
    ],
)
def test_mode_selection(tmp_path: Path, mode: str, expected: SlackMode) -> None:
    assert choose_mode(make_settings(tmp_path, mode)) is expected


def test_incomplete_settings_say_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(SlackConfigError, match="SLACK_SIGNING_SECRET"):
        choose_mode(make_settings(tmp_path, "none", slack_client_id="1", slack_client_secret="s"))
    with pytest.raises(SlackConfigError, match="SLACK_APP_TOKEN"):
        choose_mode(make_settings(tmp_path, "none", slack_bot_token="xoxb"))
    with pytest.raises(SlackConfigError, match="no Slack credentials"):
        choose_mode(make_settings(tmp_path, "none"))


def test_cli_check_names_the_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-secret-value")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-secret-value")
    result = CliRunner().invoke(cli, ["slack", "check"])
    assert result.exit_code == 0 and "mode: socket" in result.output
    assert "secret-value" not in result.output
    monkeypatch.delenv("SLACK_APP_TOKEN")
    result = CliRunner().invoke(cli, ["slack", "check"])
    assert result.exit_code != 0 and "SLACK_APP_TOKEN" in result.output
