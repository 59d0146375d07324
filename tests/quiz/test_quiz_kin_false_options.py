"""A false or borrowed option comes from the sibling nearest the concept in
kind: one of another domain is spotted without knowledge."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.quiz.bank import build_bank


def test_a_false_statement_comes_from_the_nearest_sibling_in_kind() -> None:
    # Two siblings' lines contradict the archive's 180 days; the queue's line is
    # closer in length, but a queue among archive facts is spotted by its domain.
    spec: dict[str, list[Node]] = {
        "Deep Archive": ["객체의 최소 보관 기간은 180일",
                         "아카이브 데이터를 검색하는 데 최대 48시간이 걸릴 수 있음",
                         "모든 스토리지 클래스 중에서 가장 저렴한 아카이브 클래스"],
        "Flexible Retrieval": [
            "아카이브 객체의 최소 보관 기간은 90일이며 그보다 먼저 삭제하면 남은 기간의 요금이 "
            "부과됨",
            "아카이브 데이터를 검색하는 옵션 세 가지 제공", "저렴한 아카이브 스토리지 클래스"],
        "SQS": ["대기열 메시지의 최소 보관 기간은 1일", "대기열에서 메시지를 가져가 처리",
                "표준 대기열과 FIFO 대기열 제공"],
    }
    bank = build_bank(make_deck({"스토리지": spec}))
    found = [q for q in bank if q.kind == "not" and "Deep Archive에" in q.prompt]
    assert found
    assert found[0].correct_choice.startswith("아카이브 객체의 최소 보관 기간은 90일")


def test_a_borrowed_definition_comes_from_the_nearest_product_in_kind() -> None:
    # The sign-on service's notes share Cognito's '자격 증명', 'ID 공급자': its
    # definition is the false one, not the DDoS shield's (closer in length).
    spec: dict[str, list[Node]] = {
        "Cognito": ["웹 및 모바일 앱 사용자를 위한 자격 증명 서비스",
                    "소셜 ID 공급자를 통한 로그인 지원",
                    "사용자 풀과 자격 증명 풀로 앱 사용자 인증 관리"],
        "Identity Center": ["여러 계정에 한 번에 접근하게 해 주는 싱글 사인온 서비스",
                            "외부 ID 공급자와 연동하여 직원 자격 증명 관리"],
        "Firewall Manager": ["여러 계정의 방화벽 규칙을 한 곳에서 관리하는 서비스",
                             "조직 전체에 WAF 규칙 일괄 적용"],
        "Shield": ["디도스 공격으로부터 애플리케이션을 보호하는 서비스",
                   "어드밴스드 요금제로 대응팀 지원"],
        "Macie": ["기계 학습으로 S3의 민감한 데이터를 찾아내는 서비스",
                  "개인 식별 정보 탐지 결과 보고"],
    }
    bank = build_bank(make_deck({"보안": spec}))
    found = [q for q in bank if q.kind == "not" and q.concept == "cognito"]
    assert found
    assert found[0].correct_choice == "여러 계정에 한 번에 접근하게 해 주는 싱글 사인온 서비스"
