"""Other people's notes: parse what can be parsed, never crash."""

from __future__ import annotations

from pathlib import Path

from bot.notes.glossary import Glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex

DATA = Path(__file__).resolve().parents[1] / "data"


def test_star_bullets_and_h2_to_h6_headings() -> None:
    deck = load_deck(DATA / "foreign_star_headings.md")
    assert deck.name == "Networking Notes"
    assert [s.title for s in deck.sections] == ["Load Balancing", "DNS"]
    # Every heading below a section is a topic, however deep.
    assert [t.title for t in deck.sections[0].topics] == [
        "ALB",
        "Target Groups",
        "Health Checks",
        "Deep Detail",
        "NLB",
    ]
    alb = deck.sections[0].topics[0]
    assert [(f.depth, f.text) for f in alb.all_facts()] == [
        (0, "Layer 7 load balancer"),
        (1, "Routes by path and host"),
        (1, "Supports WebSockets"),
        (0, "Good for microservices"),
    ]
    nlb = deck.sections[0].topics[-1]
    assert [f.text for f in nlb.facts] == [
        "Layer 4, static IP per AZ",
        "Millions of requests per second",
    ]
    assert deck.warnings == ()


def test_tables_bold_terms_and_term_colon_definition() -> None:
    deck = load_deck(DATA / "foreign_tables_bold.md")
    (section,) = deck.sections
    (topic,) = section.topics
    # Facts written straight under a section heading: the section is the topic.
    assert topic.title == "Storage cheat sheet"
    terms = {f.term: f.definition for f in topic.facts if f.term}
    assert terms == {
        "S3 Standard": "frequently accessed data, 99.99% availability",
        "Glacier": "archive storage, retrieval in minutes to hours",
        "Durability": "eleven nines",
    }
    (table,) = topic.tables
    assert table.header == ("Class", "Min storage days", "Retrieval")
    assert table.rows == (
        ("Standard-IA", "30", "milliseconds"),
        ("Glacier Deep Archive", "180", "12 hours"),
    )
    assert "bold words" in topic.facts[-1].text and "**" not in topic.facts[-1].text


def test_details_question_and_answer_and_yaml_blocks() -> None:
    deck = load_deck(DATA / "foreign_details_yaml.md")
    quiz, cfn = deck.sections
    # Each <details> block is a question topic whose facts are its answer.
    assert [(t.kind, t.title, [f.text for f in t.facts]) for t in quiz.topics] == [
        ("question", "What does SQS stand for?",
         ["Simple Queue Service, a managed message queue."]),
        ("question", "Max Lambda timeout?", ["15 minutes"]),
    ]
    assert [(p.question, p.answer, p.source.line) for p in deck.qa] == [
        ("What does SQS stand for?", "Simple Queue Service, a managed message queue.", 4),
        ("Max Lambda timeout?", "15 minutes", 10),
    ]
    (block,) = cfn.topics[0].code_blocks
    assert block.language == "yaml"
    assert "# comment that looks like a heading" in block.text
    assert [s.title for s in deck.sections] == ["Quiz yourself", "CloudFormation example"]
    assert [f.text for f in cfn.topics[0].facts] == ["Templates are YAML or JSON."]


def test_file_without_headings_is_one_section_named_after_the_file() -> None:
    deck = load_deck(DATA / "no_headings.md")
    (section,) = deck.sections
    assert section.title == "no_headings"
    assert [f.text for f in section.topics[0].facts] == [
        "Just some thoughts about IAM.",
        "Roles beat access keys.",
        "root account only for setup",
        "MFA everywhere",
    ]


def test_foreign_notes_are_searchable() -> None:
    deck = load_deck(DATA / "foreign_tables_bold.md")
    index = LookupIndex.build(deck, Glossary())
    assert index.search("Deep Archive").hits[0].topic.title == "Storage cheat sheet"
    deck2 = load_deck(DATA / "foreign_details_yaml.md")
    hits = LookupIndex.build(deck2, Glossary()).search("lambda timeout").hits
    assert (hits[0].topic.section, hits[0].topic.title) == ("Quiz yourself", "Max Lambda timeout?")
