"""`studybot slack ...`: set-up helpers for the Slack app."""

from __future__ import annotations

import click


@click.group()
def slack() -> None:
    """Slack set-up helpers."""


@slack.command()
@click.option(
    "--http-url",
    metavar="URL",
    default=None,
    help="Public base URL for HTTP mode (e.g. https://bot.example.org); Socket Mode if omitted.",
)
@click.option("--name", default="Studybot", show_default=True, help="App and bot display name.")
def manifest(http_url: str | None, name: str) -> None:
    """Print the app manifest to paste at api.slack.com/apps -> From a manifest."""
    from bot.adapters.slack.manifest import manifest_yaml

    if http_url is not None and not http_url.startswith("https://"):
        raise click.BadParameter("Slack only calls https:// URLs", param_hint="--http-url")
    click.echo(manifest_yaml(http_url=http_url, name=name), nl=False)


@slack.command()
def check() -> None:
    """Say which Slack mode the current settings select, without connecting."""
    from bot.adapters.slack.install import SlackConfigError, choose_mode, store_path
    from bot.config import load_settings

    settings = load_settings()
    try:
        mode = choose_mode(settings)
    except SlackConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"mode: {mode.value}")
    if mode.value == "http-oauth":
        click.echo(f"installation store: {store_path(settings)}")
        click.echo(f"listening on port {settings.slack_port}: /slack/events, /slack/install")
