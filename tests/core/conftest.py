from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from core_fakes import Harness


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = Harness(tmp_path / "bot.db")
    await h.start()
    yield h
    await h.close()
