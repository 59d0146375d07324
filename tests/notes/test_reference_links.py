"""Issue 14, notes never seen before: a reference link ('[저장 기술]' with
'[저장 기술]: https://…' below) kept its brackets in a question; a blind reader
marked it READABLE as raw Markdown. Brackets that no definition names stay."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.reflinks import resolve

DEFS = ["[저장 기술]: https://cloud.example/storage", "[docs]: https://example.com/docs"]


def test_a_defined_label_loses_its_brackets() -> None:
    lines = resolve(["설계된 [저장 기술]을 쉽게 사용할 수 있다.", *DEFS])
    assert lines[0] == "설계된 저장 기술을 쉽게 사용할 수 있다."


def test_full_and_collapsed_references_read_as_their_text() -> None:
    lines = resolve(["See [the guide][docs] and [Docs][] first.", *DEFS])
    assert lines[0] == "See the guide and Docs first."


def test_brackets_no_definition_names_stay() -> None:
    text = "Returns [a, b] as in [1], unlike [Other]."
    assert resolve([text, *DEFS])[0] == text
    assert resolve([text]) == [text]


def test_code_blocks_and_definitions_stay() -> None:
    lines = ["```", "x = [docs]", "```", *DEFS]
    assert resolve(lines) == lines


def test_a_parsed_fact_shows_the_link_text() -> None:
    notes = "\n".join([
        "# App Engine", "## Standard environment",
        "- 설계된 [저장 기술]을 쉽게 사용할 수 있다.", "", *DEFS])
    deck = parse_markdown(notes, "notes.md")
    texts = [fact.text for topic in deck.topics() for fact in topic.facts]
    assert "설계된 저장 기술을 쉽게 사용할 수 있다." in texts, texts
