"""Numbered items written as headings (`1. ##### Read Uncommitted`) with their
body indented under them, and quotes indented under a bullet. Every note here
is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Deck, Topic
from bot.quiz.bank import build_bank

LEVELS = """\
## Locking Notes

#### Kinds of lock

1. ##### Shared Lock (mode S)

   > Many readers may hold it at once

   Writers wait until every reader has let go

   ```
   reader A and reader B both read row 7
   ```

   Blocks no other reader

2. ##### Exclusive Lock (mode X)

   > Only one holder at a time

   Readers and writers both wait

Choosing a lock

Coarser locks cost less bookkeeping
"""


def _topic(deck: Deck, title: str) -> Topic:
    return next(t for t in deck.topics() if t.title == title)


def test_a_numbered_heading_item_is_a_topic_with_its_indented_lines_as_its_facts() -> None:
    deck = parse_markdown(LEVELS, "locks.md")
    shared = _topic(deck, "Shared Lock (mode S)")
    # Each indented paragraph is a line of its own, not one wrapped line, and
    # the heading marks are not part of the name.
    assert [f.text for f in shared.facts] == [
        "Many readers may hold it at once",
        "Writers wait until every reader has let go",
        "reader A and reader B both read row 7",
        "Blocks no other reader",
    ]
    exclusive = _topic(deck, "Exclusive Lock (mode X)")
    assert [f.text for f in exclusive.facts] == [
        "Only one holder at a time",
        "Readers and writers both wait",
    ]
    assert not any("#" in t.title for t in deck.topics())
    assert not any(f.kind == "step" for t in deck.topics() for f in t.facts)


def test_lines_after_the_numbered_heading_items_belong_to_the_section_not_the_last_item() -> None:
    deck = parse_markdown(LEVELS, "locks.md")
    exclusive = _topic(deck, "Exclusive Lock (mode X)")
    said = [f.text for t in deck.topics() for top in t.facts for f in top.walk()]
    assert "Coarser locks cost less bookkeeping" in said
    assert all("Coarser" not in f.text for f in exclusive.facts)


ANOMALIES = """\
## Reading Anomalies

#### What low levels let through

- Torn Read

  > a row is seen half written by an unfinished writer
  - allowed at: level zero

- Ghost Row

  > a second scan finds a row the first scan did not
  >
  > happens because inserts are allowed mid-scan
  - allowed at: levels zero to two

- Shifted Value

  > the same row read twice gives two different values
  - allowed at: levels zero and one
"""


def test_a_quote_indented_under_a_bullet_is_one_of_its_items() -> None:
    deck = parse_markdown(ANOMALIES, "anomalies.md")
    topic = _topic(deck, "What low levels let through")
    torn = next(f for f in topic.facts if f.text == "Torn Read")
    assert [c.text for c in torn.children] == [
        "a row is seen half written by an unfinished writer",
        "allowed at: level zero",
    ]
    ghost = next(f for f in topic.facts if f.text == "Ghost Row")
    assert [c.text for c in ghost.children][:2] == [
        "a second scan finds a row the first scan did not",
        "happens because inserts are allowed mid-scan",
    ]


def test_quoted_descriptions_under_bullets_yield_name_questions() -> None:
    bank = build_bank(parse_markdown(ANOMALIES, "anomalies.md"))
    asked = {q.choices[q.answer] for q in bank if q.kind == "name"}
    assert "Torn Read" in asked
    for q in bank:
        # The description is shown, never the name it describes.
        assert q.choices[q.answer].lower() not in q.prompt.lower()
