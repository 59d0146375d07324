"""A term read off the subject of an English line ('**Worms** are programs that
…') leaves its verb behind: the description is shown from the word after it.
Shown as 'are programs that …', a choice read as a cut-off line, and its
'is'/'are' told a singular name from a plural one among the choices."""

from __future__ import annotations

import re

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """# Attacks

## Social engineering

- **Phishing** is a fraudulent email that tricks a user into giving up credentials.
- **Vishing** is a scam carried out over voice calls to obtain personal data.
- **Tailgating** is following an authorised person through a secure door without badging in.
- **Shoulder surfing** is watching someone type a password or PIN over their shoulder.

## Malware

- **Worms** are programs that copy themselves across a network without user action.
- **Trojans** are programs that hide harmful code inside software that looks useful.
- **Rootkit** is a tool that hides an attacker's presence deep inside the system.
- **Keylogging** is when every key a user presses is recorded and sent away.
"""

_COPULA = re.compile(r"^(?:- )?(?:is|are|was|were)\b")


def test_descriptions_start_after_the_verb() -> None:
    bank = build_bank(parse_markdown(NOTES, "attacks.md"))
    matches = [q for q in bank if q.kind == "match"]
    assert matches
    for q in matches:
        texts = [*q.choices, *q.prompt.splitlines()]
        assert not any(_COPULA.match(t) for t in texts), texts
    assert any("Programs that copy themselves across a network without user action."
               in (*q.choices, *q.prompt.splitlines(), q.prompt[-80:]) or
               "- Programs that copy themselves" in q.prompt for q in matches)


def test_a_clause_after_the_verb_is_no_description() -> None:
    bank = build_bank(parse_markdown(NOTES, "attacks.md"))
    clause = re.compile(r"^(?:- )?(?:is )?when every key", re.IGNORECASE)
    for q in bank:
        assert not any(clause.match(t) for t in (*q.choices, *q.prompt.splitlines())), q
