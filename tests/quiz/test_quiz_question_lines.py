"""A line that is itself a question ('*언제 사용?*', '왜 필요하죠?', 'Is
10.0.1.0/24 inside 10.0.0.0/16? → Yes') states nothing on its own: it is a
rhetorical lead-in, a prompt the notes answer below, or a practice item worked
out on the spot. It is neither a clue nor a choice. Every note here is written
for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import asks

NETWORKS = """\
# Networking

## Subnets

- Is 10.0.1.0/24 inside 10.0.0.0/16? → Yes, the /16 covers it
- Do 10.0.1.0/24 and 10.0.1.0/28 overlap? → Yes, one holds the other

## Route tables

- Each subnet is associated with exactly one route table at a time
- The local route for the VPC range cannot be deleted

## Internet gateways

- Attach one per VPC to give public subnets a path to the internet
- Horizontally scaled and redundant with no bandwidth limit to manage

## Security groups

- Stateful rules evaluated at the elastic network interface
- Only allow rules; everything else is denied implicitly
"""


@pytest.mark.parametrize("text", [
    "*언제 사용?*", "왜 필요하죠？", "Is 10.0.1.0/24 inside 10.0.0.0/16? → Yes",
    "그렇다면, 다형성은 어떻게 결합도를 낮출까?",
])
def test_a_line_with_a_question_mark_asks(text: str) -> None:
    assert asks(text)


@pytest.mark.parametrize("text", [
    "See https://example.com/search?q=vpc for the console", "함수 호출 기록을 되돌아감",
])
def test_a_statement_does_not_ask(text: str) -> None:
    assert not asks(text)


def _shown(notes: str) -> list[str]:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    assert bank, "the other lines still make questions"
    # (The stem's own question is not a line of the notes: only its bullets.)
    return [text for q in bank for text in (
        *(line for line in q.prompt.splitlines() if line.startswith("- ")), *q.choices)]


def test_a_question_line_is_never_a_clue_nor_a_choice() -> None:
    for text in _shown(NETWORKS):
        assert "?" not in text and "？" not in text, text
