"""MkDocs admonitions ('!!! Note' over a body indented four spaces) are read as
callouts: a labelled group of the topic whose body lines stay lines of their
own, not one wrapped line run into the marker."""
from bot.notes.admonitions import admonitions_as_callouts
from bot.notes.parser import parse_file

_NOTES = """# Grammar

## Passive voice

!!! Example
    1. The letter was written by Anna.
    2. The bridge is being repaired.

!!! note "Form"
    The passive is built from be and the past participle.

    Only transitive verbs have a passive.

After the box.
"""


def test_admonitions_are_callouts() -> None:
    out = admonitions_as_callouts(_NOTES.split("\n"))
    assert out[4] == "> [!Example]"
    assert out[5] == "> 1. The letter was written by Anna."
    assert out[8] == "> [!note] Form"
    assert out[10] == ""
    assert out[13] == "After the box."
    assert len(out) == len(_NOTES.split("\n"))


def test_body_lines_are_facts_of_a_label() -> None:
    deck = parse_file(_NOTES, "g.md")
    facts = deck.sections[0].topics[0].facts
    assert [(f.kind, f.text) for f in facts][:2] == [("label", "Example"), ("label", "Form")]
    assert [c.text for c in facts[1].children] == [
        "The passive is built from be and the past participle.",
        "Only transitive verbs have a passive."]
    assert not any(f.text.startswith("!!!") for t in deck.topics() for f in t.all_facts())


def test_fenced_marker_stays() -> None:
    lines = ["```", "!!! note", "    body", "```"]
    assert admonitions_as_callouts(lines) == lines
