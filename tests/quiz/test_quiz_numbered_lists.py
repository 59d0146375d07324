"""Distractors of one list: an answer written beside a numbered list ('1.
Simple', '2. Weighted', …) is no member of it, and offered among its members
('TTL' among three routing policies) it stands out as another kind of thing.
The members are asked among each other. Every note here is written for the
test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """\
# Name service

## Overview
- The name service turns host names into addresses for every client of the network

## Core ideas

### Record cache lifetime
- Resolvers keep an answer for this many seconds before asking the authoritative server again
- Lowering it ahead of a migration makes new addresses spread quickly
- Every record except an alias record needs a record cache lifetime value set

### Zone files
- A zone file holds every record of one domain on the primary server
- Secondary servers copy the zone file through zone transfers

### Delegation
- A parent zone points at the name servers of a child zone with NS records
- Glue records give the addresses of name servers inside the child zone

### Answer policies
- A policy decides which of several records answers a lookup
- Every record set uses exactly one policy

#### 1. Round robin
- Hands out every address in turn so that each server gets a share of the lookups
- Gives no weight to how loaded or healthy a server is

#### 2. Nearest site
- Answers with the address of the data centre closest to the asking resolver
- Measures closeness from the resolver's network location

#### 3. Standby pair
- Answers with the primary address while its probe passes, else with the backup one
- Needs a health probe on the primary address

#### 4. Country map
- Answers by the country the lookup comes from, with a default for the rest
- Lets content be limited to the countries it is licensed in

## Exam tips
- Read every question for the word that names the policy it wants
"""

POLICIES = {"Round robin", "Nearest site", "Standby pair", "Country map"}


def test_an_answer_beside_a_numbered_list_is_not_asked_among_its_members() -> None:
    bank = build_bank(parse_markdown(NOTES, "names.md"))
    lifetime = [q for q in bank if q.correct_choice == "Record cache lifetime"]
    assert lifetime, "the cache lifetime is still asked"
    for q in lifetime:
        assert not POLICIES & set(q.choices), q.choices
    # The numbered ones are asked among each other.
    members = [q for q in bank if q.correct_choice in POLICIES]
    assert members and all(set(q.choices) <= POLICIES for q in members)
