"""Headings that only describe a note's subject ("Description", "개요") are
labels of that subject, never topics, so they never become quiz options."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.notes.glossary import Glossary
from bot.notes.loader import load_deck


def _titles_and_facts(path: Path) -> dict[str, list[str]]:
    deck = load_deck(path, glossary=Glossary())
    return {t.title: [f.text for f in t.all_facts()] for t in deck.topics()}


@pytest.mark.parametrize("heading", ["Description", "Overview", "설명", "개요", "정의"])
def test_a_describing_section_labels_the_file_subject(tmp_path: Path, heading: str) -> None:
    notes = tmp_path / "ospf.md"
    notes.write_text(
        f"# OSPF\n\n## {heading}\n- Each router builds a complete map of the AS\n\n"
        "## How OSPF Works\n- Routers flood link-state advertisements\n",
        encoding="utf-8",
    )
    topics = _titles_and_facts(notes)
    assert heading not in topics
    assert topics["OSPF"] == [heading, "Each router builds a complete map of the AS"]
    assert topics["How OSPF Works"] == ["Routers flood link-state advertisements"]


def test_a_nested_description_heading_labels_its_parent(tmp_path: Path) -> None:
    notes = tmp_path / "routing.md"
    notes.write_text(
        "## Routing\n### BGP\n#### Description\n- Routes between autonomous systems\n"
        "## Transport\n### TCP\n#### Description\n- Reliable byte stream\n",
        encoding="utf-8",
    )
    topics = _titles_and_facts(notes)
    assert "Description" not in topics
    assert topics["BGP"] == ["Description", "Routes between autonomous systems"]
    assert topics["TCP"] == ["Description", "Reliable byte stream"]
