"""A note without front matter whose file name is a slug ('tier-notes.md')
takes its name from what it opens on, when that titles it: a callout's title
or a line all in bold. Otherwise, and for a file named in words, the file's
name stays."""

from __future__ import annotations

from bot.notes.loader import parse_markdown

TABLE = "\n| Tier | Name |\n| --- | --- |\n| 1 | Disk |\n"


def test_a_callout_title_names_a_slug_named_note() -> None:
    deck = parse_markdown("> [!info] Web tiers at a glance\n> Four tiers.\n" + TABLE,
                          "web-tier-notes.md")
    assert deck.name == "Web tiers at a glance"


def test_a_bold_opening_line_names_a_slug_named_note() -> None:
    deck = parse_markdown("**Web tiers**\n" + TABLE, "web_tier_notes.md")
    assert deck.name == "Web tiers"


def test_otherwise_the_file_name_stays() -> None:
    assert parse_markdown("Some **bold** words.\n" + TABLE, "web-tier-notes.md").name \
        == "web-tier-notes"
    assert parse_markdown("**Web tiers**\n" + TABLE, "Web tiers.md").name == "Web tiers"
    front = "---\ntitle: Tiers\n---\n**Web tiers**\n" + TABLE
    assert parse_markdown(front, "web-tier-notes.md").name == "Tiers"
