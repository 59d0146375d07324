"""The PostgreSQL test server: where it is, whether it answers, fresh schemas.

`STUDYBOT_TEST_POSTGRES=postgresql://...` names the server explicitly (`.ci/run`
does): the run then fails when it cannot connect. Without it the local default
below is tried once; when nothing answers, the PostgreSQL half of the
both-engine tests is deselected with one line in the report. Each test gets
its own schema (`search_path` in the URL), dropped afterwards: isolation
without the cost of a database per test.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test"
ENV = "STUDYBOT_TEST_POSTGRES"


def server_url() -> tuple[str, bool]:
    """(URL, explicitly asked for)."""
    explicit = os.environ.get(ENV, "").strip()
    return (explicit, True) if explicit else (DEFAULT_URL, False)


def probe(url: str) -> str | None:
    """None when the server answers, else the one-line reason."""

    async def go() -> None:
        conn = await asyncpg.connect(url, timeout=3)
        await conn.close()

    try:
        asyncio.run(go())
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None


def with_schema(url: str, schema: str) -> str:
    return url + ("&" if "?" in url else "?") + f"search_path={schema}"


@asynccontextmanager
async def fresh_schema(prefix: str = "t") -> AsyncIterator[str]:
    """A new empty schema on the test server; yields a URL that uses it."""
    url, _ = server_url()
    schema = f"sb_{prefix}_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(f"CREATE SCHEMA {schema}")
    finally:
        await conn.close()
    try:
        yield with_schema(url, schema)
    finally:
        conn = await asyncpg.connect(url)
        try:
            await conn.execute(f"DROP SCHEMA {schema} CASCADE")
        finally:
            await conn.close()
