"""Decks groups uploaded (migration 0051): the files, their versions, and which
one each group studies. Every change is one transaction, so two admins (or two
processes) confirming at once leave one active version per name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.storage.convert import ts
from bot.storage.sql import Conn, SqlDatabase


@dataclass(frozen=True, kw_only=True, slots=True)
class UploadRow:
    id: int
    name: str
    version: int


@dataclass(frozen=True, kw_only=True, slots=True)
class Restored:
    """What a rollback gave back: the group's deck before the undone confirm."""

    deck: str
    version: int | None  # the upload version now active under that name, if any
    refresh: bool  # the deck's notes changed (its previous version came back)


async def add_pending(
    db: SqlDatabase, group_id: int, name: str, filename: str, data: bytes, by: str, at: datetime
) -> int:
    """Keep an upload as the group's pending one (an earlier pending one is
    dropped); returns its version number under `name`."""

    async def job(conn: Conn) -> int:
        await conn.execute(
            "UPDATE deck_uploads SET status = 'dropped' WHERE group_id = ? AND status = 'pending'",
            (group_id,),
        )
        rows = list(
            await conn.execute_fetchall(
                "SELECT COALESCE(MAX(version), 0) FROM deck_uploads"
                " WHERE group_id = ? AND name = ?",
                (group_id, name),
            )
        )
        version = int(rows[0][0]) + 1
        await conn.execute(
            "INSERT INTO deck_uploads (group_id, name, version, filename, data, status,"
            " uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)",
            (group_id, name, version, filename, data, by, ts(at)),
        )
        return version

    return await db.write(job)


async def confirm(
    db: SqlDatabase, group_id: int, current_deck: str, at: datetime
) -> UploadRow | None:
    """The pending upload becomes active (the active version of its name is kept
    for a rollback); None when nothing is pending."""

    async def job(conn: Conn) -> UploadRow | None:
        pending = list(
            await conn.execute_fetchall(
                "SELECT id, name, version FROM deck_uploads"
                " WHERE group_id = ? AND status = 'pending' ORDER BY id DESC LIMIT 1",
                (group_id,),
            )
        )
        if not pending:
            return None
        row = UploadRow(id=int(pending[0][0]), name=pending[0][1], version=int(pending[0][2]))
        old = list(
            await conn.execute_fetchall(
                "SELECT id FROM deck_uploads WHERE group_id = ? AND name = ? AND status = 'active'",
                (group_id, row.name),
            )
        )
        replaced = int(old[0][0]) if old else None
        if replaced is not None:
            await conn.execute(
                "UPDATE deck_uploads SET status = 'kept' WHERE id = ?", (replaced,)
            )
        await conn.execute(
            "UPDATE deck_uploads SET status = 'active', confirmed_at = ?, previous_deck = ?,"
            " replaced = ? WHERE id = ?",
            (ts(at), current_deck, replaced, row.id),
        )
        return row

    return await db.write(job)


async def rollback(db: SqlDatabase, group_id: int) -> Restored | None:
    """Undo the group's last confirm: that version is set aside, the version it
    replaced (if any) is active again, and the group goes back to its deck from
    before. None when no confirm is left to undo."""

    async def job(conn: Conn) -> Restored | None:
        last = list(
            await conn.execute_fetchall(
                "SELECT id, name, previous_deck, replaced FROM deck_uploads"
                " WHERE group_id = ? AND status = 'active'"
                " ORDER BY confirmed_at DESC, id DESC LIMIT 1",
                (group_id,),
            )
        )
        if not last:
            return None
        row_id, name, previous, replaced = last[0][0], last[0][1], last[0][2], last[0][3]
        await conn.execute(
            "UPDATE deck_uploads SET status = 'rolled-back' WHERE id = ?", (row_id,)
        )
        version = None
        if replaced is not None:
            await conn.execute(
                "UPDATE deck_uploads SET status = 'active' WHERE id = ?", (replaced,)
            )
        deck = previous or ""
        if deck == name and replaced is not None:
            got = list(
                await conn.execute_fetchall(
                    "SELECT version FROM deck_uploads WHERE id = ?", (replaced,)
                )
            )
            version = int(got[0][0]) if got else None
        return Restored(deck=deck, version=version, refresh=version is not None)

    return await db.write(job)


async def active_names(db: SqlDatabase, group_id: int) -> list[str]:
    rows = await db.fetchall(
        "SELECT name FROM deck_uploads WHERE group_id = ? AND status = 'active' ORDER BY name",
        (group_id,),
    )
    return [r[0] for r in rows]


async def active_file(db: SqlDatabase, group_id: int, name: str) -> tuple[str, bytes] | None:
    row = await db.fetchone(
        "SELECT filename, data FROM deck_uploads"
        " WHERE group_id = ? AND name = ? AND status = 'active'",
        (group_id, name),
    )
    return None if row is None else (row[0], bytes(row[1]))
