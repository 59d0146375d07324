"""Schedule changes never skip a local day and never post twice in one.

Examples from issue 11, then a property over random sequences of schedule
changes (time, zone), pauses and resumes, restarts and DST days: exactly one
post for every local day whose slot fell while the group was active.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from core_fakes import SHELL_ROOM, Harness, utc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.clock import local_date, slot
from bot.core.tick import replay
from bot.core.types import ReplyKind


async def posts(h: Harness) -> list[tuple[datetime, str, date]]:
    """(posted_at, zone, local date) of every daily post, in order."""
    assert h.store is not None
    rows = await h.store.db.fetchall(
        "SELECT posted_at, timezone, local_date FROM daily_posts ORDER BY id"
    )
    return [
        (datetime.fromisoformat(r[0]), r[1], date.fromisoformat(r[2])) for r in rows
    ]


async def play(h: Harness, start: datetime, end: datetime) -> None:
    await replay(h.svc.tick, start, end, lambda _: None)


async def test_an_earlier_time_already_past_posts_today_at_once(harness: Harness) -> None:
    h = harness
    seoul = ZoneInfo("Asia/Seoul")
    at = datetime(2026, 3, 1, 20, 0, tzinfo=seoul)
    await h.cmd("schedule", "09:00 Asia/Seoul", at=at)
    await play(h, at, datetime(2026, 3, 2, 8, 0, tzinfo=seoul))
    assert await posts(h) == []
    # 08:00 on 2 March: move 09:00 to 07:00, a time already past today.
    reply = await h.cmd("schedule", "07:00", at=datetime(2026, 3, 2, 8, 0, tzinfo=seoul))
    assert reply.kind is ReplyKind.TEXT
    assert [(p[1], p[2]) for p in await posts(h)] == [("Asia/Seoul", date(2026, 3, 2))]
    await play(h, at.replace(day=2, hour=8), at.replace(day=3, hour=8))
    assert [p[2] for p in await posts(h)] == [date(2026, 3, 2), date(2026, 3, 3)]
    assert [p[0] for p in await posts(h)][1] == datetime(2026, 3, 3, 7, 0, tzinfo=seoul)


async def test_moving_west_after_todays_post_leaves_no_gap(harness: Harness) -> None:
    h = harness
    start, end = utc(2026, 3, 1, 12), utc(2026, 3, 5, 0)
    await h.cmd("schedule", "09:00 Asia/Seoul", at=start)
    after_post = utc(2026, 3, 3, 1)  # 10:00 in Seoul on the 3rd, an hour after its post
    await play(h, start, after_post)
    await h.cmd("schedule", "09:00 America/Los_Angeles", at=after_post)
    await play(h, after_post, end)
    assert [(p[1], p[2].isoformat()) for p in await posts(h)] == [
        ("Asia/Seoul", "2026-03-02"),
        ("Asia/Seoul", "2026-03-03"),
        ("America/Los_Angeles", "2026-03-03"),  # 03-03T17:00Z: no 41-hour gap
        ("America/Los_Angeles", "2026-03-04"),
    ]
    assert await h.svc.next_post_time(SHELL_ROOM, end) == utc(2026, 3, 5, 17)


# --- the property -------------------------------------------------------------

ZONES = ["Asia/Seoul", "America/Los_Angeles", "America/New_York", "Europe/London", "UTC"]
START = utc(2026, 3, 6, 12)  # the US moves to summer time on 8 March, the UK on 29 March


@dataclass(frozen=True)
class Step:
    gap: timedelta  # time passing (the bot ticking as it runs) before the action
    action: str  # schedule, pause, resume, restart
    post_time: time = time(9, 0)
    zone: str = "UTC"


steps = st.lists(
    st.builds(
        Step,
        gap=st.integers(min_value=0, max_value=60 * 60).map(lambda m: timedelta(minutes=m)),
        action=st.sampled_from(["schedule", "schedule", "pause", "resume", "restart"]),
        post_time=st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
        zone=st.sampled_from(ZONES),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=steps)
async def test_exactly_one_post_per_active_local_day(
    tmp_path_factory: pytest.TempPathFactory, steps: list[Step]
) -> None:
    folder: Path = tmp_path_factory.mktemp("prop")
    h = Harness(folder / "bot.db")
    await h.start()
    try:
        await run_story(h, steps)
    finally:
        await h.close()


async def run_story(h: Harness, story: list[Step]) -> None:
    now = START
    # (since, post_time, zone, active): the schedule in force from `since` on.
    timeline: list[tuple[datetime, time, str, bool]] = []
    scheduled = paused = False
    post_time, zone = time(9, 0), "UTC"
    for step in story:
        later = now + step.gap
        await play(h, now, later)
        now = later
        if step.action == "schedule":
            await h.cmd("schedule", f"{step.post_time:%H:%M} {step.zone}", at=now)
            scheduled, paused, post_time, zone = True, False, step.post_time, step.zone
        elif step.action == "pause" and scheduled:
            await h.cmd("pause", at=now)
            paused = True
        elif step.action == "resume" and scheduled:
            await h.cmd("resume", at=now)
            paused = False
        elif step.action == "restart":
            await h.restart()
            await h.svc.tick(now)  # what start-up does
        timeline.append((now, post_time, zone, scheduled and not paused))
    end = now + timedelta(days=2)
    await play(h, now, end)
    timeline.append((end, post_time, zone, False))
    made = await posts(h)
    check_no_double(made)
    check_no_gap(made, timeline)


def day_in(post: tuple[datetime, str, date], zone: str) -> date:
    posted_at, post_zone, day = post
    return day if post_zone == zone else local_date(posted_at, ZoneInfo(zone))


def check_no_double(made: list[tuple[datetime, str, date]]) -> None:
    for before, after in itertools.pairwise(made):
        zone = after[1]
        assert day_in(before, zone) < after[2], f"two posts for one local day: {before} {after}"


def check_no_gap(
    made: list[tuple[datetime, str, date]], timeline: list[tuple[datetime, time, str, bool]]
) -> None:
    """Every slot that fell inside a stretch where the group was active with one
    schedule has a post for its local day (in that zone)."""
    for (since, post_time, zone, active), (until, *_) in itertools.pairwise(timeline):
        if not active:
            continue
        tz = ZoneInfo(zone)
        on = local_date(since, tz) - timedelta(days=1)
        while (at := slot(on, post_time, tz)) < until:
            if at >= since:
                served = any(day_in(p, zone) == on for p in made)
                assert served, f"no post for {on} in {zone} (slot {at}, active {since}..{until})"
            on += timedelta(days=1)
