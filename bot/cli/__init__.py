"""`studybot` command line: the composition root.

Subcommands live in their own modules and are imported only when invoked, so
that `studybot lookup` does not pay for discord.py and `studybot run` starts fast.
Each module exposes a click command or group named in `_SUBCOMMANDS`.
"""

from __future__ import annotations

import importlib
import importlib.util

import click

# name -> (module, attribute, one-line help shown in `studybot --help`)
_SUBCOMMANDS: dict[str, tuple[str, str, str]] = {
    "run": ("bot.cli.run", "run", "Run the bot (shell adapter when no tokens are set)."),
    "lookup": ("bot.cli.lookup", "lookup", "Look the notes up."),
    "content": ("bot.cli.content", "content", "Check how the notes parse."),
    "deck": ("bot.cli.deck", "deck", "The host's decks: list, check, add, remove."),
    "health": ("bot.cli.health", "health", "Exit 0 when a running bot is alive (Docker)."),
    "quiz": ("bot.cli.quiz", "quiz", "Questions generated from the notes."),
    "db": ("bot.cli.db", "db", "Database maintenance: migrate, backup."),
    "discord": ("bot.cli.discord", "discord", "Discord set-up: sync commands, invite URL."),
    "slack": ("bot.cli.slack", "slack", "Slack set-up helpers."),
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in _SUBCOMMANDS if _available(name))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = _SUBCOMMANDS.get(cmd_name)
        if spec is None or not _available(cmd_name):
            return None
        module = importlib.import_module(spec[0])
        command = getattr(module, spec[1])
        if not isinstance(command, click.Command):
            raise TypeError(f"{spec[0]}.{spec[1]} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, _SUBCOMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _available(name: str) -> bool:
    return importlib.util.find_spec(_SUBCOMMANDS[name][0]) is not None


@click.group(cls=_LazyGroup)
@click.version_option(package_name="studybot")
def cli() -> None:
    """Studybot: a daily quiz for your study group, built from your own notes."""


def main() -> None:
    cli()
