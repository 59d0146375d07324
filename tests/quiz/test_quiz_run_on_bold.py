"""A bold phrase that opens a sentence running on with no separator ('**Test
with simple traffic** like ICMP first') is emphasis, not a term: cut there, the
rest ('like ICMP first') has neither subject nor verb, and a question showing
it as the clue reads as a cut-off line. A bold term with a separator, or one
followed by a verb ('**Ping** sends an echo request'), is still a term. Every
note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.lines import split_term
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

STEPS = """\
# Troubleshooting

## A systematic approach

1. **Confirm the interfaces** in the expected state before anything else
2. **Check the address pool** for exhausted or overlapping ranges
3. **Test with simple traffic** like ICMP before complex applications
4. **Look at the counters** and compare them across both routers
5. **Record what changed** during every attempt to fix the fault
6. **Escalate to the vendor** with the captured logs attached
"""


@pytest.mark.parametrize("line", [
    "**Test with simple traffic** like ICMP before complex applications",
    "**Check routing configurations** for VLSM support",
    "**Document findings** and implement solutions systematically",
])
def test_a_bold_head_of_a_sentence_is_no_term(line: str) -> None:
    assert split_term(line).term is None


@pytest.mark.parametrize("line", [
    "**Ping**: sends an ICMP echo request",
    "**Ping** sends an ICMP echo request",
    "**Traceroute** - lists the hops on the path",
])
def test_a_bold_term_is_still_a_term(line: str) -> None:
    assert split_term(line).term is not None


def test_no_clue_or_choice_opens_on_a_joining_word() -> None:
    bank = build_bank(parse_markdown(STEPS, "steps.md"))
    joining = ("like ", "for ", "in ", "and ", "with ", "during ", "before ")
    for q in bank:
        lines = [line[2:] for line in q.prompt.splitlines() if line.startswith("- ")]
        for text in (*lines, *q.choices):
            assert not text.startswith(joining), text
