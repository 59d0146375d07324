"""The tick scheduler driving the real StudyService on a real SQLite file: the
real APScheduler tick job across the America/New_York DST days, schedule
changes, and a restart that reads everything back from the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from manual_clock import ManualClock
from tick_driver import run_tick_job

from bot.app import App, Content, build_app, load_content
from bot.config import Settings
from bot.core.types import Command, GroupRef, Member, Platform, Reply

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


async def command(app: App, clock: ManualClock, name: str, args: str = "") -> Reply:
    return await app.service.handle(
        Command(name=name, args=args, group=GROUP, member=ADMIN, at=clock())
    )


async def at(app: App, clock: ManualClock, when: datetime) -> list[str]:
    """Move the clock, let the real tick job run, return the daily titles it posted."""
    posts = app.outboxes[Platform.SHELL]
    assert isinstance(posts, Posts)
    before = len(posts.sent)
    clock.set(when)
    await run_tick_job(app.scheduler)
    return [t for t in posts.titles()[before:] if t.startswith("Question of the day")]


async def test_fall_back_repeated_hour_posts_once(tmp_path: Path, content: Content) -> None:
    clock = ManualClock(datetime(2026, 10, 31, 16, tzinfo=UTC))
    app, _ = await boot(tmp_path / "bot.db", content, clock)
    try:
        await command(app, clock, "settings", "language en")
        await command(app, clock, "schedule", "01:30 America/New_York")
        # 01:30 happens twice on 1 November; the slot is the first (EDT).
        planned = await app.service.next_post_time(GROUP, clock())
        assert planned == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
        assert await at(app, clock, planned - timedelta(seconds=1)) == []
        assert await at(app, clock, planned) == ["Question of the day (2026-11-01)"]
        assert await at(app, clock, datetime(2026, 11, 1, 6, 30, tzinfo=UTC)) == []  # EST 01:30
        nxt = await app.service.next_post_time(GROUP, clock())
        assert nxt == datetime(2026, 11, 2, 6, 30, tzinfo=UTC)
        assert await at(app, clock, nxt) == ["Question of the day (2026-11-02)"]
    finally:
        await app.close()


async def test_spring_forward_posts_once_at_0330_edt(tmp_path: Path, content: Content) -> None:
    clock = ManualClock(datetime(2026, 3, 7, 17, tzinfo=UTC))
    app, _ = await boot(tmp_path / "bot.db", content, clock)
    try:
        await command(app, clock, "settings", "language en")
        await command(app, clock, "schedule", "02:30 America/New_York")
        planned = await app.service.next_post_time(GROUP, clock())
        assert planned == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)  # no 02:30: 03:30 EDT
        assert await at(app, clock, planned) == ["Question of the day (2026-03-08)"]
        nxt = await app.service.next_post_time(GROUP, clock())
        assert nxt == datetime(2026, 3, 9, 6, 30, tzinfo=UTC)
        assert await at(app, clock, nxt) == ["Question of the day (2026-03-09)"]
    finally:
        await app.close()


async def test_next_post_follows_schedule_changes_and_survives_a_restart(
    tmp_path: Path, content: Content
) -> None:
    clock = ManualClock(datetime(2026, 6, 1, 12, tzinfo=UTC))
    app, _ = await boot(tmp_path / "bot.db", content, clock)
    try:
        assert await app.service.next_post_time(GROUP, clock()) is None  # not scheduled
        await command(app, clock, "schedule", "07:15 Europe/Paris")
        paris = await app.service.next_post_time(GROUP, clock())
        assert paris == datetime(2026, 6, 2, 5, 15, tzinfo=UTC)
        await command(app, clock, "schedule", "20:45 Asia/Seoul")
        seoul = await app.service.next_post_time(GROUP, clock())
        assert seoul == datetime(2026, 6, 2, 11, 45, tzinfo=UTC)
        await command(app, clock, "pause")
        assert await app.service.next_post_time(GROUP, clock()) is None
        await command(app, clock, "resume")
    finally:
        await app.close()
    app, _ = await boot(tmp_path / "bot.db", content, clock)  # a new process
    try:
        assert await app.service.next_post_time(GROUP, clock()) == seoul
        assert app.scheduler.last is not None and app.scheduler.last.next_wake == seoul
    finally:
        await app.close()
