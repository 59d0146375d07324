"""Platform-neutral values exchanged between the core and the adapters.

Adapters translate a platform payload into a `Command` or an `AnswerClick`,
hand it to the core service, and translate the `Reply` they get back into the
platform's own message format. Nothing here knows about Discord, Slack or SQLite.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Platform(enum.StrEnum):
    SHELL = "shell"
    DISCORD = "discord"
    SLACK = "slack"


@dataclass(frozen=True, kw_only=True, slots=True)
class GroupRef:
    """A study group: one channel on one platform, in one space.

    `space_id` is the guild (Discord), team (Slack) or shell space the channel
    lives in. The store finds a group by (platform, channel_id) (channel ids are
    unique per platform) and keeps the space it was created in; every admin
    command checks that space against the caller's (bot.core.spaces).
    """

    platform: Platform
    channel_id: str
    space_id: str = ""

    @property
    def key(self) -> str:
        return f"{self.platform.value}:{self.channel_id}"


@dataclass(frozen=True, kw_only=True, slots=True)
class Member:
    """Who sent a command or clicked a button.

    `is_admin` is what the platform says (Discord manage_guild, Slack workspace
    admin/owner, the shell's local user); the core also consults its own list of
    group admins.
    """

    user_id: str
    display_name: str = ""
    is_admin: bool = False
    locale: str | None = None


class CommandName(enum.StrEnum):
    LOOKUP = "lookup"
    QUIZ = "quiz"
    LEADERBOARD = "leaderboard"
    STATS = "stats"
    TOPICS = "topics"
    HELP = "help"
    REMIND = "remind"
    # admin
    SCHEDULE = "schedule"
    PAUSE = "pause"
    RESUME = "resume"
    POST_NOW = "post-now"
    REPORT = "report"
    REPORTS = "reports"  # members' problem reports: keep or retire (issue 12)
    RELOAD = "reload"
    SETTINGS = "settings"
    DECK = "deck"


ADMIN_COMMANDS = frozenset(
    {
        CommandName.SCHEDULE,
        CommandName.PAUSE,
        CommandName.RESUME,
        CommandName.POST_NOW,
        CommandName.REPORT,
        CommandName.REPORTS,
        CommandName.RELOAD,
        CommandName.SETTINGS,
        CommandName.DECK,
    }
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Command:
    """A slash command as the user typed it: name plus raw argument text.

    `name` is kept as a string so that an unknown command can still reach the
    core and get a helpful reply instead of failing in the adapter.
    """

    name: str
    args: str
    group: GroupRef
    member: Member
    at: datetime  # timezone-aware (UTC)
    # A channel the member named (the schedule's `#channel`), already resolved
    # by the adapter in the caller's own space: the adapter checked that the
    # channel lives in `group.space_id` and that the member is an admin there.
    # Free text never becomes a target; the core re-checks the space anyway.
    target: GroupRef | None = None


class AnswerKind(enum.StrEnum):
    """What a button press means and what its ref names.

    Multiple choice: DAILY (ref: the daily post id) and PRACTICE (ref: the
    question id). Flashcards take two presses: "show the answer" (CARD_SHOW_*),
    then the member's own grade (CARD_GRADE_*: choice 0 "knew it", 1 "not yet").
    """

    DAILY = "d"
    PRACTICE = "p"
    CARD_SHOW_DAILY = "s"
    CARD_SHOW_PRACTICE = "t"
    CARD_GRADE_DAILY = "g"
    CARD_GRADE_PRACTICE = "h"

    @property
    def is_daily(self) -> bool:
        return self in (AnswerKind.DAILY, AnswerKind.CARD_SHOW_DAILY, AnswerKind.CARD_GRADE_DAILY)

    @property
    def shows_card(self) -> bool:
        return self in (AnswerKind.CARD_SHOW_DAILY, AnswerKind.CARD_SHOW_PRACTICE)

    @property
    def grades_card(self) -> bool:
        return self in (AnswerKind.CARD_GRADE_DAILY, AnswerKind.CARD_GRADE_PRACTICE)


# A flashcard's self-grade buttons, in order.
CARD_KNEW = 0
CARD_NOT_YET = 1


@dataclass(frozen=True, kw_only=True, slots=True)
class AnswerClick:
    """A button press on a question. `choice` is a 0-based index into the choices."""

    kind: AnswerKind
    ref: str
    choice: int
    group: GroupRef
    member: Member
    at: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class ProblemReport:
    """A member's "report a problem" on a question."""

    question_id: str
    group: GroupRef
    member: Member
    at: datetime
    reason: str = ""


class ReplyKind(enum.StrEnum):
    TEXT = "text"
    LOOKUP = "lookup"
    QUESTION = "question"  # daily or practice question with answer buttons
    ANSWER_FEEDBACK = "answer_feedback"
    REVEAL = "reveal"
    LEADERBOARD = "leaderboard"
    STATS = "stats"
    REPORT = "report"
    HELP = "help"
    ERROR = "error"


@dataclass(frozen=True, kw_only=True, slots=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class QuestionView:
    """What adapters need to draw a question with one button per choice.

    Buttons encode (answer_kind, answer_ref, choice index); `question_id` is for
    the "report a problem" control. `closes_at` is when late answers start being
    refused (None for practice questions). `labels` name the buttons when they
    are not choice numbers (a flashcard's "Show answer", "Knew it", "Not yet").
    """

    question_id: str
    answer_kind: AnswerKind
    answer_ref: str
    breadcrumb: str
    prompt: str
    choices: tuple[str, ...]
    closes_at: datetime | None = None
    labels: tuple[str, ...] = ()

    def label(self, index: int) -> str:
        """The text of button `index`: its label, or the choice number."""
        return self.labels[index] if index < len(self.labels) else str(index + 1)


@dataclass(frozen=True, kw_only=True, slots=True)
class Action:
    """A button under a reply that runs a command as the member who presses it
    (the core checks that member's rights as for a typed command); the shell
    shows the command to type instead."""

    label: str
    command: str  # a CommandName value
    args: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Reply:
    """Everything a command, click or scheduled event says back.

    `text` is plain text with light Markdown (**bold**, `code`, bullet lines)
    that every platform can show; `fields` are label/value pairs adapters may
    render as embed fields or sections. `ephemeral` replies are shown only to
    the member who asked. `image_path` points at a PNG an adapter may attach.
    `message_ref` is the platform message a reveal should edit, when known.
    `maybe_sent_since` is set on a resent daily question: an earlier attempt,
    made at or after that moment, may have reached the platform although the
    bot never learnt it did (a timeout, a dropped connection, a crash). An
    adapter that can find that message returns its ref instead of posting again.
    """

    kind: ReplyKind
    text: str = ""
    title: str = ""
    fields: tuple[Field, ...] = ()
    question: QuestionView | None = None
    ephemeral: bool = False
    image_path: str | None = None
    times: tuple[tuple[str, datetime], ...] = field(default=())
    message_ref: str | None = None
    actions: tuple[Action, ...] = ()
    maybe_sent_since: datetime | None = None
