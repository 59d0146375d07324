"""A platform's permanent refusal pauses the group with its reason; a
transient failure is resent by the tick, once per lease, delivered once."""

from __future__ import annotations

from datetime import timedelta

from core_fakes import Harness, utc

from bot.core.types import ReplyKind

SLOT = utc(2026, 11, 26, 0, 0)  # 09:00 in Seoul


async def test_a_refused_post_pauses_the_group_and_is_not_retried(harness: Harness) -> None:
    h = harness
    await h.cmd("schedule", "09:00 Asia/Seoul", at=SLOT - timedelta(hours=1))
    h.outbox.refuse = "channel gone"
    report = await h.svc.tick(SLOT)
    assert report.done["posts"] == 0 and h.outbox.posts == []
    shown = await h.cmd("schedule", at=SLOT + timedelta(minutes=5))
    assert "channel gone" in shown.text
    for hours in (1, 25, 49):  # no resends, no new posts while paused
        later = await h.svc.tick(SLOT + timedelta(hours=hours))
        assert later.done["resends"] == 0 and later.done["posts"] == 0
    assert h.outbox.attempts == 1
    reply = await h.cmd("post-now", at=SLOT + timedelta(hours=50))
    assert reply.kind is ReplyKind.ERROR and "channel gone" in reply.text
    h.outbox.refuse = None
    await h.cmd("resume", at=SLOT + timedelta(hours=50))
    assert "channel gone" not in (await h.cmd("schedule", at=SLOT + timedelta(hours=50))).text
    await h.svc.tick(SLOT + timedelta(days=3))
    assert len(h.outbox.questions()) == 1


async def test_a_transient_failure_is_resent_once_per_lease(harness: Harness) -> None:
    h = harness
    await h.cmd("schedule", "09:00 Asia/Seoul", at=SLOT - timedelta(hours=1))
    h.outbox.fail_posts = 2
    await h.svc.tick(SLOT)
    assert (await h.svc.tick(SLOT + timedelta(seconds=30))).done["resends"] == 0  # lease held
    assert (await h.svc.tick(SLOT + timedelta(minutes=1))).done["resends"] == 1  # fails again
    assert (await h.svc.tick(SLOT + timedelta(minutes=2))).done["resends"] == 1  # delivered
    assert (await h.svc.tick(SLOT + timedelta(minutes=3))).done["resends"] == 0
    assert len(h.outbox.questions()) == 1 and h.outbox.attempts == 3
