"""A local fake of the Slack side, on 127.0.0.1: Web API, response_url hooks and
the Socket Mode websocket. It records every call so tests can assert on what
the real slack_sdk / Bolt code sent."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from aiohttp import WSMsgType, web


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    token: str | None


@dataclass
class FakeSlack:
    """Web API at /api/<method>, response_url hooks at /hooks/<id>, Socket Mode at /link."""

    team_id: str = "T1"
    bot_user_id: str = "UBOT"
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    hooks: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    rate_limit_next: dict[str, int] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    # channel -> the error chat.postMessage answers there (other channels work)
    channel_errors: dict[str, str] = field(default_factory=dict)
    # channel -> the teams it belongs to (its host first; more: a shared channel),
    # for conversations.info: a token sees a channel of its own team only.
    channels: dict[str, list[str]] = field(default_factory=dict)
    acks: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # id -> name, bytes
    file_sizes: dict[str, int] = field(default_factory=dict)  # declared sizes, when not true
    downloads: list[tuple[str, str]] = field(default_factory=list)  # (file id, Authorization)
    # method -> how its next calls are lost after Slack did them: "drop" closes
    # the connection without an answer, "hang" never answers (the client times out)
    lose_next: dict[str, list[str]] = field(default_factory=dict)
    # channel -> its top-level messages, oldest first, as conversations.history
    # gives them (metadata only with include_all_metadata)
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    hellos_sent: int = 0
    port: int = 0
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _closing: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def hook_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/hooks/{name}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/hooks/{name}", self._hook)
        app.router.add_get("/link", self._link)
        app.router.add_get("/files/{file_id}", self._file)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def close(self) -> None:
        self._closing.set()
        for ws in self._sockets:
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- recording ---------------------------------------------------------

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, predicate: Any, seconds: float = 5.0) -> None:
        deadline = time.monotonic() + seconds
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out; calls={self.methods()} hooks={len(self.hooks)} acks={self.acks}"
                )
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.2))
            except TimeoutError:
                pass

    # -- handlers ----------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            params.update(dict(await request.post()))
        for key in ("blocks", "view"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") or params.get("token")
        self.calls.append(Call(method=method, params=params, token=token))
        self._changed.set()
        if self.rate_limit_next.get(method, 0) > 0:
            self.rate_limit_next[method] -= 1
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "0"}
            )
        if method in self.errors:
            return web.json_response({"ok": False, "error": self.errors[method]})
        refused = self.channel_errors.get(str(params.get("channel")))
        if method == "chat.postMessage" and refused is not None:
            return web.json_response({"ok": False, "error": refused})
        answer = self._answer(method, params, token)
        lost = self.lose_next.get(method)
        if lost:  # done on Slack's side; the answer never reaches the caller
            how = lost.pop(0)
            if how == "drop" and request.transport is not None:
                request.transport.close()
            await self._closing.wait()  # (until the fake closes)
        return web.json_response(answer)

    def in_channel(self, channel: str) -> list[dict[str, Any]]:
        """The top-level messages Slack holds in `channel` (not the calls made)."""
        return self.messages.get(channel, [])

    def _channel_info(self, channel: str, token: str | None) -> dict[str, Any]:
        """Installed tokens are `xoxb-<team id>` (conftest.install_team)."""
        team = (token or "").removeprefix("xoxb-")
        teams = self.channels.get(channel, [])
        if team not in teams:
            return {"ok": False, "error": "channel_not_found"}
        shared = len(teams) > 1
        return {
            "ok": True,
            "channel": {
                "id": channel,
                "name": channel.lower(),
                "is_channel": True,
                "is_shared": shared,
                "is_ext_shared": shared,
                "context_team_id": team,
                "shared_team_ids": teams,
            },
        }

    def _answer(self, method: str, params: dict[str, Any], token: str | None) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://t.slack.com/",
                "team": "Team",
                "user": "studybot",
                "team_id": self.team_id,
                "user_id": self.bot_user_id,
                "bot_id": "B1",
                "is_enterprise_install": False,
            }
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link"}
        if method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            channel = str(params.get("channel"))
            if not params.get("thread_ts") and not channel.startswith("D"):
                metadata = params.get("metadata")
                if isinstance(metadata, str):  # a form-encoded call sends it as JSON
                    metadata = json.loads(metadata)
                self.messages.setdefault(channel, []).append(
                    {"type": "message", "ts": ts, "text": params.get("text"), "bot_id": "B1",
                     "metadata": metadata}
                )  # fmt: skip
            return {"ok": True, "channel": params.get("channel"), "ts": ts}
        if method == "conversations.history":
            limit = int(params.get("limit") or 100)
            newest_first = list(reversed(self.messages.get(str(params.get("channel")), [])))
            full = str(params.get("include_all_metadata")).lower() in ("1", "true")
            shown = [
                {k: v for k, v in m.items() if v is not None and (full or k != "metadata")}
                for m in newest_first[:limit]
            ]
            return {"ok": True, "messages": shown, "has_more": len(newest_first) > limit}
        if method == "chat.update":
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts")}
        if method == "users.info":
            user = self.users.get(str(params.get("user")))
            if user is None:
                return {"ok": False, "error": "user_not_found"}
            return {"ok": True, "user": {"id": params.get("user"), **user}}
        if method == "oauth.v2.access":
            return {
                "ok": True,
                "app_id": "A1",
                "authed_user": {"id": "UINSTALLER"},
                "scope": "commands,chat:write",
                "token_type": "bot",
                "access_token": f"xoxb-{params.get('code')}",
                "bot_user_id": "UBOT",
                "team": {"id": "T9", "name": "Nine"},
                "enterprise": None,
                "is_enterprise_install": False,
            }
        if method == "files.info":
            found = self.files.get(str(params.get("file")))
            if found is None:
                return {"ok": False, "error": "file_not_found"}
            fid, (name, body) = str(params.get("file")), found
            url = f"http://127.0.0.1:{self.port}/files/{fid}"
            size = self.file_sizes.get(fid, len(body))
            return {"ok": True, "file": {"id": fid, "name": name, "size": size,
                                         "url_private": url, "url_private_download": url}}
        if method == "conversations.info":
            return self._channel_info(str(params.get("channel")), token)
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(params.get("users"))}}
        return {"ok": True}

    async def _file(self, request: web.Request) -> web.Response:
        """url_private_download: the file's bytes, for a request with the bot token."""
        fid = request.match_info["file_id"]
        self.downloads.append((fid, request.headers.get("Authorization", "")))
        self._changed.set()
        if fid not in self.files or not request.headers.get("Authorization"):
            return web.Response(status=404)
        return web.Response(body=self.files[fid][1])

    async def _hook(self, request: web.Request) -> web.Response:
        self.hooks.append((request.match_info["name"], await request.json()))
        self._changed.set()
        return web.Response(text="ok")

    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1})
        self.hellos_sent += 1
        self._changed.set()
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.acks.append(json.loads(message.data))
                self._changed.set()
        return ws

    async def drop_connection(self) -> None:
        """Close the socket as Slack does when it rotates connections."""
        await self.wait_for(lambda: bool(self._sockets))
        await self._sockets[-1].close()

    async def send_envelope(self, kind: str, payload: dict[str, Any], envelope_id: str) -> None:
        await self.wait_for(lambda: bool(self._sockets))
        await self._sockets[-1].send_json(
            {
                "envelope_id": envelope_id,
                "type": kind,
                "payload": payload,
                "accepts_response_payload": kind != "events_api",
            }
        )


# -- signed HTTP requests ----------------------------------------------------


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = f"v0:{ts}:{body}".encode()
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def command_body(
    text: str, *, user: str = "U1", channel: str = "C1", team: str = "T1", response_url: str = ""
) -> dict[str, str]:
    return {
        "token": "legacy",
        "team_id": team,
        "team_domain": "t",
        "channel_id": channel,
        "channel_name": "study",
        "user_id": user,
        "user_name": user.lower(),
        "command": "/study",
        "text": text,
        "api_app_id": "A1",
        "response_url": response_url,
        "trigger_id": "1.2.3",
    }


def action_payload(
    action_id: str,
    value: str,
    *,
    user: str = "U1",
    channel: str = "C1",
    team: str = "T1",
    response_url: str = "",
    ephemeral: bool = False,
    message_ts: str = "1700000000.000001",
) -> dict[str, Any]:
    return {
        "type": "block_actions",
        "team": {"id": team, "domain": "t"},
        "user": {"id": user, "username": user.lower(), "team_id": team},
        "api_app_id": "A1",
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        },
        "channel": {"id": channel, "name": "study"},
        "response_url": response_url,
        "trigger_id": "1.2.3",
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b",
                "value": value,
                "action_ts": "1700000001.0",
            }
        ],
    }


def form(fields: dict[str, str]) -> str:
    return urlencode(fields)


def action_form(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})
