"""`studybot run` as a real process with piped stdin: a newcomer's first minute,
and one-line errors (no traceback) when it cannot start."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from shell_harness import ROOT

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_PLATFORM_VARS = (
    "DISCORD_TOKEN",
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
)


def studybot(
    tmp_path: Path, stdin: str, *args: str, **env: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    exe = Path(sys.executable).with_name("studybot")
    command = (
        [str(exe)] if exe.exists() else [sys.executable, "-c", "from bot.cli import main; main()"]
    )
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("STUDYBOT_") and k.upper() not in _PLATFORM_VARS
    }
    environ.update({"STUDYBOT_CONTENT_DIR": str(ROOT / "content"), **env})
    started = time.perf_counter()
    done = subprocess.run(
        # Piped stdin: `--shell` says the shell is meant (plain `run` without
        # tokens and without a terminal stops, naming the variables to set).
        [*command, "run", *_shell_flag(env), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,  # data/studybot.db lands here unless STUDYBOT_DATABASE says otherwise
        env=environ,
        timeout=60,
    )
    return done, time.perf_counter() - started


def test_a_newcomers_first_minute(tmp_path: Path) -> None:
    script = "\n".join(
        [
            "/settings language en",
            "/lookup NAT",
            "/quiz",
            "/answer 1",
            "/post-now",
            "/answer 2",
            "/leaderboard",
            "/stats",
        ]
    )
    done, _ = studybot(tmp_path, script + "\n")
    out = _ANSI.sub("", done.stdout)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "data" / "studybot.db").is_file()
    assert "me@#local> /lookup NAT" in out and "NAT" in out.split("/lookup NAT", 1)[1]
    assert "Practice question" in out
    assert out.count("Right!") + out.count("Not quite.") == 2
    assert "[#local] bot posted" in out and "Question of the day" in out
    board = out.split("me@#local> /leaderboard", 1)[1]
    assert "This week" in board and "1. me — " in board
    assert "me's record" in out


def test_a_damaged_database_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "broken.db"
    db.write_bytes(b"this is not a database at all" * 100)
    done, _ = studybot(tmp_path, "/help\n", STUDYBOT_DATABASE=str(db))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "broken.db" in lines[0] and "not a Studybot database" in lines[0]


def test_an_unusable_database_path_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    done, _ = studybot(tmp_path, "", STUDYBOT_DATABASE=str(blocker / "studybot.db"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "a-file" in done.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"STUDYBOT_DEFAULT_TIMEZONE": "Mars/Olympus"}, "is not an IANA time zone"),
        ({"STUDYBOT_DEFAULT_POST_TIME": "25:99"}, "is not a time (HH:MM)"),
        ({"STUDYBOT_SLACK_PORT": "lots"}, "bad setting slack_port"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_BOT_TOKEN needs SLACK_APP_TOKEN"),
    ],
)
def test_a_bad_setting_is_one_line(tmp_path: Path, env: dict[str, str], expected: str) -> None:
    done, _ = studybot(tmp_path, "", STUDYBOT_DATABASE=str(tmp_path / "x.db"), **env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]


def test_unreadable_notes_are_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "deck.md").write_bytes("# 제목\n- 좋은 줄\n".encode() + b"- \xff\xfe bad\n")
    done, _ = studybot(
        tmp_path, "", STUDYBOT_DATABASE=str(tmp_path / "x.db"), STUDYBOT_CONTENT_DIR=str(notes)
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "deck.md:3" in lines[0] and "UTF-8" in lines[0]
    done, _ = studybot(tmp_path, "", STUDYBOT_CONTENT_DIR=str(tmp_path / "nowhere"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "nowhere" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_clock_out_of_range_is_one_line(tmp_path: Path) -> None:
    done, _ = studybot(
        tmp_path, "", "--clock", "9999-12-31T23:59Z", STUDYBOT_DATABASE=str(tmp_path / "x.db")
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "--clock '9999-12-31T23:59Z' is out of range" in lines[0]


def test_sigterm_while_waiting_for_input_exits_cleanly(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("studybot")
    environ = {k: v for k, v in os.environ.items() if k.upper() not in _PLATFORM_VARS}
    environ.update({"STUDYBOT_CONTENT_DIR": str(ROOT / "content")})
    proc = subprocess.Popen(
        [str(exe), "run", "--shell", "--user", "eve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environ,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("/quiz\n")
    proc.stdin.flush()
    assert proc.stdout.readline().startswith("eve@#local> /quiz")  # ready and answering
    proc.send_signal(signal.SIGTERM)  # stdin stays open: the reader thread must not hold us
    try:
        returncode = proc.wait(timeout=10)
    finally:
        proc.kill()
    err = proc.stderr.read() if proc.stderr is not None else ""
    assert returncode == 0, err
    assert "Traceback" not in err
    proc.stdin.close()
    proc.stdout.close()


def test_the_shell_path_does_not_import_platform_libraries() -> None:
    # Start-up speed: discord.py and slack-bolt load only when their tokens are set.
    probe = (
        "import sys, bot.cli.run, bot.app, bot.adapters.shell, bot.core.service, bot.storage;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('discord', 'slack_bolt', 'slack_sdk', 'matplotlib', 'aiohttp')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _shell_flag(env: dict[str, str]) -> list[str]:
    """`--shell` unless the test sets platform variables (their checks run then)."""
    return [] if any(k.upper() in _PLATFORM_VARS for k in env) else ["--shell"]
