"""Shares of a whole: percentages that split one thing between its parts.

'영역 1 … (30%)', '영역 2 … (28%)', '영역 3 … (24%)', '영역 4 … (18%)': an exam's
domains weighted, a budget split, a market divided. Each figure is the
author's (or the publisher's) allocation at one time, not a property of its
part: the next version of the exam guide moves a few points from one domain to
another, and a blank asking for one of them has the current value among its
'wrong' choices. Three or more percentages that add up to a whole (100, give or
take rounding), in one line or in the lines of one topic, are read as such a
split and never blanked (cloze.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.model import Deck, SourceRef

# Rounded shares add up to a little over or under 100 ('33%, 33%, 33%').
_WHOLE = 100.0
_ROUNDING = 2.0
_MIN_PARTS = 3
# A percentage written as a figure ('24%', '12.5 %', '30퍼센트'); not one of a
# range's ends ('10~20%') nor a change ('+5%').
_PERCENT = re.compile(r"(?<![\d.~\-–+])(\d{1,2}(?:\.\d+)?)\s*(?:%|퍼센트|％)")


def split_a_whole(percents: Sequence[float]) -> bool:
    """The percentages (one per part) add up to a whole: three parts or more,
    each a part (between 0 and 100), summing to 100 give or take rounding."""
    return len(percents) >= _MIN_PARTS and all(0 < p < _WHOLE for p in percents) \
        and abs(sum(percents) - _WHOLE) <= _ROUNDING


def share_lines(deck: Deck) -> frozenset[SourceRef]:
    """The lines of the deck whose percentages are shares of a whole."""
    out: set[SourceRef] = set()
    for topic in deck.topics():
        lines = [(f.source, [float(v) for v in _PERCENT.findall(f.text)])
                 for f in topic.all_facts()]
        lines = [(source, values) for source, values in lines if values]
        out.update(source for source, values in lines if split_a_whole(values))
        if split_a_whole([v for _, values in lines for v in values]):
            out.update(source for source, _ in lines)
    return frozenset(out)
