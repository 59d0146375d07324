"""Start-up time of `studybot run` (shell adapter) to ready, target under 1.5 s.

"Ready" is the moment the first piped command is echoed back: the shell
session echoes a line only after the store is migrated, the notes are loaded,
the bank is built and the scheduler has caught up. Each run is a fresh process
(cold imports from the page cache, as on a restart); median of RUNS, on a new
database file (migrations included) and on an existing one.

Run: `python -m bench.bench_startup`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
_PLATFORM_VARS = (
    "DISCORD_TOKEN",
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
)


def studybot_command() -> list[str]:
    exe = Path(sys.executable).with_name("studybot")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-c", "from bot.cli import main; main()"]


def clean_env(**extra: str) -> dict[str, str]:
    """The caller's environment without Studybot or platform settings (shell adapter)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("STUDYBOT_") and k.upper() not in _PLATFORM_VARS
    }
    env.update({"STUDYBOT_CONTENT_DIR": str(ROOT / "content"), **extra})
    return env


def one_run(db: Path, cwd: Path) -> tuple[float, float]:
    """(seconds to ready, seconds to exit after /quit) for one process."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*studybot_command(), "run", "--shell"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env=clean_env(STUDYBOT_DATABASE=str(db)),
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("/quit\n")
    proc.stdin.close()
    first = proc.stdout.readline()
    ready = time.perf_counter() - started
    proc.stdout.read()
    code = proc.wait(timeout=60)
    done = time.perf_counter() - started
    err = proc.stderr.read() if proc.stderr is not None else ""
    proc.stdout.close()
    if proc.stderr is not None:
        proc.stderr.close()
    if code != 0 or "/quit" not in first:
        raise RuntimeError(f"studybot run failed (exit {code}): {err.strip()[-300:]}")
    return ready, done


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="studybot-bench-") as tmp:
        folder = Path(tmp)
        one_run(folder / "warm.db", folder)  # page cache and .pyc files warm
        fresh = [one_run(folder / f"new{i}.db", folder) for i in range(RUNS)]
        again = [one_run(folder / "warm.db", folder) for _ in range(RUNS)]
    for label, runs in (("new database", fresh), ("existing database", again)):
        ready = [r for r, _ in runs]
        total = [d for _, d in runs]
        print(
            f"start-up of `studybot run` to ready, {label}:"
            f" median {statistics.median(ready):.2f} s,"
            f" max {max(ready):.2f} s (target < 1.5 s; to exit after /quit:"
            f" {statistics.median(total):.2f} s; {RUNS} runs)"
        )


if __name__ == "__main__":
    main()
