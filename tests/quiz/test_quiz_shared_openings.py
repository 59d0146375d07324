"""A right choice that alone lacks the naming word every wrong one opens on
('Intelligent-Tiering' beside 'S3 Standard-IA', 'S3 One Zone-IA'; 'Slow Start'
beside 'Fast Retransmit', 'Fast Recovery') is picked by its look, or named from
another list of the notes: a blind reader failed it. A Korean phrase opening
every wrong line, and a slip of the notes' own spelling, are no such word."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import make


def _asked(correct: str, wrong: list[str]) -> bool:
    question = make(
        "match", sources=["x"], section="Storage", topic="Tiers", concept="tiers",
        context="Storage > Tiers", body="Which one does this describe?\n- access unknown",
        correct=correct, wrong=wrong, explanation=f"{correct}: access unknown",
        source=SourceRef(file="tiers.md", line=1))
    return question is not None


def test_the_one_choice_without_the_shared_naming_word_is_not_asked() -> None:
    assert not _asked("Smart-Tiering", ["B9 Standard-Rare", "B9 Cold Vault", "B9 One Rack"])
    assert not _asked("Slow Climb", ["Fast Resend", "Fast Repair"])


def test_choices_that_share_their_opening_or_open_unalike_are_asked() -> None:
    assert _asked("B9 Smart-Tiering", ["B9 Standard-Rare", "B9 Cold Vault", "B9 One Rack"])
    assert _asked("Smart-Tiering", ["B9 Standard-Rare", "Cold Vault", "One Rack"])
    # The notes' slip ('B9x' for 'B9') is set right after the gate.
    assert _asked("Bx9 Smart-Tiering", ["B9 Standard-Rare", "B9 Cold Vault", "B9 One Rack"])
    assert _asked("무료이지만 데이터를 12시간 내에 받음",
                  ["데이터를 5시간 내에 받음", "데이터를 5분 이내에 받음"])
