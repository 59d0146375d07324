"""A name spelled by the words of a line is read the same way by every kind:
a pair's line 'socket statistics …' gives *ss* away as a list's did, and the
last gate drops any question whose clue spells its answer's short name or
whose right line spells the quoted name asked. Notes written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import assemble
from bot.quiz.question import Question

TOOLS = """# Shell tools

## Network inspection

- `ss`: socket statistics for every open connection
- `ip`: shows and changes routes, addresses and links on the host
"""


def _pairs(notes: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(notes, "tools.md")) if q.kind == "pair"]


def test_a_pair_line_spelling_its_short_name_is_no_clue_of_it() -> None:
    asked = _pairs(TOOLS)
    assert asked, "the line that spells nothing is still asked"
    for q in asked:
        # Neither asked by the line its initials spell, nor the line asked of
        # it, nor set beside its rival's line as the one a reader rules out.
        assert "socket statistics" not in q.prompt, q.prompt
        assert "'ss'" not in q.prompt and "'ip'" not in q.prompt, q.prompt


def _ask(kind: str, body: str, correct: str, wrong: tuple[str, ...]) -> Question | str:
    return assemble(kind, sources=("s",), section="Tools", topic="t", concept="c",
                    context="Tools", body=body, correct=correct, wrong=wrong,
                    explanation="e", source=SourceRef(file="f.md", line=1),
                    statements=kind == "true")


def test_the_last_gate_reads_spelled_names_for_every_kind() -> None:
    clue = "Which one does this describe?\n- prints disk free space of each mounted file system"
    assert _ask("name", clue, "df", ("du", "ls", "ps")) == "gate: initials spell the answer"
    # The other way round: a quoted short name, the right line spelling it.
    asked = "Which statement is true of 'df'?"
    assert _ask("true", asked, "reports disk free space per file system",
                ("lists the files of a folder", "shows running processes",
                 "copies files between hosts")) == "gate: initials spell the answer"
    # A clue that spells no choice leaves the question.
    assert isinstance(_ask("name", "Which one does this describe?\n"
                                   "- shows how much space each folder holds",
                           "du", ("df", "ls", "ps")), Question)
