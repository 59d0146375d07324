"""Practice questions written in the notes (a `Question N` heading with its
options, an `Answer` heading naming one) are asked with the author's own
options and answer. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.cards import scan_cards
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

PRACTICE = """\
# Review 3: Message Queues

### Question 1.

> A worker crashes while handling a message from a standard queue.
> What happens to the message?
>
> 1. It is deleted at once.
> 2. It becomes visible again after the visibility timeout
> 3. It moves to a second queue at once.
> 4. It is returned to the sender.

### Answer.

- 2

### Explanation.

Messages are deleted only by the consumer.

---

### Question 2.

> How long can a standard queue keep a message at most?
>
> A. 4 days
> B. 14 days
> C. 30 days

### Answer.

- B

---

### Question 3.

> Which two settings lower the cost of polling?
>
> 1. Long polling
> 2. Short polling
> 3. Batch receive
> 4. A smaller message size

### Answer.

- 1, 3
"""


def test_practice_questions_are_cards_with_the_authors_options_and_answer() -> None:
    scan = scan_cards(PRACTICE, "review.md")
    first, second = scan.cards
    assert first.front == ("A worker crashes while handling a message from a standard queue. "
                           "What happens to the message?")
    assert first.back == "It becomes visible again after the visibility timeout"
    # One period ending some options only would set them apart: none keeps it.
    assert first.choices == ("It is deleted at once",
                             "It becomes visible again after the visibility timeout",
                             "It moves to a second queue at once", "It is returned to the sender")
    assert (second.back, second.choices) == ("14 days", ("4 days", "14 days", "30 days"))
    assert first.headings == ("Review 3: Message Queues",)
    # The author's explanation rides along; a question without one has none.
    assert (first.note, second.note) == ("Messages are deleted only by the consumer.", "")
    # "1, 3" names two options: not a single-choice question, and said so.
    assert [p.source.line for p in scan.problems] == [37]


def test_practice_questions_are_asked_as_written() -> None:
    explained = PRACTICE.replace("- B\n", "- B\n\n### Explanation.\n\nFourteen days is the "
                                 "longest retention a queue can be set to.\n")
    bank = build_bank(parse_markdown(explained, "review.md"))
    cards = [q for q in bank if q.kind == "author"]
    assert len(cards) == 2
    timeout = next(q for q in cards if "worker crashes" in q.prompt)
    assert timeout.choices[timeout.answer] == (
        "It becomes visible again after the visibility timeout")
    assert len(timeout.choices) == 4
    assert "Messages are deleted only by the consumer." in timeout.explanation
    days = next(q for q in cards if "How long" in q.prompt)
    assert sorted(days.choices) == ["14 days", "30 days", "4 days"]
    assert days.choices[days.answer] == "14 days"
    # No other card's answer is mixed in, and the two-answer question is not asked.
    assert not any("polling" in q.prompt for q in bank)
