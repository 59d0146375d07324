"""A bound written as a sign ('< 1%', '≥ 3', '误差<1%'): wrong values only on
the side where the claim turns false."""

from __future__ import annotations

from bot.quiz.figure_rules import LARGER, SMALLER, false_side


def _side(text: str, figure: str) -> int:
    start = text.index(figure)
    return false_side(text, start, start + len(figure))


def test_a_below_sign_makes_only_smaller_bounds_false() -> None:
    assert _side("基数估算（误差<1%）", "1%") == SMALLER
    assert _side("p99 latency < 10ms under load", "10ms") == SMALLER
    assert _side("延迟小于1ms", "1ms") == SMALLER


def test_an_above_sign_makes_only_larger_bounds_false() -> None:
    assert _side("replicas >= 3 in every zone", "3") == LARGER
    assert _side("可用性≥99%", "99%") == LARGER
    # An arrow is no sign.
    assert _side("write -> 3 copies", "3 copies") != LARGER


def test_a_bound_is_read_in_every_phrasing() -> None:
    # A negated comparison bounds the other way: 'no more than 5' is a ceiling
    # (a capacity: only larger values are false), 'no fewer than 3' a floor.
    assert _side("Each bucket holds no more than 5 tags", "5") == LARGER
    assert _side("A query takes no more than 10 ms", "10 ms") == SMALLER
    assert _side("A replica set keeps no fewer than 3 copies", "3") == LARGER
    assert _side("Recovery takes not less than 10 ms", "10 ms") == LARGER
    # Chinese and Japanese floors and ceilings written before the figure.
    assert _side("每个集群不少于3个节点", "3") == LARGER
    assert _side("误差不低于1%", "1%") == LARGER
    assert _side("少なくとも3つのノード", "3") == LARGER
    assert _side("응답 시간 최대한 10 ms", "10 ms") == SMALLER
