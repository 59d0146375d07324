"""A slip in a name is shown as the notes spell it elsewhere: a keyword in
capitals read against the same word in any case ('EXCLUSVE' beside
'Exclusive', 'exclusive'), and a short word of a name read against the word
written beside the same word more often ('Egde Computing' beside 'Edge
Computing'). Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.spelling import spelling_fixes
from bot.quiz.text import NoGlossary

LOCKS = """\
# Database locks

## Lock modes
- SHARED: many readers may hold it on one row at the same time
- EXCLUSVE: one writer holds it and every other request waits
- UPDATE: taken before a write so two readers never deadlock on upgrade
- INTENT: set on a table to say rows below it are locked

## Remarks
- Exclusive locks are held until the transaction commits
- Readers never wait for readers, only for an exclusive holder
"""

PLACES = """\
# Where code runs

## Models
- Cloud Computing: servers in a provider's region do the work
- Egde Computing: small servers near the users cut the round trip
- Fog Computing: a layer of gateways between devices and the region

## Remarks
- Edge Computing suits video analysis at a shop's own site
- Edge Computing nodes are often managed from the cloud
"""


def test_a_keyword_in_capitals_is_shown_as_the_notes_spell_it() -> None:
    bank = build_bank(parse_markdown(LOCKS, "locks.md"))
    asked = [q for q in bank if "SHARED" in q.choices]
    assert asked
    for q in bank:
        assert not any("EXCLUSVE" in text for text in (q.prompt, *q.choices)), q
    assert any("EXCLUSIVE" in q.choices for q in asked)


def test_a_short_word_of_a_name_is_shown_as_the_notes_spell_it() -> None:
    bank = build_bank(parse_markdown(PLACES, "places.md"))
    asked = [q for q in bank if "Fog Computing" in q.choices]
    assert asked
    for q in bank:
        assert not any("Egde" in text for text in (q.prompt, *q.choices)), q
    assert any("Edge Computing" in q.choices for q in asked)


def test_only_slips_are_set_right() -> None:
    texts = ["SHARED: readers", "EXCLUSVE: one writer", "Exclusive locks", "an exclusive holder",
             "Egde Computing: near", "Edge Computing here", "Edge Computing there",
             "Fog Computing: gateways", "Cloud Computing: regions",
             # Two real words beside one word are two names, however often.
             "Data Plane: traffic", "Date Plane: a slip no list could tell", "Data Plane again"]
    fixes = spelling_fixes(texts, NoGlossary())
    assert fixes.get("EXCLUSVE") == "EXCLUSIVE"
    assert fixes.get("Egde") == "Edge"
    assert "Date" not in fixes and "Fog" not in fixes and "SHARED" not in fixes
