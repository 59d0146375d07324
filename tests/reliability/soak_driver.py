"""One of several bot processes on one PostgreSQL database, for the soak
(test_reliability_soak.py, `make soak`):

    python soak_driver.py URL LOG PLATFORM_LOG T0_FILE SPEED SEED

All processes share a simulated clock: START + (wall time - T0) x SPEED, T0
read from T0_FILE once the soak wrote it (after every process said READY). Each
runs the daily cycle's catch-up (what the scheduler's safety net runs every
minute) and, under load, clicks answers on the open posts as random members;
every reply a member got is one line in LOG (`ACK post user state choice`).
The fake platform is PLATFORM_LOG: a daily post sent is a line `SENT nonce
group date`, and messages with the same nonce are one message (Discord's
enforce_nonce, which the Discord outbox uses).
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from question_doubles import FakeQuestion

from bot.core.bank import ListBank
from bot.core.ports import GroupSchedule
from bot.core.records import GroupDefaults
from bot.core.service import StudyService
from bot.core.types import AnswerClick, AnswerKind, GroupRef, Member, Platform, Reply
from bot.notes.model import SourceRef
from bot.storage import open_store

START = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)
GROUPS = 12
ZONES = ("Asia/Seoul", "America/New_York", "UTC")
MEMBERS = 15
ALREADY = "You already answered ("


def group_ref(i: int) -> GroupRef:
    return GroupRef(platform=Platform.SHELL, channel_id=f"soak-{i}", space_id="soak")


def questions() -> list[FakeQuestion]:
    return [
        FakeQuestion(
            id=f"sq{i}",
            section=f"S{i % 3}",
            topic=f"T{i}",
            concept=f"C{i}",
            prompt=f"soak question {i}?",
            choices=("A", "B", "C", "D"),
            answer=i % 4,
            source=SourceRef(file="soak.md", line=i + 1),
        )
        for i in range(40)
    ]


class Platform_:
    """Appends one line per daily post sent (O_APPEND: whole lines, any process)."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        if reply.question is not None and reply.question.answer_kind is AnswerKind.DAILY:
            ref = reply.question.answer_ref
            os.write(self._fd, f"SENT sb-q{ref} {group.channel_id} {reply.title}\n".encode())
            return f"m{ref}"
        return "m0"

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        return None

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        return None


class _Listener:
    async def schedule_changed(self, schedule: GroupSchedule) -> None:
        return None


def classify(reply: Reply, choice: int) -> tuple[str, int]:
    if reply.text.startswith(("Right!", "Not quite")):
        return "new", choice
    if reply.text.startswith(ALREADY):
        return "already", int(reply.text[len(ALREADY) :].split(".", 1)[0]) - 1
    if reply.text.startswith("This question is closed"):
        return "closed", choice
    return "other", choice


async def main(url: str, log_path: Path, platform_log: Path, t0_file: Path, speed: float,
               seed: int) -> None:  # fmt: skip
    log = log_path.open("a", encoding="utf-8", buffering=1)
    log.write("READY\n")
    while not t0_file.exists():  # noqa: ASYNC110, ASYNC240 (another process writes it)
        await asyncio.sleep(0.05)
    t0 = float(t0_file.read_text(encoding="utf-8"))  # noqa: ASYNC240

    def clock() -> datetime:
        return START + timedelta(seconds=(time.time() - t0) * speed)

    store = await open_store(url, clock=clock)
    answers = {q.id: q.answer for q in questions()}
    service = StudyService(
        store, None, ListBank(questions()), _Listener(), {Platform.SHELL: Platform_(platform_log)},
        defaults=GroupDefaults(language="en"),
    )  # fmt: skip
    rng = random.Random(seed)
    try:
        while True:
            now = clock()
            await service.tick(now)
            clicks = []
            for i in range(GROUPS):
                settings = await store.ensure_group(group_ref(i), GroupDefaults(language="en"))
                post = await store.latest_post(settings.id)
                if post is None or post.revealed_at is not None or post.closes_at <= now:
                    continue
                for _ in range(rng.randrange(4)):
                    user = f"m{rng.randrange(MEMBERS)}"
                    member = Member(user_id=user, display_name=user.upper(), locale="en")
                    # Mostly right: random choices would retire every question
                    # (a wrong choice winning) and leave the groups nothing to post.
                    right = answers[post.question_id]
                    choice = right if rng.random() < 0.7 else rng.randrange(4)
                    clicks.append((post.id, AnswerClick(
                        kind=AnswerKind.DAILY, ref=str(post.id), choice=choice,
                        group=group_ref(i), member=member, at=now)))  # fmt: skip

            async def one(post_id: int, click: AnswerClick) -> None:
                reply = await service.answer(click)
                state, choice = classify(reply, click.choice)
                said = reply.text.replace("\n", " ")[:120] if state == "other" else ""
                log.write(f"ACK {post_id} {click.member.user_id} {state} {choice} {said}\n")

            await asyncio.gather(*(one(p, c) for p, c in clicks))
            await asyncio.sleep(0.02)
    finally:
        await store.close()


if __name__ == "__main__":
    a = sys.argv[1:]
    asyncio.run(main(a[0], Path(a[1]), Path(a[2]), Path(a[3]), float(a[4]), int(a[5])))
