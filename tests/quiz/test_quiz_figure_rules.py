"""Cloze figures: examples are not rules, no arithmetic of the answer in the stem,
bounds take wrong values from their false side only, and a premise is needed."""

from __future__ import annotations

from quiz_decks import make_deck

from bot.quiz.bank import build_bank
from bot.quiz.figure_rules import LARGER, SMALLER, false_side, is_example


def _clozes(*facts: str) -> list:
    deck = make_deck({"서비스": {"한도": list(facts)}})
    return [q for q in build_bank(deck) if q.kind == "cloze"]


def _value(choice: str) -> float:
    return float("".join(ch for ch in choice if ch.isdigit() or ch == "."))


def _side(text: str, figure: str) -> int:
    at = text.index(figure)
    return false_side(text, at, at + len(figure))


def test_example_numbers_are_not_quizzed() -> None:
    assert _clozes("객체를 60일 후에 Standard-IA로, 6개월 뒤에 Glacier로 이전 가능") == []
    assert _clozes("보관 기간을 정할 수 있음 (예: 30일)") == []
    assert _clozes("Retention can be set, e.g. 30 days") == []
    text = "최소 30일 후에 이동 가능"
    assert not is_example(text, text.index("30일"), text.index("30일") + 3)


def test_no_arithmetic_of_the_answer_in_the_stem() -> None:
    assert _clozes("읽기 용량 6개 × 4 KB = 24 KB 읽기") == []
    assert _clozes("트랜잭션 읽기는 2배 용량: 8 KB 항목은 4개 단위, 2개 항목이면 8개") == []


def test_a_change_with_its_percentage_is_arithmetic() -> None:
    # Either end of the change follows from the other and the rounded percentage.
    assert _clozes("쿼리 응답 시간: 850ms → 12ms (-99%)") == []
    assert _clozes("디스크 사용량이 2.8GB에서 1.1GB로 61% 감소") == []
    assert _clozes("Disk usage dropped from 1.8 GB to 0.8 GB (56% less)") == []
    # A percentage that is not the change of the pair leaves the figure askable.
    assert _clozes("인덱스 사용 시 응답 시간 850ms, 캐시 적중률 40%")


def test_a_continuation_without_its_premise_is_not_quizzed() -> None:
    assert _clozes("of up to 4 KB in size per second") == []


def test_bounds_take_wrong_values_from_the_false_side() -> None:
    assert _side("40여 국가의 90개 이상의 도시", "90개") == LARGER
    assert _side("읽기 복제본을 최대 15개까지 생성 가능", "15개") == LARGER
    assert _side("최근 35일 이내 원하는 시점으로 복구 가능", "35일") == LARGER
    assert _side("10밀리 초 미만의 응답 시간", "10밀리 초") == SMALLER
    assert _side("장애 시 1분 이내 복구", "1분") == SMALLER
    assert _side("최소 30일 동안 보관됨", "30일") == LARGER
    [q] = _clozes("객체는 최소 30일 동안 보관됨")
    wrong = [c for i, c in enumerate(q.choices) if i != q.answer]
    assert all(_value(c) > 30 for c in wrong)
    [q] = _clozes("응답 시간은 10밀리 초 미만으로 유지됨")
    assert all(_value(c) < 10 for i, c in enumerate(q.choices) if i != q.answer)


def test_no_safe_side_for_requirements_possibilities_and_rough_counts() -> None:
    from bot.quiz.figure_rules import threshold_rule

    def rule(text: str, figure: str) -> bool:
        start = text.index(figure)
        return threshold_rule(text, start, start + len(figure))

    # One that needs 64,000 IOPS needs the same volume; 3 copies may come too.
    assert rule("16,000 IOPS 이상을 요하는 애플리케이션", "16,000 IOPS")
    assert rule("가끔 2개 이상의 복사본이 전달 될 수 있음", "2개")
    # '40여 국가의 90개 이상의 도시': rough counts of a world that grows.
    assert rule("40여 국가의 90개 이상의 도시에 전송 지점 존재", "90개")
    # A property's own minimum stays a rule to learn; '예약 1년' is no rough count.
    assert not rule("Glacier는 최소 보관 기간이 6개월 이상", "6개월")
    assert not rule("예약 1년 또는 3년 약정으로 할인", "1년")


def test_a_time_bound_that_may_be_a_window_or_a_guarantee_is_not_asked() -> None:
    from bot.quiz.figure_rules import threshold_rule

    def rule(text: str, figure: str) -> bool:
        start = text.index(figure)
        return threshold_rule(text, start, start + len(figure))

    # 'Within 12 hours it can be retrieved': within 24 hours is true as well,
    # unless 12 hours is a window; the line does not say which.
    assert rule("12시간 이내에 검색 가능", "12시간")
    assert rule("Archived data can be retrieved within 12 hours", "12")
    assert not _clozes("아카이브 객체는 12시간 이내에 검색 가능",
                       "일반 객체는 1시간 이내에 검색 가능")
    # A window said as one ('최근', '보존 기간'): a larger figure is false.
    assert not rule("최근 35일 이내 원하는 시점으로 복구 가능", "35일")
    assert _side("로그 보존 기간은 7일 이내로 설정 가능", "7일") == LARGER
    # A time named as the time taken: a smaller figure is false.
    assert not rule("검색 시간은 12시간 이내로 보장", "12시간")
    assert _side("검색 시간은 12시간 이내로 보장", "12시간") == SMALLER
    assert _side("Retrieval time is within 12 hours", "12") == SMALLER
    # '검색' alone may be a search over a window: with '최근' both signs at once.
    assert rule("최근 90일 이내 이벤트 검색 시간 단축 가능", "90일")
    # A guarantee without 'can' stays asked, smaller false.
    assert _side("Failover completes within 60 seconds", "60") == SMALLER


def test_a_layer_figures_wrong_values_are_layers_the_notes_have() -> None:
    # '8계층' beside a model whose top layer the notes write as 7 is no layer.
    bank = _clozes("애플리케이션 로드 밸런서는 7계층, HTTP 전용",
                   "네트워크 로드 밸런서는 L4 장비로 TCP 처리")
    asked = [q for q in bank if "계층" in q.correct_choice]
    assert asked
    for q in asked:
        assert all(1 <= _value(c) <= 7 for c in q.choices)


def test_notes_naming_the_osi_model_have_its_seven_layers() -> None:
    [q] = _clozes("UDP는 OSI 4계층 전송 프로토콜")
    assert max(_value(c) for c in q.choices) > 4
    assert all(1 <= _value(c) <= 7 for c in q.choices)


def test_a_bound_on_work_done_is_a_worst_case_with_no_safe_side() -> None:
    from bot.quiz.figure_rules import threshold_rule

    def rule(text: str, figure: str) -> bool:
        start = text.index(figure)
        return threshold_rule(text, start, start + len(figure))

    # '4개 이하의 블록 읽기': 5 or fewer is true as well, and 3 is the cost of a
    # smaller tree, which the line does not give. Before, '가능' read it as a
    # capacity ('최대 15개 생성 가능') and offered 5, 6, 7.
    line = "디스크 접근 횟수 최소화 (4개 이하의 블록 읽기 가능)."
    assert _side(line, "4개") == SMALLER
    assert rule(line, "4개")
    assert _clozes(line) == []
    assert rule("A lookup needs at most 3 disk reads", "3")
    # A limit one sets is no work done: asked, larger values wrong.
    assert not rule("읽기 복제본을 최대 15개까지 생성 가능", "15개")
    assert _side("읽기 복제본을 최대 15개까지 생성 가능", "15개") == LARGER
