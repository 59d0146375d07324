"""Fixtures shared by every suite."""

from __future__ import annotations

import pytest
from manual_clock import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    """The injected clock, standing at `manual_clock.DEFAULT_START` until moved."""
    return ManualClock()
