"""The kinds of figure a choice states: a share (70%), a calendar year (2011년),
a span of time (5년, 100ms), a size or a rate (5 GB, 100 Gbps).

Options of one question are of one form: 'E2E Tests: 全体の10%' beside 'Unit
Tests: 全体の70%' and 'Integration Tests: 全体の20%', or three cost statements
without a figure. One option alone of its kind among options that agree is
picked by its form ('Unit Tests: 書きやすく…' among three shares), whatever
the reader studied.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# A figure stands alone: not the digit of a name ('EC2', 'IPv6', 'x86') nor of an
# address or a version ('10.0.0.0/16', 'HTTP/1.1').
_ALONE = r"(?<![A-Za-z0-9./:_-])\d[\d,.]*\s*"
_SHARE = re.compile(_ALONE + r"(?:%|％|퍼센트|percent\b)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.])(?:1[5-9]|20)\d\d\s*(?:년|年)(?!\s*(?:간|동안|間))"
                   r"|\b(?:in|since|until)\s+(?:1[5-9]|20)\d\d\b")
_SPAN = re.compile(
    _ALONE + r"(?:밀리초|초|분|시간|일|주일?|개월|년|ms|secs?|seconds?|mins?|minutes?|hours?|"
    r"days?|weeks?|months?|years?|秒|分|時間|日間?|週間?|ヶ月|か月|个月|年|小时|分钟|天|周)"
    r"(?![A-Za-z])", re.IGNORECASE)
# A count of times ('週1回', '하루 3회', 'twice' aside): how often.
_TIMES = re.compile(_ALONE + r"(?:회|回|次|times?\b)", re.IGNORECASE)
_SIZE = re.compile(_ALONE + r"(?:[KMGTPE]i?B|bytes?|bits?|[KMGT]bps|바이트|비트)(?![A-Za-z])",
                   re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def figure_kinds(text: str) -> frozenset[str]:
    """The kinds of figure `text` states (empty for a statement without one)."""
    kinds: set[str] = set()
    rest = _YEAR.sub(" ", text)
    if rest != text:
        kinds.add("year")
    for kind, pattern in (("share", _SHARE), ("span", _SPAN), ("size", _SIZE),
                          ("times", _TIMES)):
        if pattern.search(rest):
            kinds.add(kind)
    return frozenset(kinds)


def odd_figure(right: str, wrong: Sequence[str]) -> bool:
    """The right option alone states another kind of figure than the wrong
    ones, which all agree (a share among cost statements, a statement among
    shares, a year among spans)."""
    kinds = {figure_kinds(w) for w in wrong}
    return len(wrong) >= 2 and len(kinds) == 1 and figure_kinds(right) not in kinds


def same_figures(a: str, b: str) -> bool:
    """Two lines state the same kinds of figure (none, or shares, …)."""
    return figure_kinds(a) == figure_kinds(b)


def figureless_alone(right: str, wrong: Sequence[str]) -> bool:
    """The right option alone states no figure, every wrong one some figure
    (of whatever kind): 'found in production' among '2 hours before each
    release' and 'once a week'."""
    return len(wrong) >= 2 and not figure_kinds(right) and all(figure_kinds(w) for w in wrong)
