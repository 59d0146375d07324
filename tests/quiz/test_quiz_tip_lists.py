"""A list of tips under a heading that says so ('Exam Tips', '시험 팁'): its bold
openings label advice, not things, and the advice without its label is a
fragment ('Know it controls …'): no term is matched to its tip. Every note here
is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

TIPS = """## Backup Exam Tips

- **Snapshot scope is the key**: Know it copies only changed blocks after the first full copy
- **Default vault matters**: Jobs without a vault name use the default one if set
- **Lifecycle rules**: Cold storage after a set time vs deletion after a year changes the bill
- **Restore testing**: Not automatic; a plan must list `restoreTesting: enabled`
- **Region knowledge**: Understand which regions hold the copies in the test account
- **Quick checks**: `backup list-jobs` and `backup describe-vault` are your friends
- **Lab targets**: Typically local disks or no vault; know how to work with manual copies
"""

TERMS = """## Backup Terms

- **Snapshot**: A copy of a volume at one moment, storing only changed blocks
- **Retention Rule**: How long old copies are kept before they are deleted
- **Restore Point**: A moment a database can be brought back to
- **Vault Lock**: Stops anyone from deleting copies before their time
"""


def test_labels_of_tips_are_not_matched_to_their_tips() -> None:
    assert not [q for q in build_bank(parse_markdown(TIPS, "tips.md")) if q.kind == "match"]


def test_terms_written_the_same_way_still_are() -> None:
    assert [q for q in build_bank(parse_markdown(TERMS, "terms.md")) if q.kind == "match"]
