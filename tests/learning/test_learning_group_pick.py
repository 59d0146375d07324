from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

import pytest

import bot.learning.group_pick as group_pick
from bot.core.ports import QuestionLike
from bot.learning.group_pick import (
    SHARPNESS,
    _Weigher,
    error_rates,
    pick_group_question,
    pool_of,
)
from bot.learning.tally import Tally, fold
from bot.quiz.question import Question

MakeQ = Callable[..., Question]  # the make_q fixture (conftest.py)

DAY0 = date(2026, 11, 1)


def _id(q: QuestionLike | None) -> str:
    assert q is not None
    return q.id


def _run_days(
    qs: list[Question], days: int, *, retired: frozenset[str] = frozenset(),
    favour_weak: bool = True,
) -> list[str]:
    history: dict[str, date] = {}
    out: list[str] = []
    for n in range(days):
        today = DAY0 + timedelta(days=n)
        qid = _id(pick_group_question(qs, retired, history, f"g1:{today}",
                                      favour_weak=favour_weak))
        history[qid] = today
        out.append(qid)
    return out


def test_no_repeats_inside_a_cycle_then_least_recent(make_q: MakeQ) -> None:
    qs = [make_q(f"{s}{i}", section=s) for s in "ABCD" for i in range(3)]
    for favour in (True, False):
        picks = _run_days(qs, 24, favour_weak=favour)
        assert len(set(picks[:12])) == 12  # every question once before any repeat
        assert picks[12:] == picks[:12]  # then the least recently asked, in the same order


def test_retired_questions_never_picked(make_q: MakeQ) -> None:
    qs = [make_q(f"q{i}") for i in range(5)]
    picks = _run_days(qs, 10, retired=frozenset({"q1", "q3"}))
    assert set(picks) == {"q0", "q2", "q4"}
    assert pick_group_question(qs[:1], {"q0"}, {}, "s") is None


def test_spread_across_sections(make_q: MakeQ) -> None:
    qs = [make_q(f"{s}{i}", section=s) for s in "ABCD" for i in range(5)]
    # Without weak spots: round robin.
    sections = [p[0] for p in _run_days(qs, 8, favour_weak=False)]
    for i in range(len(sections) - 3):
        assert len(set(sections[i : i + 4])) == 4, sections
    # With them: never the same section two days running.
    sections = [p[0] for p in _run_days(qs, 16, favour_weak=True)]
    assert all(a != b for a, b in itertools.pairwise(sections)), sections


def _run_weak(qs: list[Question], days: int, stats: dict[str, Tally]) -> list[str]:
    history: dict[str, date] = {}
    out = []
    for n in range(days):
        today = DAY0 + timedelta(days=n)
        q = pick_group_question(qs, (), history, f"g:{today}", on=today, section_stats=stats)
        history[_id(q)] = today
        out.append(_id(q))
    return out


def test_weak_sections_more_often_yet_every_section_once_per_cycle(make_q: MakeQ) -> None:
    names = "ABCDEF"
    qs = [make_q(f"{s}{i}", section=s) for s in names for i in range(20)]
    stats = {s: Tally(answered=20, correct=16) for s in names}
    stats["A"] = Tally(answered=20, correct=8)  # missed 60 % of the time, the others 20 %
    counts: Counter[str] = Counter()
    for run in range(8):
        picks = [q[0] for q in _run_weak(qs, 36, stats)]
        cycle = 2 * len(names)  # 12 days
        for start in range(0, 36 - cycle + 1):
            assert set(picks[start : start + cycle]) == set(names), (run, picks)
        counts.update(picks)
        stats = {**stats, "B": Tally(answered=20 + run, correct=16 + run)}  # vary the draw
    # Weight 0.6^2 vs 0.2^2 (smoothed a little): A is drawn far beyond its 1/6.
    assert counts["A"] / sum(counts.values()) > 0.3


def test_large_sections_do_not_crowd_out_small_ones(make_q: MakeQ) -> None:
    qs = [make_q(f"A{i}", section="A") for i in range(40)]
    qs += [make_q(f"{s}{i}", section=s) for s in "BCDE" for i in range(2)]
    for favour in (True, False):
        picks = _run_days(qs, 10, favour_weak=favour)
        assert {p[0] for p in picks} == set("ABCDE")
        assert sum(p[0] == "A" for p in picks) <= 4


def test_deterministic_given_seed(make_q: MakeQ) -> None:
    qs = [make_q(f"q{i}", section=f"s{i % 3}") for i in range(9)]
    assert _run_days(qs, 9) == _run_days(qs, 9)


def test_favour_weak_weights_concepts_the_group_misses(make_q: MakeQ) -> None:
    qs = [make_q(f"q{i}", section="S", concept=f"c{i}") for i in range(4)]
    concept_stats = {
        "c0": Tally(answered=20, correct=2),  # the group keeps missing this one
        "c1": Tally(answered=20, correct=19),
        "c2": Tally(answered=20, correct=19),
        "c3": Tally(answered=20, correct=19),
    }
    seeds = [f"g:{n}" for n in range(400)]

    def share(favour: bool) -> float:
        picks = Counter(
            _id(pick_group_question(qs, (), {}, s, concept_stats=concept_stats,
                                    favour_weak=favour))
            for s in seeds
        )
        return picks["q0"] / len(seeds)

    # Weights: c0 1 + 4 x 19/23 = 4.3; others 1 + 4 x 2/23 = 1.35 -> c0 about 52 %.
    assert share(True) > 0.4
    assert share(False) < 0.35  # about 25 % without the setting


def test_section_stats_used_when_concept_never_asked(make_q: MakeQ) -> None:
    qs = [make_q("a", section="weak"), make_q("b", section="strong")]
    by_concept, by_section = fold([("x", "weak", 10, 1), ("y", "strong", 10, 10)])
    assert by_concept["x"] == by_section["weak"] == Tally(answered=10, correct=1)
    picks = Counter(_id(pick_group_question(qs, (), {}, f"s{n}", section_stats=by_section))
                    for n in range(300))
    assert picks["a"] > 2 * picks["b"]


def test_no_tallies_draws_as_equal_weights_would(make_q: MakeQ) -> None:
    # The fast path for a group without answers must pick what the weighted draw
    # picks when every weight is equal (a tally of nothing weighs the prior).
    qs = [make_q(f"q{i}", section=f"s{i % 7}", concept=f"c{i % 5}") for i in range(60)]
    empty = {"unused": Tally(answered=0, correct=0)}
    for n in range(200):
        fast = pick_group_question(qs, (), {}, f"g:{n}")
        weighted = pick_group_question(qs, (), {}, f"g:{n}", concept_stats=empty)
        assert _id(fast) == _id(weighted)


def test_harder_to_guess_questions_weigh_more_inside_a_section(make_q: MakeQ) -> None:
    # Same section, no answers on either concept: a member who does not know
    # misses a 4-choice question more often than a 3-choice one, so `weak on`
    # favours it (the section's rate scaled by each question's wrong-guess share).
    qs = [make_q("three", section="S", choices=3), make_q("four", section="S", choices=4)]
    _, by_section = fold([("x", "S", 10, 4)])
    picks = Counter(
        _id(pick_group_question(qs, (), {}, f"g:{n}", section_stats=by_section))
        for n in range(600)
    )
    # Weights (0.75 / 0.667)^3 = 1.42 : 1 -> "four" about 59 %, not 50 %.
    assert picks["four"] > 0.54 * 600, picks
    # A concept the group answered keeps its own rate (the guess is in it already).
    by_concept, by_section = fold([("three", "S", 10, 2), ("four", "S", 10, 8)])
    picks = Counter(
        _id(pick_group_question(qs, (), {}, f"g:{n}", concept_stats=by_concept,
                                section_stats=by_section))
        for n in range(300)
    )
    assert picks["three"] > 2 * picks["four"], picks


def test_weights_from_tables_are_rates_of_exactly(make_q: MakeQ) -> None:
    # The fan-out weighs candidates from per-rate tables (group_pick._Weigher);
    # the numbers must be Rates.of's to the bit, or the same seed would draw
    # another question than the rule says.
    rng = random.Random(7)
    qs = [
        make_q(f"q{i}", section=f"s{i % 5}", concept=f"c{i % 9}", choices=rng.randrange(1, 6))
        for i in range(80)
    ]  # concepts span sections; a 1-choice question cannot be guessed
    pool = pool_of(qs, ())
    for case in range(40):
        rows = [
            (f"c{c}", f"s{c % 5}", n, rng.randrange(n + 1))
            for c in rng.sample(range(9), rng.randrange(5))
            if (n := rng.randrange(1, 15))
        ]
        by_concept, by_section = fold(rows)
        rates = error_rates(by_concept, by_section, pool.concept_sections)
        weigh = _Weigher(pool, rates)
        for section, whole in pool.by_section.items():
            for candidates in (whole, [q for q in whole if rng.random() < 0.6] or whole[:1]):
                expected = [rates.of(q) ** SHARPNESS for q in candidates]
                assert weigh.weights(section, candidates) == expected, (case, section)
                mean = sum(expected) / len(expected)
                assert weigh.mean(section, candidates) == mean
                assert weigh.mean(section, candidates) == mean  # remembered: the same


def test_a_fan_out_reseeds_one_generator_and_each_pick_stands_alone(
    make_q: MakeQ, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Making a generator per group seeds twice; a pick reseeds one instead, and
    # what a group gets depends on its seed alone, not on the picks before it.
    qs = [make_q(f"{s}{i}", section=s, choices=2 + i % 3) for s in "ABCDE" for i in range(6)]
    pool = pool_of(qs, ())
    history = {"A0": DAY0, "B1": DAY0 + timedelta(days=1)}
    alone = {g: _id(pick_group_question(pool, (), history, f"{g}:x")) for g in range(40)}
    made: list[object] = []

    class Counting(random.Random):
        def __init__(self, *args: object) -> None:
            made.append(args)
            super().__init__(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(group_pick.random, "Random", Counting)
    for g in reversed(range(40)):
        assert _id(pick_group_question(pool, (), history, f"{g}:x")) == alone[g]
        assert _id(pick_group_question(pool, (), history, f"{g}:x", favour_weak=False))
    assert made == []
