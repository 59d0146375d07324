"""A description that says what a name means: 'best of all' for *Optimal*.

'Guaranteed to have the least page fault among all algorithms' beside *Optimal
Page Replacement*, '모든 알고리즘 중 가장 적은 페이지 폴트' beside *최적 교체*,
'すべての方式の中で最も少ない' beside *最適*: a name that says it is the best
(optimal, best, ideal; 최적, 最適, 最优, 最佳) is picked by a description that
claims the best of all, whatever the reader studied, when no other choice
says so too. Only a claim over all (among all, of all, possible, 모든 … 중,
中で最も, 所有…中): 'the least recently used page' says no best.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_BEST_NAME = re.compile(r"\b(?:optimal|optimum|best|ideal)\b|최적|최선|最適|最良|最优|最佳|最優",
                        re.IGNORECASE)

_EXTREME = (r"(?:least|fewest|lowest|smallest|minimum|minimal|best|most\s+\w+|highest|"
            r"shortest|optimal)")
_OF_ALL = (r"(?:among\s+all|of\s+all|(?:than|over)\s+(?:all|any)\s+other|in\s+all\s+cases|"
           r"possible\b|ever\b)")
_CLAIMS_BEST = re.compile(
    # English: the extreme and its range, in either order, in one clause.
    rf"\b{_EXTREME}\b[^.;:!?]{{0,50}}\b{_OF_ALL}|\b(?:among|of)\s+all\b[^.;:!?]{{0,40}}"
    rf"\b{_EXTREME}\b|"
    # Korean: '모든 … 중 가장 적은', '가장 적은 … (중)'.
    r"모든[^.;:!?]{0,30}중(?:에서)?\s*가장|가장\s*(?:적|좋|낮|작|빠르|효율)[^.;:!?]{0,30}"
    r"(?:보장|이론상)|"
    # Japanese: 'すべての…の中で最も', '最も少ない…を保証'.
    r"(?:すべての|全ての|あらゆる)[^。；]{0,30}(?:中で|うちで)最も|"
    r"最も(?:少な|良|低|小さ|速)[^。；]{0,30}(?:保証|理論上)|"
    # Chinese: '所有…中最少', '在所有…之中最', '最少的…（保证）'.
    r"所有[^。；]{0,30}中最|(?:保证|保證)[^。；]{0,20}最(?:少|低|小|好|优)",
    re.IGNORECASE)


def claims_best(text: str) -> bool:
    """The text claims the best (least, lowest, fewest …) of all."""
    return bool(_CLAIMS_BEST.search(text))


def best_named(right: str, stem: str, wrong: Sequence[str]) -> bool:
    """The name on one side says it is the best and the description on the
    other claims the best of all, which no other choice does likewise: a
    name's clue ('least page fault among all' for *Optimal*) or a name's
    description ('Which describes *Optimal*?' answered by the one claim)."""
    if claims_best(stem) and _BEST_NAME.search(right):
        return not any(_BEST_NAME.search(w) for w in wrong)
    if _BEST_NAME.search(stem) and claims_best(right) and not _BEST_NAME.search(right):
        return not any(claims_best(w) for w in wrong)
    return False
