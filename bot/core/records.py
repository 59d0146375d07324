"""Values the core and the store exchange through the `Repository` port.

Ids (`GroupSettings.id`, `DailyPost.id`, member ids) are the store's own
integers; the core treats them as opaque handles.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from bot.core.types import GroupRef
from bot.learning.pace import Pace
from bot.learning.srs import CardState


class StreakRule(enum.StrEnum):
    RIGHT = "right"  # a day counts when the member answered the daily question right
    ANY = "any"  # a day counts when the member answered it at all


class DailyKinds(enum.StrEnum):
    """What the daily post may be: multiple choice, the author's flashcards, or both."""

    MIX = "mix"
    MC = "mc"
    CARDS = "cards"

    def allows(self, flashcard: bool) -> bool:
        if self is DailyKinds.MC:
            return not flashcard
        if self is DailyKinds.CARDS:
            return flashcard
        return True


class Period(enum.StrEnum):
    WEEK = "week"
    MONTH = "month"
    ALL = "all"


@dataclass(frozen=True, kw_only=True, slots=True)
class GroupDefaults:
    """What a group starts with on first contact (from Settings)."""

    post_time: time = time(9, 0)
    timezone: str = "Asia/Seoul"
    language: str = "ko"
    streak_rule: StreakRule = StreakRule.ANY


@dataclass(frozen=True, kw_only=True, slots=True)
class GroupSettings:
    """A group's stored settings. `scheduled` is False until an admin sets a
    schedule: only scheduled groups get daily posts."""

    id: int
    ref: GroupRef
    post_time: time
    timezone: str
    language: str
    deck: str = ""
    window_minutes: int | None = None  # None: open until the next post
    paused: bool = False
    scheduled: bool = False
    streak_rule: StreakRule = StreakRule.ANY
    favour_weak: bool = True
    new_per_day: int = 0  # new concepts practice serves a member per day beside reviews
    daily_kinds: DailyKinds = DailyKinds.MIX
    # When the schedule was last set; slots before it are never caught up.
    scheduled_since: datetime | None = None
    recap: bool = True  # weekly and monthly recap posts
    # Set when the platform refused a daily post for good (the group was paused then).
    paused_reason: str | None = None
    # The member who last set the schedule: told by direct message of such a pause.
    scheduled_by: str | None = None
    # Distinct members whose problem reports retire a question for this group
    # without an admin (issue 12; `settings reports N`).
    report_threshold: int = 3


@dataclass(frozen=True, kw_only=True, slots=True)
class QuestionInfo:
    """What the store keeps about a question (the text lives in the bank)."""

    id: str
    kind: str
    section: str
    topic: str
    concept: str
    source_hash: str


@dataclass(frozen=True, kw_only=True, slots=True)
class DailyPost:
    id: int
    group_id: int
    local_date: date
    question_id: str
    posted_at: datetime
    closes_at: datetime
    message_ref: str | None = None
    delivered: bool = False
    revealed_at: datetime | None = None
    # The zone `local_date` is a date in (the group's zone when it was posted).
    timezone: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class NewPost:
    """A daily post to claim (`Repository.create_posts`)."""

    group_id: int
    local_date: date
    timezone: str
    question_id: str
    posted_at: datetime
    closes_at: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class NewAnswer:
    """An answer to record. `post_id` is None for practice answers."""

    group_id: int
    platform: str
    user_id: str
    display_name: str
    question_id: str
    post_id: int | None
    choice: int
    correct: bool
    points: int
    answered_at: datetime
    local_date: date
    elapsed_ms: int | None
    # The member's FSRS card for `concept` and their pace of forgetting, reviewed
    # in the answer's own transaction (only when the answer is newly recorded).
    concept: str = ""
    review: Callable[[CardState | None, Pace], tuple[CardState, Pace]] | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class AnswerOutcome:
    """`recorded` is False when the member had already answered this post;
    then `choice`/`correct` are those of the first answer."""

    recorded: bool
    choice: int
    correct: bool


@dataclass(frozen=True, kw_only=True, slots=True)
class BoardRow:
    """One member on a board. Ties on points go to fewer wrong answers, then to
    the faster average time to a right answer (`right_ms`); rows equal on all
    three share a rank. `streak` is the member's current daily streak."""

    rank: int
    user_id: str
    display_name: str
    points: int
    answered: int
    correct: int
    right_ms: int | None = None  # average ms from post to a right answer
    streak: int = 0

    @property
    def wrong(self) -> int:
        return self.answered - self.correct


@dataclass(frozen=True, kw_only=True, slots=True)
class SectionStat:
    section: str
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True, kw_only=True, slots=True)
class MemberStats:
    answered: int
    correct: int
    daily_answered: int
    practice_answered: int
    sections: tuple[SectionStat, ...] = ()

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True, kw_only=True, slots=True)
class Streak:
    current: int
    best: int
    frozen: tuple[date, ...] = ()  # missed days the weekly freeze covered in this run
    freeze_left: bool = True  # this week's freeze is still unused


@dataclass(frozen=True, kw_only=True, slots=True)
class StatisticsFlag:
    """A question answer statistics suggest is miskeyed (bot.learning.flags):
    for people to look at; it stays in rotation unless someone retires it."""

    id: str
    reason: str
    detail: str
    flagged_at: datetime
    section: str
    topic: str
    retired: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class OpenReport:
    """A question members of one group reported that nobody has decided on yet."""

    question_id: str
    members: int  # distinct reporters
    reasons: tuple[str, ...]  # theirs, oldest first
    first_at: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportedQuestion:
    """A question members reported, across groups, for the deck's maintainer."""

    id: str
    section: str
    topic: str
    reasons: tuple[str, ...]
    reports: int
    groups: int  # groups that reported it
    retired_in: int  # groups where it left the rotation
    first_at: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class FlaggedQuestion:
    """A question the deck's maintainer should look at: retired (reported, notes
    changed; never the plain 'gone'), or flagged by answer statistics
    (`retired` False; `retired_at` is then when it was flagged)."""

    id: str
    reason: str
    retired_at: datetime
    section: str
    topic: str
    choice_counts: dict[int, int]
    reports: int
    retired: bool = True  # False: flagged by answer statistics, still in rotation
    # Reported by members (issue 12): in how many groups, and how many of those
    # took it out of their own rotation. The deck keeps it until the notes change.
    groups: int = 0
    retired_in: int = 0
