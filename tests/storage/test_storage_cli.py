"""`studybot db migrate` and `studybot db backup` through click."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli


def test_migrate_then_backup(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "data" / "bot.db"
    first = runner.invoke(cli, ["db", "migrate", "--database", str(db)])
    assert first.exit_code == 0 and "applied 0001_init" in first.output
    again = runner.invoke(cli, ["db", "migrate", "--database", str(db)])
    assert again.exit_code == 0 and "up to date" in again.output
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO groups (platform, channel_id, created_at) VALUES ('shell', 'x', 'now')"
        )
    copy = tmp_path / "backup" / "copy.db"
    done = runner.invoke(cli, ["db", "backup", str(copy), "--database", str(db)])
    assert done.exit_code == 0, done.output
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT channel_id FROM groups").fetchall() == [("x",)]


def test_clear_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["db", "backup", str(tmp_path / "b.db"), "--database", "nope.db"])
    assert missing.exit_code == 1 and "does not exist" in missing.output
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    result = runner.invoke(cli, ["db", "migrate", "--database", str(bad)])
    assert result.exit_code == 1
    assert "Error: cannot use database" in result.output and "Traceback" not in result.output
