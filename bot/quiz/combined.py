"""A right choice that combines the others.

Among endpoint statements ('X는 빠르다', 'Y는 저렴하다'), the one choice that
mixes them ('X와 Y를 혼합한 방식', 'a hybrid of X and Y', 'SNS + SQS' beside
'SNS' and 'SQS') stands out: a reader who knows nothing picks the middle way,
and it is the key. Such a question is dropped when the right choice alone
combines two others: it holds two of them whole, or it alone says it mixes
('혼합', 'hybrid', 'both', '둘 다') and names the two it mixes ('A와 B를
혼합', which may be the things the other choices describe) or takes words
from two others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.text import matter, norm

# Words that say a choice mixes or takes both sides.
_COMBINING = re.compile(
    r"혼합|하이브리드|결합|병행|절충|섞|둘\s*다|양쪽|"
    r"\bhybrid|\bmix(?:ed|es|ing|ture)?\b|\bcombin\w*|\bblend\w*|\bboth\b|"
    r"混合|併用|組み合わせ|组合|結合|结合|両方|两者|ハイブリッド|折衷",
    re.IGNORECASE)
# Words that point at the other choices themselves ('둘 다', 'both'): no need
# to repeat their words.
_BOTH = re.compile(r"둘\s*다|양쪽|\bboth\b|両方|两者", re.IGNORECASE)
# Two things named together ('A와 B를', 'A and B', 'A + B'), which the
# combining word then mixes. ('Hybrid connectivity' alone is a kind of its own.)
_JOINED = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?:와|과)\s|\s(?:and|및|&|\+|with)\s",
                     re.IGNORECASE)
# A choice held whole: a short name or phrase, matched as whole words.
_HELD_CHARS = 40


def _holds(right: str, other: str) -> bool:
    held = norm(other)
    if not held or len(other) > _HELD_CHARS:
        return False
    whole = norm(right)
    # (A plain look first: most choices are not in the right one at all.)
    return held in whole \
        and re.search(rf"(?<![\w]){re.escape(held)}(?![\w])", whole) is not None


def _takes_from(right: str, wrong: Sequence[str]) -> int:
    """How many wrong choices the right one shares a word with that no other
    wrong choice has ('X' of 'X는 빠르다', 'Y' of 'Y는 저렴하다')."""
    own = [matter(w) for w in wrong]
    mine = matter(right)
    count = 0
    for i, words in enumerate(own):
        others = frozenset().union(*(o for j, o in enumerate(own) if j != i))
        if (mine & words) - others:
            count += 1
    return count


def combines_others(right: str, wrong: Sequence[str]) -> bool:
    """The right choice alone combines two of the others."""
    if len(wrong) < 2:
        return False
    if sum(_holds(right, w) for w in wrong) >= 2:
        return True  # 'SNS + SQS' beside 'SNS' and 'SQS'
    if not _COMBINING.search(right) or any(_COMBINING.search(w) for w in wrong):
        return False
    if _BOTH.search(right) or _JOINED.search(right):
        # '둘 다 사용' beside 'A만 사용', 'B만 사용'; 'A와 B를 혼합한 방식' beside
        # what A and B each do.
        return True
    return _takes_from(right, wrong) >= 2
