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


def _groups(text: str) -> list[set[str]]:
    from bot.quiz.material import read_material
    from bot.quiz.text import NoGlossary
    material = read_material(parse_markdown(text, "notes.md"), NoGlossary())
    return [{c.name for c in group} for group in material.groups]


STREAMS = """# Notes

### Streams
1. Flowline
- Kinds
    - Pipes : carries records in order to many readers
        - keeps records for a day
        - readers track their own position
    - Hose : loads records into a warehouse
        - keeps no records of its own
    - Lens : captures camera video feeds
    - Sieve : filters records with written queries
"""


def test_items_in_one_form_are_siblings_with_or_without_bullets() -> None:
    groups = _groups(STREAMS)
    assert {"Pipes", "Hose", "Lens", "Sieve"} in groups


def test_definitions_alone_stay_a_list_of_terms() -> None:
    # No item has bullets of its own: a term list, matched as such, no concepts.
    text = STREAMS.replace("        - keeps records for a day\n", "").replace(
        "        - readers track their own position\n", "").replace(
        "        - keeps no records of its own\n", "")
    assert not any("Lens" in group for group in _groups(text))
    # Items with bullets written as bare names: a definition line beside them is
    # another form, not one of them.
    text = STREAMS.replace("- Pipes : carries records in order to many readers", "- Pipes") \
        .replace("- Hose : loads records into a warehouse", "- Hose")
    assert not any("Lens" in group for group in _groups(text))


FIREWALLS = """# Notes

### Guards
1. Bastion
- Features
    - Blocks requests from listed countries
    - Stops injected queries and scripts in forms
- Use cases
    - Web applications
2. Moat
- Absorbs floods of traffic at the network edge
- Always on for every account at no charge
3. Keeper
- Stores database passwords and rotates them on a schedule
- Hands passwords to functions at run time
"""


def test_lines_under_a_features_bullet_describe_the_thing_above() -> None:
    from bot.quiz.material import read_material
    from bot.quiz.text import NoGlossary
    material = read_material(parse_markdown(FIREWALLS, "notes.md"), NoGlossary())
    bastion = next(c for g in material.groups for c in g if c.name == "Bastion")
    said = {s.text for s in bastion.statements}
    assert "Blocks requests from listed countries" in said
    # A use case fits many things: not a line about this one.
    assert "Web applications" not in said



def test_a_use_case_line_is_no_statement_about_the_thing_but_an_example_is() -> None:
    from bot.quiz.material import read_material
    from bot.quiz.text import NoGlossary
    text = FIREWALLS.replace("- Absorbs floods", "- Use case: shops taking orders\n"
                             "- Examples: ping floods, amplified lookups\n- Absorbs floods")
    material = read_material(parse_markdown(text, "notes.md"), NoGlossary())
    moat = next(c for g in material.groups for c in g if c.name == "Moat")
    said = {s.text for s in moat.statements}
    assert "Use case: shops taking orders" not in said
    assert "Examples: ping floods, amplified lookups" in said
