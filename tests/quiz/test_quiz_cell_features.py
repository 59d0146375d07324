"""A cheat-sheet table lists each term's features in one cell ('큐 기반 비동기
처리, 보관 기간 최대 14일, 소비자가 직접 가져감'): each is true of the term
alone, so one that says the term ('큐 기반' under Queue Service) is left out
and the others are asked, unless they then read as a short odd one out, or
lean on the cut one ('출발지→ENI/NLB'). A wrong definition that writes a name
the notes give the term ('하나의 PL로 …' beside '## Private Line (PL)') speaks
of it too: never offered. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.clauses import features, without_telling_clauses

SHEET = """\
# 메시징 치트시트

| 서비스 | 특징 |
|---|---|
| Queue Service | 큐 기반 비동기 처리, 보관 기간 최대 14일, 소비자가 직접 가져감 |
| Topic Service | 발행 후 여러 구독자에게 동시 전달, 푸시 방식 |
| Stream Service | 샤드 단위 순서 보장, 같은 레코드 여러 번 재처리 |
| Event Bus | 규칙에 맞는 이벤트만 대상으로 전달, 외부 SaaS 연동 |
| Mirror Tap | Mirror 세션으로 패킷 복사, 출발지→ENI/NLB |
"""

LINES = """\
# 하이브리드 연결

## Private Line (PL)

- 데이터 센터와 클라우드 사이에 물리 회선을 깔아 씀

## 치트시트

| 항목 | 설명 |
|---|---|
| Private Line | 설정에 한 달 이상 걸림, 기본 암호화 없음, 여러 리전 네트워크 연결 |
| PL Hub | 하나의 PL로 여러 리전 네트워크 연결 |
| Tunnel VPN | 인터넷 위 암호화 터널, 몇 분 안에 구성 |
| Peering Link | 두 네트워크 간 일대일 연결, 전이 라우팅 불가 |
"""


def test_the_features_that_do_not_say_the_term_are_asked() -> None:
    bank = build_bank(parse_markdown(SHEET, "notes.md"))
    asked = [q for q in bank if "보관 기간 최대 14일" in q.prompt
             or "보관 기간 최대 14일, 소비자가 직접 가져감" in q.choices]
    assert asked
    assert all("큐 기반" not in q.prompt and "큐 기반" not in " ".join(q.choices) for q in asked
               if q.correct_choice != "Queue Service"
               and q.correct_choice != "보관 기간 최대 14일, 소비자가 직접 가져감")
    assert all(q.correct_choice in ("Queue Service", "보관 기간 최대 14일, 소비자가 직접 가져감")
               for q in asked)


def test_a_feature_leaning_on_the_cut_one_is_not_asked() -> None:
    bank = build_bank(parse_markdown(SHEET, "notes.md"))
    cut = "출발지→ENI/NLB"
    assert not any(q.prompt.endswith(f"- {cut}") or cut in q.choices for q in bank)


def test_a_choice_or_a_restriction_is_no_list_of_features() -> None:
    assert features("A형, B형 중 하나 선택") == ["A형, B형 중 하나 선택"]
    assert features("캐시, 큐에만 연결") == ["캐시, 큐에만 연결"]
    assert features("전용 연결, 암호화 없음") == ["전용 연결", "암호화 없음"]


def test_a_wrong_definition_naming_the_term_by_its_short_name_is_never_offered() -> None:
    bank = build_bank(parse_markdown(LINES, "notes.md"))
    asked = [q for q in bank if "'Private Line'" in q.prompt]
    assert not any("하나의 PL로 여러 리전 네트워크 연결" in q.choices for q in asked)


def test_a_feature_with_an_arrow_is_not_kept_alone() -> None:
    cell = "Mirror 세션으로 패킷 복사, 출발지 인스턴스→수집 ENI/NLB"
    assert without_telling_clauses(cell, lambda t: "Mirror" in t, cell=True) is None
    kept = without_telling_clauses("Mirror 세션으로 패킷 복사, 수집 대상은 ENI 또는 NLB",
                                   lambda t: "Mirror" in t, cell=True)
    assert kept is None  # ('또는': a choice, no list of features)
    kept = without_telling_clauses("Mirror 세션 기반, 수집 대상 ENI 지정 가능, 필터 규칙 지원",
                                   lambda t: "Mirror" in t, cell=True)
    assert kept == "수집 대상 ENI 지정 가능, 필터 규칙 지원"
