"""`/studybot-admin deck upload` through the real discord.py client: the
attachment is fetched from the fake's CDN (loopback), read, previewed; bad
files are refused with a clear reply and change nothing."""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

import pytest
from decks.deck_samples import REFUSALS, bad_uploads, vault_zip
from discord_fakes import FakeDiscord, reply_data, slash, text_of
from discord_harness import Bot

from bot.adapters.discord.commands import ADMIN_GROUP

_ids = itertools.count(900000000000000001)


def deck(sub: str, options: list[dict[str, Any]] | None = None, **kwargs: Any) -> dict[str, Any]:
    payload = slash(ADMIN_GROUP, admin=kwargs.pop("admin", True), **kwargs)
    payload["data"]["options"] = [
        {"type": 2, "name": "deck", "options": [{"type": 1, "name": sub, "options": options or []}]}
    ]
    return payload


def upload(fake: FakeDiscord, name: str, body: bytes, *, size: int | None = None,
           admin: bool = True) -> dict[str, Any]:  # fmt: skip
    attachment_id = str(next(_ids))
    url = fake.attachment_url(f"{attachment_id}-{name}", body)
    payload = deck("upload", [{"name": "file", "type": 11, "value": attachment_id}], admin=admin)
    payload["data"]["resolved"] = {
        "attachments": {
            attachment_id: {
                "id": attachment_id,
                "filename": name,
                "size": len(body) if size is None else size,
                "url": url,
                "proxy_url": url,
                "content_type": "application/zip",
            }
        }
    }
    return payload


async def said(bot: Bot, fake: FakeDiscord, payload: dict[str, Any]) -> str:
    """The text of the reply (after a deferral, the follow-up)."""
    before = len(fake.responses())
    bot.feed(payload)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for call in fake.responses()[before:]:
            shown = text_of(reply_data(call))
            if shown:
                return shown
        await asyncio.sleep(0.01)
    raise AssertionError(f"no reply; saw {fake.responses()[before:]}")


async def test_upload_is_previewed_then_confirmed(bot: Bot, fake: FakeDiscord) -> None:
    preview = await said(bot, fake, upload(fake, "vault.zip", vault_zip()))
    assert "Read the deck `vault` (version 1): 1 files, 2 sections" in preview
    assert "Nothing has changed yet" in preview
    assert fake.find("GET", r"/attachments/.*-vault\.zip")  # fetched from the fake's CDN
    assert "This channel's deck: `aws-saa-ko`" in await said(bot, fake, deck("show"))
    confirmed = await said(bot, fake, deck("confirm"))
    assert "now studies the deck `vault` (version 1" in confirmed
    assert "Virtual Private Cloud" in await said(bot, fake, slash("topics"))
    rolled = await said(bot, fake, deck("rollback"))
    assert "Rolled back" in rolled and "aws-saa-ko" in rolled


@pytest.mark.parametrize("case", sorted(REFUSALS))
async def test_bad_uploads_are_refused_and_change_nothing(
    bot: Bot, fake: FakeDiscord, case: str
) -> None:
    name, data = bad_uploads()[case]
    reply = await said(bot, fake, upload(fake, name, data))
    assert "Not read:" in reply and REFUSALS[case] in reply and "Nothing changed." in reply
    assert "Limits: one file up to 5 MB" in reply
    assert "There is no upload to confirm" in await said(bot, fake, deck("confirm"))
    assert "This channel's deck: `aws-saa-ko`" in await said(bot, fake, deck("show"))


async def test_a_file_over_the_limit_is_refused_unread(bot: Bot, fake: FakeDiscord) -> None:
    reply = await said(bot, fake, upload(fake, "huge.zip", b"PK", size=6 * 1024 * 1024))
    assert "the file is too large (> 5 MB)" in reply
    assert not fake.find("GET", r"/attachments/.*-huge\.zip")


async def test_members_without_manage_server_cannot_upload(bot: Bot, fake: FakeDiscord) -> None:
    reply = await said(bot, fake, upload(fake, "vault.zip", vault_zip(), admin=False))
    assert "Manage Server" in reply
    assert not fake.find("GET", r"/attachments/.*")
