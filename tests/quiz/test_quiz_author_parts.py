"""The author's own question gives its answer away by an acronym word of the
answer ('MQ' of a *Relay MQ*) that the stem holds as a camel-case part of a
longer word ('BunnyMQ': Bunny|MQ) or writes on its own, or by a part of a
compound name inside a stem word, when no other choice has it. Every note here
is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away, shown_part_alone
from bot.quiz.question import Question

DRILLS = """\
# Broker Drills

## Question 1 – Moving a broker

A shop runs BunnyMQ with an open wire protocol on its own servers.
It wants to move to the cloud and change as little code as it can.
Which managed offering fits?

A. Relay MQ
B. Ticket Queue
C. Topic Hub
D. Stream Log

**Correct answer:** A

**Why A is correct:**

- Relay MQ speaks the same open protocols, so the clients keep their code.

---

## Question 2 – Fan out

One event must reach many subscribers at once. Which offering fits?

A. Relay MQ
B. Ticket Queue
C. Topic Hub
D. Stream Log

**Correct answer:** C

**Why C is correct:**

- Topic Hub pushes each event to every subscriber of its topic.
"""


def _authored(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "drills.md")) if q.kind == "author"]


def test_an_acronym_inside_a_camel_case_stem_word_gives_the_author_answer_away() -> None:
    (kept,) = _authored(DRILLS)
    assert kept.correct_choice == "Topic Hub"


def test_only_exact_camel_case_parts_count() -> None:
    others = ["Ticket Queue", "Topic Hub"]
    assert shown_part_alone("Relay MQ", "It runs BunnyMQ today", others) == {"mq"}
    assert shown_part_alone("Relay MQ", "It runs MQ brokers today", others) == {"mq"}
    assert shown_part_alone("Cloud SQL", "moved off MySQL", others) == {"sql"}
    # All capitals is one word, no parts; a lower-case run is no acronym; the
    # vendor's name points at nothing; another choice with the part neither.
    assert not shown_part_alone("Relay MQ", "It runs BUNNYMQ today", others)
    assert not shown_part_alone("Relay MQ", "It runs Bunnymq today", others)
    assert not shown_part_alone("Amazon Relay", "Runs on MyAWS", others)
    assert not shown_part_alone("Relay MQ", "It runs BunnyMQ today", ["Other MQ", "Topic Hub"])
    # The same reading for generated questions.
    assert gives_away("Relay MQ", "Replaces a BunnyMQ broker", others)
