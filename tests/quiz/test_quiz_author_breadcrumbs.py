"""An author's practice question is shown under the headings above its own: the
title the author gave the question ('Question 5 – Message Queue') is written
for it and may name the answer. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

TITLED = """\
# Storage Drills

## Question 5 – Message Queue

Orders arrive faster than billing can take them. What keeps every order?

A. Put a message queue between the shop and billing
B. Give billing a larger disk
C. Call billing twice for each order

**Correct answer:** A

**Why:** the queue holds each order until billing is free to take it.

## Object Lifecycle

Old log files must move to a cheaper class after 30 days on their own. What does it?

A. A lifecycle rule on the bucket
B. A nightly copy job written by hand
C. A larger bucket quota

**Correct answer:** A

**Explanation:** a rule moves objects by their age, with no job to run.
"""

IN_TEXT = """\
# Network Drills

## Address Translation

Which device lets hosts of a private subnet reach the internet without being reachable?

- A. An address translation gateway
- B. A second route table
- C. A larger subnet mask

Answer: A
Explanation: the gateway sends replies back in, and nothing starts from outside.

## Ports

Which port does HTTPS listen on by default?

- A. 80
- B. 443
- C. 22

Answer: B
Why: HTTPS listens on 443 unless told otherwise.

Which port does SSH use?

- A. 21
- B. 23
- C. 22

Answer: C
Why: 21 is FTP and 23 is Telnet.
"""


def _authored(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "drills.md")) if q.kind == "author"]


def test_a_question_heading_is_no_part_of_its_breadcrumb() -> None:
    asked = _authored(TITLED)
    assert len(asked) == 2
    for q in asked:
        assert q.context == "Storage Drills", q.context
        assert "Queue" not in q.context and "Lifecycle" not in q.context


def test_an_unnumbered_heading_holding_one_question_is_its_title() -> None:
    asked = {q.correct_choice: q for q in _authored(IN_TEXT)}
    assert asked["An address translation gateway"].context == "Network Drills"
    # A heading over several questions is the section they stand in.
    assert asked["443"].context == "Network Drills > Ports"
