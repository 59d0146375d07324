"""Issue 14, blind reader r-dev-41313 Q4/Q5: router commands pasted without a
code fence ('# router eigrp 90' / '# variance 2', typed at the '#' prompt) were
read as headings, and 'variance 2' became the breadcrumb of a Delay/Bandwidth
table further down (READABLE). A '#' line that is a command in a run of typed
lines opens no section; a lower-case heading alone stays a heading."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.prompt_lines import prompt_lines

NOTES = "\n".join([
    "# EIGRP",
    "- Load balancing in eigrp",
    "(config-router)# passive-interface default",
    "# conf t",
    "# int s0/0",
    "",
    "* Unequal cost",
    "# router eigrp 90",
    "# variance 2",
    "",
    "variance is by default 1 in eigrp",
    "",
    "| Interface | Delay |",
    "|---|---|",
    "| Serial | 2000 |",
    "| Fast | 10 |",
])


def _titles(text: str) -> list[str]:
    deck = parse_markdown(text, "notes.md")
    return [s.title for s in deck.sections] + [t.title for t in deck.topics()]


def test_typed_commands_open_no_section() -> None:
    titles = _titles(NOTES)
    for command in ("conf t", "int s0/0", "router eigrp 90", "variance 2"):
        assert command not in titles, titles


def test_the_lines_below_stay_under_the_real_heading() -> None:
    deck = parse_markdown(NOTES, "notes.md")
    holder = [t.title for t in deck.topics() if t.tables]
    assert holder == ["EIGRP"], holder


def test_which_lines_are_commands() -> None:
    lines = NOTES.split("\n")
    assert prompt_lines(lines, set()) == {3, 4, 7, 8}


def test_a_lower_case_heading_alone_stays() -> None:
    text = "# notes\n\n- one fact\n\n# redis\n\n- another fact"
    assert {"notes", "redis"} <= set(_titles(text))


def test_headings_in_prose_stay() -> None:
    text = "# Load balancing\n# Variance 2\n- unequal cost paths"
    assert "Variance 2" in _titles(text)
