"""A small StudyApi stand-in that records what the adapter handed it, for the
adapter-only tests (translation, ack, errors); the behaviour tests use the real
StudyService."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.core.types import (
    AnswerClick,
    AnswerKind,
    Command,
    GroupRef,
    Member,
    ProblemReport,
    QuestionView,
    Reply,
    ReplyKind,
)

PRACTICE = QuestionView(
    question_id="q1",
    answer_kind=AnswerKind.PRACTICE,
    answer_ref="q1",
    breadcrumb="Networking > NAT",
    prompt="Which service lets private subnets reach the internet?",
    choices=("NAT gateway", "Internet gateway", "VPC endpoint"),
)


@dataclass
class RecordingApi:
    commands: list[Command] = field(default_factory=list)
    clicks: list[AnswerClick] = field(default_factory=list)
    reports: list[ProblemReport] = field(default_factory=list)
    homes: list[tuple[GroupRef, Member, datetime]] = field(default_factory=list)
    fail_with: Exception | None = None

    async def handle(self, command: Command) -> Reply:
        self.commands.append(command)
        if self.fail_with is not None:
            raise self.fail_with
        if command.name == "quiz":
            return Reply(kind=ReplyKind.QUESTION, question=PRACTICE, ephemeral=True)
        if command.name == "leaderboard":
            return Reply(kind=ReplyKind.LEADERBOARD, title="Week", text="1. **kim** 3")
        return Reply(kind=ReplyKind.HELP, text=f"help for {command.name}", ephemeral=True)

    async def answer(self, click: AnswerClick) -> Reply:
        self.clicks.append(click)
        return Reply(kind=ReplyKind.ANSWER_FEEDBACK, text=f"choice {click.choice}", ephemeral=True)

    async def report_problem(self, report: ProblemReport) -> Reply:
        self.reports.append(report)
        return Reply(kind=ReplyKind.TEXT, text="thanks", ephemeral=True)

    async def complete_topics(self, group: GroupRef, prefix: str, limit: int = 25) -> list[str]:
        return []

    async def home(self, group: GroupRef, member: Member, at: datetime) -> Reply:
        self.homes.append((group, member, at))
        return Reply(kind=ReplyKind.STATS, title="Your stats", text="streak 2")
