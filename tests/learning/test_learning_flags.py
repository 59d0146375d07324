from __future__ import annotations

from bot.learning.flags import REASON_STATISTICS, statistics_flag


def test_needs_twenty_distinct_answerers() -> None:
    assert statistics_flag(0, {0: 1, 1: 18}) is None  # 19 members
    flag = statistics_flag(0, {0: 1, 1: 19})
    assert flag is not None and flag.reason == REASON_STATISTICS
    assert flag.detail == "choice 2 was the first answer of 19 of 20 members, the right one of 1"


def test_needs_a_clear_margin_not_just_a_lead() -> None:
    # 11 against 8 among 30: hard, not miskeyed (a lead equal popularity gives often).
    assert statistics_flag(0, {0: 8, 1: 11, 2: 6, 3: 5}) is None
    # 18 against 5: the lead is 13, above 2 x sqrt(23) = 9.6.
    assert statistics_flag(0, {0: 5, 1: 18, 2: 4, 3: 3}) is not None
    # The right answer ahead, or tied with the best wrong one: never.
    assert statistics_flag(1, {0: 10, 1: 10, 2: 5}) is None
    assert statistics_flag(1, {0: 2, 1: 25}) is None
