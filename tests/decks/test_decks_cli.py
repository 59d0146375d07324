"""`studybot deck list | check | add | remove` for the host."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from deck_samples import IAM, VPC, bad_uploads, seed_sections, vault_zip

from bot.cli import cli


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "iam.md").write_text(seed_sections(*IAM), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # no .env here
    for var in ("STUDYBOT_DEFAULT_DECK",):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("STUDYBOT_CONTENT_DIR", str(folder))
    return folder


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["deck", *args])
    return result.exit_code, result.output


def test_list_add_check_remove(content: Path, tmp_path: Path) -> None:
    code, out = run("list")
    assert code == 0
    assert "aws-saa-ko\tseed" in out and "iam\thost" in out and "(default)" in out

    vpc = tmp_path / "vpc notes.md"
    vpc.write_text(seed_sections(*VPC), encoding="utf-8")
    code, out = run("check", str(vpc))
    assert code == 0 and "2 sections" in out and "questions" in out
    assert run("add", str(vpc), "--name", "vpc")[0] == 0
    assert (content / "vpc.md").is_file()
    code, out = run("add", str(vpc), "--name", "vpc")
    assert code != 0 and "already" in out

    archive = tmp_path / "vault.zip"
    archive.write_bytes(vault_zip())
    code, out = run("add", str(archive))
    assert code == 0, out
    assert (content / "vault" / "vault" / "network" / "vpc.md").is_file()
    assert not any(p.name == "old.md" for p in content.rglob("*.md"))  # the bin stayed out
    code, out = run("list")
    assert "vpc\thost" in out and "vault\thost" in out

    assert run("remove", "vault")[0] == 0
    assert not (content / "vault").exists()
    code, out = run("remove", "aws-saa-ko")
    assert code != 0 and "no deck" in out  # the seed deck is not the host's to remove


def test_check_refuses_a_bad_zip_in_one_line(content: Path, tmp_path: Path) -> None:
    name, data = bad_uploads()["zip slip"]
    archive = tmp_path / name
    archive.write_bytes(data)
    code, out = run("check", str(archive))
    assert code != 0 and "unsafe path" in out and "Traceback" not in out
    code, out = run("add", str(archive))
    assert code != 0 and not (content / "slip").exists()
