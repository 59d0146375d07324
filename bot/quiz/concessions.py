"""Whether the author's explanation of a wrong option concedes that it works.

A practice question has one right option only when the author's notes say the
others fail. 'NACL can block it too, but WAF is easier to manage' says the
wrong option works, merely less well: asked as 'Which approach?' it has two
right options. When the stem asks for the best or the most of something
('MOST cost-effective', '가장 적합한'), a comparative concession is the point
of the question; an outright 'also correct' still makes two right options.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The option is right as well, whatever the stem asks.
_OUTRIGHT_RE = re.compile(
    r"\b(?:also|equally)\s+(?:correct|valid|right|acceptable)\b|\bwould\s+also\s+work\b"
    r"|\bworks?\s+(?:as\s+well|too)\b|도\s*(?:맞(?:습니다|아요|는\s*답)|정답)|也(?:正确|正確|对|對)",
    re.IGNORECASE,
)
# The option works, but less well than the answer.
_COMPARATIVE_RE = re.compile(
    r"\bcould\s+also\b|\bnot\s+the\s+(?:best|most|optimal)\b"
    r"|\bless\s+(?:efficient|suitable|optimal|ideal|appropriate)\b|\bwhile\s+valid\b"
    r"|\b(?:is|are|may\s+be|might\s+be)\s+valid,?\s+but\b"
    r"|도\s*가능|(?:^|\s)더\s+(?:\S+\s+){0,2}?(?:좋|적합|효율|관리하기\s*쉬)"
    r"|(?:최선|최적)(?:의\s*\S+)?(?:은|는)\s*아니"
    r"|最適(?:で|では)(?:は)?ない|也可以|不是最佳",
    re.IGNORECASE,
)
# 'It can do X, but …': a concession unless the 'but' clause says the option
# then fails ('… but it does not give transitive routing').
_CAN_BUT_RE = re.compile(
    r"\bcan(?!'t|’t)\b[^.;!?]{0,80}?,?\s+but\b|\bworks?,?\s+but\b|(?<!im)possible,?\s+but\b"
    r"|수\s*있지만|(?<!불)가능하지만|(?:작동|동작)하지만|(?<!不)可能だが|(?<!不)可能ですが|できるが|できますが"
    r"|可以[^。；]{0,30}但",
    re.IGNORECASE,
)
_FAILS_RE = re.compile(
    r"\b(?:not|no|cannot|can't|doesn't|don't|won't|isn't|fails?|violat\w*|lacks?|without)\b"
    r"|않|없|불가|위배|못|아니|아닙|부적합|ない|ません|不|无|没",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?。！？])\s*")
# 'more complex', 'more overhead': a concession only beside one ('can', 'works').
_COSTLIER_RE = re.compile(r"\bmore\s+(?:complex|overhead|expensive|operational)", re.IGNORECASE)
_WORKS_RE = re.compile(r"\b(?:can(?!'t|’t)|could|works?|possible)\b", re.IGNORECASE)
# The stem asks for the best, most or least of something.
_SUPERLATIVE_RE = re.compile(
    r"\b(?:best|most|least|optimal|cost[-\s]effective|minimal|minimum|lowest|cheapest|fastest)\b"
    r"|가장|최적|최선|최소|최저|비용\s*효율|最も|最佳|最",
    re.IGNORECASE,
)


def asks_best(stem: str) -> bool:
    """The stem asks for the best (most, least) option, not just one that works."""
    return bool(_SUPERLATIVE_RE.search(stem))


def concedes(text: str, *, best: bool) -> bool:
    """`text`, written on a wrong option, says that it works: outright, or
    (when the stem does not ask for the best) merely less well."""
    if _OUTRIGHT_RE.search(text):
        return True
    if best:
        return False
    if _COMPARATIVE_RE.search(text) or _grants(text):
        return True
    return bool(_COSTLIER_RE.search(text) and _WORKS_RE.search(text))


def _grants(text: str) -> bool:
    """A sentence says the option can do it, and the rest of it ('but …')
    does not take that back."""
    for sentence in _SENTENCE_END_RE.split(text):
        m = _CAN_BUT_RE.search(sentence)
        if m is not None and not _FAILS_RE.search(sentence[m.end():]):
            return True
    return False


def wrong_option_works(stem: str, others: Sequence[str]) -> bool:
    """Any of the author's lines on the wrong options concedes that one works."""
    best = asks_best(stem)
    return any(concedes(text, best=best) for text in others)
