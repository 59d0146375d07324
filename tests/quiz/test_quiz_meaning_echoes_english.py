"""English stems that say the answer's name in other words: 'debug a failing
service' points at *Troubleshooting*, 'confirm the result' at *Verification*,
'exact specifications' at *Requirements*, 'demarcation' at *Boundaries*, 'a
request for storage' at a *Claim*, 'expanding capacity' at *Resizing*."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.fields import echoed_fields

# Written for this test: each part of a lab task, said in words of its own.
LAB_TASK = """## Lab handbook

### Parts of every lab task
1. **Background**: Short story of the team and its servers
2. **Goal**: The one thing to build today
3. **Requirements**: Exact specifications of the build
4. **Verification**: Steps to confirm the build works
5. **Cleanup**: Remove what the task created
"""


def test_a_stem_restating_the_name_is_not_asked_for_it() -> None:
    bank = build_bank(parse_markdown(LAB_TASK, "lab.md"))
    assert bank, "the parts named in their own words are still asked"
    for q in bank:
        answer = q.correct_choice
        assert not ("specifications" in q.prompt and answer == "Requirements"), q.prompt
        assert not ("confirm" in q.prompt and answer == "Verification"), q.prompt
        assert not ("specifications" in answer and "Requirements" in q.prompt), q.prompt
        assert not ("confirm" in answer and "Verification" in q.prompt), q.prompt


@pytest.mark.parametrize(("answer", "stem", "others", "field"), [
    ("Troubleshooting", "Debug a web server that will not start",
     ["Scheduling", "Storage", "Networking"], "troubleshooting"),
    ("Verification", "Check that every replica is ready",
     ["Setup", "Cleanup"], "verification"),
    ("Requirements", "The exact specifications of the build",
     ["Background", "Cleanup"], "requirements"),
    ("Network Boundaries", "Where one office's subnet is demarcated from the next",
     ["Addressing", "Sizing"], "boundary"),
    ("VolumeClaim", "What a container requests from the storage layer",
     ["StorageClass", "Access Modes"], "claim"),
    ("Disk Resizing", "Expanding a disk that is almost full",
     ["Disk Snapshots", "Disk Encryption"], "resize"),
])
def test_an_english_subject_said_in_other_words_echoes(answer: str, stem: str,
                                                       others: list[str], field: str) -> None:
    assert field in echoed_fields(answer, stem, others)


def test_a_fixed_size_is_no_fix() -> None:
    # 'fixed' is steady, not repaired: only 'fix' and 'fixing' are in the field.
    assert not echoed_fields("Troubleshooting", "A fixed block size", ["Storage", "Scheduling"])


# Written for this test: a property among features, its value the stem.
STORE_FACTS = """## Store quick facts

* **Cache tier:** Memory only, lost on restart
* **Standby copy:** Takes over on failure, serves no reads
* **Ledger consistency:** Eventual by default
"""


def test_a_value_is_not_asked_beside_the_property_it_fills() -> None:
    # 'Eventual by default' can only be a consistency among features: the
    # choice naming that property stands out.
    bank = build_bank(parse_markdown(STORE_FACTS, "store.md"))
    for q in bank:
        assert not ("Eventual" in q.prompt and q.correct_choice == "Ledger consistency"), q
        assert not ("Ledger consistency" in q.prompt
                    and q.correct_choice == "Eventual by default"), q
    assert "consistency" in echoed_fields("Ledger consistency", "Eventual by default",
                                          ["Cache tier", "Standby copy"])
