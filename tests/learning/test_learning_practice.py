from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.learning.practice import pick_practice
from bot.learning.srs import CardState, review
from bot.learning.tally import Tally
from bot.quiz.question import Question

MakeQ = Callable[..., Question]  # the make_q fixture (conftest.py)

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _card_due(at: datetime) -> CardState:
    """A card (first answer wrong) that falls due exactly at `at`."""
    return review(None, False, None, 4, at - timedelta(days=1))


def test_due_first_most_overdue_first(make_q: MakeQ) -> None:
    qs = [make_q("q1", concept="a"), make_q("q2", concept="b"), make_q("q3", concept="new")]
    cards = {
        "a": _card_due(NOW - timedelta(days=1)),
        "b": _card_due(NOW - timedelta(days=3)),
    }
    picks = {pick_practice(qs, cards, {}, NOW, random.Random(s)) for s in range(20)}
    assert picks == {"q2"}
    # Once "b" is reviewed (due in the future) the next due one comes before new material.
    cards["b"] = review(cards["b"], True, None, 4, NOW)
    assert pick_practice(qs, cards, {}, NOW, random.Random(0)) == "q1"
    cards["a"] = review(cards["a"], True, None, 4, NOW)
    assert pick_practice(qs, cards, {}, NOW, random.Random(0)) == "q3"


def test_not_yet_due_waits_behind_new_material(make_q: MakeQ) -> None:
    qs = [make_q("q1", concept="a"), make_q("q2", concept="n")]
    cards = {"a": _card_due(NOW + timedelta(hours=1))}
    assert pick_practice(qs, cards, {}, NOW, random.Random(0)) == "q2"


def test_new_material_from_weakest_section(make_q: MakeQ) -> None:
    qs = [make_q(f"{s}{i}", section=s) for s in ("A", "B", "C") for i in range(3)]
    stats = {"A": Tally(answered=10, correct=9), "B": Tally(answered=10, correct=3)}
    picks = Counter(pick_practice(qs, {}, stats, NOW, random.Random(s)) for s in range(30))
    assert set(picks) <= {"B0", "B1", "B2"}
    assert len(picks) == 3  # varied within the section


def test_prior_keeps_one_answer_from_dominating(make_q: MakeQ) -> None:
    qs = [make_q("A0", section="A"), make_q("B0", section="B")]
    # A: one wrong answer (0 %), B: 5 of 20 right (25 %). Raw accuracy would pick A;
    # with the prior, A is 2/4 = 0.5 and B 7/23 = 0.30, so B is weaker.
    stats = {"A": Tally(answered=1, correct=0), "B": Tally(answered=20, correct=5)}
    assert pick_practice(qs, {}, stats, NOW, random.Random(0)) == "B0"
    # A single wrong answer still ranks below a section never answered.
    qs.append(make_q("C0", section="C"))
    stats = {"A": Tally(answered=1, correct=0)}
    assert pick_practice(qs, {}, stats, NOW, random.Random(0)) == "A0"


def test_never_the_question_just_shown_if_avoidable(make_q: MakeQ) -> None:
    qs = [make_q("q1", concept="a"), make_q("q2", concept="a")]
    cards = {"a": _card_due(NOW)}
    for seed in range(10):
        assert pick_practice(qs, cards, {}, NOW, random.Random(seed), last_shown="q1") == "q2"
    assert pick_practice(qs[:1], cards, {}, NOW, random.Random(0), last_shown="q1") == "q1"
    assert pick_practice([], cards, {}, NOW, random.Random(0)) is None


def test_within_a_concept_least_recently_practised(make_q: MakeQ) -> None:
    qs = [make_q(f"q{i}", concept="a") for i in range(3)]
    cards = {"a": _card_due(NOW)}
    practised = {"q0": NOW - timedelta(days=1), "q1": NOW - timedelta(days=9), "q2": NOW}
    pick = pick_practice(qs, cards, {}, NOW, random.Random(0), practised=practised)
    assert pick == "q1"


def test_all_known_nothing_due_reviews_soonest(make_q: MakeQ) -> None:
    qs = [make_q("q1", concept="a"), make_q("q2", concept="b")]
    cards = {"a": _card_due(NOW + timedelta(days=5)), "b": _card_due(NOW + timedelta(days=2))}
    assert pick_practice(qs, cards, {}, NOW, random.Random(0)) == "q2"
