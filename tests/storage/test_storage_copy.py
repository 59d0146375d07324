"""`studybot db migrate --to postgresql://...`: an SQLite database copied into
PostgreSQL, counts verified, and the copy working as a store afterwards."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.core.records import GroupDefaults, NewAnswer, Period, QuestionInfo
from bot.core.types import GroupRef, Platform
from bot.learning import srs
from bot.storage import SqlStore, open_store

T0 = datetime(2026, 3, 2, tzinfo=UTC)
on_postgres = pytest.mark.parametrize("engine", ["postgresql"])


def _answer(group_id: int, post_id: int | None, user: str, day: date, right: bool) -> NewAnswer:
    return NewAnswer(
        group_id=group_id, platform="discord", user_id=user, display_name=user.title(),
        question_id="q1", post_id=post_id, choice=0 if right else 1, correct=right,
        points=10 if right and post_id else 0, answered_at=T0, local_date=day, elapsed_ms=7,
        concept="C1", review=lambda card, pace: (srs.review(card, True, 1000, 4, T0), pace),
    )  # fmt: skip


async def _fill(path: Path) -> dict[str, object]:
    """Two groups, five days of posts, daily and practice answers, cards, a report."""
    store = await open_store(path)
    try:
        await store.sync_questions(
            [QuestionInfo(id="q1", kind="k", section="S1", topic="T", concept="C1",
                          source_hash="h")], T0)  # fmt: skip
        groups = [
            await store.ensure_group(
                GroupRef(platform=Platform.DISCORD, channel_id=f"c{i}", space_id="g"),
                GroupDefaults(),
            )
            for i in range(2)
        ]
        for g in groups:
            for d in range(5):
                day = date(2026, 3, 2) + timedelta(days=d)
                post = await store.create_post(group_id=g.id, local_date=day, timezone="UTC",
                                               question_id="q1",
                                               posted_at=T0, closes_at=T0)  # fmt: skip
                assert post is not None
                for u in range(4):
                    await store.record_answer(_answer(g.id, post.id, f"u{u}", day, u % 2 == 0))
            await store.record_answer(_answer(g.id, None, "u9", date(2026, 3, 2), True))
        await store.add_report(question_id="q1", group_id=groups[0].id, platform="discord",
                               user_id="u1", display_name="U1", reason="typo", at=T0)  # fmt: skip
        return await _views(store, groups[0].id)
    finally:
        await store.close()


async def _views(store: SqlStore, group_id: int) -> dict[str, object]:
    return {
        "board": await store.leaderboard(group_id, Period.WEEK, date(2026, 3, 4), 10),
        "stats": await store.member_stats(group_id, "discord", "u0"),
        "cards": await store.member_cards("discord", "u0"),
        "history": await store.daily_history(group_id, "discord", "u2", right_only=True),
    }


@on_postgres
def test_sqlite_copied_into_postgres_reads_the_same(tmp_path: Path, db_target: str) -> None:
    source = tmp_path / "bot.db"
    before = asyncio.run(_fill(source))
    runner = CliRunner()
    done = runner.invoke(cli, ["db", "migrate", "--database", str(source), "--to", db_target])
    assert done.exit_code == 0, done.output
    assert "every count matches" in done.output
    for table in ("groups", "members", "daily_posts", "answers", "cards", "scores"):
        assert any(
            line.startswith(table) and line.endswith("ok") for line in done.output.splitlines()
        )

    async def after() -> None:
        store = await open_store(db_target)
        try:
            assert await _views(store, 1) == before
            # New rows get new ids: the identities moved past the copied ones.
            fresh = await store.ensure_group(
                GroupRef(platform=Platform.DISCORD, channel_id="new", space_id="g"),
                GroupDefaults(),
            )
            assert fresh.id == 3
        finally:
            await store.close()

    asyncio.run(after())
    again = runner.invoke(cli, ["db", "migrate", "--database", str(source), "--to", db_target])
    assert again.exit_code != 0 and "copy into an empty one" in again.output


def test_copy_refuses_what_it_cannot_use(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["db", "migrate", "--database", str(tmp_path / "no.db"),
                                  "--to", "postgresql://x@127.0.0.1:1/x"])  # fmt: skip
    assert missing.exit_code != 0 and "no SQLite database" in missing.output
    not_pg = runner.invoke(cli, ["db", "migrate", "--to", "mysql://x"])
    assert not_pg.exit_code != 0 and "postgresql://" in not_pg.output
