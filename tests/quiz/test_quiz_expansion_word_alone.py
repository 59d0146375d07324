"""A name asked in the stem, its descriptions as the choices: a word of what the
name's acronym stands for, said by the right description alone, points at it
('Amazon XBS (Xtra Block Saver)' asked, only one line speaking of blocks)."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import expansion_word_alone, reading_acronyms

NOTES = """# Storage picks

## Amazon XBS (Xtra Block Saver)
- Disks for one machine

## Amazon PQS (Plain Queue Service)
### Basics
- Message buffer between parts
### Limits
- Messages up to a small size

# Picks
## Choosing
- **Need block devices for a single server?** → **Amazon XBS**
- **Need a queue between producers and consumers?** → **Amazon PQS**
- **Need a shared tree of folders?** → **Amazon Folderly**
- **Need cheap cold archives kept for years?** → **Amazon Coldbox**
- **Need a global content cache near users?** → **Amazon Edgecast**
"""


def _expand(short: str) -> tuple[str, ...]:
    return {"xbs": ("Xtra Block Saver",), "pqs": ("Plain Queue Service",)}.get(
        short.lower(), ())


def test_a_word_of_the_expansion_said_by_the_right_line_alone_gives_it_away() -> None:
    with reading_acronyms(_expand):
        assert expansion_word_alone("Amazon XBS", "Need block devices for a server",
                                    ["Need a shared tree of folders", "Need cold archives"])
        # Said by a wrong line as well: no pointer.
        assert not expansion_word_alone("Amazon XBS", "Need block devices for a server",
                                        ["Need block storage shared", "Need cold archives"])
        # Generic words of the long name ('Service', 'Plain' is not one) point at nothing.
        assert not expansion_word_alone("Amazon PQS", "A managed service for messages",
                                        ["A service for folders", "Cold archives"])
        # The vendor's acronym stands for no particular thing.
        assert not expansion_word_alone("AWS Folderly", "Amazon web services folders",
                                        ["Cold archives", "A content cache"])


def test_the_match_question_is_not_asked_with_the_expansion_word_alone() -> None:
    bank = build_bank(parse_markdown(NOTES, "storage.md"))
    for q in bank:
        if q.kind != "match":
            continue
        right = q.choices[q.answer].lower()
        assert not ("XBS" in q.prompt and "block" in right), q.prompt
        assert not ("PQS" in q.prompt and "queue" in right), q.prompt
