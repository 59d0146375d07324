"""Paragraphs back at a numbered list's own margin, after a blank line, when
the list's items are described by lines indented under them: they are about
the part of the notes the list sits in, never the last item's description
(a reader was asked which item a sentence about something else describes).
Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Deck, Topic

INDENTED_ITEMS = """\
# Page layout

## Flow

### Placement

Placement decides where boxes go.

1. Stacked Boxes SB
    - one per line, full width

2. Side Boxes SDB
    - laid next to each other

3. Floating Boxes FB


An empty page starts with one stacked box.

Pictures and words are side content.
"""

BETWEEN_ITEMS = """\
# Transport

## Protocols

1. Transmission Control Protocol TCP
    - reliable

Keeps a connection open and resends lost segments.

2. User Datagram Protocol UDP
    - unreliable

Sends datagrams without a connection.
"""


def _topic(deck: Deck, title: str) -> Topic:
    return next(t for s in deck.sections for t in s.topics if t.title == title)


def _texts(topic: Topic) -> list[str]:
    return [f.text for f in topic.facts]


def test_margin_paragraphs_after_an_indented_list_leave_its_last_item() -> None:
    deck = parse_markdown(INDENTED_ITEMS, "layout.md")
    assert _texts(_topic(deck, "Floating Boxes FB")) == []
    assert _texts(_topic(deck, "Placement")) == [
        "Placement decides where boxes go.",
        "An empty page starts with one stacked box.",
        "Pictures and words are side content.",
    ]
    assert _texts(_topic(deck, "Stacked Boxes SB")) == ["one per line, full width"]


def test_a_paragraph_before_the_next_item_stays_with_its_item() -> None:
    deck = parse_markdown(BETWEEN_ITEMS, "transport.md")
    assert _texts(_topic(deck, "Transmission Control Protocol TCP")) == [
        "reliable", "Keeps a connection open and resends lost segments."]
