"""Issue 11's cases as shell transcripts: `studybot run` as a real process,
scripted stdin, a simulated clock (`--clock`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from test_shell_process import studybot

POSTED = re.compile(r"Question of the day \((\d{4}-\d{2}-\d{2})\)")


def test_an_earlier_time_already_past_posts_todays_question(tmp_path: Path) -> None:
    script = "\n".join(
        [
            "/settings language en",
            "/schedule 09:00 Asia/Seoul",
            "/clock 2026-03-02T08:00",  # 08:00 in Seoul on the 2nd: nothing posted yet
            "/schedule 07:00",  # already past today: today's question goes out at once
            "/advance 1d",
            "",
        ]
    )
    done, _ = studybot(tmp_path, script, "--clock", "2026-03-01T20:00 Asia/Seoul")
    assert done.returncode == 0, done.stderr
    before, _, after = done.stdout.partition("/schedule 07:00")
    assert POSTED.findall(before) == []
    assert POSTED.findall(after) == ["2026-03-02", "2026-03-03"]
    print(done.stdout)  # the transcript, with `pytest -s`


def test_moving_west_after_todays_post_posts_four_questions(tmp_path: Path) -> None:
    script = "\n".join(
        [
            "/settings language en",
            "/schedule 09:00 Asia/Seoul",
            "/clock 2026-03-03T01:00Z",  # an hour after Seoul's 3 March post
            "/schedule 09:00 America/Los_Angeles",
            "/clock 2026-03-05T00:00Z",
            "",
        ]
    )
    done, _ = studybot(tmp_path, script, "--clock", "2026-03-01T12:00Z")
    assert done.returncode == 0, done.stderr
    assert POSTED.findall(done.stdout) == ["2026-03-02", "2026-03-03", "2026-03-03", "2026-03-04"]
    print(done.stdout)


def test_a_second_run_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "data" / "studybot.db"
    exe = Path(sys.executable).with_name("studybot")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("STUDYBOT_", "DISCORD_", "SLACK_"))
    }
    env["STUDYBOT_CONTENT_DIR"] = str(Path(__file__).resolve().parents[2] / "content")
    first = subprocess.Popen(
        [str(exe), "run", "--shell"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = db.with_name("studybot.db.lock")
        deadline = time.monotonic() + 60
        while not (lock.exists() and lock.read_text().strip() == str(first.pid)):
            assert time.monotonic() < deadline and first.poll() is None, "first run never started"
            time.sleep(0.05)
        done, _ = studybot(tmp_path, "/help\n")
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert lines == [
            f"Error: database {Path('data/studybot.db')} is in use by another studybot run"
            f" (process {first.pid} holds {Path('data/studybot.db.lock')})"
        ], done.stderr
    finally:
        assert first.stdin is not None
        first.stdin.close()  # end of input: the first run quits
        assert first.wait(timeout=60) == 0
    again, _ = studybot(tmp_path, "/help\n")  # the lock went with the process
    assert again.returncode == 0, again.stderr
