"""Issue 7 tables and reads on real SQLite files: cards, reminders, tallies,
the 0003 migration's fingerprint reset."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.core.records import GroupDefaults, NewAnswer, QuestionInfo
from bot.core.types import GroupRef, Platform
from bot.learning import srs
from bot.storage import SqliteStore, open_store
from bot.storage.migrate import default_migrations_dir

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ROOM = GroupRef(platform=Platform.SHELL, channel_id="room")
OTHER = GroupRef(platform=Platform.SHELL, channel_id="other")


def _info(qid: str, section: str, concept: str) -> QuestionInfo:
    return QuestionInfo(id=qid, kind="k", section=section, topic="T", concept=concept,
                        source_hash="h")  # fmt: skip


async def _insert_old_question(store: SqliteStore, q: QuestionInfo) -> None:
    """A question row as that schema knew it (the store's own SQL is today's)."""
    async with store.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO questions (id, kind, section, topic, concept, source_hash,"
            " first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (q.id, q.kind, q.section, q.topic, q.concept, q.source_hash, T0.isoformat()),
        )


def _answer(group_id: int, user: str, qid: str, choice: int, correct: bool) -> NewAnswer:
    return NewAnswer(
        group_id=group_id, platform="shell", user_id=user, display_name=user, question_id=qid,
        post_id=None, choice=choice, correct=correct, points=0, answered_at=T0,
        local_date=date(2026, 3, 2), elapsed_ms=None,
    )  # fmt: skip


async def test_cards_round_trip_and_upsert(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:
        assert await store.card("shell", "ann", "C") is None
        first = srs.review(None, False, None, 4, T0)
        await store.save_card("shell", "ann", "C", first)
        assert await store.card("shell", "ann", "C") == first
        second = srs.review(first, True, 3_000, 4, T0 + timedelta(days=1))
        await store.save_card("shell", "ann", "C", second)
        await store.save_card("shell", "ann", "D", first)
        cards = await store.member_cards("shell", "ann")
        assert cards == {"C": second, "D": first}
        assert await store.member_cards("shell", "bob") == {}
        row = await store.db.fetchone("SELECT count(*), max(reps) FROM cards")
        assert row is not None and tuple(row) == (2, 2)
    finally:
        await store.close()


async def test_reminders_tallies_and_rows(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:
        room = await store.ensure_group(ROOM, GroupDefaults())
        other = await store.ensure_group(OTHER, GroupDefaults())
        await store.sync_questions([_info("q1", "S1", "C1"), _info("q2", "S2", "C2")], T0)
        await store.record_answer(_answer(room.id, "ann", "q1", 0, True))
        await store.record_answer(_answer(room.id, "ann", "q2", 1, False))
        await store.record_answer(_answer(room.id, "bob", "q2", 1, False))
        await store.record_answer(_answer(other.id, "cat", "q1", 2, False))
        for user in ("ann", "cat", "dan"):
            await store.set_reminders("shell", user, user, True)
        await store.set_reminders("shell", "bob", "bob", False)
        assert await store.reminders_on("shell", "ann") and not await store.reminders_on(
            "shell", "bob"
        )
        assert await store.reminder_members(room.id, "shell") == ["ann"]
        assert await store.reminder_members(other.id, "shell") == ["cat"]
        assert sorted(await store.concept_tallies(room.id)) == [
            ("C1", "S1", 1, 1),
            ("C2", "S2", 2, 0),
        ]
        assert await store.concept_tallies(room.id, "shell", "bob") == [("C2", "S2", 1, 0)]
        assert await store.concept_tallies(room.id, "shell", "nobody") == []
        assert await store.question_choice_counts("q2") == {1: 2}
        assert await store.question_choice_counts("q1") == {0: 1, 2: 1}  # all groups
        rows = await store.answer_rows(room.id)
        assert sorted((r.member, r.section, r.correct) for r in rows) == [
            ("ann", "S1", True),
            ("ann", "S2", False),
            ("bob", "S2", False),
        ]
        assert len(await store.answer_rows(room.id, "bob")) == 1
    finally:
        await store.close()


async def test_migration_0003_resets_fingerprints(tmp_path: Path) -> None:
    """Rows from before 0003 hold Question.source_hash values, which would all look
    changed to retire.content_hash: the migration makes them 'unknown' instead."""
    old = tmp_path / "old-migrations"
    old.mkdir()
    for sql in sorted(default_migrations_dir().glob("000[12]_*.sql")):
        shutil.copy(sql, old / sql.name)
    path = tmp_path / "bot.db"
    store = await SqliteStore.open(path, migrations=old)
    await _insert_old_question(store, _info("q1", "S1", "C1"))
    await store.close()
    store = await SqliteStore.open(path)
    try:
        assert await store.question_fingerprints() == {"q1": ""}
    finally:
        await store.close()


async def test_migration_0030_resets_fingerprints_hashed_with_the_explanation(
    tmp_path: Path,
) -> None:
    """Fingerprints stored before 0030 hashed the explanation; content_hash no longer
    does, so they would all look changed: the migration makes them 'unknown'."""
    old = tmp_path / "old-migrations"
    old.mkdir()
    for sql in sorted(default_migrations_dir().glob("000*.sql")):
        shutil.copy(sql, old / sql.name)
    path = tmp_path / "bot.db"
    store = await SqliteStore.open(path, migrations=old)
    await _insert_old_question(store, _info("q1", "S1", "C1"))
    assert (await store.question_fingerprints())["q1"] != ""
    await store.close()
    store = await SqliteStore.open(path)
    try:
        assert await store.question_fingerprints() == {"q1": ""}
    finally:
        await store.close()
