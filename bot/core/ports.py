"""The core's boundaries, as Protocols.

`StudyApi` is what adapters call; `Outbox` is what the core calls to speak
unprompted (daily posts, reveals, reminders). Adapters implement `Outbox` for
their platform; the composition root (bot/cli) wires one `Outbox` per platform.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from bot.core.records import (
    AnswerOutcome,
    BoardRow,
    DailyPost,
    FlaggedQuestion,
    GroupDefaults,
    GroupSettings,
    MemberStats,
    NewAnswer,
    NewPost,
    OpenReport,
    Period,
    QuestionInfo,
    StatisticsFlag,
)
from bot.core.types import (
    AnswerClick,
    Command,
    GroupRef,
    Member,
    Platform,
    ProblemReport,
    Reply,
)
from bot.notes.model import SourceRef, Topic

if TYPE_CHECKING:  # bot.learning imports QuestionLike from here
    from bot.learning.report import AnswerRow
    from bot.learning.srs import CardState


class StoreUnavailable(Exception):
    """Raised by the repository when it can save nothing more (its database file
    was deleted or replaced under the running bot): retrying will not help, so
    the core says so instead of "try again", and nothing is acknowledged.
    `str()` names the cause and the file, for the log; it is never shown in chat
    (a server path is the operator's business)."""


class DeliveryRefused(Exception):
    """Raised by `Outbox.post` when the platform refuses for good (no access to
    the channel, channel gone, app uninstalled): the same post would be refused
    again, so the core pauses the group instead of retrying. Transient failures
    (rate limits, 5xx, timeouts) raise anything else and are retried."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Outbox(Protocol):
    """Sends core-initiated messages to one platform."""

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        """Post `reply` in the group's channel; return the platform message id."""
        ...

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        """Replace a message posted earlier (used by reveals to close the buttons)."""
        ...

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        """Send a private message to one member (review reminders)."""
        ...


class StudyApi(Protocol):
    """The core service as adapters see it. None of these raise on bad input:
    problems come back as a Reply of kind ERROR with a short message."""

    async def handle(self, command: Command) -> Reply:
        """Run a slash command and return what to show."""
        ...

    async def answer(self, click: AnswerClick) -> Reply:
        """Record a button press; the reply is ephemeral feedback for the member."""
        ...

    async def report_problem(self, report: ProblemReport) -> Reply:
        """Record a "report a problem" on a question."""
        ...

    async def complete_topics(self, group: GroupRef, prefix: str, limit: int = 25) -> list[str]:
        """Topic titles for autocomplete, best match first."""
        ...

    async def home(self, group: GroupRef, member: Member, at: datetime) -> Reply:
        """A member's overview: their stats plus the group's boards (Slack App Home)."""
        ...

    async def upload_deck(
        self,
        group: GroupRef,
        member: Member,
        filename: str,
        data: bytes,
        at: datetime,
        *,
        size: int | None = None,
    ) -> Reply:
        """An admin's deck upload (the file's bytes, fetched by the adapter): the
        preview of what it holds, or why it was refused. Changes nothing.
        `size`: the size the platform declared (over the limit: refused unread)."""
        ...


@runtime_checkable
class SpaceEvents(Protocol):
    """What an adapter tells the core about a whole space (a Slack workspace)."""

    async def space_removed(self, platform: Platform, space_id: str, reason: str) -> int:
        """The platform took the bot out of the space (app uninstalled, bot token
        revoked): pause every scheduled group there with `reason`, so nothing
        retries posts that cannot go out. Returns how many were paused."""
        ...


@dataclass(frozen=True, kw_only=True, slots=True)
class GroupSchedule:
    """When a group's daily question goes out: a local wall-clock time in an IANA zone."""

    group: GroupRef
    post_time: time
    timezone: str
    paused: bool = False


class ScheduleListener(Protocol):
    """Told by the core when an admin changes a group's schedule, so that the
    scheduler can tick again soon (the schedule itself is read from the store)."""

    async def schedule_changed(self, schedule: GroupSchedule) -> None: ...


# --- What the core service needs from the rest of the bot -------------------
# Shapes match bot/quiz/question.py, bot/quiz/bank.py and bot/notes/lookup.py, so
# their values satisfy these Protocols structurally; the core never imports them.


class QuestionLike(Protocol):
    """A generated multiple-choice question (bot.quiz.question.Question)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def topic(self) -> str: ...
    @property
    def concept(self) -> str: ...
    @property
    def prompt(self) -> str: ...
    @property
    def choices(self) -> Sequence[str]: ...
    @property
    def answer(self) -> int: ...
    @property
    def explanation(self) -> str: ...
    @property
    def source(self) -> SourceRef: ...
    @property
    def source_hash(self) -> str: ...
    @property
    def back(self) -> str:
        """A flashcard's answer ("" for multiple choice)."""
        ...
    @property
    def is_flashcard(self) -> bool:
        """No choices: the member reveals `back` and grades themselves."""
        ...
    @property
    def breadcrumb(self) -> str: ...


class QuestionBank(Protocol):
    """The deck's questions, in a stable order, and lookup by id."""

    def questions(self) -> Sequence[QuestionLike]: ...

    def get(self, question_id: str) -> QuestionLike | None: ...


class LookupHitLike(Protocol):
    @property
    def topic(self) -> Topic: ...
    @property
    def score(self) -> float: ...
    @property
    def text(self) -> str: ...


class LookupResultLike(Protocol):
    @property
    def query(self) -> str: ...
    @property
    def hits(self) -> Sequence[LookupHitLike]: ...
    @property
    def suggestion(self) -> str | None: ...


class Lookup(Protocol):
    """The notes' search index (bot.notes.lookup.LookupIndex)."""

    def search(self, query: str, limit: int) -> LookupResultLike: ...

    def complete(self, prefix: str, limit: int) -> list[str]: ...


class Repository(Protocol):
    """The core's storage, named for the domain (bot.storage implements it on
    SQLite). Guards live in the database: one post per group per local date, one
    answer per member per post; methods report a lost race instead of raising."""

    async def ensure_group(self, ref: GroupRef, defaults: GroupDefaults) -> GroupSettings:
        """The group's settings, creating the group with `defaults` on first contact."""
        ...

    async def group_by_id(self, group_id: int) -> GroupSettings | None: ...

    async def adopt_space(self, group_id: int, space_id: str) -> str:
        """Give a group stored without a space `space_id` (bot.core.spaces, rule
        2); return the group's space afterwards. A set space never changes."""
        ...

    async def save_group(self, settings: GroupSettings) -> None:
        """Store every settable field of `settings` (matched by `settings.id`);
        the group's platform, channel and space are not settable."""
        ...

    async def scheduled_groups(self) -> list[GroupSettings]: ...

    async def sync_questions(
        self, questions: Sequence[QuestionInfo], at: datetime, *, deck: str = ""
    ) -> None:
        """Register one deck's questions (new ones enter, known ones keep history;
        that deck's questions missing from `questions` leave as 'gone')."""
        ...

    async def retired_questions(self) -> frozenset[str]: ...

    async def retired_for_group(self, group_id: int) -> frozenset[str]:
        """Out of this group's rotation: retired for the deck, or by the group
        itself (its admin, or enough of its members' reports; issue 12)."""
        ...

    async def groups_retired(self, group_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """What each group retired from its own rotation (not the deck's retired);
        a group that retired nothing is left out."""
        ...

    async def retire_question(self, question_id: str, reason: str, at: datetime) -> bool:
        """Take a question out of the daily rotation, keeping its history."""
        ...

    async def question_history(self, group_id: int) -> Mapping[str, date]:
        """Question id -> the last local date it was the group's daily question."""
        ...

    # --- daily posts: the claims ------------------------------------------------
    # Any number of processes may tick one store, so every piece of due work is
    # claimed by one atomic statement before anything is sent, and only the
    # winner sends it (a second engine implements the same three claims):
    # - a post: `create_post` inserts under UNIQUE (group, zone, local date);
    #   the loser gets None (SQL: INSERT ... ON CONFLICT DO NOTHING RETURNING).
    # - a reveal: `claim_reveal` sets revealed_at where it is still NULL.
    # - a resend: `claim_undelivered` moves attempt_at to `now` for posts not
    #   delivered, not revealed, window open, whose last attempt is older than
    #   `stale_before` (UPDATE ... WHERE attempt_at <= ? RETURNING); a post's
    #   first attempt is its creation. A sender that dies leaves the post to be
    #   taken again after that span; a send that succeeds marks it delivered.

    async def create_post(
        self,
        *,
        group_id: int,
        local_date: date,
        timezone: str,
        question_id: str,
        posted_at: datetime,
        closes_at: datetime,
    ) -> DailyPost | None:
        """Claim the group's post for `local_date` in `timezone`; None when it
        already exists."""
        ...

    async def create_posts(self, posts: Sequence[NewPost]) -> list[DailyPost | None]:
        """`create_post` for many groups in one transaction (the daily fan-out):
        the created post, or None where it already existed, in `posts` order."""
        ...

    async def claim_groups(self, group_ids: Sequence[int], now: datetime) -> set[int]:
        """Claim the groups for a fan-out step, so that processes sharing the
        store split the groups due instead of all picking for every one: the
        ids not claimed by another process within the last `CLAIM_SPAN`. A
        claim only divides work; `create_post(s)`' unique key still decides.
        (One process alone on the store gets every id back.)"""
        ...

    # --- the fan-out on a shared store ---------------------------------------
    # Several processes ticking one store (PostgreSQL) each read only the
    # groups they claim: the store remembers when each group is next due (as
    # the process that last looked at it computed it, bot.core.due), so a tick
    # claims due groups in batches and reads nothing else, and every process
    # wakes at the soonest time any group it can post is due.

    @property
    def shared(self) -> bool:
        """True when other processes may tick this store too: the fan-out then
        goes through `claim_due_groups` instead of reading every scheduled group."""
        ...

    async def claim_due_groups(
        self, now: datetime, platforms: Collection[Platform], after: int, limit: int
    ) -> list[GroupSettings]:
        """Claim (as `claim_groups`, for CLAIM_SPAN) and return, in id order, up
        to `limit` active scheduled groups of `platforms` with an id above
        `after` that are due at `now` by their remembered time, or have none
        (`set_groups_due` never said, or `save_group` forgot it: new settings
        may make a group due sooner; a post made outside the fan-out only ever
        makes it due later, so the remembered time stays a safe lower bound);
        never those another process claimed within the span."""
        ...

    async def set_groups_due(self, dues: Mapping[int, datetime | None]) -> None:
        """Remember when each group is next due (None: not while its settings
        stay as they are). Only for groups this process still holds: a group
        whose settings changed since it was claimed keeps none, so the next
        tick looks at it again."""
        ...

    async def next_group_due(
        self, now: datetime, platforms: Collection[Platform]
    ) -> datetime | None:
        """The soonest moment a group of `platforms` is due for this process:
        its remembered time, `now` where none is remembered, the end of another
        process's claim where that is later (a dead process's groups are taken
        when its claims run out)."""
        ...

    async def latest_posts(self, group_ids: Sequence[int]) -> dict[int, DailyPost]:
        """`latest_post` of many groups at once (groups without a post left out)."""
        ...

    async def question_histories(self, group_ids: Sequence[int]) -> dict[int, Mapping[str, date]]:
        """`question_history` of many groups at once."""
        ...

    async def group_tallies(
        self, group_ids: Sequence[int]
    ) -> dict[int, list[tuple[str, str, int, int]]]:
        """The group-wide `concept_tallies` of many groups at once."""
        ...

    async def claim_undelivered(self, now: datetime, stale_before: datetime) -> list[DailyPost]:
        """Claim, for a resend, undelivered posts whose window is open at `now`
        and whose last attempt was at or before `stale_before`."""
        ...

    async def oldest_undelivered_attempt(self, now: datetime) -> datetime | None:
        """The oldest last attempt among undelivered posts still open at `now`."""
        ...

    async def next_close(self) -> datetime | None:
        """The earliest closes_at among posts not revealed yet."""
        ...

    async def mark_delivered(self, post_id: int, message_ref: str | None) -> None: ...

    async def postpone_attempt(self, post_id: int, at: datetime) -> None:
        """Record `at` as the undelivered post's last attempt (a resend claims
        it `stale_before` later): how the core backs off after a failure."""
        ...

    async def get_post(self, post_id: int) -> DailyPost | None: ...

    async def latest_post(self, group_id: int) -> DailyPost | None:
        """The group's most recently created post."""
        ...

    async def posts_to_reveal(self, now: datetime) -> list[DailyPost]:
        """Posts not revealed yet whose window closed at or before `now`."""
        ...

    async def undelivered_posts(self, now: datetime) -> list[DailyPost]:
        """Claimed posts never handed to an Outbox whose window is still open."""
        ...

    async def claim_reveal(self, post_id: int, at: datetime) -> bool:
        """Mark the post revealed; False when another caller did it first."""
        ...

    async def reopen_refused(self, post_id: int, now: datetime) -> DailyPost | None:
        """Take back, for a resend at `now`, a post closed undelivered because
        its platform refused it, while its window is still open (revealed_at
        cleared; attempt_at and posted_at = now, so answer times count from
        when members can see it); None when it is not such a post or another
        caller took it first."""
        ...

    async def pause_refused(self, group_id: int, reason: str) -> GroupSettings | None:
        """Pause the group because its platform refused a post, with `reason`;
        the paused group when this call paused it, None when it already was
        (for a refusal): whoever gets the group tells its admin, once."""
        ...

    async def record_answer(self, answer: NewAnswer) -> AnswerOutcome: ...

    async def choice_counts(self, post_id: int) -> dict[int, int]: ...

    async def claim_reveals(self, post_ids: Sequence[int], at: datetime) -> set[int]:
        """`claim_reveal` for many posts at once: the ids this call claimed."""
        ...

    async def choice_counts_of(self, post_ids: Sequence[int]) -> dict[int, dict[int, int]]:
        """`choice_counts` of many posts at once."""
        ...

    async def leaderboard(
        self, group_id: int, period: Period, today: date, limit: int
    ) -> list[BoardRow]:
        """Daily-question points for the week/month containing `today` (a local
        date in the group's zone; weeks start on Monday), or all time."""
        ...

    async def member_stats(self, group_id: int, platform: str, user_id: str) -> MemberStats: ...

    async def daily_history(
        self, group_id: int, platform: str, user_id: str, *, right_only: bool
    ) -> tuple[list[date], set[date]]:
        """(every local date the group had a post, ascending; the dates of those
        posts the member answered (right, when `right_only`))."""
        ...

    async def streak_days(
        self, group_id: int, *, right_only: bool
    ) -> tuple[list[date], dict[str, set[date]]]:
        """(every local date the group had a post, ascending; user id -> the dates
        of those posts the member answered (right, when `right_only`)): the
        board's streaks in one read."""
        ...

    async def claim_recap(self, group_id: int, kind: str, start: date, at: datetime) -> bool:
        """Claim the group's `kind` ("week"/"month") recap of the period starting
        `start`; False when it was claimed before (then nothing is sent again)."""
        ...

    async def recaps_pending(
        self, keys: Sequence[tuple[int, str, date, date]]
    ) -> set[tuple[int, str, date, date]]:
        """Of the (group id, kind, first, last) asked, those whose group has daily
        posts in [first, last] and whose `kind` recap of the period starting
        `first` was not claimed yet (what makes a recap due)."""
        ...

    async def posts_between(self, group_id: int, first: date, last: date) -> list[DailyPost]:
        """The group's daily posts with local dates in [first, last], ascending."""
        ...

    async def practice_history(
        self, group_id: int, platform: str, user_id: str
    ) -> dict[str, datetime]:
        """Question id -> when the member last answered it as practice in this group."""
        ...

    async def add_report(
        self,
        *,
        question_id: str,
        group_id: int,
        platform: str,
        user_id: str,
        display_name: str,
        reason: str,
        at: datetime,
    ) -> bool:
        """Store a problem report; False when this member already reported it here."""
        ...

    # --- problem reports, decided per group (issue 12) ------------------------

    async def open_report_count(self, question_id: str, group_id: int) -> int:
        """Distinct members of the group whose reports on the question are open."""
        ...

    async def open_reports(self, group_id: int) -> list[OpenReport]: ...

    async def decide_reports(
        self, question_id: str, group_id: int, decision: str, at: datetime
    ) -> int:
        """Close the group's open reports on the question as "kept" or "retired"."""
        ...

    async def retire_for_group(
        self, group_id: int, question_id: str, reason: str, at: datetime
    ) -> bool:
        """Take the question out of this group's rotation only (False: already out)."""
        ...

    # --- learning (issue 7; see bot/learning/WIRING.md) ----------------------

    async def member_cards(self, platform: str, user_id: str) -> dict[str, CardState]:
        """The member's FSRS cards by concept."""
        ...

    async def set_reminders(self, platform: str, user_id: str, name: str, on: bool) -> None: ...

    async def reminders_on(self, platform: str, user_id: str) -> bool: ...

    async def reminder_members(self, group_id: int, platform: str) -> list[str]:
        """User ids of the group's members (anyone who answered there) who opted in."""
        ...

    async def concept_tallies(
        self, group_id: int, platform: str | None = None, user_id: str | None = None
    ) -> list[tuple[str, str, int, int]]:
        """(concept, section, answered, correct) rows for bot.learning.tally.fold."""
        ...

    async def question_choice_counts(self, question_id: str) -> dict[int, int]: ...

    async def question_fingerprints(self, deck: str | None = None) -> dict[str, str]:
        """Question id -> stored source_hash, retired questions included (one
        deck's when `deck` is given)."""
        ...

    async def answer_rows(self, group_id: int, user_id: str | None = None) -> list[AnswerRow]: ...

    async def flagged_questions(self) -> list[FlaggedQuestion]: ...

    # --- statistics flags (issue 18; bot/learning/flags.py) -------------------

    async def first_choice_counts(self, question_id: str) -> dict[int, int]:
        """Choice index -> distinct members whose first answer (any group) it was."""
        ...

    async def flag_question(
        self, question_id: str, reason: str, detail: str, at: datetime
    ) -> bool:
        """Flag the question for people to decide (never retires it); False when
        it was flagged already."""
        ...

    async def statistics_flags(self) -> list[StatisticsFlag]: ...
