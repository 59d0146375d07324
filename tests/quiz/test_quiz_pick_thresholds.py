"""A need with a bound that leads to a pick ('Need to ship 40TB+ → Truck'):
a larger lower bound, or a smaller upper one, makes as true a pick, and a
nearer one may too. No side of the figure is safely false: no cloze."""

from __future__ import annotations

from quiz_decks import make_deck

from bot.quiz.bank import build_bank
from bot.quiz.figure_rules import threshold_rule


def _rule(text: str, figure: str) -> bool:
    start = text.index(figure)
    return threshold_rule(text, start, start + len(figure))


def test_bounded_needs_leading_to_a_pick_have_no_safe_side() -> None:
    assert _rule("Need to ship 40TB+ over a slow link → Truck", "40TB")
    assert _rule("Ship 40TB or more with a thin pipe → Truck", "40TB")
    assert _rule("Replies >= 5 per second needed", "5")
    assert _rule("응답 10ms 미만 필요 → 캐시", "10ms")
    assert _rule("40TB以上の転送が必要 → トラック", "40TB")
    assert _rule("需要传输 ≥ 40TB → 卡车", "40TB")
    assert _rule("Objects up to 5 GB → single upload", "5 GB")
    # A property's own bound, with no need and no pick, stays a fact to learn.
    assert not _rule("A box holds at least 40TB of disks", "40TB")
    assert not _rule("Each volume is up to 16 TB", "16 TB")


def test_no_cloze_on_a_bounded_pick() -> None:
    deck = make_deck({"Moving data": {"Picks": [
        "Need to ship 40TB+ over a slow link → Truck",
        "Need a private line for steady hybrid traffic → Leased line",
        "Need to sync files nightly over the internet → Sync agent",
    ]}})
    clozes = [q for q in build_bank(deck) if q.kind == "cloze"]
    assert not any("40TB" in c or "___+" in q.prompt for q in clozes for c in q.choices)
