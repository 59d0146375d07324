"""Personal spaced repetition on FSRS: one card per (member, concept).

A card belongs to a member and a concept (`Question.concept`), not to a single
question: the bank has several questions per concept (name it, match it, a
number about it), and remembering the concept is what the member is learning.
Every answer, daily or practice, is one review of that card.

This is a daily tool, so the scheduler has no minute-scale learning or
relearning steps: every review schedules whole days. What is due is decided by
the local day (`LocalDay`), not the exact timestamp: a card falls due for
practice and reminders when its due time comes before the end of the member's
(the group's) local day, so a miss at 21:00 is asked again the next morning.
Fuzzing is off so that a given history always gives the same due dates (tests,
and two processes agree).

Grading knows about guessing (`rating_for`): with n choices a right answer is
a lucky guess 1/n of the time, and a click faster than anyone reads the
question is one; such answers count Hard, not Good.

`CardState` is what the store keeps: plain columns (see `CardState.to_row`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fsrs import Card, Rating, Scheduler, State

DESIRED_RETENTION = 0.9
# A multiple-choice click under this many milliseconds counts as effortless recall.
FAST_MS = 8_000
# Under this, nobody has read the stem and the choices: a right answer is a guess.
GUESS_MS = 2_000
# A flashcard has no choices: the member grades their own recall.
SELF_GRADED = 0
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
# FSRS-6's forgetting curve R(t, S) = (1 + FACTOR x t / S) ^ -DECAY (R = 0.9 at t = S).
_DECAY = float(_SCHEDULER.parameters[20])
_FACTOR = 0.9 ** (-1 / _DECAY) - 1
# fsrs wants an integer id on every Card but never reads it while scheduling; the
# card's identity is the store's key (member, concept), so a constant will do and
# keeps fsrs from deriving one from the wall clock (it sleeps 1 ms to do that).
_CARD_ID = 1

COLUMNS = (
    "due", "stability", "difficulty", "state", "step", "last_review", "reps", "lapses",
    "last_rating",
)  # fmt: skip


@dataclass(frozen=True, kw_only=True, slots=True)
class LocalDay:
    """The member's local day as UTC instants [start, end): what is due "today"."""

    start: datetime
    end: datetime

    @classmethod
    def around(cls, now: datetime) -> LocalDay:
        """The UTC day around `now` (tests; the core passes the group's local day)."""
        start = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return cls(start=start, end=start + timedelta(days=1))

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True, kw_only=True, slots=True)
class CardState:
    """One member's memory of one concept after at least one answer.

    `state` is fsrs's State value (1 learning, 2 review, 3 relearning; with no
    steps a card is in review after its first answer). `reps` counts answers,
    `lapses` the wrong answers after the first one. `last_rating` is the fsrs
    Rating of the latest answer (None on cards stored before it was kept).
    """

    due: datetime
    stability: float
    difficulty: float
    state: int
    step: int | None
    last_review: datetime
    reps: int
    lapses: int
    last_rating: int | None = None

    def is_due(self, now: datetime) -> bool:
        return self.due <= now

    def due_on(self, day: LocalDay) -> bool:
        """Due for practice and reminders on `day` (or overdue from before it)."""
        return self.due < day.end

    @property
    def missed_last(self) -> bool:
        return self.last_rating == int(Rating.Again)

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
            "last_rating": self.last_rating,
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> CardState:
        """Inverse of `to_row`; accepts an sqlite3.Row or aiosqlite row as well."""
        step = row["step"]
        rating = row["last_rating"] if "last_rating" in row.keys() else None
        return cls(
            due=_parse(str(row["due"])),
            stability=float(row["stability"]),
            difficulty=float(row["difficulty"]),
            state=int(row["state"]),
            step=None if step is None else int(step),
            last_review=_parse(str(row["last_review"])),
            reps=int(row["reps"]),
            lapses=int(row["lapses"]),
            last_rating=None if rating is None else int(rating),
        )


def rating_for(
    correct: bool, elapsed_ms: int | None, n_choices: int, *, after_miss: bool = False
) -> Rating:
    """The review's rating, knowing a right click may be a guess (chance 1/n):

    - wrong -> Again;
    - right on two choices (a coin flip), or right in under GUESS_MS when a guess
      is likely (three choices or fewer, or the member missed this concept last
      time) -> Hard;
    - right, with 4+ choices, in GUESS_MS..FAST_MS, not after a miss -> Easy;
    - otherwise right -> Good.

    Pass `elapsed_ms` only when it measures thinking time (practice: from showing
    the question to the click; daily: from the post to the click, which is long
    unless the member was watching). None means "unknown": never Easy, and
    never Hard for speed. `n_choices` 0 is a flashcard the member graded
    themselves: no guess to discount, so "knew it" is Good and "not yet" Again.
    """
    if not correct:
        return Rating.Again
    if n_choices == SELF_GRADED:
        return Rating.Good
    known = elapsed_ms is not None and elapsed_ms >= 0
    quick = known and elapsed_ms is not None and elapsed_ms < GUESS_MS
    if n_choices <= 2 or (quick and (after_miss or n_choices < EASY_MIN_CHOICES)):
        return Rating.Hard
    fast = known and not quick and elapsed_ms is not None and elapsed_ms < FAST_MS
    if fast and n_choices >= EASY_MIN_CHOICES and not after_miss:
        return Rating.Easy
    return Rating.Good


def review(
    card: CardState | None,
    correct: bool,
    elapsed_ms: int | None,
    n_choices: int,
    at: datetime,
    *,
    pace: float = 1.0,
) -> CardState:
    """The card after one answer at `at` (UTC-aware; any zone is converted).
    `card` None means the member's first answer on this concept.

    `pace` is the member's pace of forgetting (bot/learning/pace.py): FSRS runs
    in the member's own time, the time since the last review divided by `pace`
    and the interval FSRS chooses multiplied by it (whole days, at least one),
    so a member who forgets four times faster than FSRS's default learner
    waits a quarter as long between reviews of the same memory. 1.0 is FSRS as
    it is."""
    if at.tzinfo is None:
        raise ValueError("review() needs a timezone-aware datetime")
    moment = at.astimezone(UTC)
    after_miss = card is not None and card.missed_last
    rating = rating_for(correct, elapsed_ms, n_choices, after_miss=after_miss)
    if card is None:
        before = Card(card_id=_CARD_ID, due=moment)
    else:
        before = _to_fsrs(card)
        if pace != 1.0 and card.last_review < moment:
            before.last_review = moment - (moment - card.last_review) / pace
    after, _log = _SCHEDULER.review_card(before, rating, moment)
    if pace != 1.0:
        days = (after.due - moment) / timedelta(days=1)
        after.due = moment + timedelta(days=min(MAX_INTERVAL_DAYS, max(1, round(days * pace))))
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
        last_rating=int(rating),
    )


def retrievability(card: CardState, now: datetime) -> float:
    """fsrs's estimate that the member still recalls the concept at `now` (0-1)."""
    return float(_SCHEDULER.get_card_retrievability(_to_fsrs(card), now.astimezone(UTC)))


def forgetting_curve(elapsed_days: float, stability: float) -> float:
    """FSRS's chance of recall `elapsed_days` after a review, at `stability`."""
    return float((1 + _FACTOR * max(0.0, elapsed_days) / stability) ** -_DECAY)


def due_concepts(cards: Mapping[str, CardState], now: datetime, day: LocalDay) -> list[str]:
    """Concepts due on `day`, the most forgotten first (lowest retrievability at
    `now`), so a fresh miss is not queued behind a backlog it would wait out."""
    due = [
        (retrievability(c, now), c.due, concept)
        for concept, c in cards.items()
        if c.due_on(day)
    ]
    return [concept for _, _, concept in sorted(due)]


def due_count(cards: Iterable[CardState], day: LocalDay) -> int:
    return sum(1 for c in cards if c.due_on(day))


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
