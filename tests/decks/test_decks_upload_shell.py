"""Bringing notes from the chat, in the shell: `/deck upload PATH` previews,
`/deck confirm` switches, `/deck rollback` goes back; bad uploads are refused
with a clear reply and change nothing; an upload is its group's alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from deck_samples import IAM, REFUSALS, bad_uploads, seed_sections, vault_zip, zip_of
from shell.shell_harness import Transcript


def host_decks(root: Path) -> Path:
    content = root / "decks"
    content.mkdir()
    (content / "iam.md").write_text(seed_sections(*IAM), encoding="utf-8")
    return content


async def opened(tmp_path: Path) -> Transcript:
    t = await Transcript.open(tmp_path, "2026-03-02T08:00Z", content_dir=host_decks(tmp_path))
    await t.say("/settings language en")
    return t


async def test_upload_preview_confirm_and_rollback(tmp_path: Path) -> None:
    upload = tmp_path / "My Vault.zip"
    upload.write_bytes(vault_zip())
    t = await opened(tmp_path)
    try:
        preview = await t.say(f"/deck upload {upload}")
        assert "Read the deck My-Vault (version 1): 1 files, 2 sections" in preview
        assert "questions" in preview and "cards" in preview and "warnings" in preview
        assert "Nothing has changed yet" in preview
        # Nothing changed before the confirm: same deck, same topics.
        assert "This channel's deck: iam." in await t.say("/deck")
        assert "Virtual Private Cloud" not in await t.say("/topics")

        assert "now studies the deck My-Vault (version 1" in await t.say("/deck confirm")
        topics = await t.say("/topics")
        assert "Virtual Private Cloud" in topics and "IAM" not in topics
        assert "지운 절" not in topics  # the vault's bin is not read
        assert "vpc.md" in await t.say("/lookup NAT")
        await t.say("/post-now")
        assert "Right!" in await t.say(f"/answer {right(t)}")

        # Version 2, then back to version 1, then back to the host's deck.
        second = tmp_path / "My Vault.zip"
        # A section that yields questions of its own (the endpoint section alone
        # yields none since its two endpoints are real-world near twins).
        dns = seed_sections("Route 53")
        second.write_bytes(zip_of({"vault/network/dns.md": dns}))
        assert "(version 2)" in await t.say(f"/deck upload {second}")
        await t.say("/deck confirm")
        assert "Virtual Private Cloud" not in await t.say("/topics")
        back = await t.say("/deck rollback")
        assert "Rolled back" in back and "My-Vault again (version 1" in back
        assert "Virtual Private Cloud" in await t.say("/topics")
        assert "iam again" in await t.say("/deck rollback")
        assert "IAM" in await t.say("/topics")
        assert "nothing to roll back" in await t.say("/deck rollback")
        assert "There is no upload to confirm" in await t.say("/deck confirm")
    finally:
        await t.close()


def right(t: Transcript) -> int:
    assert t.app is not None
    view = t.latest_question()
    for content in t.app.service.shelf.loaded():
        question = content.get(view.question_id)
        if question is not None:
            return question.answer + 1
    raise AssertionError("question not in any loaded deck")


async def test_an_upload_is_its_groups_alone(tmp_path: Path) -> None:
    upload = tmp_path / "mine.zip"
    upload.write_bytes(vault_zip())
    t = await opened(tmp_path)
    try:
        await t.say(f"/deck upload {upload}")
        await t.say("/deck confirm")
        assert "mine" in await t.say("/deck")
        await t.say("/channel other")
        await t.say("/settings language en")
        assert "mine" not in await t.say("/deck")
        assert "There is no deck mine" in await t.say("/deck mine")
        assert "There is no upload to confirm" in await t.say("/deck confirm")
        assert "nothing to roll back" in await t.say("/deck rollback")
        await t.say("/as bob")
        assert "Only admins" in await t.say(f"/deck upload {upload}")
    finally:
        await t.close()


@pytest.mark.parametrize("case", sorted(REFUSALS))
async def test_bad_uploads_are_refused_and_change_nothing(tmp_path: Path, case: str) -> None:
    name, data = bad_uploads()[case]
    path = tmp_path / name
    path.write_bytes(data)
    t = await opened(tmp_path)
    try:
        before = await t.say("/topics")
        reply = await t.say(f"/deck upload {path}")
        assert "Not read:" in reply and REFUSALS[case] in reply, reply
        assert "Nothing changed." in reply and "Limits: one file up to 5 MB" in reply
        assert "Traceback" not in t.transcript()
        assert "There is no upload to confirm" in await t.say("/deck confirm")
        assert await t.say("/topics") == before
        assert "This channel's deck: iam." in await t.say("/deck")
    finally:
        await t.close()


async def test_an_oversized_file_and_a_missing_path_are_told(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"### A\n- " + b"x" * (6 * 1024 * 1024) + b"\n")
    t = await opened(tmp_path)
    try:
        assert "the file is too large (> 5 MB)" in await t.say(f"/deck upload {big}")
        assert "Cannot read" in await t.say(f"/deck upload {tmp_path / 'nowhere.zip'}")
        assert "Usage: /deck upload PATH" in await t.say("/deck upload")
        text = tmp_path / "notes.txt"
        text.write_text("### A\n- b\n", encoding="utf-8")
        assert "only .md and .zip files are read (notes.txt)" in await t.say(f"/deck upload {text}")
    finally:
        await t.close()
