"""The cycle collector is held off while a bank is built, and only then."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz import bank
from bot.quiz.collector import collector_paused


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was_on = gc.isenabled()
    yield
    if was_on:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_within_and_on_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_on_again_after_a_failure() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("build failed")
    assert gc.isenabled()


def test_a_collector_turned_off_by_its_owner_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_a_bank_is_built_with_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    candidates = bank._candidates

    def spying(*args: object) -> object:
        seen.append(gc.isenabled())
        return candidates(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(bank, "_candidates", spying)
    gc.enable()
    notes = "# 저장소\n\n## S3\n- 객체 스토리지\n\n## EBS\n- 블록 스토리지\n"
    deck = parse_markdown(notes, "notes.md")
    bank.build_bank(deck)
    assert seen == [False]
    assert gc.isenabled()
