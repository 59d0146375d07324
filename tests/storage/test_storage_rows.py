"""Rows become settings and posts by position (convert.GROUP_COLUMNS and
POST_COLUMNS): every field comes back as saved, on both engines, and a stored
text no enum knows still fails as Enum's lookup does."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.core.records import DailyKinds, GroupDefaults, QuestionInfo, StreakRule
from bot.core.types import GroupRef, Platform
from bot.storage import open_store
from bot.storage.convert import GROUP_COLUMNS, POST_COLUMNS, group_from_row, post_from_row

T0 = datetime(2026, 3, 1, 0, 30, tzinfo=UTC)


async def test_every_field_comes_back_as_saved(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:
        await store.sync_questions(
            [QuestionInfo(id="q1", kind="", section="", topic="", concept="", source_hash="")],
            T0,
        )
        made = await store.ensure_group(
            GroupRef(platform=Platform.SLACK, channel_id="C1", space_id="T1"), GroupDefaults()
        )
        saved = replace(
            made, deck="mine", post_time=time(7, 45), timezone="Asia/Seoul", language="en",
            window_minutes=90, paused=True, scheduled=True, streak_rule=StreakRule.RIGHT,
            favour_weak=False, new_per_day=4, daily_kinds=DailyKinds.CARDS,
            scheduled_since=T0, recap=False, paused_reason="not_in_channel",
            scheduled_by="U9", report_threshold=5,
        )  # fmt: skip
        await store.save_group(saved)
        post = await store.create_post(
            group_id=made.id, local_date=date(2026, 3, 1), timezone="Asia/Seoul",
            question_id="q1", posted_at=T0, closes_at=T0 + timedelta(hours=2),
        )  # fmt: skip
        assert post is not None
        await store.mark_delivered(post.id, "m-1")
        assert await store.claim_reveal(post.id, T0 + timedelta(hours=3))
    finally:
        await store.close()
    store = await open_store(db_target)  # nothing held: read from the rows
    try:
        assert await store.group_by_id(made.id) == saved
        assert await store.get_post(post.id) == replace(
            post, message_ref="m-1", delivered=True, revealed_at=T0 + timedelta(hours=3)
        )
    finally:
        await store.close()


def test_unknown_stored_text_fails_as_the_enum_lookup_does() -> None:
    names = [c.strip() for c in GROUP_COLUMNS.split(",")]
    values = dict.fromkeys(names, "")
    values.update(id=1, post_time="09:00", paused=0, scheduled=1, favour_weak=1,
                  new_per_day=0, recap=1, report_threshold=3, scheduled_since=None,
                  window_minutes=None, streak_rule="any", daily_kinds="mix")  # fmt: skip
    row = tuple(values[n] for n in names)
    assert group_from_row(tuple(values[n] if n != "platform" else "shell" for n in names))
    with pytest.raises(ValueError, match="teams"):
        group_from_row(tuple(values[n] if n != "platform" else "teams" for n in names))
    with pytest.raises(ValueError):
        group_from_row(row)  # an empty platform
    assert len(POST_COLUMNS.split(",")) == 10
    assert post_from_row((1, 2, "2026-03-01", "q", T0.isoformat(), T0.isoformat(), None, 0,
                          None, "UTC")).revealed_at is None  # fmt: skip
