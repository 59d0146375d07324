"""The HTTP door in front of Bolt: a request body Bolt cannot read gets 400.

Bolt parses a request's body before it checks the signature, and a body it
cannot parse (`payload={broken`, invalid JSON, JSON that is not an object,
bytes that are not UTF-8) escapes as an exception: aiohttp answers 500 and logs
a traceback. This middleware builds Bolt's own request object from the body
first (Bolt's parsing, so it refuses exactly what Bolt could not read) and
answers an unreadable body itself: 401 when the signature is wrong, as Bolt
answers forged requests, else 400 and one log line. Readable bodies go on to
Bolt untouched (aiohttp keeps the body it read, so Bolt reads the same bytes).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware
from slack_bolt.request.async_request import AsyncBoltRequest

log = logging.getLogger(__name__)

_WINDOW_SECONDS = 5 * 60  # Slack's replay window for signed requests


def signed(secret: str, raw: bytes, timestamp: str | None, signature: str | None) -> bool:
    """Slack's v0 request signature, checked over the raw bytes. (slack_sdk's
    SignatureVerifier decodes the body as UTF-8 first, which fails on exactly
    the bodies this module exists for, and raises on a timestamp that is not
    a number.)"""
    if not timestamp or not signature or not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > _WINDOW_SECONDS:
        return False
    base = b"v0:" + timestamp.encode() + b":" + raw
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def _unreadable(text: str, request: web.Request) -> str | None:
    """Why Bolt could not read this body, or None when it can."""
    try:
        AsyncBoltRequest(body=text, query=request.query_string, headers=dict(request.headers))
    except Exception as exc:  # whatever Bolt's parsing raises: that is the point
        return f"{type(exc).__name__}: {str(exc)[:80]}"
    return None


def body_guard(path: str, signing_secret: str) -> Middleware:
    """The middleware for Bolt's aiohttp app serving POST `path`."""

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method != "POST" or request.path != path:
            return await handler(request)
        raw = await request.read()
        try:
            text = await request.text()  # aiohttp's decoding, as Bolt's adapter does it
        except (UnicodeDecodeError, LookupError) as exc:
            why: str | None = f"body is not text: {type(exc).__name__}"
        else:
            why = _unreadable(text, request)
        if why is None:
            return await handler(request)
        headers = request.headers
        if not signed(
            signing_secret, raw,
            headers.get("X-Slack-Request-Timestamp"), headers.get("X-Slack-Signature"),
        ):
            return web.Response(status=401)
        log.warning(
            "Slack request refused (400): unreadable body (%s; %d bytes, %s)",
            why, len(raw), request.content_type,
        )
        return web.Response(status=400, text="unreadable request body")

    return guard
