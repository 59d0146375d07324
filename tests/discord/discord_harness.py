"""The whole bot behind the real discord.py client, for tests: the real core
service on a real SQLite file in a tmp dir, the real APScheduler-driven
tick, and a logged-in StudyClient talking to the fake REST server.

Only the outermost edges are hand-made: a few questions and a tiny lookup
(the notes parser and question generator are other modules' business).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from discord_fakes import FakeDiscord
from manual_clock import ManualClock, utc
from question_doubles import FakeQuestion

from bot.adapters.discord import DiscordAdapter
from bot.app import App, Content, build_app
from bot.config import Settings
from bot.core.bank import ListBank
from bot.core.ports import StudyApi
from bot.core.service import StudyService
from bot.core.types import Platform
from bot.notes.model import SourceRef, Topic
from bot.schedule import TickScheduler
from bot.storage import SqliteStore

# Discord's suites quote a Korean passage as the explanation.
Question = partial(
    FakeQuestion, explanation="NAT 게이트웨이는 프라이빗 서브넷의 아웃바운드 통신을 위한 것"
)


QUESTIONS = [
    Question(
        id=f"q{i}",
        section="VPC" if i % 2 else "S3",
        topic=f"topic{i}",
        concept=f"c{i}",
        prompt=f"프라이빗 서브넷에서 인터넷으로 나가는 방법은? ({i})",
        choices=("NAT 게이트웨이", "인터넷 게이트웨이", "VPC 피어링", "Direct Connect"),
        answer=0,
    )
    for i in range(6)
]


@dataclass(frozen=True)
class Hit:
    topic: Topic
    score: float
    text: str


@dataclass(frozen=True)
class Result:
    query: str
    hits: tuple[Hit, ...]
    suggestion: str | None


class TinyLookup:
    TITLES = ("NAT Gateway", "NACL", "VPC Peering", "S3 Glacier")

    def search(self, query: str, limit: int) -> Result:
        hits = tuple(
            Hit(Topic(title=t, section="VPC", source=SourceRef(file="aws.md", line=3)), 1.0, t)
            for t in self.TITLES
            if query.lower() in t.lower()
        )
        return Result(query, hits[:limit], None if hits else "NAT Gateway")

    def complete(self, prefix: str, limit: int) -> list[str]:
        return [t for t in self.TITLES if t.lower().startswith(prefix.lower())][:limit]


@dataclass
class Bot:
    """One running instance, built by the same composition root as `studybot run`."""

    app: App
    adapter: DiscordAdapter

    @property
    def client(self) -> Any:
        return self.adapter.client

    @property
    def service(self) -> StudyService:
        return self.app.service

    @property
    def scheduler(self) -> TickScheduler:
        return self.app.scheduler

    @property
    def store(self) -> SqliteStore:
        return self.app.store

    def feed(self, payload: dict[str, Any]) -> None:
        """What the gateway does with an INTERACTION_CREATE event."""
        self.client._connection.parse_interaction_create(payload)

    async def close(self) -> None:
        await self.adapter.close()
        await self.app.close()


async def start_bot(
    path: Path,
    clock: ManualClock,
    *,
    wrap: Any = None,
    defer_after: float = 2.0,
    questions: Sequence[FakeQuestion] = tuple(QUESTIONS),
    shards: Any = None,
) -> Bot:
    """Open the store, build the service, log the client in against the fake.

    `wrap(service) -> StudyApi` puts something between the adapter and the core
    (a slow or failing edge) without changing the core itself.
    """
    settings = Settings(_env_file=None, database=path, default_language="en")  # type: ignore[call-arg]
    content = Content(bank=ListBank(questions), lookup=TinyLookup(), decks=("aws-saa-ko",))
    app = await build_app(settings, clock=clock, content=content)
    api: StudyApi = wrap(app.service) if wrap is not None else app.service
    adapter = DiscordAdapter("x", api, clock=clock, defer_after=defer_after, shards=shards)
    app.outboxes[Platform.DISCORD] = adapter.outbox
    await adapter.client.login("x")
    return Bot(app=app, adapter=adapter)


__all__ = ["QUESTIONS", "Bot", "FakeDiscord", "Question", "start_bot", "utc"]
