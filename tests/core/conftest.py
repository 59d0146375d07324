from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from core_fakes import Harness


@pytest.fixture
async def harness(db_target: Path | str) -> AsyncIterator[Harness]:
    h = Harness(db_target)
    await h.start()
    yield h
    await h.close()
