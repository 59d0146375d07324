"""An acronym and a word opening with its letters give each other away, either
way round: 'SYN' asked, 'Synchronizes …' answering; so does a word whose
consonants open with them, as abbreviations are made ('Resets' for RST)."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away

FLAGS = """## TCP
### Flags
- SYN: Synchronizes sequence numbers when a connection opens
- FIN: Closes the connection gracefully once data is sent
- RST: Aborts the connection at once after an error
- PSH: Asks the receiver to hand data to the application now
"""


def test_an_acronym_asked_and_a_word_spelling_its_letters_give_it_away() -> None:
    others = ["Closes the connection gracefully", "Aborts the connection at once"]
    assert gives_away("Synchronizes sequence numbers", "Flags SYN", others)
    assert gives_away("SYN", "Synchronizes sequence numbers", ["FIN", "RST"])
    assert not gives_away("SYN", "Opens a connection", ["FIN", "RST"])


def test_an_acronym_both_sides_name_is_no_giveaway() -> None:
    # 'AWS' on both sides (and 'awsshield', the compacted name) spells nothing out.
    assert not gives_away("AWS Shield awsshield", "AWS에서 실행되는 웹 서비스를 보호",
                          ["AWS WAF", "AWS Config"])


def test_the_flag_spelled_by_its_definition_is_not_asked_by_that_definition() -> None:
    bank = build_bank(parse_markdown(FLAGS, "tcp.md"))
    asked = [q for q in bank if q.kind == "match"]
    assert asked, "the other flags are still asked"
    for q in asked:
        right = q.choices[q.answer]
        assert not ("'SYN'" in q.prompt and right.startswith("Synchronizes")), q.prompt
        assert not (right == "SYN" and "Synchronizes" in q.prompt), q.prompt


def test_a_word_whose_consonants_spell_the_acronym_gives_it_away() -> None:
    assert gives_away("RST", "Resets the connection at once", ["SYN", "FIN", "ACK"])
    assert gives_away("Resets the connection at once", "Flags RST",
                      ["Closes the connection gracefully", "Asks for data now"])
    # A word too short to be abbreviated that way ('reads' is no RDS).
    assert not gives_away("RDS Multi-AZ", "Failover only (no reads)", ["Read Replicas"])
    assert not gives_away("RST", "Aborts the connection at once", ["SYN", "FIN"])
