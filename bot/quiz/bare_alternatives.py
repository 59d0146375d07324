"""A description that only offers alternatives ('로그변환 or 범주화', 'A 또는
B', 'AまたはB', 'A或B'): bare names joined by 'or', no predicate. It says one of
them is done to or chosen for the term in a setting the line does not show
('5-9. 인공신경망 분석': a continuous input of a neural network is log-
transformed or binned), not what the term is; asked alone it reads as a
fragment, so it is no clue and no choice.
"""

from __future__ import annotations

import re

_OR = re.compile(r"\s+(?:or|또는|혹은)\s+|\s*(?:または|もしくは|或者|或)\s*", re.IGNORECASE)
# A part that is a bare name: at most two words, no verb or clause mark in it.
_CLAUSE_MARK = re.compile(r"[.,;:!?。，、；：]|\b(?:is|are|be|to|can|may|will)\b|다$|함$|됨$",
                          re.IGNORECASE)


def only_alternatives(description: str) -> bool:
    """'로그변환 or 범주화': two or three bare names joined by 'or' alone."""
    parts = _OR.split(description.strip())
    if not 2 <= len(parts) <= 3:
        return False
    return all(p.strip() and len(p.split()) <= 2 and not _CLAUSE_MARK.search(p.strip())
               for p in parts)
