"""A denied adjective and the noun of its root are one word to a reader:
'invisible' says *Visibility window*, 'unavailable' says *Availability*. The
blank of a line saying one never has the other as its answer."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.word_family import same_family

NOTES = """# Job queue

## Leases
### Visibility window
- While a worker holds a job, it stays invisible for the visibility window.
- A worker can extend its hold on a job before it lapses.
### Retry budget
- Each job may be retried at most five times before it is parked.
### Parking lot
- Jobs that keep failing are moved aside for a person to inspect.
### Batch pulls
- A worker can pull up to ten jobs in one request.
"""


def test_negated_adjectives_and_their_nouns_are_one_family() -> None:
    assert same_family("invisible", "Visibility")
    assert same_family("unavailable", "availability")
    assert same_family("inactive", "activity")
    assert same_family("unencrypted", "Encryption")
    assert same_family("protective", "protection")
    assert same_family("awareness", "aware")
    # No prefix to lose, nor a suffix after a vowel ('archive' is no 'arch').
    assert not same_family("index", "dexterity")
    assert not same_family("interface", "face")
    assert not same_family("archive", "archer")


def test_a_line_saying_the_name_in_its_negated_form_is_not_blanked() -> None:
    bank = build_bank(parse_markdown(NOTES, "jobs.md"))
    for q in bank:
        if q.kind == "blank" and "invisible" in q.prompt:
            assert "Visibility" not in q.choices[q.answer], q.prompt
