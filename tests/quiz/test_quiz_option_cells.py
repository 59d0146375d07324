"""A command-line flag at the head of a text ('-o yaml', '--all') is no bullet:
its dash stays. A clue made only of options and their values tells no command
apart (one flag runs with many commands): it is not asked. Every note here is
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.flags import only_options
from bot.quiz.naming import clean_name

TOOLS = """# Widget tool

## Commands

| Command | Description | Common Options |
|---|---|---|
| `wt get widget` | List widgets | `-o yaml` |
| `wt get gadget` | List gadgets | `-o wide`, `--all` |
| `wt describe widget` | Show one widget | `[widget-name]` |
| `wt describe gadget` | Show one gadget | `[gadget-name]` |
"""


@pytest.mark.parametrize(("text", "name"), [
    ("-o yaml", "-o yaml"),
    ("--all-namespaces", "--all-namespaces"),
    ("- Heap", "Heap"),
    ("-- Heap", "Heap"),
    ("• Stack", "Stack"),
])
def test_a_flag_keeps_its_dash_and_a_bullet_goes(text: str, name: str) -> None:
    assert clean_name(text) == name


@pytest.mark.parametrize(("text", "options"), [
    ("-o yaml", True),
    ("-o wide, --all", True),
    ("--dry-run=client", True),
    ("-n <namespace>", True),
    ("List widgets", False),
    ("-o yaml prints the whole object", False),
    ("Multi-AZ", False),
])
def test_what_is_only_options(text: str, options: bool) -> None:
    assert only_options(text) is options


def test_a_clue_of_options_only_is_not_asked() -> None:
    for question in build_bank(parse_markdown(TOOLS, "tools.md")):
        assert "Common Options" not in question.prompt, question
        assert " o yaml" not in question.prompt, question
