"""DailyScheduler on the real APScheduler 3.11: jobs, real firing, safety net, DST.

The cycle here is a small recording fake with the same guard as the database
(one post per group per local date); tests/shell/ runs the real service.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from manual_clock import ManualClock

from bot.core.ports import GroupSchedule
from bot.core.types import GroupRef, Platform
from bot.schedule import DailyScheduler, daily_trigger, job_id

NY = ZoneInfo("America/New_York")
A = GroupRef(platform=Platform.SHELL, channel_id="a")
B = GroupRef(platform=Platform.SHELL, channel_id="b")


class RecordingCycle:
    def __init__(self, schedules: list[GroupSchedule]) -> None:
        self.by_group = {s.group.key: s for s in schedules}
        self.calls: list[tuple[str, datetime]] = []
        self.posts: dict[tuple[str, date], datetime] = {}
        self.catch_ups: list[datetime] = []
        self.fail_for: set[str] = set()

    async def schedules(self) -> list[GroupSchedule]:
        return list(self.by_group.values())

    async def post_daily(self, group: GroupRef, now: datetime) -> None:
        self.calls.append((group.key, now))
        if group.key in self.fail_for:
            raise RuntimeError("boom")
        zone = ZoneInfo(self.by_group[group.key].timezone)
        self.posts.setdefault((group.key, now.astimezone(zone).date()), now)

    async def catch_up(self, now: datetime) -> None:
        self.catch_ups.append(now)


async def fire_now(scheduler: DailyScheduler, key: str) -> JobExecutionEvent:
    """Make the real job due now and let the real scheduler run it."""
    done: asyncio.Future[JobExecutionEvent] = asyncio.get_running_loop().create_future()

    def listener(event: JobExecutionEvent) -> None:
        if event.job_id == key and not done.done():
            done.set_result(event)

    scheduler.aps.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    try:
        scheduler.aps.modify_job(key, next_run_time=datetime.now(UTC))
        scheduler.aps.wakeup()
        return await asyncio.wait_for(done, 5)
    finally:
        scheduler.aps.remove_listener(listener)


def sched(
    group: GroupRef, hhmm: str, tz: str = "America/New_York", paused: bool = False
) -> GroupSchedule:
    hour, minute = map(int, hhmm.split(":"))
    return GroupSchedule(group=group, post_time=time(hour, minute), timezone=tz, paused=paused)


async def test_start_builds_one_job_per_running_group_and_catches_up() -> None:
    cycle = RecordingCycle([sched(A, "09:00", "Asia/Seoul"), sched(B, "07:00", paused=True)])
    clock = ManualClock(datetime(2026, 3, 2, 1, 0, tzinfo=UTC))
    scheduler = DailyScheduler(cycle, clock=clock)
    await scheduler.start()
    try:
        assert cycle.catch_ups == [clock.now]
        job = scheduler.aps.get_job(job_id(A))
        assert job is not None and scheduler.aps.get_job(job_id(B)) is None
        assert job.coalesce is True and job.max_instances == 1 and job.misfire_grace_time > 0
        # 09:00 in Seoul is 00:00 UTC; at 01:00 UTC today's is past: tomorrow's.
        assert scheduler.next_post_time(A) == datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
    finally:
        await scheduler.close()
    assert not scheduler.aps.running


async def test_schedule_change_replaces_the_job_and_pause_removes_it() -> None:
    cycle = RecordingCycle([sched(A, "09:00")])
    scheduler = DailyScheduler(cycle, clock=ManualClock(datetime(2026, 1, 5, tzinfo=UTC)))
    await scheduler.start()
    try:
        await scheduler.schedule_changed(sched(A, "18:30", "Europe/Paris"))
        trigger = scheduler.aps.get_job(job_id(A)).trigger
        when = trigger.get_next_fire_time(None, datetime(2026, 1, 5, 12, tzinfo=UTC))
        assert when == datetime(2026, 1, 5, 18, 30, tzinfo=ZoneInfo("Europe/Paris"))
        assert len([j for j in scheduler.aps.get_jobs() if j.id.startswith("daily:")]) == 1
        await scheduler.schedule_changed(sched(A, "18:30", "Europe/Paris", paused=True))
        assert scheduler.aps.get_job(job_id(A)) is None
        await scheduler.schedule_changed(sched(A, "06:00"))
        assert scheduler.aps.get_job(job_id(A)) is not None
    finally:
        await scheduler.close()


async def test_a_real_job_run_posts_with_the_clock_time() -> None:
    cycle = RecordingCycle([sched(A, "09:00"), sched(B, "09:00")])
    clock = ManualClock(datetime(2026, 3, 3, 14, 0, tzinfo=UTC))
    scheduler = DailyScheduler(cycle, clock=clock)
    await scheduler.start()
    try:
        cycle.fail_for.add(B.key)
        event = await fire_now(scheduler, job_id(B))
        assert event.exception is None  # logged, not raised into APScheduler
        await fire_now(scheduler, job_id(A))
        assert cycle.calls == [(B.key, clock.now), (A.key, clock.now)]
        assert (A.key, date(2026, 3, 3)) in cycle.posts
        # The job stays scheduled for its next real fire time.
        assert scheduler.next_post_time(A) is not None
    finally:
        await scheduler.close()


async def test_safety_net_keeps_calling_catch_up() -> None:
    cycle = RecordingCycle([])
    scheduler = DailyScheduler(
        cycle, clock=ManualClock(datetime(2026, 3, 3, tzinfo=UTC)), safety_net_seconds=0.05
    )
    await scheduler.start()
    try:
        await asyncio.sleep(0.4)
        assert len(cycle.catch_ups) >= 3  # one at start-up, then every 50 ms
    finally:
        await scheduler.close()


async def test_unknown_zone_gets_no_job_and_no_crash(caplog: pytest.LogCaptureFixture) -> None:
    cycle = RecordingCycle([sched(A, "09:00", "Mars/Olympus"), sched(B, "09:00")])
    scheduler = DailyScheduler(cycle, clock=ManualClock(datetime(2026, 3, 3, tzinfo=UTC)))
    await scheduler.start()
    try:
        assert scheduler.aps.get_job(job_id(A)) is None
        assert scheduler.aps.get_job(job_id(B)) is not None
        assert "Mars/Olympus" in caplog.text
    finally:
        await scheduler.close()
    with pytest.raises(ValueError):
        daily_trigger(sched(A, "09:00", "Nope/Nowhere"))


async def test_fall_back_fires_twice_but_posts_once() -> None:
    cycle = RecordingCycle([sched(A, "01:30")])
    start = datetime(2026, 10, 31, 12, tzinfo=NY)
    clock = ManualClock(start)
    scheduler = DailyScheduler(cycle, clock=clock)
    await scheduler.start()
    try:
        fired = scheduler.fire_times(start, datetime(2026, 11, 2, 12, tzinfo=NY))
        local = [when.astimezone(NY) for when, _ in fired]
        # The real CronTrigger fires in both 01:30s of the repeated hour.
        assert [(t.date(), t.hour, t.minute) for t in local] == [
            (date(2026, 11, 1), 1, 30),
            (date(2026, 11, 1), 1, 30),
            (date(2026, 11, 2), 1, 30),
        ]
        assert fired[1][0] - fired[0][0] == timedelta(hours=1)
        for when, group in fired:  # run each firing through the real job
            clock.set(when)
            await fire_now(scheduler, job_id(group))
        assert len(cycle.calls) == 3
        assert sorted(d for _, d in cycle.posts) == [date(2026, 11, 1), date(2026, 11, 2)]
    finally:
        await scheduler.close()


async def test_spring_forward_nonexistent_time_fires_once_that_day() -> None:
    cycle = RecordingCycle([sched(A, "02:30")])
    start = datetime(2026, 3, 7, 12, tzinfo=NY)
    scheduler = DailyScheduler(cycle, clock=ManualClock(start))
    await scheduler.start()
    try:
        count = await scheduler.run_until(
            start, datetime(2026, 3, 9, 12, tzinfo=NY), lambda when: None
        )
        assert count == 2
        days = {d: when for (_, d), when in cycle.posts.items()}
        assert sorted(days) == [date(2026, 3, 8), date(2026, 3, 9)]
        # 02:30 does not exist on 8 March: the post goes out at 03:30 EDT instead.
        assert days[date(2026, 3, 8)] == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
        assert days[date(2026, 3, 9)] == datetime(2026, 3, 9, 6, 30, tzinfo=UTC)
    finally:
        await scheduler.close()


async def test_run_until_plays_each_group_in_time_order_then_catches_up() -> None:
    cycle = RecordingCycle([sched(A, "09:00", "Asia/Seoul"), sched(B, "09:00", "Europe/London")])
    start = datetime(2026, 6, 1, 0, 30, tzinfo=UTC)
    seen: list[datetime] = []
    scheduler = DailyScheduler(cycle, clock=ManualClock(start))
    await scheduler.rebuild()
    end = datetime(2026, 6, 2, 12, tzinfo=UTC)
    assert await scheduler.run_until(start, end, seen.append) == 3
    assert [k for k, _ in cycle.calls] == [B.key, A.key, B.key]
    assert seen[-1] == end and cycle.catch_ups == [start, end]
