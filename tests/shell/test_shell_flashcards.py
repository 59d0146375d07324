"""A deck made only of Q&A notes: flashcards through a whole daily cycle in the
shell (show, self-grade, double press, reveal, practice) with FSRS reviews stored."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from shell_harness import ROOT, Transcript

from bot.app import load_content
from bot.config import Settings

QA_DECK = ROOT / "tests" / "data" / "qa_deck"
POSTED = re.compile(r"Question of the day \((\d{4}-\d\d-\d\d)\)")


def reviews(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT m.user_id, c.reps FROM cards c JOIN members m ON m.id = c.member_id"
        ).fetchall()
    return {user: reps for user, reps in rows}


async def test_a_daily_cycle_on_flashcards(tmp_path: Path) -> None:
    content = load_content(Settings(content_dir=QA_DECK))
    assert {q.kind for q in content.bank.questions()} == {"flashcard"}
    t = await Transcript.open(
        tmp_path, "2026-03-02T08:00 America/New_York", content=content, content_dir=QA_DECK
    )
    try:
        await t.say("/settings language en")
        await t.say("/schedule 09:00 America/New_York")
        out = await t.say("/advance 1h")
        assert POSTED.findall(out) == ["2026-03-02"]
        assert "A flashcard: show the answer" in out and "-> /show the answer" in out
        assert "Answer:" not in out  # the answer stays hidden in the channel

        out = await t.say("/answer 1")
        assert "That is a flashcard" in out
        out = await t.say("/show")
        assert "Answer:" in out and "-> /knew or /notyet" in out
        assert "(only you can see this)" in out
        out = await t.say("/knew")
        assert "Noted: you knew it." in out
        out = await t.say("/notyet")
        assert "Already noted: Knew it" in out  # the first grade stands

        await t.say("/as bob")
        assert "Nothing to grade yet" in await t.say("/knew")
        await t.say("/show")
        assert "Noted: not yet." in await t.say("/notyet")

        # Self-graded: streaks and stats, no board points.
        board = await t.say("/leaderboard week")
        assert "10 pts" not in board
        stats = await t.say("/stats")
        # A self-graded answer to the daily post keeps the streak (any answer counts).
        assert "Answered: 1" in stats and "Accuracy: 0%" in stats and "Streak: 1 days" in stats
        assert reviews(t.db) == {"alice": 1, "bob": 1}

        out = await t.say("/advance 1d")
        assert "1 of 2 knew it." in out and POSTED.findall(out) == ["2026-03-03"]

        # Practice works on flashcards too, and is a review of its own.
        await t.say("/as carol")
        out = await t.say("/quiz")
        assert "-> /show the answer" in out
        await t.say("/show")
        assert "Noted: you knew it." in await t.say("/knew")
        assert reviews(t.db)["carol"] == 1
        assert "board points come only from multiple-choice" in await t.say("/help")
    finally:
        await t.close()
