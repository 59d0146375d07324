"""Order of steps from an ordered list of the notes: which comes first, which
comes right after a given step; never from a numbered list of things."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

HANDSHAKE = """## Closing a connection

Both sides close their half on their own.

1) The client sends a FIN segment to close its side.

2) The server answers the FIN with an ACK and finishes sending its data.

3) The server sends its own FIN once everything is sent.

4) The client answers with an ACK and waits out the TIME_WAIT period.
"""


def test_an_ordered_list_asks_which_step_comes_first_and_next() -> None:
    bank = [q for q in build_bank(parse_markdown(HANDSHAKE, "notes.md")) if q.kind == "order"]
    assert any(q.correct_choice.startswith("The client sends a FIN") for q in bank)
    after = [q for q in bank if "The server answers the FIN" in q.prompt]
    assert after and after[0].correct_choice.startswith("The server sends its own FIN")
    for q in bank:
        assert q.correct_choice not in q.prompt


def test_three_steps_ask_only_which_comes_first() -> None:
    three = "\n".join(HANDSHAKE.splitlines()[:-2])
    bank = [q for q in build_bank(parse_markdown(three, "notes.md")) if q.kind == "order"]
    assert len(bank) == 1


def test_a_numbered_list_of_things_has_no_order_to_ask() -> None:
    kinds = """## Routing policies
1. Simple: one record, no health checks
2. Weighted: shares of traffic by weight
3. Latency: the region with the lowest latency
4. Failover: a standby answers when the primary fails
"""
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(kinds, "notes.md")))
