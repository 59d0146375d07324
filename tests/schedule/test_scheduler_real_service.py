"""The scheduler driving the real StudyService on a real SQLite file: real
APScheduler jobs fired across the America/New_York DST days, a schedule change
replacing the job, and a restart that rebuilds jobs from the database."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from manual_clock import ManualClock

from bot.app import App, Content, build_app, load_content
from bot.config import Settings
from bot.core.types import Command, GroupRef, Member, Platform, Reply
from bot.schedule import DailyScheduler, job_id

ROOT = Path(__file__).resolve().parents[2]
GROUP = GroupRef(platform=Platform.SHELL, channel_id="dst", space_id="local")
ADMIN = Member(user_id="admin", display_name="admin", is_admin=True)


class Posts:
    """The Outbox at the outermost edge: remembers what would have been sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[GroupRef, Reply]] = []

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        self.sent.append((group, reply))
        return f"msg{len(self.sent)}"

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        self.sent.append((group, reply))

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        raise AssertionError("no DMs expected")

    def titles(self) -> list[str]:
        return [reply.title for _, reply in self.sent]


def local(moment: datetime, zone: str) -> tuple[int, int]:
    here = moment.astimezone(ZoneInfo(zone))
    return here.hour, here.minute


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(Settings(content_dir=ROOT / "content"))


async def boot(db: Path, content: Content, clock: ManualClock) -> tuple[App, Posts]:
    app = await build_app(Settings(database=db), clock=clock, content=content)
    posts = Posts()
    app.outboxes[Platform.SHELL] = posts
    await app.start()
    return app, posts


async def fire_now(scheduler: DailyScheduler, key: str) -> None:
    done: asyncio.Future[JobExecutionEvent] = asyncio.get_running_loop().create_future()

    def listener(event: JobExecutionEvent) -> None:
        if event.job_id == key and not done.done():
            done.set_result(event)

    scheduler.aps.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    try:
        scheduler.aps.modify_job(key, next_run_time=datetime.now(UTC))
        scheduler.aps.wakeup()
        assert (await asyncio.wait_for(done, 5)).exception is None
    finally:
        scheduler.aps.remove_listener(listener)


async def command(app: App, clock: ManualClock, name: str, args: str = "") -> Reply:
    return await app.service.handle(
        Command(name=name, args=args, group=GROUP, member=ADMIN, at=clock())
    )


async def test_fall_back_jobs_fire_twice_and_the_database_posts_once(
    tmp_path: Path, content: Content
) -> None:
    clock = ManualClock(datetime(2026, 10, 31, 16, tzinfo=UTC))
    app, posts = await boot(tmp_path / "bot.db", content, clock)
    try:
        await command(app, clock, "settings", "language en")
        await command(app, clock, "schedule", "01:30 America/New_York")
        start, end = clock(), datetime(2026, 11, 2, 12, tzinfo=UTC)
        fires = app.scheduler.fire_times(start, end)
        assert [w.isoformat() for w, _ in fires] == [
            "2026-11-01T05:30:00+00:00",  # 01:30 EDT
            "2026-11-01T06:30:00+00:00",  # 01:30 EST, the repeated hour
            "2026-11-02T06:30:00+00:00",
        ]
        before = len(posts.sent)
        for when, group in fires:
            clock.now = when
            await fire_now(app.scheduler, job_id(group))
        daily = [t for t in posts.titles()[before:] if t.startswith("Question of the day")]
        assert daily == [
            "Question of the day (2026-11-01)",
            "Question of the day (2026-11-02)",
        ]
    finally:
        await app.close()


async def test_spring_forward_posts_once_at_0330_edt(tmp_path: Path, content: Content) -> None:
    clock = ManualClock(datetime(2026, 3, 7, 17, tzinfo=UTC))
    app, posts = await boot(tmp_path / "bot.db", content, clock)
    try:
        await command(app, clock, "settings", "language en")
        await command(app, clock, "schedule", "02:30 America/New_York")
        fires = app.scheduler.fire_times(clock(), datetime(2026, 3, 9, 12, tzinfo=UTC))
        assert [w.isoformat() for w, _ in fires] == [
            "2026-03-08T07:30:00+00:00",  # 02:30 does not exist: 03:30 EDT
            "2026-03-09T06:30:00+00:00",
        ]
        before = len(posts.sent)
        for when, group in fires:
            clock.now = when
            await fire_now(app.scheduler, job_id(group))
        daily = [t for t in posts.titles()[before:] if t.startswith("Question of the day")]
        assert daily == ["Question of the day (2026-03-08)", "Question of the day (2026-03-09)"]
    finally:
        await app.close()


async def test_jobs_follow_schedule_changes_and_survive_a_restart(
    tmp_path: Path, content: Content
) -> None:
    clock = ManualClock(datetime(2026, 6, 1, 12, tzinfo=UTC))
    app, _ = await boot(tmp_path / "bot.db", content, clock)
    try:
        assert app.scheduler.next_post_time(GROUP) is None  # not scheduled yet
        await command(app, clock, "schedule", "07:15 Europe/Paris")
        first = app.scheduler.next_post_time(GROUP)
        await command(app, clock, "schedule", "20:45 Asia/Seoul")
        second = app.scheduler.next_post_time(GROUP)
        # Next real fire times (the scheduler runs on wall time), read locally.
        assert first is not None and local(first, "Europe/Paris") == (7, 15)
        assert second is not None and local(second, "Asia/Seoul") == (20, 45)
        await command(app, clock, "pause")
        assert app.scheduler.next_post_time(GROUP) is None
        await command(app, clock, "resume")
    finally:
        await app.close()
    app, _ = await boot(tmp_path / "bot.db", content, clock)  # a new process
    try:
        again = app.scheduler.next_post_time(GROUP)
        assert again is not None and local(again, "Asia/Seoul") == (20, 45)
    finally:
        await app.close()
