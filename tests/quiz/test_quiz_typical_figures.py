"""A figure the author hedges as usual or typical ('latency is typically under
100 ms', '보통 200ms 이하', '一般来说 …', '… 程度が目安'), or that pictures a
judgement in an aside ('very fast (under 5 ms)', '非常に高速（<5ms）'), is a rule
of thumb, not a rule: a near value is as right as the one written, so it is not
blanked. The same figure stated as a fact is still asked."""

from __future__ import annotations

import re

import pytest
from quiz_decks import make_deck

from bot.quiz.bank import build_bank
from bot.quiz.figure_rules import typical_figure


def _clozes(*facts: str) -> list:
    deck = make_deck({"캐시 서버": {"성능": list(facts)}})
    return [q for q in build_bank(deck) if q.kind == "cloze"]


@pytest.mark.parametrize("line", [
    "A cache hit typically returns in under 5 ms",
    "Cold starts usually add about 300 ms on the first call",
    "캐시 적중 시 응답 시간은 보통 5ms 이하",
    "캐시 적중 시 응답 시간은 일반적으로 5ms 이하",
    "캐시 적중 시 응답 시간은 5ms 정도가 일반적",
    "一般来说缓存命中的延迟在 5ms 以内",
    "キャッシュヒット時の応答は5ms程度が目安",
    "A 60 second TTL is a good rule of thumb for session keys",
    "キャッシュヒットは非常に高速（<5ms/リクエスト）",
    "Cache hits are very fast (under 5 ms each)",
    "캐시 적중 시 응답이 빠름 (약 5ms)",
    "Eviction is frequent (hit rate 65%)",
])
def test_a_hedged_figure_is_typical(line: str) -> None:
    m = re.search(r"\d+", line)
    assert m is not None
    assert typical_figure(line, m.start(), m.end())


@pytest.mark.parametrize("line", [
    "The largest item a node stores is 512 MB",
    "캐시 항목 하나의 최대 크기는 512MB",
    "Keys expire 60 seconds after their last write by default",
    "Node memory (at most 512 MB)",
    "Replicated cache (99.9% availability)",
])
def test_a_stated_figure_is_not_typical(line: str) -> None:
    m = re.search(r"\d+", line)
    assert m is not None
    assert not typical_figure(line, m.start(), m.end())


def test_a_rule_of_thumb_is_not_blanked_but_a_stated_limit_is() -> None:
    assert _clozes("캐시 적중 시 응답 시간은 보통 5ms 이하이고 디스크 조회는 20ms 정도 걸림") == []
    assert _clozes("A cache hit typically returns in under 5 ms, a disk read in 20 ms") == []
    assert _clozes("キャッシュヒットは非常に高速（<5ms/リクエスト）") == []
    assert _clozes("캐시 항목 하나의 최대 크기는 512MB")
