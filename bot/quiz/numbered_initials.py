"""A numbered name's short form: its initials and its number ('Phase 2' ->
P2, 'Layer 7' -> L7, 'Version 2' -> v2).

Notes shorten a numbered name so in passing: 'Implement the steady-state push
path (P2a/P2b/Decisions)' is what the notes say of 'Phase 2', and the 'P2' of
'P2a' names the answer among 'Phase 1', 'Ballots' and 'Recovery' (blind round,
JTovalin10 Multi-Paxos). Nor may a statement choice hold the short form of the
name its stem asks about, when no other choice does. (Initials without a
number are `text.initials_shown`'s.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.text import CAMEL_PART, without_vendor

# A name of words and a number ('Phase 2', 'Tier 1 Storage', 'Layer-4'): Latin
# words only, one of them a number.
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[\s-]+[A-Za-z0-9]+){1,3}")
# A numbered name written in a stem ('… of Phase 2?', "'Layer 7'").
_NAMED = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}[\s-]+\d{1,3}(?![\w.])")


def numbered_initials(name: str) -> str:
    """'P2' for 'Phase 2', 'TS1' for 'Tier Storage 1', '' for a name with no
    number, of one part, or not in Latin letters."""
    core = without_vendor(name).strip()
    if not _NAME.fullmatch(core):
        return ""
    parts = [p for w in re.split(r"[\s-]+", core) for p in CAMEL_PART.findall(w)]
    if len(parts) < 2 or not any(p.isdigit() for p in parts) \
            or not any(p[0].isalpha() for p in parts):
        return ""
    return "".join(p if p.isdigit() else p[0] for p in parts).upper()


def _short_form(short: str) -> re.Pattern[str]:
    # The short form as a word of its own, with a letter of a sub-step after
    # it ('P2a', 'P2b'), in any case ('v2' for 'Version 2').
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(short)}[a-z]?(?![A-Za-z0-9])", re.IGNORECASE)


def _writes(short: str, text: str) -> bool:
    return bool(short) and bool(_short_form(short).search(text))


def short_form_shown(answer: str, stem: str, others: Sequence[str]) -> bool:
    """Whether the stem writes the answer's short form ('P2a/P2b' for Phase 2)
    that no other choice shortens to; or the answer, a statement, writes the
    short form of a numbered name the stem asks about, and no other choice
    does."""
    short = numbered_initials(answer)
    if short and _writes(short, stem) \
            and all(numbered_initials(o) != short for o in others):
        return True
    for named in _NAMED.finditer(stem):
        asked = numbered_initials(named.group())
        if _writes(asked, answer) and not any(_writes(asked, o) for o in others):
            return True
    return False
