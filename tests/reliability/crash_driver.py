"""The bot under a scripted load, to be killed with SIGKILL at random moments.

    python crash_driver.py DB LOG END_DAY SEED

Builds the app exactly as `studybot run` does (`build_app`: migrations, the seed
deck, the real store, service and APScheduler), schedules GROUPS groups in three
time zones, then plays simulated days: each day every group's open post gets a
wave of concurrent clicks (about a third of the members click twice), then the
ticks the running bot would make play the day's posts and reveals
(`App.replay`, as `/advance` does). It resumes where the database says it was, so a restarted
driver carries on the same story.

Every reply a member got is appended to LOG as one line, *after* the reply came
back: `ACK <post> <user> new|already|closed|other <choice>`. The test reads LOG
and the database file after each kill.
"""

from __future__ import annotations

import asyncio
import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.adapters.shell_clock import ShellClock
from bot.app import build_app
from bot.config import Settings
from bot.core.types import AnswerClick, AnswerKind, Command, GroupRef, Member, Platform, Reply

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
GROUPS = 12
MEMBERS = 25
ZONES = ("Asia/Seoul", "America/New_York", "UTC")
ALREADY = "You already answered ("
ADMIN = Member(user_id="admin", display_name="Admin", is_admin=True, locale="en")


def group_ref(i: int) -> GroupRef:
    return GroupRef(platform=Platform.SHELL, channel_id=f"g{i}", space_id="crash")


def members_of(i: int) -> list[Member]:
    """Overlapping member sets: a user belongs to several groups."""
    pool = GROUPS * 5
    return [
        Member(
            user_id=f"u{(i * 7 + k) % pool}", display_name=f"User {(i * 7 + k) % pool}", locale="en"
        )
        for k in range(MEMBERS)
    ]


def classify(reply: Reply, choice: int) -> tuple[str, int]:
    if reply.text.startswith(("Right!", "Not quite")):
        return "new", choice
    if reply.text.startswith(ALREADY):
        label = reply.text[len(ALREADY) :].split(".", 1)[0]
        return "already", int(label) - 1
    if reply.text.startswith("This question is closed"):
        return "closed", choice
    return "other", choice


class Outbox:
    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        return f"m-{group.channel_id}"

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        return None

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        return None


async def main(db: Path, log_path: Path, end_day: int, seed: int) -> None:
    log = log_path.open("a", encoding="utf-8", buffering=1)  # a write(2) per line

    def say(line: str) -> None:
        log.write(line + "\n")

    clock = ShellClock(START)
    app = await build_app(Settings(database=db, content_dir=ROOT / "content"), clock=clock)
    app.outboxes[Platform.SHELL] = Outbox()
    store, service, bank = app.store, app.service, app.content.bank
    try:
        row = await store.db.fetchone("SELECT MAX(posted_at) FROM daily_posts")
        if row is not None and row[0] is not None:
            done = (datetime.fromisoformat(row[0]) - START) / DAY
            clock.set(START + math.ceil(done) * DAY)
        rows = await store.db.fetchall("SELECT channel_id FROM groups WHERE scheduled = 1")
        scheduled = {r[0] for r in rows}
        for i in range(GROUPS):
            if group_ref(i).channel_id not in scheduled:
                await service.handle(
                    Command(
                        name="schedule",
                        args=f"09:00 {ZONES[i % len(ZONES)]}",
                        group=group_ref(i),
                        member=ADMIN,
                        at=clock(),
                    )
                )
        await app.start()
        say(f"READY {clock().isoformat()}")
        rng = random.Random(seed)
        end = START + end_day * DAY
        while clock() < end:
            now = clock()
            clicks: list[tuple[int, AnswerClick]] = []
            for i in range(GROUPS):
                settings = await store.ensure_group(group_ref(i), app.defaults)
                post = await store.latest_post(settings.id)
                if post is None or post.revealed_at is not None or post.closes_at <= now:
                    continue
                question = bank.get(post.question_id)
                assert question is not None
                for member in members_of(i):
                    for _ in range(2 if rng.random() < 0.35 else 1):
                        choice = rng.randrange(len(question.choices))
                        click = AnswerClick(
                            kind=AnswerKind.DAILY,
                            ref=str(post.id),
                            choice=choice,
                            group=group_ref(i),
                            member=member,
                            at=now,
                        )
                        clicks.append((post.id, click))
            rng.shuffle(clicks)

            async def one(post_id: int, click: AnswerClick) -> None:
                reply = await service.answer(click)
                state, choice = classify(reply, click.choice)
                say(f"ACK {post_id} {click.member.user_id} {state} {choice}")

            await asyncio.gather(*(one(p, c) for p, c in clicks))
            await app.replay(now, now + DAY, clock.set)
            say(f"DAY {clock().isoformat()}")
        say("DONE")
    finally:
        await app.close()
        log.close()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
