"""What the reading finds in the notes' own structure: headings that list their
contents, numbered items that are one list of things of a kind."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import heading_subject

QUEUES = """# Notes

### Messaging : Quiver, Sparrow, Tundra
1. Quiver
- Holds each message until a consumer polls for it
- Retries a message a set number of times before parking it
2. Sparrow
- Pushes each message to every subscriber at once
- Fans a topic out to mail, phone and web endpoints
3. Tundra
- Collects clickstreams as ordered shards in real time
- Replays the last day of records on request
4. Ledger
- Brokers messages for programs written against older protocols
- Runs as an active and a standby broker
"""


def test_a_heading_listing_its_contents_is_shown_by_its_subject() -> None:
    assert heading_subject("Messaging : Quiver, Sparrow, Tundra") == "Messaging"
    assert heading_subject("고가용성 및 스케일링 : ELB 및 ASG") == "고가용성 및 스케일링"
    # A colon that says something else keeps the whole heading.
    assert heading_subject("IAM Policies: 권한 부여") == "IAM Policies: 권한 부여"
    assert heading_subject("Lesson: how queues keep order") == "Lesson: how queues keep order"
    assert heading_subject("Route 53") == "Route 53"


def test_items_listed_in_their_heading_are_asked_under_its_subject() -> None:
    named = {q.correct_choice: q for q in build_bank(parse_markdown(QUEUES, "notes.md"))
             if q.kind == "name"}
    assert "Quiver" in named and "Sparrow" in named
    for q in named.values():
        assert q.prompt.startswith("Messaging\n")
        assert "Tundra" not in q.prompt.split("\n", 1)[0]
