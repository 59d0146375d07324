"""A term's definition of two clauses, one of which says the term's own words
('비용이 가장 낮은 경로를 먼저 선택' under '최소 비용'): the other clause is
asked alone, as the notes wrote it, when it is a whole clause that tells on
its own. A comma inside a list or after a modifier is no clause boundary.
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.clauses import clauses, without_telling_clauses

ROUTES = """\
# 전송 경로

## 경로 선택 전략

- 최소 비용 : 비용이 가장 낮은 경로를 먼저 선택, 트래픽이 적은 야간 배치 작업에 적합
- 균등 분배 : 모든 경로에 요청을 고르게 나누어 보냄, 장애 허용이 중요한 장기 작업에 적합
- 용량 우선 : 남은 대역폭이 가장 넓은 회선을 고름, 대용량 업로드가 몰리는 시간대에 적합
"""


def test_the_clause_that_does_not_say_the_term_is_asked() -> None:
    bank = build_bank(parse_markdown(ROUTES, "notes.md"))
    asked = [q for q in bank if "야간 배치 작업에 적합" in q.prompt]
    assert asked
    assert all(q.correct_choice == "최소 비용" and "비용이" not in q.prompt for q in asked)


def test_a_whole_definition_saying_the_term_is_still_never_shown() -> None:
    bank = build_bank(parse_markdown(ROUTES, "notes.md"))
    assert not any("비용이 가장 낮은" in q.prompt for q in bank)


@pytest.mark.parametrize("text", [
    "읽기 허용, 쓰기 규칙 모두 지정 가능",  # a list of two rules
    "지연이 가장 짧은, 가장 가까운 서버로 보내는 정책",  # a modifier before the comma
    "객체 저장소, 정적 웹 페이지 배포에도 사용",  # a noun phrase may start a list
    "큐에 넣고 (재시도, 지연 전송 포함) 순서대로 처리",  # a comma inside an aside
    "전용 경로를 써서 Redis, 메시지 큐에만 연결 가능",  # a list opened by a name
    "큐를 만들면서 토픽 생성, 구독 규칙 설정 가능",  # two actions sharing '가능'
    "오래된 버전을 지울 때, 기록을 끌 때 추가 인증이 필요함",  # two conditions
])
def test_a_comma_joining_no_whole_clauses_splits_nothing(text: str) -> None:
    assert clauses(text) == [text]


def test_a_clause_pointing_back_is_not_kept_alone() -> None:
    text = "먼저 남은 공간이 가장 큰 디스크 선택, 그 중 가장 빠른 디스크 선택"
    assert without_telling_clauses(text, lambda t: "공간" in t) is None


def test_kept_clauses_stand_alone() -> None:
    text = "비용이 가장 낮은 경로를 먼저 선택, 트래픽이 적은 야간 배치 작업에 적합."
    kept = without_telling_clauses(text, lambda t: "비용" in t)
    assert kept == "트래픽이 적은 야간 배치 작업에 적합"


def test_a_described_noun_opens_a_line_of_clauses() -> None:
    text = "서버 한 대에 붙여 쓰는 블록 단위 디스크, 같은 데이터 센터 안에서만 붙일 수 있음"
    assert clauses(text) == ["서버 한 대에 붙여 쓰는 블록 단위 디스크",
                             "같은 데이터 센터 안에서만 붙일 수 있음"]


def test_a_concessive_opening_is_no_clause_of_its_own() -> None:
    # ('… 바꿔도' = 'even if … is swapped': the second part holds only under it.)
    text = "부모 객체를 자식 객체로 바꿔도, 부모를 쓰는 코드는 그대로 동작해야 한다"
    assert clauses(text) == [text]
