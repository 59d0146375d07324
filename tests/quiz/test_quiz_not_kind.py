"""A NOT question's false option must be of the concept's own kind (else it is
spotted by its domain), and a true option the notes deny elsewhere (a second
section on the same name) is no true option."""

from __future__ import annotations

from quiz_decks import make_deck

from bot.quiz.bank import build_bank
from bot.quiz.negation import of_its_kind, said_against


def test_a_false_option_of_another_field_is_spotted_by_its_domain() -> None:
    trues = ["웹 및 모바일 앱을 위한 자격 증명 서비스",
             "소셜 ID 공급자를 통한 로그인 지원"]
    assert not of_its_kind("방화벽 규칙을 중앙에서 구성 및 관리할 수 있는 서비스", trues, 0.3)


def test_a_false_option_from_an_unrelated_concept_is_dropped() -> None:
    trues = ["탐지 결과를 알림으로 전달", "악의적 활동을 모니터링하는 위협 탐지 서비스"]
    assert not of_its_kind("로그를 모니터링하여 보안 위협을 알림", trues, 0.0)


def test_a_false_option_sharing_the_true_options_field_stays() -> None:
    trues = ["탐지 결과를 알림으로 전달", "악의적 활동을 모니터링하는 위협 탐지 서비스"]
    assert of_its_kind("보안 정보를 중앙에서 저장하고 감사 및 모니터링 하는 서비스", trues, 0.2)


def test_a_true_option_another_section_denies_is_said_against() -> None:
    said = ["RDS 보다 20퍼센트 정도 비싸지만 스케일링에 효과적",
            "10GB 기본으로 시작하지만 128TB 까지 자동으로 증가",
            "다른 RDS 보다 저렴하고 성능이 뛰어남"]
    assert said_against(said[0], said)
    assert not said_against(said[1], said)


def test_comparisons_with_different_things_do_not_clash() -> None:
    said = ["RDS 보다 비싸지만 스케일링에 효과적", "S3 보다 저렴한 아카이브"]
    assert not said_against(said[0], said)


def test_no_not_question_when_every_false_option_is_of_another_kind() -> None:
    # Cognito's siblings share none of its meaning (certificates, firewalls):
    # any of their definitions beside its identity lines is spotted by domain.
    spec = {"보안": {
        "Cognito": ["웹 및 모바일 앱을 위한 자격 증명 서비스", "소셜 ID 공급자를 통한 로그인 지원"],
        "ACM": ["공인 및 사설 SSL 인증서를 관리하고 배포하는 서비스",
                "인증서 만료 전에 자동으로 갱신 가능"],
        "Firewall Manager": ["방화벽 규칙을 중앙에서 구성하고 관리하는 서비스",
                             "여러 계정에 걸쳐 보안 정책을 일괄 적용"],
    }}
    assert not [q for q in build_bank(make_deck(spec))
                if q.kind == "not" and q.concept == "cognito"]
