"""FSRS card rows: the SQL both the answer writer and the learning store use.

Cards are reviewed inside the answer's own transaction (see AnswerWriter), so an
answer costs one commit, not one for the answer and another for its card.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from bot.learning.pace import Pace
from bot.learning.srs import COLUMNS, CardState
from bot.storage.sql import Conn

CARD_COLUMNS = ", ".join(COLUMNS)
SAVE_CARD = (
    f"INSERT INTO cards (member_id, concept, {CARD_COLUMNS})"
    f" VALUES (:member_id, :concept, {', '.join(':' + c for c in COLUMNS)})"
    " ON CONFLICT (member_id, concept) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS)
)

# (the card before, the member's pace) -> (the card after, the pace after)
Review = Callable[[CardState | None, Pace], tuple[CardState, Pace]]


def card_from_row(row: sqlite3.Row) -> CardState:
    return CardState.from_row({name: row[name] for name in COLUMNS})


async def review_cards(conn: Conn, reviews: Sequence[tuple[int, str, Review]]) -> None:
    """Apply (member_id, concept, review) in order, in the caller's transaction:
    one read for all the members' cards and paces, one executemany for the
    cards, one for the paces."""
    if not reviews:
        return
    members = sorted({member_id for member_id, _, _ in reviews})
    wanted = {(member_id, concept) for member_id, concept, _ in reviews}
    cards: dict[tuple[int, str], CardState | None] = {}
    paces: dict[int, Pace] = {}
    for start in range(0, len(members), 900):
        chunk = members[start : start + 900]
        marks = ",".join("?" * len(chunk))
        rows = await conn.execute_fetchall(
            f"SELECT member_id, concept, {CARD_COLUMNS} FROM cards WHERE member_id IN ({marks})",
            chunk,
        )
        for row in rows:
            key = (int(row["member_id"]), str(row["concept"]))
            if key in wanted:
                cards[key] = card_from_row(row)
        for row in await conn.execute_fetchall(
            f"SELECT id, pace_fit FROM members WHERE id IN ({marks})", chunk
        ):
            paces[int(row["id"])] = Pace.from_text(row["pace_fit"])
    for member_id, concept, review in reviews:  # in order: a later answer sees the earlier
        card, paces[member_id] = review(
            cards.get((member_id, concept)), paces.get(member_id) or Pace.prior()
        )
        cards[(member_id, concept)] = card
    await conn.executemany(
        SAVE_CARD,
        [
            {"member_id": member_id, "concept": concept, **card.to_row()}
            for (member_id, concept), card in sorted(cards.items())  # one lock order
            if card is not None and (member_id, concept) in wanted
        ],
    )
    await conn.executemany(
        "UPDATE members SET pace_fit = ? WHERE id = ?",
        [(paces[member_id].to_text(), member_id) for member_id in members],
    )
