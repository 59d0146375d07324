"""A title that sets two things equal ('Server = Rented VM', 'Disk =Block
volume', a term 'One volume = One claim') maps the notes' word to another
name: two names at once, never a choice or an answer (as an arrow is not, see
naming.has_arrow). Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_name
from bot.quiz.naming import has_equals

TERMS = """# Cloud words

## What each old word is called

1. Server = Rented VM
   - A machine billed by the second
   - Sized by cores and memory chosen at launch

2. Disk =Block volume
   - Attached to one machine at a time
   - Kept when the machine stops

3. Spare instances
   - Cheap leftover capacity sold at auction
   - Taken back with two minutes of warning

4. Reserved instances
   - Paid a year ahead for a lower hourly rate
   - Tied to one region and one size

5. Dedicated hosts
   - A whole physical server for one customer
   - Needed for licences counted per socket
"""


@pytest.mark.parametrize("text", ["Server = Rented VM", "Disk =Block volume", "One PV = One PVC"])
def test_a_text_setting_two_things_equal_is_no_name(text: str) -> None:
    assert has_equals(text)
    assert not is_name(text)


@pytest.mark.parametrize("text", ["Rented VM", "a >= b", "x == y", "Public IP => 주소"])
def test_no_equals_sign_of_its_own(text: str) -> None:
    assert not has_equals(text)


SCOPES = """## Storage objects

### Know these differences
- **Claim is namespaced**: Each namespace keeps claims of its own
- **Volume is cluster-wide**: Visible from every namespace at once
- **One volume = One claim**: Two claims never bind the same volume
- **Class is cluster-wide too**: Picked by name when a claim asks for it
"""


@pytest.mark.parametrize("notes", [TERMS, SCOPES])
def test_no_choice_sets_two_things_equal(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "cloud.md"))
    assert bank, "the other titles and terms are still asked"
    for q in bank:
        assert not any(" = " in c or " =" in c for c in q.choices), q.choices
