"""A rate per unit of time ('단위 시간당 완료된 프로세스 수', 'per unit time',
'単位時間あたり', '单位时间内') is counted over any span: a figure of time beside
it ('1초에 몇 개의 프로세스를 끝냈는지') only illustrates the unit, and 2초, 5초
or 10초 would illustrate it as well. Such a figure is no fact to blank."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PER_UNIT_TIME = re.compile(
    r"단위\s*시간\s*(?:당|마다|동안|에)|시간\s*단위당|"
    r"\bper\s+unit\s+(?:of\s+)?time\b|\bunit\s+of\s+time\b|\bper\s+time\s+unit\b|"
    r"単位時間(?:あたり|当たり|に|内)?|单位时间|單位時間",
    re.IGNORECASE)

# The units a span of time is written in (cloze._UNITS spells them).
TIME_UNITS = frozenset({
    "밀리초", "밀리 초", "초", "분", "시간", "일", "개월", "년", "ms", "seconds", "second",
    "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
    "years", "year"})


def per_unit_time(text: str) -> bool:
    """The text speaks of a rate per unit of time."""
    return bool(_PER_UNIT_TIME.search(text))


def illustrates_unit(unit: str, near: Iterable[str]) -> bool:
    """A figure in `unit` on a line that, or whose list (`near`: the line, its
    siblings under the same heading, the breadcrumb), defines a rate per unit of
    time: an illustration of the unit, not a fact."""
    return unit in TIME_UNITS and any(per_unit_time(text) for text in near)
