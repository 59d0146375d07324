"""A breadcrumb level that shows part of the answer's name, when a shorter
breadcrumb would not: the question is shown under the levels that give
nothing away (concepts.crumb_fitted)."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.quiz.bank import build_bank
from bot.quiz.question import Question

# Features of one engine, written under a section whose title is a word of one
# of their names ('데이터베이스' in '… 글로벌 데이터베이스').
FEATURES: dict[str, list[Node]] = {
    "Aurora 글로벌 데이터베이스": ["리전 간 복제 지연은 1초 미만",
                             "재해 복구 시 보조 리전을 1분 안에 승격"],
    "Aurora 복제본": ["최대 15개의 읽기 전용 인스턴스", "읽기 부하를 나누어 처리"],
    "Aurora Serverless": ["사용량에 따라 용량이 자동으로 조정",
                          "간헐적이고 예측할 수 없는 워크로드에 적합"],
    "Aurora 멀티 마스터": ["모든 노드가 쓰기 작업을 처리",
                       "쓰기 노드 장애 시 즉시 다른 노드로 전환"],
}
# The same, as bullets of one topic 'Aurora'.
ENGINE: list[Node] = list(FEATURES.items())


def _names(deck_spec: dict[str, dict[str, list[Node]]], answer: str) -> list[Question]:
    return [q for q in build_bank(make_deck(deck_spec))
            if q.kind == "name" and q.correct_choice == answer]


def test_a_level_showing_part_of_the_name_is_left_out() -> None:
    # '데이터베이스 > Aurora' over 'Aurora 글로벌 데이터베이스' among the other
    # Aurora features points at it; 'Aurora' alone says the same of all four.
    names = _names({"데이터베이스": {"Aurora": ENGINE}}, "Aurora 글로벌 데이터베이스")
    assert names
    for q in names:
        assert q.context == "Aurora"
        assert q.prompt.startswith("Aurora\n")
        assert "데이터베이스" not in q.prompt


def test_other_questions_keep_the_whole_breadcrumb() -> None:
    # Where no level shows a part of the name, nothing is cut.
    names = _names({"데이터베이스": {"Aurora": ENGINE}}, "Aurora 복제본")
    assert names
    assert all(q.context == "데이터베이스 > Aurora" for q in names)


def test_a_single_level_showing_the_name_still_asks_nothing() -> None:
    # No shorter breadcrumb is left to show: no question, as before.
    assert not _names({"글로벌 데이터베이스": FEATURES}, "Aurora 글로벌 데이터베이스")


def test_a_name_blank_is_shown_under_the_shorter_breadcrumb_too() -> None:
    # The same cut for a line that names its concept, blanked: under
    # '데이터베이스 > Aurora 주요 기능' the blank is '… 데이터베이스' among the
    # other features; under 'Aurora 주요 기능' it is any of them.
    global_db = [*FEATURES["Aurora 글로벌 데이터베이스"],
                 "Aurora 글로벌 데이터베이스는 다른 대륙의 사용자에게 지연이 짧은 "
                 "로컬 읽기를 제공하는 교차 리전 구성"]
    items: list[Node] = [("Aurora 글로벌 데이터베이스", global_db),
                         *((n, lines) for n, lines in FEATURES.items()
                           if n != "Aurora 글로벌 데이터베이스")]
    deck = make_deck({"데이터베이스": {"Aurora 주요 기능": items}})
    blanks = [q for q in build_bank(deck)
              if q.kind == "blank" and q.correct_choice == "Aurora 글로벌 데이터베이스"]
    assert blanks
    for q in blanks:
        assert q.context == "Aurora 주요 기능"
        assert "로컬 읽기" in q.prompt and "데이터베이스" not in q.prompt


TIERS: dict[str, list[Node]] = {
    "핫 스토리지": ["밀리초 단위로 바로 읽어야 하는 데이터를 둠", "저장 단가가 가장 비쌈"],
    "웜 스토리지": ["한 달에 몇 번 꺼내 보는 데이터를 둠", "조회할 때마다 검색 요금이 붙음"],
    "콜드 스토리지": ["몇 년 동안 꺼낼 일이 거의 없는 기록을 둠", "복원에 몇 시간이 걸림"],
}


def test_a_heading_listing_every_choice_sets_none_apart() -> None:
    # '핫, 웜, 콜드 스토리지' names each tier whole: over the three it points at
    # none of them.
    names = _names({"핫, 웜, 콜드 스토리지": TIERS}, "핫 스토리지")
    assert names
    assert all(set(q.choices) == set(TIERS) for q in names)


def test_a_heading_naming_the_answer_alone_still_gives_it_away() -> None:
    # '핫 스토리지 활용' names one tier only: no question on it.
    assert not _names({"핫 스토리지 활용": TIERS}, "핫 스토리지")
