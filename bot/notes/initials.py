"""Whether a short form is the initials of a long name: `DLQ` of `Dead Letter
Queue`, `HTTP` of `HyperText Transfer Protocol`. Read by the alias miner
(aliases.py) and by the glossary rows that write both (spelled_rows.py).
"""

from __future__ import annotations

import re

# Words that give no letter of an acronym.
SMALL_WORDS = frozenset("of and the for to in on a an & by with".split())


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in SMALL_WORDS and w[0].isalnum())


def abbreviates(abbr: str, name: str) -> bool:
    """`DLQ` abbreviates `Dead Letter Queue`; digits and case are ignored, or a
    digit repeats the letter before it (`EC2`: Elastic Compute Cloud, `S3`:
    Simple Storage Service)."""
    letters = "".join(c for c in abbr if c.isalpha()).casefold()
    repeated = re.sub(r"([A-Za-z])([2-4])(?!\d)", lambda m: m.group(1) * int(m.group(2)),
                      abbr)
    words = name.replace("-", " ").split()
    initials = _initials(words).casefold()
    forms = (letters, "".join(c for c in repeated if c.isalpha()).casefold())
    if any(len(form) >= 2 and initials == form for form in forms):
        return True
    # A compound word gives two letters ('HyperText Transfer Protocol', or
    # 'Hypertext …', for HTTP; 'JavaScript Object Notation' for JSON).
    # (Read from the name's first word: 'in local area networks' is no name of LANs.)
    kept = [w.casefold() for w in words if w.casefold() not in SMALL_WORDS and w[0].isalnum()]
    return len(letters) >= 3 and len(kept) >= 2 and words[0].casefold() not in SMALL_WORDS \
        and _compound_initials(letters, kept, 0)


# A word this long may be a compound that gives two letters of an acronym.
_COMPOUND_LENGTH = 6
# Where the second letter may be: after a first part of three letters or more.
_FIRST_PART = 3
# At most this many words give two letters.
_COMPOUNDS = 2


def _compound_initials(letters: str, words: list[str], compounds: int) -> bool:
    """Each word gives its first letter, and a long word may give one more
    from inside it, in order, spelling exactly the letters."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if not letters or letters[0] != word[0]:
        return False
    if _compound_initials(letters[1:], rest, compounds):
        return True
    if compounds >= _COMPOUNDS or len(word) < _COMPOUND_LENGTH or len(letters) < 2:
        return False
    return letters[1] in word[_FIRST_PART:] and _compound_initials(letters[2:], rest, compounds + 1)
