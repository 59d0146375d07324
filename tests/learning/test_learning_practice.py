from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.learning.practice import pick_practice
from bot.learning.srs import CardState, LocalDay, retrievability, review
from bot.learning.tally import Tally
from bot.quiz.question import Question

MakeQ = Callable[..., Question]  # the make_q fixture (conftest.py)

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _card_due(at: datetime) -> CardState:
    """A card (first answer wrong) that falls due exactly at `at`."""
    return review(None, False, None, 4, at - timedelta(days=1))


def _card_known(last: datetime, stability: float, due: datetime) -> CardState:
    """A card last answered right at `last`."""
    return CardState(
        due=due, stability=stability, difficulty=5.0, state=2, step=None,
        last_review=last, reps=3, lapses=0, last_rating=3,
    )  # fmt: skip


def test_misses_first_most_forgotten_then_the_most_recallable(make_q: MakeQ) -> None:
    qs = [make_q(f"q{c}", concept=c) for c in ("miss1", "miss3", "lost", "kept", "new")]
    cards = {
        "miss1": _card_due(NOW),  # missed yesterday
        "miss3": review(None, False, None, 4, NOW - timedelta(days=3)),  # missed 3 days ago
        # Due longest ago and mostly forgotten...
        "lost": _card_known(NOW - timedelta(days=40), 1.0, NOW - timedelta(days=39)),
        # ...against due more recently and still likely recalled.
        "kept": _card_known(NOW - timedelta(days=20), 15.0, NOW - timedelta(days=5)),
    }
    assert all(c.due_on(LocalDay.around(NOW)) for c in cards.values())
    assert retrievability(cards["miss3"], NOW) < retrievability(cards["miss1"], NOW)
    picks = {pick_practice(qs, cards, {}, NOW, random.Random(s)) for s in range(9)}
    assert picks == {"qmiss3"}  # the most forgotten miss first
    cards["miss3"] = review(cards["miss3"], True, None, 4, NOW)
    assert pick_practice(qs, cards, {}, NOW, random.Random(0)) == "qmiss1"
    cards["miss1"] = review(cards["miss1"], True, None, 4, NOW)
    # Then the concept most likely still recalled, not the one due longest ago.
    assert cards["lost"].due < cards["kept"].due
    assert retrievability(cards["kept"], NOW) > retrievability(cards["lost"], NOW)
    assert pick_practice(qs, cards, {}, NOW, random.Random(0)) == "qkept"


def test_due_means_before_the_end_of_the_local_day(make_q: MakeQ) -> None:
    qs = [make_q("q1", concept="a"), make_q("q2", concept="n")]
    evening_miss = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # 21:00 in Seoul
    card = review(None, False, None, 4, evening_miss)
    morning = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # 08:30 next day in Seoul
    midnight = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # 00:00 on the 26th in Seoul
    seoul = LocalDay(start=midnight, end=midnight + timedelta(days=1))
    assert card.due > morning  # the exact timestamp is not there yet...
    assert pick_practice(qs, {"a": card}, {}, morning, random.Random(0), day=seoul) == "q1"
    # ...and a card due tomorrow waits behind new material.
    tomorrow = _card_due(seoul.end + timedelta(hours=1))
    assert pick_practice(qs, {"a": tomorrow}, {}, morning, random.Random(0), day=seoul) == "q2"


def test_new_concepts_on_a_daily_budget_beside_reviews(make_q: MakeQ) -> None:
    concepts = [f"r{i}" for i in range(20)]
    qs = [make_q(f"q{c}", concept=c) for c in concepts] + [
        make_q(f"qn{i}", concept=f"n{i}") for i in range(10)
    ]
    cards = {
        c: _card_known(NOW - timedelta(days=20), 10.0 + i, NOW - timedelta(days=1))
        for i, c in enumerate(concepts)
    }
    assert all(c.due_on(LocalDay.around(NOW)) for c in cards.values())
    shown = []
    at = NOW
    for _ in range(15):
        qid = pick_practice(qs, cards, {}, at, random.Random(0), new_per_day=3)
        assert qid is not None
        concept = qid[1:]
        shown.append("new" if concept.startswith("n") else "review")
        cards[concept] = review(cards.get(concept), True, None, 4, at)
        at += timedelta(minutes=1)
    # One new concept, then two reviews, until three new ones were started today.
    assert shown[:9] == ["new", "review", "review"] * 3
    assert shown[9:] == ["review"] * 6


def test_nothing_due_new_material_beyond_the_budget(make_q: MakeQ) -> None:
    qs = [make_q("q1", concept="a"), make_q("q2", concept="n")]
    cards = {"a": _card_due(NOW + timedelta(days=3))}
    assert pick_practice(qs, cards, {}, NOW, random.Random(0), new_per_day=0) == "q2"


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
