"""A damaged or read-only database stops `studybot run` at start-up with one line
(exit status != 0, no traceback), instead of a bot that starts and then fails
every command."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from reliability_support import studybot_run

_USE = "/post-now\n/answer 1\n/leaderboard\n/stats\n"
# Root ignores file permissions; setpriv takes that power away for the bot process.
_NEEDS_SETPRIV = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root without setpriv"
)


@pytest.fixture(scope="module")
def good_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real Studybot database with a post, an answer and a board."""
    folder = tmp_path_factory.mktemp("good")
    db = folder / "good.db"
    done = studybot_run(folder, _USE, STUDYBOT_DATABASE=str(db))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 1
    conn.close()
    return db


def _pages(db: Path, tables: tuple[str, ...]) -> list[int]:
    """The root pages of `tables` and of their indexes (small tables: their only page)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT tbl_name, rootpage FROM sqlite_schema WHERE rootpage > 0")
        roots = {int(page) for name, page in rows if name in tables}
    conn.close()
    return sorted(roots)


def _garble(data: bytearray, start: int, end: int) -> None:
    for i in range(start, min(end, len(data))):
        data[i] = (i * 13 + 7) % 251


def _damaged(good: Path, folder: Path, how: str) -> Path:
    data = bytearray(good.read_bytes())
    size = 4096
    if how == "truncated":
        data = data[: len(data) // 3]
    elif how == "header":
        data[0:16] = b"NOT SQLITE FILE\x00"
    elif how == "schema page":
        _garble(data, 100, size)
    elif how == "every page after the first":
        _garble(data, size, len(data))
    elif how == "answer and board pages":
        for page in _pages(good, ("answers", "scores")):
            _garble(data, (page - 1) * size, page * size)
    path = folder / f"{how.replace(' ', '-')}.db"
    path.write_bytes(bytes(data))
    return path


def _assert_one_line_refusal(done: subprocess.CompletedProcess[str], name: str) -> None:
    assert done.returncode != 0, done.stdout[-500:]
    err, out = done.stderr, done.stdout
    assert "Traceback" not in err and "Traceback" not in out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0], err
    assert "@#" not in out, "the shell session started"


@pytest.mark.parametrize(
    "how", ["truncated", "header", "schema page", "every page after the first"]
)
def test_a_damaged_database_stops_start_up_with_one_line(
    good_db: Path, tmp_path: Path, how: str
) -> None:
    db = _damaged(good_db, tmp_path, how)
    done = studybot_run(tmp_path, _USE, STUDYBOT_DATABASE=str(db))
    _assert_one_line_refusal(done, db.name)
    assert "damaged" in done.stderr


def test_damaged_answer_pages_stop_start_up(good_db: Path, tmp_path: Path) -> None:
    db = _damaged(good_db, tmp_path, "answer and board pages")
    done = studybot_run(tmp_path, _USE, STUDYBOT_DATABASE=str(db))
    _assert_one_line_refusal(done, db.name)


@_NEEDS_SETPRIV
def test_a_read_only_folder_stops_start_up_with_one_line(good_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    db = folder / "bot.db"
    shutil.copy(good_db, db)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    try:
        done = studybot_run(tmp_path, _USE, drop_root=True, STUDYBOT_DATABASE=str(db))
    finally:
        folder.chmod(0o755)
    _assert_one_line_refusal(done, "bot.db")
    assert "permissions" in done.stderr


@_NEEDS_SETPRIV
def test_a_read_only_file_stops_start_up_with_one_line(good_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    shutil.copy(good_db, db)
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    done = studybot_run(tmp_path, _USE, drop_root=True, STUDYBOT_DATABASE=str(db))
    _assert_one_line_refusal(done, "bot.db")
