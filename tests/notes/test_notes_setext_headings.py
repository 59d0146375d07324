"""Setext headings ('Title' over '=====' or '-----') head sections as '#'
headings do; a dash line that closes front matter, rules off a paragraph or
underlines a table's header stays what it is."""
from bot.notes.parser import parse_file
from bot.notes.setext import setext_as_atx

_NOTES = """Cloud Basics
============

Compute
-------

- EC2 gives virtual servers billed by the second
- Lambda runs functions without servers to manage

Storage
---

- S3 keeps objects in buckets
- EBS gives block volumes to one instance
"""


def test_underlined_titles_are_headings() -> None:
    deck = parse_file(_NOTES, "cloud.md")
    assert deck.name == "Cloud Basics"
    assert [s.title for s in deck.sections] == ["Compute", "Storage"]
    assert [f.text for f in deck.sections[1].topics[0].facts] == [
        "S3 keeps objects in buckets", "EBS gives block volumes to one instance"]


def test_line_numbers_are_kept() -> None:
    deck = parse_file(_NOTES, "cloud.md")
    assert deck.sections[0].source.line == 4


def test_what_is_no_setext_heading_stays() -> None:
    lines = [
        "---", "title: Notes", "---",  # front matter
        "",
        "A sentence that ends here.", "---",  # a rule under a sentence
        "",
        "first line of a paragraph", "second line", "---",  # a rule under a paragraph
        "",
        "- a bullet", "---",
        "",
        "| a | b |", "---",
        "",
        "```", "code", "---", "```",
    ]
    assert setext_as_atx(lines) == lines


def test_both_levels() -> None:
    assert setext_as_atx(["Top", "===", "", "Part", "--"]) == ["# Top", "", "", "## Part", ""]
