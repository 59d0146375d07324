"""`studybot health`: is a `studybot run` alive here? (the Docker HEALTHCHECK)

The running bot touches a heartbeat file beside its database every
HEARTBEAT_EVERY seconds from its event loop; a loop that hangs, or a process
that died, stops touching it. `health` exits 0 when the file is fresh and 1
with one line otherwise. Nothing is opened: a check never competes with the
bot for its database.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import click

HEARTBEAT_EVERY = 30.0
MAX_AGE = 3 * HEARTBEAT_EVERY


def heartbeat_path(database: Path) -> Path:
    return database.parent / "studybot.alive"


async def beat(path: Path, every: float = HEARTBEAT_EVERY) -> None:
    """Touch `path` now and every `every` seconds until cancelled."""
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        await asyncio.to_thread(stamp_heartbeat, path)
        await asyncio.sleep(every)


def stamp_heartbeat(path: Path) -> None:
    # The time is written by the same clock `health` reads (time.time), not
    # left to the file system, so a shifted process clock cannot make a live
    # bot look hours old.
    path.touch()
    now = time.time()
    os.utime(path, (now, now))


@click.command("health")
@click.option("--max-age", type=float, default=MAX_AGE, show_default=True,
              help="Seconds since the last heartbeat that still count as alive.")  # fmt: skip
def health(max_age: float) -> None:
    """Exit 0 when a running bot touched its heartbeat recently."""
    from bot.config import Settings

    path = heartbeat_path(Settings().database)
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        raise click.ClickException(f"no heartbeat at {path}: is `studybot run` running?") from None
    if age > max_age:
        raise click.ClickException(f"heartbeat {age:.0f} s old at {path} (limit {max_age:.0f} s)")
    click.echo(f"alive (heartbeat {age:.0f} s ago)")
