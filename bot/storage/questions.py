"""Keeping the questions table in step with the bank generated from the notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.records import QuestionInfo
from bot.storage.convert import ts
from bot.storage.sql import SqlDatabase


async def sync_questions(
    db: SqlDatabase, questions: Sequence[QuestionInfo], at: datetime, *, deck: str = ""
) -> None:
    """One deck's questions: new ones enter; known ones keep their history;
    that deck's questions the notes no longer yield leave the rotation ('gone')
    and come back if the notes do. Other decks' questions and retirements for
    other reasons (reports, issue 7) are left alone."""
    now = ts(at)
    async with db.transaction() as conn:
        await conn.execute("CREATE TEMP TABLE IF NOT EXISTS bank_ids (id TEXT PRIMARY KEY)")
        await conn.execute("DELETE FROM bank_ids")
        await conn.executemany(
            "INSERT INTO bank_ids (id) VALUES (?) ON CONFLICT DO NOTHING",
            [(q.id,) for q in questions],
        )
        await conn.executemany(
            "INSERT INTO questions (id, kind, section, topic, concept, source_hash,"
            " first_seen_at, deck) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id)"
            " DO UPDATE SET deck = excluded.deck, kind = excluded.kind,"
            " section = excluded.section, topic = excluded.topic,"
            " concept = excluded.concept, source_hash = excluded.source_hash,"
            " retired_at = CASE WHEN questions.retired_reason = 'gone' THEN NULL"
            " ELSE questions.retired_at END,"
            " retired_reason = CASE WHEN questions.retired_reason = 'gone' THEN NULL"
            " ELSE questions.retired_reason END",
            [
                (q.id, q.kind, q.section, q.topic, q.concept, q.source_hash, now, deck)
                for q in questions
            ],
        )
        await conn.execute(
            "UPDATE questions SET retired_at = ?, retired_reason = 'gone'"
            " WHERE retired_at IS NULL AND deck = ? AND id NOT IN (SELECT id FROM bank_ids)",
            (now, deck),
        )
