"""Glossary keywords describe an answer; only its aliases may not leak into a stem."""

from __future__ import annotations

from quiz_decks import make_deck

from bot.notes.glossary import Glossary
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

# Each service has one usable bullet; Macie's and Lex's say their keyword.
DECK = {
    "보안 및 머신러닝": {
        "Macie": ["머신러닝으로 S3의 민감한 데이터를 찾아 보호하는 서비스",
                  "개인 식별 정보가 든 객체를 찾아 보고서로 알림"],
        "Lex": ["음성인식 서비스, 챗봇 구현 가능", "대화형 인터페이스를 손쉽게 구축"],
        "Inspector": ["EC2와 컨테이너의 소프트웨어 취약성을 지속적으로 스캔", "취약점 점수 제공"],
        "GuardDuty": ["계정과 워크로드의 악의적 활동을 모니터링", "VPC 흐름 로그를 분석"],
        "Textract": ["스캔 문서에서 문자와 양식 추출", "표 안의 값도 읽어 냄"],
    }
}
NAMES = {"Macie": ["Amazon Macie", "메이시"], "Lex": ["Amazon Lex", "렉스"]}


def _names(bank: tuple[Question, ...], answer: str) -> list[Question]:
    return [q for q in bank if q.kind == "name" and q.correct_choice == answer]


def test_a_keyword_in_the_only_bullet_no_longer_blocks_the_question() -> None:
    as_aliases = Glossary.from_mapping(
        {"Macie": [*NAMES["Macie"], "민감한 데이터"], "Lex": [*NAMES["Lex"], "챗봇"]}
    )
    as_keywords = Glossary.from_mapping(NAMES, {"Macie": ["민감한 데이터"], "Lex": ["챗봇"]})
    deck = make_deck(DECK)
    blocked = build_bank(deck, as_aliases)
    assert all("민감한 데이터" not in q.prompt for q in _names(blocked, "Macie"))
    assert all("챗봇" not in q.prompt for q in _names(blocked, "Lex"))
    bank = build_bank(deck, as_keywords)
    assert any("민감한 데이터" in q.prompt for q in _names(bank, "Macie"))
    assert any("챗봇" in q.prompt for q in _names(bank, "Lex"))


def test_a_true_alias_still_blocks_the_question() -> None:
    glossary = Glossary.from_mapping(
        {"Macie": ["Amazon Macie", "메이시"]}, {"Macie": ["민감한 데이터"]}
    )
    glossary = Glossary.from_mapping(
        {"Macie": ["Amazon Macie", "정보탐정"]}, {"Macie": ["민감한 데이터"]}
    )
    spec = {"보안": {**DECK["보안 및 머신러닝"],
                   "Macie": ["정보탐정은 S3의 민감한 데이터를 찾음", "개인 식별 정보를 자동 분류"]}}
    assert all("정보탐정" not in q.prompt
               for q in _names(build_bank(make_deck(spec), glossary), "Macie"))
    assert any("정보탐정" in q.prompt
               for q in _names(build_bank(make_deck(spec), Glossary()), "Macie"))
