"""Small hand-built questions and recording fakes for the outermost edges
(Outbox, ScheduleListener, Lookup). The store is always a real one: an SQLite
file or a PostgreSQL schema (the `db_target` fixture, tests/conftest.py)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from question_doubles import FakeQuestion

from bot.core.bank import ListBank
from bot.core.content import Reloader
from bot.core.ports import DeliveryRefused, GroupSchedule
from bot.core.records import GroupDefaults
from bot.core.service import StudyService
from bot.core.types import (
    AnswerClick,
    AnswerKind,
    Command,
    GroupRef,
    Member,
    Platform,
    Reply,
    ReplyKind,
)
from bot.notes.model import SourceRef, Topic
from bot.storage import SqlStore, open_store


def make_questions(sections: int = 3, per_section: int = 2) -> list[FakeQuestion]:
    out = []
    for s in range(sections):
        for i in range(per_section):
            out.append(
                FakeQuestion(
                    id=f"q{s}{i}",
                    section=f"S{s}",
                    topic=f"T{s}{i}",
                    concept=f"C{s}{i}",
                    prompt=f"question {s}{i}?",
                    choices=("A", "B", "C", "D"),
                    answer=(s + i) % 4,
                    source=SourceRef(file="deck.md", line=10 * s + i + 1),
                )
            )
    return out


@dataclass
class RecordingOutbox:
    posts: list[tuple[GroupRef, Reply, str]] = field(default_factory=list)
    updates: list[tuple[GroupRef, str, Reply]] = field(default_factory=list)
    directs: list[tuple[GroupRef, str, Reply]] = field(default_factory=list)
    fail_posts: int = 0
    refuse: str | None = None  # a permanent refusal (DeliveryRefused) with this reason
    attempts: int = 0

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        self.attempts += 1
        if self.refuse is not None:
            raise DeliveryRefused(self.refuse)
        if self.fail_posts:
            self.fail_posts -= 1
            raise ConnectionError("platform down")
        ref = f"m{len(self.posts) + 1}"
        self.posts.append((group, reply, ref))
        return ref

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        self.updates.append((group, message_ref, reply))

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        self.directs.append((group, member_id, reply))

    def questions(self, channel: str | None = None) -> list[Reply]:
        return [
            r
            for g, r, _ in self.posts
            if r.kind is ReplyKind.QUESTION and (channel is None or g.channel_id == channel)
        ]


@dataclass
class RecordingListener:
    changes: list[GroupSchedule] = field(default_factory=list)

    async def schedule_changed(self, schedule: GroupSchedule) -> None:
        self.changes.append(schedule)


@dataclass(frozen=True)
class FakeHit:
    topic: Topic
    score: float
    text: str


@dataclass(frozen=True)
class FakeResult:
    query: str
    hits: tuple[FakeHit, ...]
    suggestion: str | None


class FakeLookup:
    def __init__(self) -> None:
        where = SourceRef(file="d.md", line=3)
        self.topic = Topic(title="NAT Gateway", section="VPC", source=where)

    def search(self, query: str, limit: int) -> FakeResult:
        if "nat" in query.lower():
            return FakeResult(query, (FakeHit(self.topic, 1.0, "private subnet egress"),), None)
        return FakeResult(query, (), "NAT Gateway")

    def complete(self, prefix: str, limit: int) -> list[str]:
        return [t for t in ["NAT Gateway", "NACL"] if t.lower().startswith(prefix.lower())][:limit]


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


SHELL_ROOM = GroupRef(platform=Platform.SHELL, channel_id="room")


class Harness:
    """A service on a real store; `restart()` closes and reopens both."""

    def __init__(
        self,
        target: Path | str,
        questions: Sequence[FakeQuestion] | None = None,
        reloader: Reloader | None = None,
    ) -> None:
        self.target = target
        self.charts = (
            target.parent / "charts"
            if isinstance(target, Path)
            else Path(tempfile.mkdtemp(prefix="studybot-charts-"))
        )
        self.reloader = reloader
        self.questions = list(questions if questions is not None else make_questions())
        self.outbox = RecordingOutbox()
        self.listener = RecordingListener()
        self.store: SqlStore | None = None
        self.service: StudyService | None = None

    async def start(self) -> StudyService:
        self.store = await open_store(self.target)
        self.service = StudyService(
            self.store,
            FakeLookup(),
            ListBank(self.questions),
            self.listener,
            {Platform.SHELL: self.outbox},
            defaults=GroupDefaults(),
            decks=("aws-saa-ko",),
            reloader=self.reloader,
            charts_dir=self.charts,
        )
        return self.service

    async def restart(self) -> StudyService:
        await self.close()
        return await self.start()

    async def close(self) -> None:
        if self.store is not None:
            await self.store.close()
            self.store = None

    @property
    def svc(self) -> StudyService:
        assert self.service is not None
        return self.service

    async def cmd(
        self,
        name: str,
        args: str = "",
        *,
        user: str = "admin",
        admin: bool = True,
        at: datetime,
        group: GroupRef = SHELL_ROOM,
        locale: str | None = None,
        target: GroupRef | None = None,
    ) -> Reply:
        member = Member(user_id=user, display_name=user.title(), is_admin=admin, locale=locale)
        return await self.svc.handle(
            Command(name=name, args=args, group=group, member=member, at=at, target=target)
        )

    async def click(
        self,
        ref: str,
        choice: int,
        *,
        user: str,
        at: datetime,
        kind: AnswerKind = AnswerKind.DAILY,
        group: GroupRef = SHELL_ROOM,
    ) -> Reply:
        member = Member(user_id=user, display_name=user.title())
        return await self.svc.answer(
            AnswerClick(kind=kind, ref=ref, choice=choice, group=group, member=member, at=at)
        )

    def question(self, reply: Reply) -> FakeQuestion:
        assert reply.question is not None
        return next(q for q in self.questions if q.id == reply.question.question_id)
