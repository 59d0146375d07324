"""The learning simulation (bench/sim, `make sim`) still runs on the real core:
a tiny run, so that a change to the core's API cannot silently break it."""

from __future__ import annotations

import random

from question_doubles import FakeQuestion

from bench.sim.driver import run
from bench.sim.figures import figures
from bench.sim.learner import HiddenMember, HiddenQuestion


def _bank() -> list[FakeQuestion]:
    return [
        FakeQuestion(
            id=f"q{i}",
            section=f"S{i % 3}",
            topic=f"t{i // 2}",
            prompt=f"prompt {i}",
            choices=("a", "b", "c", "d"),
            answer=i % 4,
            concept=f"c{i // 2}",
        )
        for i in range(24)
    ]


async def test_a_short_run_posts_daily_and_records_answers() -> None:
    result = await run(_bank(), 7, members=3, days=3, idle_days=1)
    assert [p.day for p in result.picks] == [0, 1, 2]
    assert result.asked, "members answered nothing"
    assert {a.kind for a in result.asked} <= {"daily", "practice"}
    figs = figures(result, 3)
    assert figs.sections == 3
    assert 0 < figs.concepts_seen <= 12
    assert figs.cards > 0


async def test_the_oracle_reference_practises_from_hidden_memory() -> None:
    result = await run(_bank(), 7, members=3, days=3, idle_days=1, policy="oracle")
    practice = [a for a in result.asked if a.kind == "practice"]
    assert practice, "the oracle served no practice"
    assert figures(result, 3).concepts_seen > 0


def test_spaced_reviews_grow_memory_more_than_massed_ones() -> None:
    question = HiddenQuestion(n_choices=4, answer=0, lure=1, bad=False)
    spaced = HiddenMember(ability=5.0, daily_rate=1, practice_rate=1)
    massed = HiddenMember(ability=5.0, daily_rate=1, practice_rate=1)
    rng = random.Random(1)
    for day in range(4):
        spaced.answer(question, "c", 0.0, float(day), rng)
        massed.answer(question, "c", 0.0, day * 0.01, rng)
    assert spaced.memory["c"].stability > 2 * massed.memory["c"].stability
