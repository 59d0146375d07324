from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest
from fsrs import Rating

from bot.learning.srs import (
    COLUMNS,
    CardState,
    LocalDay,
    due_concepts,
    due_count,
    rating_for,
    review,
)

T0 = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _through_sqlite(card: CardState) -> CardState:
    """Store the card in a real SQLite table and read it back, as the store will."""
    db = sqlite3.connect(":memory:")
    db.row_factory = sqlite3.Row
    db.execute(
        "CREATE TABLE cards (member_id INTEGER, concept TEXT, due TEXT, stability REAL,"
        " difficulty REAL, state INTEGER, step INTEGER, last_review TEXT,"
        " reps INTEGER, lapses INTEGER, last_rating INTEGER, PRIMARY KEY (member_id, concept))"
    )
    row = card.to_row()
    assert tuple(row) == COLUMNS
    db.execute(
        f"INSERT INTO cards (member_id, concept, {', '.join(COLUMNS)})"
        f" VALUES (1, '람다', {', '.join('?' * len(COLUMNS))})",
        tuple(row.values()),
    )
    back = db.execute("SELECT * FROM cards WHERE member_id = 1 AND concept = '람다'").fetchone()
    db.close()
    return CardState.from_row(back)


def test_ratings_from_answers() -> None:
    assert rating_for(False, 500, 4) == Rating.Again
    assert rating_for(True, None, 4) == Rating.Good
    assert rating_for(True, 30_000, 4) == Rating.Good
    assert rating_for(True, 2_000, 4) == Rating.Easy
    assert rating_for(True, 2_000, 3) == Rating.Good  # 3 choices cap at Good


def test_ratings_know_about_guessing() -> None:
    # A click faster than reading, where a guess is likely, proves little: Hard.
    assert rating_for(True, 1_500, 3) == Rating.Hard
    assert rating_for(True, 1_500, 4, after_miss=True) == Rating.Hard
    assert rating_for(True, 1_500, 4) == Rating.Good  # 1 in 4 and no recent miss
    # Two choices: a coin flip, whatever the time.
    assert rating_for(True, None, 2) == Rating.Hard
    # Right after a miss is never Easy; unknown time is never Hard for speed.
    assert rating_for(True, 4_000, 4, after_miss=True) == Rating.Good
    assert rating_for(True, None, 3, after_miss=True) == Rating.Good


def test_a_quick_right_answer_after_a_miss_spaces_less_than_a_read_one() -> None:
    missed = review(None, False, None, 3, T0)
    assert missed.missed_last
    later = T0 + timedelta(days=1)
    guessed = review(missed, True, 1_200, 3, later)
    read = review(missed, True, 6_000, 3, later)
    assert guessed.last_rating == Rating.Hard and read.last_rating == Rating.Good
    assert guessed.due < read.due
    assert not guessed.missed_last


def test_round_trip_through_sqlite_then_review() -> None:
    first = review(None, True, None, 4, T0)
    stored = _through_sqlite(first)
    assert stored == first
    assert stored.reps == 1 and stored.lapses == 0
    later = T0 + timedelta(days=3)
    good = review(stored, True, None, 4, later)
    again = review(stored, False, None, 4, later)
    easy = review(stored, True, 3_000, 4, later)
    assert again.due < good.due < easy.due
    assert again.due - later >= timedelta(days=1)  # no minute-scale relearning steps
    assert again.lapses == 1 and good.lapses == 0 and good.reps == 2
    assert _through_sqlite(good) == good


def test_first_answer_schedules_whole_days() -> None:
    again = review(None, False, None, 4, T0)
    good = review(None, True, None, 4, T0)
    easy = review(None, True, 3_000, 4, T0)
    assert again.due == T0 + timedelta(days=1)
    assert T0 + timedelta(days=1) < good.due < easy.due
    assert again.lapses == 0  # a first wrong answer is not a lapse of something learnt


def test_three_choices_cap_at_good() -> None:
    fast_three = review(None, True, 3_000, 3, T0)
    good_four = review(None, True, None, 4, T0)
    assert fast_three == good_four


def test_deterministic_and_zone_normalised() -> None:
    kst = timezone(timedelta(hours=9))
    a = review(review(None, True, None, 4, T0), True, None, 4, T0 + timedelta(days=5))
    b = review(
        review(None, True, None, 4, T0.astimezone(kst)),
        True,
        None,
        4,
        (T0 + timedelta(days=5)).astimezone(kst),
    )
    assert a == b
    assert a.due.tzinfo is not None and a.due.utcoffset() == timedelta(0)


def test_naive_datetime_refused() -> None:
    with pytest.raises(ValueError):
        review(None, True, None, 4, datetime(2026, 1, 1))


def test_due_order_and_count() -> None:
    cards = {
        "a": review(None, False, None, 4, T0),  # due T0+1d
        "b": review(None, True, None, 4, T0),  # due later
        "c": review(None, False, None, 4, T0 - timedelta(days=2)),  # most overdue
    }
    now = T0 + timedelta(days=1)
    today = LocalDay.around(now)
    # Both misses are due; "c", missed two days earlier, is the more forgotten.
    assert due_concepts(cards, now, today) == ["c", "a"]
    assert due_count(cards.values(), today) == 2
    assert due_count(cards.values(), LocalDay.around(T0 - timedelta(days=5))) == 0
    # Due later today counts as due today (the local day, not the timestamp).
    early = T0 + timedelta(hours=13)  # 01:00 UTC on the day "a" falls due at 12:00
    assert cards["a"].due > early and cards["a"].due_on(LocalDay.around(early))
