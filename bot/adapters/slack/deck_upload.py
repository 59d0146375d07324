"""`/study deck upload`: a modal with a file input; the file Slack keeps is
fetched with the bot token (files.info, then its private download URL) and
handed to the core, whose preview comes back as an ephemeral message.

The token goes only to the host of Slack's own file URLs: files.slack.com in
production, the Web API's host when that is pointed elsewhere (the tests'
loopback fake). The declared size is checked before anything is downloaded,
and the download stops one byte past the limit.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack import blocks
from bot.core.messages import t
from bot.core.ports import StudyApi
from bot.core.types import GroupRef, Member
from bot.core.uploads import MAX_UPLOAD_MB

log = logging.getLogger(__name__)

CALLBACK_ID = "sb_deck_upload"
BLOCK_ID = "deck_file"
ACTION_ID = "file"
SLACK_FILE_HOSTS = frozenset({"files.slack.com"})
LIMIT = MAX_UPLOAD_MB * 1024 * 1024


def wants_upload(name: str, args: str) -> bool:
    return name == "deck" and args.split()[:1] == ["upload"]


def upload_modal(lang: str, group: GroupRef) -> dict[str, Any]:
    """The form: one file input (.md or .zip). Where the upload belongs rides
    in private_metadata, which Slack returns as sent."""
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "private_metadata": json.dumps({"team": group.space_id, "channel": group.channel_id}),
        "title": {"type": "plain_text", "text": t(lang, "slack.upload_title")[:24]},
        "submit": {"type": "plain_text", "text": t(lang, "slack.upload_submit")[:24]},
        "close": {"type": "plain_text", "text": t(lang, "slack.upload_close")[:24]},
        "blocks": [
            {
                "type": "input",
                "block_id": BLOCK_ID,
                "label": {"type": "plain_text", "text": t(lang, "slack.upload_label")[:2000]},
                "element": {
                    "type": "file_input",
                    "action_id": ACTION_ID,
                    "filetypes": ["md", "zip"],
                    "max_files": 1,
                },
            }
        ],
    }


def submitted_file(view: dict[str, Any]) -> dict[str, Any] | None:
    state = ((view.get("state") or {}).get("values") or {}).get(BLOCK_ID) or {}
    files = (state.get(ACTION_ID) or {}).get("files") or []
    return files[0] if files and isinstance(files[0], dict) else None


def where(view: dict[str, Any]) -> GroupRef | None:
    from bot.adapters.slack.commands import group_of

    try:
        meta = json.loads(str(view.get("private_metadata") or "{}"))
    except ValueError:
        return None
    team, channel = str(meta.get("team") or ""), str(meta.get("channel") or "")
    return group_of(team, channel) if team and channel else None


async def fetch(client: AsyncWebClient, file_id: str) -> tuple[str, bytes, int]:
    """(name, bytes, declared size); the bytes are empty when the size is over
    the limit (the core refuses it unread)."""
    info = await client.files_info(file=file_id)
    file = info.get("file") or {}
    name, size = str(file.get("name") or "notes"), int(file.get("size") or 0)
    if size > LIMIT:
        return name, b"", size
    url = str(file.get("url_private_download") or file.get("url_private") or "")
    allowed = SLACK_FILE_HOSTS | {urlsplit(client.base_url).hostname or ""}
    if urlsplit(url).hostname not in allowed or not client.token:
        raise ValueError(f"refusing to send the bot token to {urlsplit(url).hostname!r}")
    headers = {"Authorization": f"Bearer {client.token}"}
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        response.raise_for_status()
        data = await response.content.read(LIMIT + 1)
    return name, data, max(size, len(data))


async def handle_submission(
    *,
    api: StudyApi,
    client: AsyncWebClient,
    body: dict[str, Any],
    view: dict[str, Any],
    is_admin: Callable[[str, str], Any],
    at: datetime,
    lang: str,
) -> None:
    """Fetch the file, let the core read it, tell the admin (ephemeral)."""
    user = body.get("user") or {}
    group, file = where(view), submitted_file(view)
    if group is None or file is None or group.space_id != str((body.get("team") or {}).get("id")):
        log.warning("deck upload form without its channel or file; ignored")
        return
    user_id = str(user.get("id") or "")
    member = Member(
        user_id=user_id,
        display_name=str(user.get("username") or user.get("name") or ""),
        is_admin=bool(await is_admin(group.space_id, user_id)),
    )
    try:
        name, data, size = await fetch(client, str(file.get("id") or ""))
        reply = await api.upload_deck(group, member, name, data, at, size=size)
        text, shown = blocks.render(reply, lang)
    except Exception:
        log.exception("deck upload in %s by %s failed", group.channel_id, user_id)
        text, shown = t(lang, "slack.upload_failed"), None
    await client.chat_postEphemeral(
        channel=group.channel_id, user=user_id, text=text, blocks=shown
    )
