"""Two shapes of notes that look like facts and are not.

A form filled in again and again ('Symptoms: …', 'Verification: …', 'Tools: …'
under every fault): its terms are fields of whatever they stand under, never
one thing, so 'Symptoms' is no choice beside 'Tools'. Two lists naming the same
things (a cheat sheet after the sections) are no form.

A numbered exercise ('## Task 2: Create Deployment', '예제 3'): its figures,
down to the parts of its steps, are what the task sets ('Retries up to 3
times'), not facts: none is blanked. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

FAULTS = """\
# Subnetting faults

## Common errors

- **Overlapping ranges**:
  - Symptoms: Intermittent reachability between two sites
  - Verification: Compare every interface prefix against the plan
  - Solution: Renumber one of the colliding ranges
  - Tools: Address planners, spreadsheets of allocations
- **Wrong mask on a host**:
  - Symptoms: The host reaches some neighbours but not others
  - Verification: Read the mask from the host's own configuration
  - Solution: Set the mask the rest of the segment uses
  - Tools: ipconfig, ip addr
- **Exhausted pool**:
  - Symptoms: New clients get no lease at all
  - Verification: Count leases against the size of the scope
  - Solution: Widen the scope or shorten the lease time
  - Tools: Server lease tables, packet captures

## Address classes

- Class A: First octet from 1 to 126, default mask of eight bits
- Class B: First octet from 128 to 191, default mask of sixteen bits
- Class C: First octet from 192 to 223, default mask of twenty-four bits
- Class D: Reserved for multicast groups rather than single hosts
"""

SHEETS = """\
# Connectivity

## Options

- Transit hub: Joins many networks through one central router with shared tables
- Private line: A leased circuit from the data centre, set up over several weeks
- Site tunnel: Encrypted tunnel over the public internet between two gateways
- Peering link: Direct route between two networks with no transitive reach

## Cheat sheet

- Transit hub: One attachment per network, multicast supported
- Private line: Steady bandwidth with no encryption of its own
- Site tunnel: Quick to set up, throughput bound by the internet path
- Peering link: Overlapping ranges forbidden on the two sides
"""

EXERCISES = """\
# Cluster practice

## Task 1: Create a deployment

- Image: web server image version 1.21
- Replicas: 3 copies spread over the nodes
- Labels: app equals api and tier equals backend
- Resource limits: half a processor and a quarter gigabyte

## Task 2: Schedule a job

1. Create a job named nightly-copy that:
   - Retries up to 4 times before giving up
   - Has a deadline of 5 minutes from its start

## Concepts

- Deployment: Keeps a number of identical pods running and rolls out changes
- Service: Gives a stable address in front of a changing set of pods
- Ingress: Routes outside HTTP requests to services by host and path
- ConfigMap: Holds settings apart from the image, as keys and values
"""


def _texts(notes: str) -> list[str]:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    return [text for q in bank for text in (q.prompt, *q.choices)]


def test_the_fields_of_a_repeated_form_are_no_choices() -> None:
    texts = _texts(FAULTS)
    assert any("Class B" in t for t in texts), "a list of things is still asked"
    for field in ("Symptoms", "Verification", "Solution", "Tools"):
        assert field not in texts and not any(f"'{field}'" in t for t in texts), field


def test_a_list_named_again_in_a_cheat_sheet_is_no_form() -> None:
    assert "Transit hub" in _texts(SHEETS)


def test_no_figure_of_a_numbered_exercise_is_blanked() -> None:
    bank = build_bank(parse_markdown(EXERCISES, "notes.md"))
    assert bank, "the concepts are still asked"
    for q in bank:
        if q.kind == "cloze":
            for word in ("Replicas", "Retries", "deadline", "copies"):
                assert word not in q.prompt, q.prompt
