"""Statement choices in one first-letter case: a lone capital among small
openings sets the right choice apart by its look."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.first_letters import even_cases

NOTES = """# Parcel tiers

## Tiers
- Rapid tier: next-day delivery, high price
- Thrift tier: slow delivery, low price
- Smart tier: Unknown or changing delivery needs
- Vault tier: rarely shipped, long storage
- Local tier: same-city courier only
"""


def test_a_plain_odd_capital_is_written_small() -> None:
    assert even_cases(["Unknown or changing needs", "slow delivery", "rarely shipped items"]) \
        == ["unknown or changing needs", "slow delivery", "rarely shipped items"]
    # Cases that agree, names among names, stay.
    assert even_cases(["slow delivery", "rarely shipped"]) == ["slow delivery", "rarely shipped"]
    assert even_cases(["Fast lane", "Slow lane"]) == ["Fast lane", "Slow lane"]


def test_an_odd_name_or_acronym_cannot_be_written_small() -> None:
    assert even_cases(["S3 holds objects", "slow delivery", "rarely shipped items"]) is None
    assert even_cases(["Amazon Vault keeps", "slow delivery", "rarely shipped"]) is None
    # A word the question writes with its capital mid-text is a name.
    assert even_cases(["Parcelo ships fast", "slow delivery", "rarely shipped"],
                      "Which statement describes the tier Parcelo runs?") is None


def test_match_choices_open_in_one_case() -> None:
    bank = build_bank(parse_markdown(NOTES, "parcels.md"))
    asked = [q for q in bank if q.kind == "match"]
    assert asked
    for q in asked:
        openings = {c[0].isupper() for c in q.choices if c[:1].isalpha()}
        assert len(openings) <= 1, q.choices
