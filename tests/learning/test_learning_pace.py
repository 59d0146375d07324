"""Each member's pace of forgetting (bot/learning/pace.py) and reviews at that pace."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.learning.pace import PACE_GRID, Pace
from bot.learning.srs import CardState, review

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _reviews_at_fsrs_due(right: bool, times: int) -> Pace:
    """A member answers a fresh concept each round, then again when FSRS says it is
    due (where FSRS expects 90 % recall): always right, or always wrong."""
    pace = Pace.prior()
    for n in range(times):
        at = T0 + timedelta(days=7 * n)
        card = review(None, True, 30_000, 4, at)
        pace = pace.after(None, True, 4, at)  # a first answer says nothing
        pace = pace.after(card, right, 4, card.due)
    return pace


def test_a_new_member_keeps_fsrs_as_it_is() -> None:
    assert Pace.prior().factor == 1.0


def test_misses_where_fsrs_expected_recall_make_the_pace_faster() -> None:
    fast = _reviews_at_fsrs_due(right=False, times=12)
    steady = _reviews_at_fsrs_due(right=True, times=12)
    assert fast.factor < 0.25
    assert steady.factor >= 1.0


def test_one_miss_does_not_move_the_pace_to_the_bottom() -> None:
    once = _reviews_at_fsrs_due(right=False, times=1)
    assert PACE_GRID[0] < once.factor < 1.0


def test_a_faster_pace_asks_sooner_but_never_the_same_day() -> None:
    first = review(None, True, 30_000, 4, T0)
    later = T0 + timedelta(days=2)
    usual = review(first, True, 30_000, 4, later)
    quick = review(first, True, 30_000, 4, later, pace=0.25)
    assert usual == review(first, True, 30_000, 4, later, pace=1.0)
    usual_days = (usual.due - later) / timedelta(days=1)
    quick_days = (quick.due - later) / timedelta(days=1)
    assert 1 <= quick_days < usual_days
    missed = review(first, False, 30_000, 4, later, pace=PACE_GRID[0])
    assert missed.due - later == timedelta(days=1)


def test_at_a_faster_pace_the_same_wait_counts_as_longer() -> None:
    """FSRS runs in the member's own time: two days for someone forgetting four
    times faster are eight days for FSRS, so a right answer then grows stability
    more than it would for the default learner."""
    first = review(None, True, 30_000, 4, T0)
    later = T0 + timedelta(days=2)
    usual = review(first, True, 30_000, 4, later)
    quick = review(first, True, 30_000, 4, later, pace=0.25)
    assert quick.stability > usual.stability


def test_pace_round_trips_as_text_and_bad_text_is_the_prior() -> None:
    pace = _reviews_at_fsrs_due(right=False, times=3)
    assert Pace.from_text(pace.to_text()).factor == pace.factor
    for text in (None, "", "not json", "[1, 2]", '{"a": 1}'):
        assert Pace.from_text(text) == Pace.prior()


def test_a_flashcard_self_grade_counts_without_a_guess() -> None:
    card = CardState(
        due=T0, stability=2.0, difficulty=5.0, state=2, step=None, last_review=T0,
        reps=1, lapses=0, last_rating=3,
    )  # fmt: skip
    later = T0 + timedelta(days=2)
    self_graded = Pace.prior().after(card, False, 0, later)
    chosen = Pace.prior().after(card, False, 4, later)
    # A "not yet" cannot be a wrong guess, so it says more than a wrong click.
    assert self_graded.factor <= chosen.factor
