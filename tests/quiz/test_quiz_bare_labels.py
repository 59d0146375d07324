"""Issue 14, other people's notes: a clue must describe, and choices must be of
one kind. A `term: definition` line whose right side only names things (another
name, a list of tools, the matching cell of a table) is no clue and no
statement; a bold sub-heading over a tip is no term."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.bare_names import about_another, names_only
from bot.quiz.question import Question


def _bank(text: str) -> tuple[Question, ...]:
    return build_bank(parse_markdown(text, "notes.md"))


def _texts(bank: tuple[Question, ...]) -> list[str]:
    return [text for q in bank for text in (q.prompt, *q.choices)]


def _nothing(_: str) -> bool:
    return False


def test_a_definition_of_names_only_is_told_from_a_description() -> None:
    assert names_only("Packet Journal & Flow Inspector", _nothing)
    assert names_only("Unix, Plan9 or Haiku OS", _nothing)
    assert names_only("Bridge", _nothing)
    assert names_only("RFC 9999", _nothing)
    # A name the notes or the term list know, in lower case too.
    assert names_only("load balancer", lambda text: text == "load balancer")
    # Descriptions stay: words of everyday writing, a property, a described aside.
    assert not names_only("keeps users only", _nothing)
    assert not names_only("Stateless", _nothing)
    assert not names_only("CPU-heavy", _nothing)
    assert not names_only("Layer 7 only", _nothing)
    assert not names_only("Ring (no single point of failure); Star (one hub)", _nothing)


MACHINE = """## Machine settings
- Storage kind: Block, File or Object
- Packet filter: load balancer
- Audit trail: Packet Journal & Flow Inspector
- Boot hook: runs a script at the first start
- Network card: link speed and a public address for the machine
- Admins: people who may change every setting of the account
"""


def test_a_definition_that_only_names_things_is_never_a_clue_nor_a_choice() -> None:
    bank = _bank(MACHINE)
    matches = [q for q in bank if q.kind == "match"]
    assert matches
    for text in _texts(matches):
        for bare in ("Block, File or Object", "- load balancer", "Packet Journal"):
            assert bare not in text, (bare, text)
    # Its term still stands beside the others as a choice.
    assert any("Packet filter" in q.choices for q in matches)


LAYERS = """## Two models
| Seven-layer model | Four-layer model |
| --- | --- |
| Session (5) | Application |
| Transport (4) | Transport |
| Network (3) | Internet |
| Physical (1) | Link |
"""


def test_a_table_mapping_names_to_names_asks_nothing() -> None:
    assert not [q for q in _bank(LAYERS) if q.kind == "match"]


def test_a_sentence_about_another_subject_makes_its_label_no_term() -> None:
    assert about_another("Usual Mixups", "RARP is often said to be a layer 3 protocol.")
    assert about_another("Which layer", "FDDI is part of layer 2, the lower half.")
    assert not about_another("Frame Relay", "It is a packet-switched WAN service.")
    assert not about_another("One Disk = One Claim", "Multiple Claims can't share a disk.")
    assert not about_another("S4", "Amazon S4 is an object store.")
    assert not about_another("Token Ring", "Passes a token around a ring of stations")
    # A clause saying when or what ("When PV is attached …") describes its term.
    assert not about_another("Attach Timing", "When PV is attached (Boot/FirstUse)")


WHEN_LINES = """## Disk settings
- **Creator**: Component that makes new disks for the cluster
- **Keep Rule**: What becomes of a disk once its claim is removed (Drop/Keep)
- **Bind Mode**: When PV is attached (Boot/FirstUse)
"""


def test_a_definition_saying_when_is_matched_with_its_term() -> None:
    asked = {q.correct_choice for q in _bank(WHEN_LINES) if q.kind == "match"}
    assert "When PV is attached (Boot/FirstUse)" in asked or "Bind Mode" in asked


TIPS = """## Tips
- **Which layer**: FDDI is part of layer 2, the lower half of it.
- **RFC 1042**: The formal standard for framing over token networks.
- **Usual Mixups**: RARP is often said to be a layer 3 protocol; it works at layer 2.
- **Token Ring**: Passes a token around a ring of stations before each sends.
"""


def test_a_bold_sub_heading_over_a_tip_is_never_a_choice() -> None:
    for text in _texts(_bank(TIPS)):
        assert "Which layer" not in text and "Usual Mixups" not in text, text


ACCESS = """## Access summary
- Members: one per person, with a password for the console
- Teams: hold members only, never other teams
- Rules: a JSON page that lists what members or teams may do
- Badges: for machines or other services that act on their own
- Shell: run the services by typing commands
"""


def test_statements_of_two_kinds_are_never_choices_together() -> None:
    # 'for machines …' continues its label; the others say something.
    for q in _bank(ACCESS):
        if q.kind == "match" and len(q.choices[0].split()) >= 3:
            openers = {c.split()[0] == "for" for c in q.choices}
            assert len(openers) == 1, q.choices
    # The line is still a clue: it asks for its label.
    assert any(q.correct_choice == "Badges" for q in _bank(ACCESS))


SUBLAYER = """## Media access
- **Token Ring** (802.5) passes a token from station to station around the ring.
- **Wired LAN** (802.3) listens before sending and backs off after a collision.
- **Wireless LAN** (802.11) reserves the air with a short request before sending.
- **Bridging**: Joins two segments into one network at layer 2.
"""


def test_an_aside_after_a_bold_term_stays_with_the_term() -> None:
    bank = _bank(SUBLAYER)
    texts = _texts(bank)
    assert texts
    assert not [t for t in texts if t.startswith("(") or "\n- (" in t]
    assert any("Listens before sending and backs off after a collision." in q.choices
               for q in bank)


LAST_PAGE = """## Last page

### Stores
- Cold Vault: cheapest tier for archives, hours to read back
- Block disks: one zone only, attached to one machine

### Queues
- Topic fan-out: one message to every subscriber
- Dead letters: messages that failed too often

### Compute
- Spot capacity: cheap, may be taken back with two minutes notice
- Reserved capacity: one or three year commitment

### Exam Mindset
- Read every answer before picking one
- Cheapest is rarely the most available
"""


def test_a_heading_of_remarks_on_studying_is_never_a_choice() -> None:
    bank = _bank(LAST_PAGE)
    assert bank
    assert not any("Exam Mindset" in q.choices for q in bank)


def test_a_pointing_later_in_a_line_to_a_thing_it_never_named_leans_on_the_line_above() -> None:
    from bot.quiz.text import refers_back
    assert refers_back("You can use this information to tune your rules.")
    assert refers_back("Create a claim using this class")
    assert not refers_back("Takes a snapshot and copies this snapshot to a bucket")
    assert not refers_back("Keeps every version of an object")


LAB = """## Lab tasks

## Task 1: Make a class (5 minutes)
- Dynamic provisioner for the class
- Set as the default class

## Task 2: Claim a disk (5 minutes)
- Requests five gigabytes from the manual pool
- Mounted read-write by one node

## Task 3: Grow a claim (8 minutes)
- Raise the requested size after binding
- Check the filesystem grew as well

## Task 4: Keep data (8 minutes)
Create disks with different keep rules:
- `Keep` - the disk stays after its claim is deleted
- `Purge` - the disk is removed together with its claim
- `Scrub` - the disk's files are erased and it is offered again
- `Wipe` - if supported
"""


def test_numbered_tasks_and_bare_conditions_are_never_asked() -> None:
    bank = _bank(LAB)
    for q in bank:
        assert not any(c.startswith("Task ") for c in q.choices), q.choices
        assert "if supported" not in q.prompt and "if supported" not in q.choices, q
    # The rules that say what they do are asked.
    assert any(q.correct_choice == "Purge" for q in bank)


def test_headings_of_mistakes_and_numbered_tasks_name_no_thing() -> None:
    from bot.quiz.naming import is_label
    for heading in ("Common Confusions", "Pitfalls", "Common Mistakes to Avoid", "Gotchas",
                    "Task 5", "Lecture 3"):
        assert is_label(heading), heading
    assert not is_label("Confusion Matrix")  # (a name with other words stays)
    assert not is_label("Task Scheduler")
