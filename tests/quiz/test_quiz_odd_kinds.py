"""A choice or a clue that stands apart by the kind of thing it is written as.

'LIFO' (a principle) among 'pushItem', 'popItem', 'isEmpty' (method names); '90
days' among names; a setting literal ('nginx:1.25') as the one definition of a
list of terms written in words; and a runbook's cases ('If the disk fills: …')
offered as names. A reader picks or rules them out by their form. Every note
here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import make
from bot.quiz.question import Question
from bot.quiz.setting_values import odd_clue, odd_kind, written_kind

HERE = SourceRef(file="notes.md", line=1)


def _question(kind: str, correct: str, wrong: list[str],
              clue: str = "last in, first out") -> Question | None:
    return make(kind, sources=[correct, "clue"], section="s", topic="t", concept="c",
                context="Buffers", body=f"Which one does this describe?\n- {clue}",
                correct=correct, wrong=wrong, explanation="why", source=HERE)


def test_a_right_choice_of_another_kind_is_not_asked() -> None:
    assert _question("name", "LIFO", ["pushItem", "popItem", "isEmpty"]) is None
    assert _question("name", "peekTop", ["Ring Buffer", "Deque", "Heap"]) is None
    assert _question("match", "90 days", ["Ring Buffer", "Deque", "Heap"]) is None
    # Nor one wrong choice alone of its kind: it is ruled out by its look.
    assert _question("name", "isEmpty", ["pushItem", "LIFO", "popItem"]) is None
    # Names of one kind, whatever their style, are asked; so is a cloze's '1'
    # beside 'n' and 'log n'.
    # (A clue that does not spell LIFO out: 'last in, first out' gives it away.)
    assert _question("name", "LIFO", ["FIFO Queue", "Ring Buffer", "Deque"],
                     clue="the newest item leaves first") is not None
    assert _question("name", "pushItem", ["popItem", "isEmpty", "peekTop"]) is not None
    assert _question("cloze", "1", ["n", "logn", "nlogn"]) is not None


def test_how_a_choice_is_written() -> None:
    assert written_kind("isEmpty") == written_kind("pop()") == written_kind("app=web") == "code"
    assert written_kind("30 days") == written_kind("5 GB") == "figure"
    assert written_kind("Weighted") == written_kind("TTL") == written_kind("대기열") == "name"
    assert written_kind("EC2") == ""  # a name with a digit is read as none
    assert odd_kind("TTL", ["isFull", "enQueue"]) and not odd_kind("TTL", ["Simple", "Weighted"])


GLOSSARY = """\
# Container basics

## Terms

- Image: a read-only template that a container starts from
- Registry: a server that stores images and hands them out on request
- Tag: registry.example.internal/shop:2.3
- Volume: storage that outlives the container it is mounted in
"""


def test_a_definition_alone_of_its_kind_is_not_matched() -> None:
    assert odd_clue("registry.example.internal/shop:2.3",
                    ["a read-only template", "a server that stores images"])
    assert not odd_clue("a server that stores images", ["a read-only template", "storage"])
    bank = build_bank(parse_markdown(GLOSSARY, "containers.md"))
    assert any(q.kind == "match" for q in bank)
    for q in bank:
        assert "shop:2.3" not in q.prompt + " ".join(q.choices), q.prompt
        assert q.correct_choice != "Tag", q.prompt


RUNBOOK = """\
# Disk alerts

## Triage

- If the disk fills up: rotate the logs and widen the volume
- If the inode table is full: remove the many small cache files
- If the mount is read-only: check the kernel log for filesystem errors
- If the latency climbs: look for a noisy neighbour on the same host
"""


def test_a_condition_is_no_term() -> None:
    for q in build_bank(parse_markdown(RUNBOOK, "runbook.md")):
        assert not any(c.startswith("If ") for c in q.choices), q.prompt
