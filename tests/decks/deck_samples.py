"""Small decks for the deck tests, cut from the seed deck at test time (its own
sections, so nothing outside the repository is stored)."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "content" / "aws-saa-ko.md"
PLATFORM_VARS = (
    "DISCORD_TOKEN",
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
)


def seed_sections(*titles: str) -> str:
    """The seed deck's `###` sections whose titles start with one of `titles`."""
    out: list[str] = []
    keep = False
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            keep = line[4:].startswith(titles)
        if keep:
            out.append(line)
    assert out, titles
    return "\n".join(out) + "\n"


IAM = ("IAM",)  # IAM, IAM 모범 사례 및 요약
VPC = ("네트워크 - Virtual Private Cloud", "네트워크 - VPC Endpoint")
S3 = ("Amazon S3", "아마존 S3 보안")


def make_vault(root: Path) -> Path:
    """An Obsidian vault: notes in sub-folders, settings, a bin and an image."""
    vault = root / "My Vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / ".obsidian" / "app.json").write_text("{}", encoding="utf-8")
    (vault / "network").mkdir()
    (vault / "network" / "vpc.md").write_text(seed_sections(*VPC), encoding="utf-8")
    (vault / "storage" / "deep").mkdir(parents=True)
    (vault / "storage" / "deep" / "s3.md").write_text(seed_sections(*S3), encoding="utf-8")
    (vault / ".trash").mkdir()
    (vault / ".trash" / "old.md").write_text("### 지운 절\n- 버린 노트\n", encoding="utf-8")
    (vault / "attachments").mkdir()
    (vault / "attachments" / "diagram.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return vault


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("STUDYBOT_") and k.upper() not in PLATFORM_VARS
    }
    env.update(extra)
    return env


def studybot(
    cwd: Path, args: list[str], stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("studybot")
    return subprocess.run(
        [str(exe), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=clean_env(**env),
        timeout=120,
    )


def zip_of(entries: dict[str, bytes | str], *, links: dict[str, str] | None = None) -> bytes:
    """A zip made in memory: files (text is UTF-8) and symbolic links."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries.items():
            archive.writestr(name, body.encode() if isinstance(body, str) else body)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return out.getvalue()


def vault_zip() -> bytes:
    return zip_of(
        {
            "vault/.obsidian/app.json": "{}",
            "vault/network/vpc.md": seed_sections(*VPC),
            "vault/.trash/old.md": "### 지운 절\n- 버린 노트\n",
            "vault/attachments/diagram.png": b"\x89PNG\r\n\x1a\n",
        }
    )


def bad_uploads() -> dict[str, tuple[str, bytes]]:
    """Each refused, with a reply naming why: (file name, bytes) by case."""
    note = seed_sections(*IAM)
    return {
        "zip slip": ("slip.zip", zip_of({"notes/iam.md": note, "../../evil.md": note})),
        "symlink": ("link.zip", zip_of({"iam.md": note}, links={"passwd.md": "/etc/passwd"})),
        "zip bomb": ("bomb.zip", zip_of({"iam.md": note, "big.md": b"\0" * (10 * 1024 * 1024)})),
        "not utf-8": ("latin.zip", zip_of({"iam.md": note.encode() + b"\n- caf\xe9 \xff\n"})),
        "empty zip": ("empty.zip", zip_of({})),
    }


# What the reply to each of bad_uploads() must say (English).
REFUSALS = {
    "zip slip": "unsafe path",
    "symlink": "is a link",
    "zip bomb": "expands far more",
    "not utf-8": "is not UTF-8",
    "empty zip": "holds no notes files",
}
