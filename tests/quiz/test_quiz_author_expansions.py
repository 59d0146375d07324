"""The author's own question gives its answer away when the stem says a word
of what the answer's acronym stands for and no other choice says it: a stem
about Kubernetes over *Amazon EKS* (Elastic Kubernetes Service). The notes need
not spell the acronym out: a shipped list of well-known AWS acronyms is read for
every deck. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question
from bot.quiz.terms import expansions

DRILLS = """\
# Container Drills

## Question 1 – Moving a cluster

A firm runs Kubernetes in its own racks and wants to move to the cloud
keeping its manifests and tools. Which offering fits?

A. Amazon EKS
B. AWS App Runner
C. AWS Batch
D. AWS Lambda

**Correct answer:** A

**Why A is correct:**

- It runs the same cluster API, so manifests and tools stay as they are.

---

## Question 2 – Short jobs

A firm runs small functions for a few seconds on each upload. Which offering fits?

A. Amazon EKS
B. AWS App Runner
C. AWS Batch
D. AWS Lambda

**Correct answer:** D

**Why D is correct:**

- Functions run on each upload and are billed by the millisecond.
"""


def _authored(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "drills.md")) if q.kind == "author"]


def test_a_stem_saying_what_the_answer_acronym_stands_for_drops_the_author_question() -> None:
    (kept,) = _authored(DRILLS)
    assert kept.correct_choice == "AWS Lambda"


def test_well_known_aws_acronyms_are_spelled_out_for_every_deck() -> None:
    assert "Elastic Kubernetes Service" in expansions()["eks"]
    assert "Simple Queue Service" in expansions()["sqs"]


def test_another_choice_saying_the_word_points_at_none() -> None:
    text = DRILLS.replace("C. AWS Batch", "C. EKS Anywhere")
    asked = [q.correct_choice for q in _authored(text)]
    assert "Amazon EKS" in asked
