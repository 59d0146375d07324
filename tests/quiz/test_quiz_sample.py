"""`sample`: a fixed draw per seed that never asks one line of the notes twice."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank, sample
from bot.quiz.question import Question
from tests.quiz.quiz_decks import make_deck


def _question(n: int, lines: tuple[int, ...]) -> Question:
    return Question(id=f"q{n}", kind="name", section="S", topic="T", concept="c",
                    prompt=f"stem {n}", choices=("a", "b", "c"), answer=0,
                    explanation="e", source=SourceRef(file="f.md", line=lines[0]),
                    source_hash="h", facts=tuple(f"f.md:{line}" for line in lines))


def test_a_sample_never_asks_one_line_twice() -> None:
    # Ten lines, each asked by three questions (a name, its cloze, its mirror).
    bank = [_question(i, (i % 10,)) for i in range(30)]
    for seed in range(50):
        picked = sample(bank, 10, seed)
        assert len(picked) == 10
        assert len({q.facts for q in picked}) == 10
        assert sample(bank, 10, seed) == picked


def test_a_question_on_several_lines_blocks_each_of_them() -> None:
    bank = [_question(0, (1, 2)), _question(1, (2,)), _question(2, (1,)), _question(3, (3,))]
    for seed in range(30):
        picked = sample(bank, 2, seed)
        lines = [f for q in picked for f in q.facts]
        assert len(lines) == len(set(lines))


def test_lines_come_back_only_when_the_bank_runs_out_of_new_ones() -> None:
    bank = [_question(i, (1,)) for i in range(4)]
    assert len(sample(bank, 3, 7)) == 3


def test_generated_questions_name_the_lines_they_ask() -> None:
    deck = make_deck({"Storage": {
        "Glacier": ["Retrieval takes from minutes to 12 hours in the archive tier",
                    "Minimum storage duration of 90 days for archived objects"],
        "EFS": ["Network file system mounted by many instances across zones",
                "Scales automatically to petabytes with no provisioning"],
        "EBS": ["Block volume attached to one instance in a single zone",
                "Snapshots are stored incrementally for backups"],
    }})
    bank = build_bank(deck)
    assert bank
    assert all(q.facts and all(f.startswith("notes.md:") for f in q.facts) for q in bank)
