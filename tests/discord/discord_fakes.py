"""A local fake of Discord's REST API on 127.0.0.1, and interaction payloads.

The real discord.py client talks to it after `discord.http.Route.BASE` is
pointed here; every request is recorded so tests assert on what discord.py
actually sent. Responses use `Content-Type: application/json` exactly (the
client ignores JSON with a charset) and 429s carry a `Via` header (without it
discord.py reads a 429 as a Cloudflare ban and gives up).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

APP_ID = 900000000000000001
BOT_ID = 900000000000000002
GUILD_ID = 800000000000000001
CHANNEL_ID = 700000000000000001
OTHER_CHANNEL_ID = 700000000000000002
# Another server the bot is also in, with a channel of its own.
OTHER_GUILD_ID = 800000000000000002
OTHER_GUILD_CHANNEL_ID = 700000000000000003
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, READ_HISTORY = 1 << 10, 1 << 11, 1 << 14, 1 << 16
# What the bot may do in every channel unless a test says otherwise (the
# @everyone role's permissions, and the interactions' app_permissions).
BOT_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_HISTORY
TIMESTAMP = "2026-11-26T22:00:00.000000+00:00"


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    body: Any  # parsed JSON (payload_json for multipart), or None
    files: list[str] = field(default_factory=list)  # uploaded file names


def user_payload(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
    }


class _Refusal(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status)
        self.status, self.body = status, body


@dataclass
class FakeDiscord:
    calls: list[Call] = field(default_factory=list)
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    history_forbidden: bool = False  # the bot lacks Read Message History
    identifies: list[dict[str, Any]] = field(default_factory=list)  # gateway IDENTIFY payloads
    # (method, path regex) -> queued (status, body) to answer before the normal handler
    failures: list[tuple[str, str, int, dict[str, Any]]] = field(default_factory=list)
    # channel id -> the server it is in, for GET /channels/{id}; others are 404.
    channels: dict[int, int] = field(
        default_factory=lambda: {
            CHANNEL_ID: GUILD_ID,
            OTHER_CHANNEL_ID: GUILD_ID,
            OTHER_GUILD_CHANNEL_ID: OTHER_GUILD_ID,
        }
    )
    # (method, path regex) -> handled, then the connection dropped before the answer
    # (a lost response: the client cannot tell whether it happened)
    lost: list[tuple[str, str]] = field(default_factory=list)
    # channel id -> its permission overwrites (GET /channels/{id}); none by default
    overwrites: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    port: int = 0
    attachments: dict[str, bytes] = field(default_factory=dict)  # CDN files by name
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(600000000000000001))
    _runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._handle)
        app.router.add_route("GET", "/attachments/{name}", self._attachment)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def attachment_url(self, name: str, body: bytes) -> str:
        """Serve `body` as an uploaded file (Discord's CDN, here on loopback)."""
        self.attachments[name] = body
        return f"http://127.0.0.1:{self.port}/attachments/{name}"

    async def _attachment(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        self.calls.append(Call("GET", f"/attachments/{name}", {}, None, []))
        if name not in self.attachments:
            return web.Response(status=404)
        return web.Response(body=self.attachments[name])

    # --- what tests use -------------------------------------------------

    def fail_next(self, method: str, path_regex: str, status: int, body: dict[str, Any]) -> None:
        self.failures.append((method, path_regex, status, body))

    def find(self, method: str, path_regex: str) -> list[Call]:
        pattern = re.compile(path_regex)
        return [c for c in self.calls if c.method == method and pattern.fullmatch(c.path)]

    async def wait_for(
        self, method: str, path_regex: str, count: int = 1, within: float = 5.0
    ) -> list[Call]:
        deadline = time.monotonic() + within
        while True:
            found = self.find(method, path_regex)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [f"{c.method} {c.path}" for c in self.calls]
                raise AssertionError(f"no {count}x {method} {path_regex}; saw {seen}")
            await asyncio.sleep(0.001)

    def responses(self) -> list[Call]:
        """Interaction callbacks and follow-ups, in order."""
        return [
            c
            for c in self.calls
            if "/callback" in c.path or (c.path.startswith("/webhooks/") and c.method != "DELETE")
        ]

    async def wait_responses(self, count: int, within: float = 5.0) -> list[Call]:
        deadline = time.monotonic() + within
        while len(self.responses()) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} responses, saw {self.responses()}")
            await asyncio.sleep(0.001)
        return self.responses()

    # --- the fake itself -------------------------------------------------

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        if status == 204:
            return web.Response(status=204)
        return web.Response(
            status=status,
            body=json.dumps(data).encode(),
            headers={"Content-Type": "application/json", **(headers or {})},
        )

    async def _read(self, request: web.Request) -> tuple[Any, list[str]]:
        if request.content_type.startswith("multipart/"):
            body: Any = None
            files: list[str] = []
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    body = json.loads(await part.text())  # type: ignore[union-attr]
                else:
                    files.append(part.filename or "")  # type: ignore[union-attr]
                    await part.read()  # type: ignore[union-attr]
            return body, files
        raw = await request.read()
        return (json.loads(raw) if raw else None), []

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body, files = await self._read(request)
        call = Call(request.method, path, dict(request.query), body, files)
        self.calls.append(call)
        for i, (method, regex, status, fail_body) in enumerate(self.failures):
            if method == request.method and re.fullmatch(regex, path):
                del self.failures[i]
                headers = {"Via": "1.1 google"} if status == 429 else {}
                return self._json(fail_body, status, headers)
        refused = embed_limits_broken(body)
        if refused is not None:  # what Discord answers, for the whole message
            return self._json({"code": 50035, "message": f"Invalid Form Body: {refused}"}, 400)
        try:
            answer = self._json(*self._route(request.method, path, body))
        except _Refusal as refusal:
            return self._json(refusal.body, refusal.status)
        for i, (method, regex) in enumerate(self.lost):
            if method == request.method and re.fullmatch(regex, path):
                del self.lost[i]
                assert request.transport is not None
                request.transport.close()
                break
        return answer

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        """Just enough gateway for a session: HELLO, IDENTIFY -> READY, then idle."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}})
        async for message in ws:
            payload = json.loads(message.data)
            if payload.get("op") == 2:
                self.identifies.append(payload["d"])
                ready = {
                    "v": 10,
                    "user": user_payload(BOT_ID, "Studybot", bot=True),
                    "guilds": [],
                    "session_id": "session",
                    "resume_gateway_url": self.gateway_url,
                    "application": {"id": str(APP_ID), "flags": 0},
                }
                await ws.send_json({"op": 0, "t": "READY", "s": 1, "d": ready})
        return ws

    def _route(self, method: str, path: str, body: Any) -> tuple[Any, int]:
        if path == "/gateway/bot":
            limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            return {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}, 200
        if path == "/users/@me" and method == "GET":
            return user_payload(BOT_ID, "Studybot", bot=True), 200
        if path == "/oauth2/applications/@me":
            return self._application(), 200
        if re.fullmatch(r"/applications/\d+(/guilds/\d+)?/commands", path) and method == "PUT":
            return [self._command(c) for c in body], 200
        if re.fullmatch(r"/interactions/\d+/[^/]+/callback", path):
            interaction_id = path.split("/")[2]
            return {"interaction": {"id": interaction_id, "type": 2}}, 200
        if re.fullmatch(r"/webhooks/\d+/[^/]+", path) and method == "POST":
            return self._message(CHANNEL_ID, body or {}), 200
        if re.fullmatch(r"/webhooks/\d+/[^/]+/messages/[^/]+", path):
            if method == "DELETE":
                return None, 204
            return self._message(CHANNEL_ID, body or {}), 200
        if (match := re.fullmatch(r"/channels/(\d+)", path)) and method == "GET":
            return self._channel(int(match[1]))
        if (match := re.fullmatch(r"/channels/(\d+)/messages", path)) and method == "GET":
            return self._history(int(match[1])), 200
        if match := re.fullmatch(r"/channels/(\d+)/messages", path):
            return self._store(int(match[1]), body or {}), 200
        if match := re.fullmatch(r"/channels/(\d+)/messages/(\d+)", path):
            return self._edit(int(match[1]), int(match[2]), body or {})
        if path == f"/guilds/{GUILD_ID}" and method == "GET":
            return self._guild(), 200
        if match := re.fullmatch(rf"/guilds/{GUILD_ID}/members/(\d+)", path):
            user = user_payload(int(match[1]), "member", bot=int(match[1]) == BOT_ID)
            return {"user": user, "roles": [], "joined_at": TIMESTAMP, "deaf": False,
                    "mute": False, "flags": 0}, 200  # fmt: skip
        if path == "/users/@me/channels" and method == "POST":
            recipient = body["recipient_id"]
            return {
                "id": str(next(self._ids)),
                "type": 1,
                "recipients": [user_payload(int(recipient), "x")],
            }, 200
        return {"message": f"fake has no route {method} {path}", "code": 0}, 404

    def _channel(self, channel_id: int) -> tuple[dict[str, Any], int]:
        guild_id = self.channels.get(channel_id)
        if guild_id is None:
            return {"message": "Unknown Channel", "code": 10003}, 404
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(guild_id),
            "name": f"channel-{channel_id}",
            "position": 0,
            "permission_overwrites": self.overwrites.get(channel_id, []),
            "nsfw": False,
            "parent_id": None,
        }, 200

    def _application(self) -> dict[str, Any]:
        return {
            "id": str(APP_ID),
            "name": "Studybot",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": user_payload(1, "owner"),
            "verify_key": "00",
            "flags": 0,
        }

    def _guild(self) -> dict[str, Any]:
        everyone = {
            "id": str(GUILD_ID),
            "name": "@everyone",
            "permissions": str(BOT_PERMISSIONS),
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        return {
            "id": str(GUILD_ID),
            "name": "Study",
            "owner_id": "1",
            "roles": [everyone],
            "emojis": [],
            "stickers": [],
            "features": [],
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "premium_tier": 0,
            "preferred_locale": "ko",
            "nsfw_level": 0,
        }

    def _command(self, data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1"}

    def _message(
        self, channel_id: int, body: dict[str, Any], message_id: int | None = None
    ) -> dict[str, Any]:
        return {
            "id": str(message_id or next(self._ids)),
            "channel_id": str(channel_id),
            "type": 0,
            "content": body.get("content") or "",
            "author": user_payload(BOT_ID, "Studybot", bot=True),
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "flags": body.get("flags") or 0,
        }

    def forget_nonces(self) -> None:
        """Discord keeps a nonce only "a few minutes": after that, the same nonce
        makes a new message."""
        for message in self.messages.values():
            message.pop("nonce", None)

    def _history(self, channel_id: int) -> list[dict[str, Any]]:
        """GET /channels/{id}/messages: newest first (no nonce: Discord does not
        return it there). Answered only when the bot may read the history."""
        if self.history_forbidden:
            raise _Refusal(403, {"code": 50013, "message": "Missing Permissions"})
        mine = [m for m in self.messages.values() if m["channel_id"] == str(channel_id)]
        newest = sorted(mine, key=lambda m: int(m["id"]), reverse=True)
        return [{k: v for k, v in m.items() if k != "nonce"} for m in newest[:50]]

    def _store(self, channel_id: int, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("enforce_nonce") and body.get("nonce"):  # Discord's dedupe by nonce
            for earlier in self.messages.values():
                if earlier.get("nonce") == body["nonce"]:  # one author here: the bot
                    return earlier
        message = self._message(channel_id, body)
        if body.get("nonce"):
            message["nonce"] = body["nonce"]
        self.messages[int(message["id"])] = message
        return message

    def _edit(self, channel_id: int, message_id: int, body: dict[str, Any]) -> tuple[Any, int]:
        if message_id not in self.messages:
            return {"message": "Unknown Message", "code": 10008}, 404
        message = self.messages[message_id]
        for key in ("content", "embeds", "components"):
            if key in body:
                message[key] = (
                    body[key] if body[key] is not None else ([] if key != "content" else "")
                )
        return message, 200


# Discord's embed limits: a message over them is refused whole (400, 50035).
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
DESCRIPTION_MAX = 4096


def embed_limits_broken(body: Any) -> str | None:
    """Which limit a message body (or an interaction callback's data) breaks."""
    if not isinstance(body, dict):
        return None
    data = body.get("data") if isinstance(body.get("data"), dict) else body
    embeds = data.get("embeds") or []
    if len(embeds) > EMBEDS_MAX:
        return f"{len(embeds)} embeds"
    total = 0
    for embed in embeds:
        if len(embed.get("description") or "") > DESCRIPTION_MAX:
            return "description longer than 4096"
        total += len(embed.get("title") or "") + len(embed.get("description") or "")
        total += len((embed.get("author") or {}).get("name") or "")
        total += len((embed.get("footer") or {}).get("text") or "")
        for f in embed.get("fields", []):
            total += len(f.get("name", "")) + len(f.get("value", ""))
    return f"embeds total {total} characters" if total > EMBED_TOTAL_MAX else None


# --- interaction payloads ------------------------------------------------------

_interaction_ids = itertools.count(500000000000000001)


def _base(
    kind: int,
    data: dict[str, Any],
    *,
    user_id: int,
    admin: bool,
    locale: str,
    channel_id: int,
    guild: bool,
    guild_id: int = GUILD_ID,
    installed: bool = True,
    app_permissions: int = BOT_PERMISSIONS,
) -> dict[str, Any]:
    """`installed=False`: run through a user install (the bot is not in the
    server), so Discord names the user, not the server, as the authorizer."""
    interaction_id = next(_interaction_ids)
    payload: dict[str, Any] = {
        "id": str(interaction_id),
        "application_id": str(APP_ID),
        "type": kind,
        "token": f"tok{interaction_id}",
        "version": 1,
        "data": data,
        "channel_id": str(channel_id),
        "locale": locale,
        "app_permissions": str(app_permissions),
        "attachment_size_limit": 8 * 1024 * 1024,
        "entitlements": [],
    }
    user = user_payload(user_id, f"user{user_id}")
    owner = str(guild_id) if guild else "0"  # "0": the bot's own DM
    payload["authorizing_integration_owners"] = {"0": owner} if installed else {"1": str(user_id)}
    if guild:
        payload["guild_id"] = str(guild_id)
        payload["guild_locale"] = "ko"
        payload["context"] = 0
        payload["channel"] = {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(guild_id),
            "name": "study",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
        }
        payload["member"] = {
            "user": user,
            "roles": [],
            "joined_at": TIMESTAMP,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": str(MANAGE_GUILD if admin else 1 << 11),
        }
    else:
        payload["context"] = 1
        payload["channel"] = {"id": str(channel_id), "type": 1, "recipients": [user]}
        payload["user"] = user
    return payload


def slash(
    name: str,
    options: list[dict[str, Any]] | None = None,
    *,
    sub: str | None = None,
    user_id: int = 101,
    admin: bool = False,
    locale: str = "en-US",
    channel_id: int = CHANNEL_ID,
    guild: bool = True,
    resolved: dict[str, Any] | None = None,
    autocomplete: bool = False,
    guild_id: int = GUILD_ID,
    installed: bool = True,
    app_permissions: int = BOT_PERMISSIONS,
) -> dict[str, Any]:
    opts = options or []
    if sub is not None:
        opts = [{"type": 1, "name": sub, "options": opts}]
    data: dict[str, Any] = {"id": "1", "name": name, "type": 1, "options": opts}
    if resolved:
        data["resolved"] = resolved
    return _base(
        4 if autocomplete else 2,
        data,
        user_id=user_id,
        admin=admin,
        locale=locale,
        channel_id=channel_id,
        guild=guild,
        guild_id=guild_id,
        installed=installed,
        app_permissions=app_permissions,
    )


def option(name: str, value: Any, *, kind: int = 3, focused: bool = False) -> dict[str, Any]:
    opt: dict[str, Any] = {"name": name, "type": kind, "value": value}
    if focused:
        opt["focused"] = True
    return opt


def click(
    message: dict[str, Any],
    custom_id: str,
    *,
    user_id: int = 101,
    locale: str = "en-US",
    guild: bool = True,
    admin: bool = False,
) -> dict[str, Any]:
    payload = _base(
        3,
        {"custom_id": custom_id, "component_type": 2},
        user_id=user_id,
        admin=admin,
        locale=locale,
        channel_id=int(message["channel_id"]),
        guild=guild,
    )
    payload["message"] = message
    return payload


def custom_ids(message: dict[str, Any]) -> list[str]:
    return [
        c["custom_id"]
        for row in message.get("components", [])
        for c in row.get("components", [])
        if "custom_id" in c
    ]


# --- reading what the bot answered ------------------------------------------------

EPHEMERAL = 1 << 6


def reply_data(call: Call) -> dict[str, Any]:
    """The message part of an interaction callback or a webhook follow-up."""
    body: dict[str, Any] = call.body or {}
    return body.get("data") or {} if "/callback" in call.path else body


def is_ephemeral(call: Call) -> bool:
    return bool(reply_data(call).get("flags", 0) & EPHEMERAL)


def text_of(data: dict[str, Any]) -> str:
    """Everything a member would read in a message payload, as one string."""
    parts = [data.get("content") or ""]
    for embed in data.get("embeds") or []:
        parts.append((embed.get("author") or {}).get("name", ""))
        parts += [embed.get("title", ""), embed.get("description", "")]
        for f in embed.get("fields", []):
            parts += [f["name"], f["value"]]
    return "\n".join(p for p in parts if p)


def message_from(call: Call, channel_id: int = CHANNEL_ID) -> dict[str, Any]:
    """The message Discord would show for an interaction response (to click on it)."""
    data = reply_data(call)
    return {
        "id": str(600000000000099999),
        "channel_id": str(channel_id),
        "type": 20,
        "content": data.get("content") or "",
        "author": user_payload(BOT_ID, "Studybot", bot=True),
        "embeds": data.get("embeds") or [],
        "components": data.get("components") or [],
        "attachments": [],
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": False,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "flags": data.get("flags") or 0,
    }


def modal_submit(
    callback: Call, values: list[str], *, user_id: int = 101, locale: str = "en-US"
) -> dict[str, Any]:
    """A MODAL_SUBMIT for the form the bot opened in `callback` (type 9)."""
    modal = callback.body["data"]
    inputs = [c for row in modal["components"] for c in row.get("components", [row])]
    rows = [
        {"type": 1, "components": [{"type": 4, "custom_id": c["custom_id"], "value": v}]}
        for c, v in zip(inputs, values, strict=True)
    ]
    return _base(
        5,
        {"custom_id": modal["custom_id"], "components": rows},
        user_id=user_id,
        admin=False,
        locale=locale,
        channel_id=CHANNEL_ID,
        guild=True,
    )
