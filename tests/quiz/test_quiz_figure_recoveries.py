"""Figures a cloze may ask that an over-broad check had dropped: a line with an
arrow drawn as '=>' shows no equation, and the top of a range written as its
ceiling ('1일부터 35일까지 설정 가능') is a maximum, asked with wrong values above
it only."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.quiz.bank import build_bank
from bot.quiz.question import Question


def _clozes(*facts: Node) -> list[Question]:
    deck = make_deck({"서비스": {"한도": list(facts)}})
    return [q for q in build_bank(deck) if q.kind == "cloze"]


def _value(choice: str) -> float:
    return float("".join(ch for ch in choice if ch.isdigit() or ch == "."))


def test_an_arrow_drawn_with_an_equals_sign_is_no_equation() -> None:
    [q] = _clozes("그룹당 7개의 인스턴스만 가질 수 있음 => 큰 애플리케이션에는 제한")
    assert q.choices[q.answer] == "7개"
    # An equation still is one, and so is an equals sign between figures.
    assert _clozes("물리적 사용자 1명 = AWS 사용자 1명") == []
    assert _clozes("읽기 용량 6개 × 4 KB = 24 KB 읽기") == []


def test_the_top_of_a_settable_range_is_asked_as_a_maximum() -> None:
    [q] = _clozes("보존 기간은 1일부터 35일까지 설정 가능")
    assert q.choices[q.answer] == "35일"
    assert "1일부터 ___까지" in q.prompt
    # '까지' makes it a ceiling: a shorter period would be true as well.
    assert all(_value(c) > 35 for i, c in enumerate(q.choices) if i != q.answer)


def test_other_ranges_stay_unasked() -> None:
    # The bottom of a range, a range without '까지', a span of time taken, and a
    # range that says nothing may be set or reached.
    assert _clozes("스냅샷을 아카이브로 이동 (24시간에서 72시간까지 소요)") == []
    assert _clozes("데이터를 1~5분 이내에 받음") == []
    assert _clozes("휴지통 사용 가능 (1일~1년 보관)") == []
    assert _clozes("점검은 1일부터 35일까지 진행") == []


def test_a_line_counting_the_kinds_it_lists_is_asked_for_its_count() -> None:
    kinds = ("3가지 유형의 키 제공", ["고객 관리형 키 : 사용자가 만들고 관리",
                                    "AWS 관리형 키 : AWS가 대신 관리",
                                    "AWS 소유 키 : AWS가 소유하고 관리"])
    [q] = _clozes(kinds)
    assert q.choices[q.answer] == "3가지"
    assert "___ 유형의 키 제공" in q.prompt
    # The lesson shows what is counted, and a sample never meets the count and
    # a question on one of its items (whose breadcrumb would show the count).
    assert "AWS 소유 키" in q.explanation
    assert len(q.facts) >= 4


def test_a_count_the_list_does_not_bear_out_or_of_no_kinds_is_not_asked() -> None:
    # Four items under 'three kinds'; ways of doing, not kinds; a colon ending.
    four = ["A 키 : 하나", "B 키 : 둘", "C 키 : 셋", "D 키 : 넷"]
    assert _clozes(("3가지 유형의 키 제공", four)) == []
    assert _clozes(("3가지 암호화 방법", ["전송 중 : 하나", "서버 측 : 둘", "클라 측 : 셋"])) == []
    assert _clozes(("3가지 유형:", ["A 키 : 하나", "B 키 : 둘", "C 키 : 셋"])) == []


def test_a_bandwidth_is_a_figure_with_its_own_steps() -> None:
    # Gbps and Mbps are units: the figure is blanked, the wrong values are
    # bandwidths of the steps links are sold in, in the same unit.
    [q] = _clozes("기본 대역폭은 10 Gbps 이며 트래픽에 따라 자동으로 늘어남")
    assert q.choices[q.answer] == "10 Gbps"
    assert all(c.endswith(" Gbps") for c in q.choices)
    [q] = _clozes("무료 구간의 회선 속도는 100 Mbps 로 제한됨")
    assert q.choices[q.answer] == "100 Mbps"
