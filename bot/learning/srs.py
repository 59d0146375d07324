"""Personal spaced repetition on FSRS: one card per (member, concept).

A card belongs to a member and a concept (`Question.concept`), not to a single
question: the bank has several questions per concept (name it, match it, a
number about it), and remembering the concept is what the member is learning.
Every answer, daily or practice, is one review of that card.

This is a daily tool, so the scheduler has no minute-scale learning or
relearning steps: every review schedules whole days (a wrong answer brings the
concept back the next day). Fuzzing is off so that a given history always gives
the same due dates (tests, and two processes agree).

`CardState` is what the store keeps: plain columns (see `CardState.to_row`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fsrs import Card, Rating, Scheduler, State

DESIRED_RETENTION = 0.9
# A multiple-choice click under this many milliseconds counts as effortless recall.
FAST_MS = 8_000
# With three choices or fewer a right answer is too often a lucky guess to be "easy".
EASY_MIN_CHOICES = 4
MAX_INTERVAL_DAYS = 365

_SCHEDULER = Scheduler(
    desired_retention=DESIRED_RETENTION,
    learning_steps=(),
    relearning_steps=(),
    maximum_interval=MAX_INTERVAL_DAYS,
    enable_fuzzing=False,
)
# fsrs wants an integer id on every Card but never reads it while scheduling; the
# card's identity is the store's key (member, concept), so a constant will do and
# keeps fsrs from deriving one from the wall clock (it sleeps 1 ms to do that).
_CARD_ID = 1

COLUMNS = ("due", "stability", "difficulty", "state", "step", "last_review", "reps", "lapses")


@dataclass(frozen=True, kw_only=True, slots=True)
class CardState:
    """One member's memory of one concept after at least one answer.

    `state` is fsrs's State value (1 learning, 2 review, 3 relearning; with no
    steps a card is in review after its first answer). `reps` counts answers,
    `lapses` the wrong answers after the first one.
    """

    due: datetime
    stability: float
    difficulty: float
    state: int
    step: int | None
    last_review: datetime
    reps: int
    lapses: int

    def is_due(self, now: datetime) -> bool:
        return self.due <= now

    def to_row(self) -> dict[str, str | float | int | None]:
        """Column name -> SQLite value (times as fixed-width UTC ISO text, the
        store's convention, so that text order is time order)."""
        return {
            "due": _ts(self.due),
            "stability": self.stability,
            "difficulty": self.difficulty,
            "state": self.state,
            "step": self.step,
            "last_review": _ts(self.last_review),
            "reps": self.reps,
            "lapses": self.lapses,
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> CardState:
        """Inverse of `to_row`; accepts an sqlite3.Row or aiosqlite row as well."""
        step = row["step"]
        return cls(
            due=_parse(str(row["due"])),
            stability=float(row["stability"]),
            difficulty=float(row["difficulty"]),
            state=int(row["state"]),
            step=None if step is None else int(step),
            last_review=_parse(str(row["last_review"])),
            reps=int(row["reps"]),
            lapses=int(row["lapses"]),
        )


def rating_for(correct: bool, elapsed_ms: int | None, n_choices: int) -> Rating:
    """Wrong -> Again; right -> Good; right and fast (with 4+ choices) -> Easy.

    Pass `elapsed_ms` only when it measures thinking time (practice: from showing
    the question to the click; daily: from the post to the click, which is long
    unless the member was watching). None means "unknown" and never gives Easy.
    """
    if not correct:
        return Rating.Again
    fast = elapsed_ms is not None and 0 <= elapsed_ms < FAST_MS
    return Rating.Easy if fast and n_choices >= EASY_MIN_CHOICES else Rating.Good


def review(
    card: CardState | None,
    correct: bool,
    elapsed_ms: int | None,
    n_choices: int,
    at: datetime,
) -> CardState:
    """The card after one answer at `at` (UTC-aware; any zone is converted).
    `card` None means the member's first answer on this concept."""
    if at.tzinfo is None:
        raise ValueError("review() needs a timezone-aware datetime")
    moment = at.astimezone(UTC)
    rating = rating_for(correct, elapsed_ms, n_choices)
    before = _to_fsrs(card) if card is not None else Card(card_id=_CARD_ID, due=moment)
    after, _log = _SCHEDULER.review_card(before, rating, moment)
    reps = card.reps if card is not None else 0
    lapses = card.lapses if card is not None else 0
    assert after.stability is not None and after.difficulty is not None
    return CardState(
        due=after.due,
        stability=float(after.stability),
        difficulty=float(after.difficulty),
        state=int(after.state),
        step=after.step,
        last_review=moment,
        reps=reps + 1,
        lapses=lapses + (1 if card is not None and rating == Rating.Again else 0),
    )


def due_concepts(cards: Mapping[str, CardState], now: datetime) -> list[str]:
    """Concepts due at `now`, most overdue first (for practice and reminders)."""
    due = [(c.due, concept) for concept, c in cards.items() if c.is_due(now)]
    return [concept for _, concept in sorted(due)]


def due_count(cards: Iterable[CardState], now: datetime) -> int:
    return sum(1 for c in cards if c.is_due(now))


def _to_fsrs(card: CardState) -> Card:
    return Card(
        card_id=_CARD_ID,
        state=State(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due.astimezone(UTC),
        last_review=card.last_review.astimezone(UTC),
    )


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _parse(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:  # written by hand or an older tool: the store is UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
