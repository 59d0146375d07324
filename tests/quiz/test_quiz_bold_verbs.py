"""A verb in bold and its object ('**Rotate** expired keys', '**Audit**
configurations and access') is an instruction, not a term and its definition:
cut there, the choices would be the bold verbs and the clues their cut-off
objects ('expired keys'). English running on in lower case from a bold phrase
is a definition only when it opens with a verb of its own ('**Ping** sends …',
'**Pods** are …'). Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.lines import split_term
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

DUTIES = """## Operator duties

### Weekly routine
1. **Rotate** expired keys and certificates
2. **Audit** configurations and access
3. **Prune** unused images from the registry
4. **Restore** the latest snapshot into a scratch cluster
5. **Review** every alert raised over the week
"""


@pytest.mark.parametrize("line", [
    "**Rotate** expired keys and certificates",
    "**Audit** configurations and access",
    "**Prune** unused images from the registry",
    "**Scale** applications",
    "**Backup/Restore** operations",
])
def test_a_bold_verb_and_its_object_is_no_term(line: str) -> None:
    assert split_term(line).term is None


@pytest.mark.parametrize("line", [
    "**Pods** are the smallest unit the scheduler places",
    "**Redis** (in memory) used for caching sessions",
    "**Queue** stores messages until a worker reads them",
    "**Ethernet** (802.3) uses CSMA/CD on shared media",
])
def test_a_bold_term_with_a_verb_of_its_own_is_a_term(line: str) -> None:
    assert split_term(line).term is not None


def test_no_question_offers_bold_verbs_for_their_objects() -> None:
    bank = build_bank(parse_markdown(DUTIES, "duties.md"))
    verbs = {"Rotate", "Audit", "Prune", "Restore", "Review"}
    for q in bank:
        assert not verbs & set(q.choices), (q.prompt, q.choices)
        assert "expired keys and certificates" not in q.choices, q.choices
