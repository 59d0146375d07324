"""`studybot run` from any folder: the seed deck ships with the package, the
host's notes come from STUDYBOT_CONTENT_DIR (an Obsidian vault here), and a
run without tokens and without a terminal stops with one line."""

from __future__ import annotations

from pathlib import Path

from deck_samples import make_vault, studybot

SCRIPT = "/settings language en\n/lookup NAT\n/topics\n/post-now\n/answer 1\n"


def test_runs_from_an_empty_folder_on_the_seed_deck(tmp_path: Path) -> None:
    done = studybot(tmp_path, ["run", "--shell"], SCRIPT)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "NAT" in out and "게이트웨이" in out  # the lookup found the seed's notes
    assert "Amazon S3" in out  # the seed's sections
    assert "Question of the day" in out
    assert "Right!" in out or "Not quite" in out
    assert (tmp_path / "data" / "studybot.db").is_file()  # data/ under the current folder


def test_runs_on_a_vault_from_the_content_dir(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "notes")
    work = tmp_path / "work"
    work.mkdir()
    done = studybot(work, ["run", "--shell"], SCRIPT, STUDYBOT_CONTENT_DIR=str(vault))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    topics = out.split("/topics", 1)[1].split("/post-now", 1)[0]
    assert "Virtual Private Cloud" in topics and "Amazon S3" in topics  # both sub-folders
    assert "IAM" not in topics and "지운 절" not in topics  # not the seed, not the bin
    assert "vpc.md" in out.split("/lookup NAT", 1)[1].split("/topics", 1)[0]
    assert "Question of the day" in out
    assert "Right!" in out or "Not quite" in out


def test_no_tokens_and_no_terminal_is_one_line_and_an_error(tmp_path: Path) -> None:
    done = studybot(tmp_path, ["run"], "/lookup NAT\n")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "--shell"):
        assert name in lines[0]
    assert not (tmp_path / "data").exists()  # stopped before opening anything
