"""`/leaderboard` and `/stats` (streaks included) as a member sees them, through
StudyService.handle, at 1,000,000 stored answers and 10,000 members.

bench_store times the store's queries alone; this adds what the core does on
top (streak over the group's post days, weakest sections, rendering), on the
same seeded database (bench_store.seed_big). Target under 20 ms.

Run: `python -m bench.bench_commands`.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.bench_store import BIG_DAYS, BIG_MEMBERS, seed_big
from bot.core.bank import ListBank
from bot.core.ports import GroupSchedule
from bot.core.service import StudyService
from bot.core.types import Command, GroupRef, Member, Platform, Reply
from bot.notes.model import SourceRef
from bot.storage import SqliteStore

RUNS = 50
ROOM = GroupRef(platform=Platform.SHELL, channel_id="bench")  # seed_big's group


@dataclass(frozen=True, kw_only=True, slots=True)
class _Question:
    id: str
    section: str
    topic: str = "T"
    prompt: str = "?"
    choices: tuple[str, ...] = ("a", "b", "c", "d")
    answer: int = 0
    kind: str = "bench"
    concept: str = ""
    explanation: str = ""
    source: SourceRef = field(default_factory=lambda: SourceRef(file="bench.md", line=1))
    source_hash: str = ""

    @property
    def breadcrumb(self) -> str:
        return f"{self.section} > {self.topic}"


class _Quiet:
    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        return None

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        return None

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        return None

    async def schedule_changed(self, schedule: GroupSchedule) -> None:
        return None


def _p99(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


async def _measure(path: Path) -> dict[str, list[float]]:
    t0 = time.perf_counter()
    store = await SqliteStore.open(path)  # integrity and writability checks included
    opened = time.perf_counter() - t0
    quiet = _Quiet()
    bank = ListBank([_Question(id=f"q{d}", section=f"S{d % 7}") for d in range(BIG_DAYS)])
    service = StudyService(store, None, bank, quiet, {Platform.SHELL: quiet})
    at = datetime(2026, 1, 1, 12, tzinfo=UTC) + timedelta(days=BIG_DAYS - 1)
    out: dict[str, list[float]] = {"open": [opened]}
    try:
        for name, args in (
            ("leaderboard", "week"),
            ("leaderboard", "month"),
            ("leaderboard", "all"),
            ("stats", ""),
        ):
            times: list[float] = []
            for run in range(RUNS + 1):
                # A different member each time: no warm per-member cache helps.
                member = Member(user_id=f"user{(run * 197) % BIG_MEMBERS}", locale="en")
                command = Command(name=name, args=args, group=ROOM, member=member, at=at)
                t0 = time.perf_counter()
                reply = await service.handle(command)
                if run:  # the first run warms the page cache
                    times.append(time.perf_counter() - t0)
                if reply.kind.value == "error":
                    raise RuntimeError(f"/{name} {args} failed: {reply.text}")
            out[f"/{name} {args}".strip()] = times
        return out
    finally:
        await store.close()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="studybot-bench-") as tmp:
        path = Path(tmp) / "big.db"
        seed_big(path)
        results = asyncio.run(_measure(path))
        results["size"] = [path.stat().st_size / 1e6]
    scale = f"{BIG_MEMBERS * BIG_DAYS:,} answers, {BIG_MEMBERS:,} members"
    size = results.pop("size")[0]
    print(
        f"store open at start-up (migrations, quick_check, write probe) at {scale}"
        f" ({size:.0f} MB file): {results.pop('open')[0]:.2f} s"
    )
    for name, times in results.items():
        what = "streak, accuracy, weakest sections" if name == "/stats" else "top 10"
        print(
            f"{name} through the core ({what}) at {scale}:"
            f" median {1000 * statistics.median(times):.2f} ms,"
            f" p99 {1000 * _p99(times):.2f} ms (target < 20 ms)"
        )


if __name__ == "__main__":
    main()
