"""A clue that writes a word of a wrong choice's name ('stores configuration
data and secrets' when Parameter Store is asked beside *Secrets Manager*) makes
that choice read as right, and in the world it often is: notes describe
siblings in overlapping words. Such a sibling is not offered. Every note here
is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

SECURITY = """\
# Security services

## Parameter Store

- Keeps configuration data and secrets in a hierarchy of paths
- Free standard tier with versioned values for each key

## Secrets Manager

- Rotates database passwords on a schedule with a function
- Charged per stored item and per ten thousand calls

## Shield

- Absorbs volumetric floods at the network edge
- Advanced tier adds a response team and cost protection

## Macie

- Finds personal records in buckets with machine learning
- Reports findings to the event bus for follow-up

## Inspector

- Scans instances and container images for known vulnerabilities
- Scores each finding by exposure to the internet
"""


def test_a_sibling_whose_name_the_clue_writes_is_not_offered() -> None:
    bank = build_bank(parse_markdown(SECURITY, "security.md"))
    asked = [q for q in bank if "configuration data and secrets" in q.prompt]
    assert asked, "the line is still a clue, among other siblings"
    for q in asked:
        assert "Secrets Manager" not in q.choices, q.choices
