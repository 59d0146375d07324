from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from shell_harness import ROOT, Opener, Transcript

from bot.app import Content, load_content
from bot.config import Settings


@pytest.fixture(scope="session")
def real_content() -> Content:
    """The real notes in content/ (questions, lookup), loaded once: building the
    bank takes about half a second and the notes do not change during a run."""
    return load_content(Settings(content_dir=ROOT / "content"))


@pytest.fixture
def content(real_content: Content) -> Content | None:
    return real_content


@pytest.fixture
async def opened(tmp_path: Path, content: Content | None) -> AsyncIterator[Opener]:
    made: list[Transcript] = []

    async def open_(start: str, name: str = "bot.db") -> Transcript:
        t = await Transcript.open(tmp_path, start, content=content, name=name)
        made.append(t)
        return t

    yield open_
    for t in made:
        await t.close()
