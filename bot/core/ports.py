"""The core's boundaries, as Protocols.

`StudyApi` is what adapters call; `Outbox` is what the core calls to speak
unprompted (daily posts, reveals, reminders). Adapters implement `Outbox` for
their platform; the composition root (bot/cli) wires one `Outbox` per platform.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Protocol

from bot.core.types import AnswerClick, Command, GroupRef, Member, ProblemReport, Reply


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


@dataclass(frozen=True, kw_only=True, slots=True)
class GroupSchedule:
    """When a group's daily question goes out: a local wall-clock time in an IANA zone."""

    group: GroupRef
    post_time: time
    timezone: str
    paused: bool = False


class DailyCycle(Protocol):
    """What the scheduler drives. Every method is idempotent: the database guards
    against double posts (one post per group per local date), so calling twice, or
    after a restart, or inside a repeated DST hour, never posts twice."""

    async def schedules(self) -> list[GroupSchedule]:
        """All groups with a schedule (paused ones included, flagged)."""
        ...

    async def post_daily(self, group: GroupRef, now: datetime) -> None:
        """Post the group's question for its local date at `now`, if not posted yet
        (and reveal the previous one if its window has closed)."""
        ...

    async def catch_up(self, now: datetime) -> None:
        """Start-up / safety net: post every due post whose window is still open,
        and reveal every post whose window has closed."""
        ...


class ScheduleListener(Protocol):
    """Told by the core when an admin changes a group's schedule, so that the
    scheduler can rebuild that group's job."""

    async def schedule_changed(self, schedule: GroupSchedule) -> None: ...
