"""Fixtures shared by every suite.

Both engines: `db_target` is an SQLite file or a fresh PostgreSQL schema's URL.

Tests that take `db_target` (or fixtures built on it) run once per engine. The
PostgreSQL runs need the server described in pg_support.py; without one they
are deselected, and the report says so in one line.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from manual_clock import ManualClock
from pg_support import ENV, fresh_schema, probe, server_url

from bot.storage.sql import redact

ENGINES = ("sqlite", "postgresql")
_pg_missing: list[str] = []  # the reason, when the server did not answer


def pytest_configure(config: pytest.Config) -> None:
    url, explicit = server_url()
    reason = probe(url)
    if reason is None:
        return
    if explicit:
        raise pytest.UsageError(f"{ENV}={redact(url)}: cannot connect to PostgreSQL: {reason}")
    _pg_missing.append(reason)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _pg_missing:
        return
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_pg = callspec is not None and callspec.params.get("engine") == "postgresql"
        (drop if on_pg else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
        _pg_missing.append(str(len(drop)))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if len(_pg_missing) > 1:
        url, _ = server_url()
        terminalreporter.write_line(
            f"{_pg_missing[1]} PostgreSQL tests skipped: no server at {redact(url)}"
            f" ({_pg_missing[0]}); set {ENV} to run them"
        )


@pytest.fixture(scope="session", autouse=True)
def bank_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Built banks go to a folder of the run's own (STUDYBOT_CACHE_DIR), never
    to data/cache beside a test's default database path in the checkout."""
    folder = tmp_path_factory.mktemp("bank-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STUDYBOT_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def db_target(engine: str, tmp_path: Path) -> AsyncIterator[Path | str]:
    """Where the store lives: an SQLite file in tmp_path, or a fresh schema."""
    if engine == "sqlite":
        yield tmp_path / "bot.db"
        return
    async with fresh_schema() as url:
        yield url


@pytest.fixture
def clock() -> ManualClock:
    """The injected clock, standing at `manual_clock.DEFAULT_START` until moved."""
    return ManualClock()
