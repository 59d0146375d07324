"""What a breadcrumb shows of an answer, as a reader of the choice finds it.

The breadcrumb is read against every spelling the notes and the glossary know
of the answer, so that a heading writing its name in another language or
spelled out points at it ('가상 사설 클라우드' over VPC, 'SSO' over 'IAM
Identity Center (AWS SSO)'). A glossary spelling is sometimes a gloss with a
word of its own added ('조직 관리' for Organizations: 'organization'
*management*): a heading sharing only that added word ('관리 및 거버넌스', the
section over Organizations, CloudWatch, CloudTrail, Config) shows the reader
nothing of the choice 'Organizations', and points at it no more than at the
other services of that heading.

So a sense the breadcrumb shows counts only when the reader finds it in the
answer: in its name as the choice shows it (gloss reads its acronyms spelled
out and its words translated), or in a spelling of it that the breadcrumb
writes whole, every word (then the heading names the answer another way).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.quiz.gloss import shares_all, shown_senses

# Words of a spelling, split as a reader splits a name ('Sign-On', 'A/B').
_WORD_SPLIT = re.compile(r"[\s\-/]+")
# Words that name nothing alone: a spelling is written whole without them.
_FILLER = frozenset({"aws", "amazon", "the", "of", "for", "and", "or", "to", "a", "an",
                     "service", "services"})


def written_whole(spelling: str, crumb: str) -> bool:
    """Whether the breadcrumb shows every word of the spelling (in any
    language or spelling): 'SSO' writes 'single sign-on'; '관리 및 거버넌스'
    writes only half of '조직 관리'."""
    words = [w for w in _WORD_SPLIT.split(spelling.strip())
             if w and w.lower() not in _FILLER]
    return bool(words) and all(shown_senses(w, crumb) for w in words)


def seen_in_choice(name: str, spellings: Iterable[str], crumb: str,
                   shown: frozenset[str]) -> frozenset[str]:
    """Of the senses `shown` that the breadcrumb shows of the answer read with
    all its spellings, those a reader finds in the choice: in `name`, or in a
    spelling the breadcrumb writes whole."""
    if not shown:
        return shown
    # (The spellings the breadcrumb writes whole are read only for a sense the
    # name lacks: most are found in the name, and reading a spelling is costly.)
    whole: list[str] | None = None

    def seen(sense: str) -> bool:
        nonlocal whole
        if shares_all(name, frozenset({sense})):
            return True
        if whole is None:
            whole = [s for s in spellings if s != name and written_whole(s, crumb)]
        return any(shares_all(text, frozenset({sense})) for text in whole)

    return frozenset(sense for sense in shown if seen(sense))
