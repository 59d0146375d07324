"""Flashcards in the core: the group's daily-kinds setting, and a self-grade never
retires a card nor earns points."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from core_fakes import SHELL_ROOM, FakeQuestion, Harness, make_questions, utc

from bot.core.records import DailyKinds, GroupDefaults
from bot.core.types import CARD_NOT_YET, AnswerKind

T0 = utc(2026, 3, 2, 8, 0)
CARDS = [
    FakeQuestion(
        id=f"f{i}", kind="flashcard", section="S9", topic=f"card {i}", concept=f"K{i}",
        prompt=f"card {i}?", choices=(), answer=-1, back=f"back {i}", explanation="",
    )
    for i in range(3)
]


async def test_daily_kinds_setting_decides_what_the_daily_post_may_be(tmp_path: Path) -> None:
    h = Harness(tmp_path / "bot.db", questions=[*make_questions(), *CARDS])
    await h.start()
    try:
        shown = await h.cmd("settings", "daily cards", at=T0)
        assert "매일 문제 플래시카드만" in shown.text
        assert h.store is not None
        settings = await h.store.ensure_group(SHELL_ROOM, GroupDefaults())
        assert settings.daily_kinds is DailyKinds.CARDS
        learner = h.svc._runner.learner
        days = [date(2026, 3, 1) + timedelta(days=d) for d in range(12)]

        async def kinds(setting: DailyKinds) -> set[str]:
            group = replace(settings, daily_kinds=setting)
            picks = [await learner.pick_daily(group, on, frozenset(), h.svc.content) for on in days]
            return {p.kind for p in picks if p is not None}

        assert await kinds(DailyKinds.CARDS) == {"flashcard"}
        assert await kinds(DailyKinds.MC) == {"name"}
        assert await kinds(DailyKinds.MIX) == {"name", "flashcard"}
        bad = await h.cmd("settings", "daily sometimes", at=T0)
        assert "daily sometimes" in bad.text
    finally:
        await h.close()


async def test_not_yet_many_times_never_retires_the_card(tmp_path: Path) -> None:
    h = Harness(tmp_path / "bot.db", questions=CARDS)
    await h.start()
    try:
        card = CARDS[0]
        for i in range(8):
            await h.click(card.id, 0, user=f"m{i}", at=T0, kind=AnswerKind.CARD_SHOW_PRACTICE)
            reply = await h.click(
                card.id, CARD_NOT_YET, user=f"m{i}", at=T0 + timedelta(seconds=20),
                kind=AnswerKind.CARD_GRADE_PRACTICE,
            )
            assert "아직이라고 기록했어요" in reply.text
        assert h.store is not None
        assert card.id not in await h.store.retired_questions()
    finally:
        await h.close()


def test_knew_it_is_good_and_not_yet_is_again() -> None:
    from fsrs import Rating

    from bot.learning.srs import rating_for

    # No choices, no guessing: a quick "knew it" is still Good, never Hard.
    assert rating_for(True, 500, 0) == Rating.Good
    assert rating_for(True, None, 0, after_miss=True) == Rating.Good
    assert rating_for(False, 500, 0) == Rating.Again
