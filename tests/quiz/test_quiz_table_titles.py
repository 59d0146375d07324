"""A table after a sub-heading's lines is asked under the right breadcrumb.

A plain line ending with a colon right over a table ('Storage engines:')
titles the table as a heading would, so its rows are no more lines of the
sub-heading above. And a table whose first column names two or more topics
of the section (a summary after the last topic) is about the section."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Deck, Topic

TITLED = """# Databases

## Engines

### Row stores
- Keep each record's fields together on one page
- Suit workloads that read whole records

### Column stores
- Keep each column's values together on disk
- Suit scans over a few columns of many records

Compression schemes:

| Scheme | Strength |
|---|---|
| Run-length | Shrinks long runs of one repeated value |
| Dictionary | Replaces repeated strings with small codes |

## Indexes

### B-tree
- Keeps keys sorted in balanced pages

### Hash index
- Maps each key to a bucket for equality lookups
"""

GENERIC = TITLED.replace("Compression schemes:", "Example:")

SUMMARY = """# Databases

## Engines

### 1. Row store (행 저장)
- Keep each record's fields together on one page

### 2. Column store (열 저장)
- Keep each column's values together on disk

### 3. Log store (로그 저장)
- Appends every write to the end of a file

| Engine | Best at |
|---|---|
| Row store | Reading whole records |
| Column store | Scanning a few columns |
| Log store | Fast sequential writes |

## Indexes

### B-tree
- Keeps keys sorted in balanced pages

### Hash index
- Maps each key to a bucket for equality lookups
"""


def _topic(deck: Deck, title: str) -> Topic:
    return next(t for t in deck.topics() if t.title == title)


def _holder(deck: Deck, text: str) -> str:
    return next(t.title for t in deck.topics() if any(text in f.text for f in t.all_facts()))


def test_a_colon_line_over_a_table_titles_its_rows() -> None:
    deck = parse_markdown(TITLED, "notes.md")
    assert _holder(deck, "Run-length") == "Compression schemes"
    assert not any("Run-length" in f.text for f in _topic(deck, "Column stores").all_facts())


def test_a_generic_colon_line_only_labels_the_topic() -> None:
    deck = parse_markdown(GENERIC, "notes.md")
    assert _holder(deck, "Run-length") == "Column stores"


def test_a_table_naming_the_sections_topics_belongs_to_the_section() -> None:
    deck = parse_markdown(SUMMARY, "notes.md")
    assert _holder(deck, "Fast sequential writes") == "Engines"
    assert _holder(deck, "Appends every write") == "3. Log store (로그 저장)"


def test_an_emphasised_colon_line_is_no_table_title() -> None:
    # '**Step 1**:' over a table is one step of a walkthrough as often as a
    # title: the lines of the next step would fall under it.
    deck = parse_markdown(TITLED.replace("Compression schemes:", "**Step one**:"), "notes.md")
    assert _holder(deck, "Run-length") == "Column stores"


def test_a_titled_summary_table_leaves_no_empty_topic() -> None:
    text = SUMMARY.replace("| Engine | Best at |", "Summary of engines:\n\n| Engine | Best at |")
    deck = parse_markdown(text, "notes.md")
    assert _holder(deck, "Fast sequential writes") == "Engines"
    assert all(t.title != "Summary of engines" for t in deck.topics())
