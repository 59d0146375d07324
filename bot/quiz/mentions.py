"""A line's own mention of its concept's name that can be cut off cleanly,
leaving a whole statement that can serve as a clue for naming the concept.

Notes often name the thing they describe where it does no work: as a pointer
after the fact ('“Protect from accidental deletes” → Versioning', '6081 포트의
GENEVE 프로토콜 사용 -> GWLB'), or as the means the fact is reached by
('엣지 로케이션을 통해 최소 지연 시간으로 컨텐츠 전달 가능', 'With X, …',
'Xを使うと…', '通过X，…'): what follows is what the thing does. The line
without that mention still says the fact in the notes' own words; shown whole
it gives the answer away. (A subject followed by 'is', or by a Korean,
Japanese or Chinese topic particle, is read in concepts.without_subject.)

Only a cut at the very start or end, of the whole name or one of its
spellings, is made: a name inside the line ('… 메시지는 DLQ로 보관') is part of
what the line says, and cutting it leaves a fragment. What is left goes
through every check a clue does (leaks, translations, fields, merits, rivals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# An arrow pointing from the fact to what it names, closing the line.
_POINTER = re.compile(r"\s*(?:->|→|=>|⇒|⟶)\s*")
_POINTER_MARKS = ("->", "→", "=>", "⇒", "⟶")
# Quotes a scenario line is written in ('“WORM retention” → X').
_QUOTES = "\"'“”‘’「」『』"


def _spelled(text: str, spellings: Sequence[str]) -> bool:
    flat = text.strip(" .").lower()
    return any(len(s) >= 2 and flat == s.lower() for s in spellings)


def without_pointer(text: str, spellings: Sequence[str]) -> str:
    """The fact before an arrow that points at the name and closes the line
    ('“Protect from accidental deletes” → Versioning' -> 'Protect from
    accidental deletes'); '' when the line does not close so, or the fact
    before it holds another arrow (a chain, whose steps lean on each other)."""
    if not any(arrow in text for arrow in _POINTER_MARKS):
        return ""  # (most lines: no arrow to look for)
    arrows = list(_POINTER.finditer(text))
    if len(arrows) != 1:
        return ""
    arrow = arrows[0]
    if not _spelled(text[arrow.end():], spellings):
        return ""
    return text[:arrow.start()].strip().strip(_QUOTES).strip()


# A means phrase after the name, closing the cut: Korean ('X를 통해', 'X를
# 사용하면'), Japanese ('Xを使うと', 'Xにより'); before the name in English
# ('With X,', 'Using X,') and Chinese ('通过X，'), ended by a comma.
_MEANS_AFTER = re.compile(
    r"^\s?(?:[을를]\s*(?:통해서?|(?:사용|이용|활용)(?:하면|하여|해서))|"
    r"(?:を(?:使うと|使えば|使用すると|利用すると|利用すれば|使って|使用して|利用して)|"
    r"により|によって))[、,，]?\s*(?=\S)")
_MEANS_BEFORE = re.compile(r"^(?:(?:with|using|via|through)\s+(?:the\s+|an?\s+)?|通过|利用|使用)",
                           re.IGNORECASE)
_MEANS_CLOSE = re.compile(r"^\s*[,，、]\s*(?=\S)")


def after_means(text: str, spellings: Sequence[str]) -> str:
    """What a line says the name is the means to, the means phrase cut
    ('S3 Batch Operations를 사용하면 재시도 관리 가능' -> '재시도 관리 가능',
    'With Versioning, you can …' -> 'You can …'); '' when the line opens on
    no such phrase about one of the names (longest first)."""
    before = _MEANS_BEFORE.match(text)
    start = before.end() if before is not None else 0
    for name in sorted(spellings, key=len, reverse=True):
        if len(name) < 2 or not text[start:].lower().startswith(name.lower()):
            continue
        rest = text[start + len(name):]
        # (A Korean particle may follow a Latin name after a space: 'NAT Gateway 를'.)
        closing = (_MEANS_CLOSE if before is not None else _MEANS_AFTER).match(rest)
        if closing is None:
            return ""
        said = rest[closing.end():].strip()
        return said[:1].upper() + said[1:] if said[:1].isascii() else said
    return ""
