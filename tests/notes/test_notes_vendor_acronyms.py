"""An acronym written as the last word of a name, after a vendor or a qualifier
('Acme KVS (Key Value Store)'), is spelled out by the words in parentheses, as
a bare 'KVS (Key Value Store)' is: the quiz then reads 'KVS' in a clue as
'key value store' and sees it give away a choice 'Stores'."""

from __future__ import annotations

from bot.notes.aliases import mine
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """# Cloud notes

## Acme KVS (Key Value Store)
- Keeps items by key in memory, with optional disk snapshots
- Answers a read in under a millisecond

## Last page

### Stores
- KVS Multi-Zone: failover only, no reads from the standby
- Cold Vault: cheapest tier for archives

### Queues
- Topic fan-out: one message to every subscriber
- Dead letters: messages that failed too often

### Compute
- Spot capacity: cheap, may be taken back with two minutes notice
- Reserved capacity: one or three year commitment
"""


def test_an_acronym_after_a_vendor_is_spelled_out_by_its_parentheses() -> None:
    deck = parse_markdown(NOTES, "cloud.md")
    assert ("KVS", "Key Value Store") in mine(deck)
    # A clue naming KVS does not ask for 'Stores'.
    for q in build_bank(deck):
        if q.correct_choice == "Stores":
            assert "KVS" not in q.prompt, q


def test_a_digit_in_an_acronym_repeats_the_letter_before_it() -> None:
    deck = parse_markdown("## Acme KV2 (Key Value Vault)\n- Holds secrets by name\n"
                          "## P2P (Peer to Peer)\n- No server in the middle\n", "cloud.md")
    pairs = mine(deck)
    assert ("KV2", "Key Value Vault") in pairs
    assert ("P2P", "Peer to Peer") in pairs
