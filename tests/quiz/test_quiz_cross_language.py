"""A stem that translates or transliterates the answer gives it away, in either
direction, unless every other choice shares the word."""

from __future__ import annotations

import pytest
from quiz_decks import make_deck

from bot.notes.glossary import Glossary
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.translit import written_in_hangul


@pytest.mark.parametrize(("english", "hangul"), [
    ("lake", "관리형 데이터 레이크"), ("resource", "리소스를 나열"), ("origin", "오리진을 묶음"),
    ("group", "그룹화해서"), ("event", "이벤트 알림"), ("application", "웹 애플리케이션"),
    ("balancer", "로드 밸런서"), ("gateway", "게이트웨이"), ("snapshot", "스냅샷 보관"),
    ("cache", "캐시 히트"), ("loading", "지연로딩"), ("single", "싱글 사인온"),
])
def test_transliterations_are_seen(english: str, hangul: str) -> None:
    assert written_in_hangul(english, hangul)


@pytest.mark.parametrize(("english", "hangul"), [
    ("cache", "액세스 빈도"), ("set", "수동으로"), ("lake", "레벨"), ("NACL", "연결 상태"),
    ("athena", "분석할 수 있는 쿼리"), ("policy", "정책 설정"),
])
def test_native_words_are_not_transliterations(english: str, hangul: str) -> None:
    assert not written_in_hangul(english, hangul)


@pytest.mark.parametrize(("answer", "stem", "others"), [
    ("Id", "정책 식별자(선택 사항)", ["Effect", "Version"]),
    ("범용 SSD", "일반적인 용도", ["프로비저닝된 IOPS SSD", "마그네틱"]),
    ("Permissions", "생성한 사용자에게 권한 부여 가능", ["Policies Structure", "MFA"]),
    ("User & Groups", "한 사용자가 여러 그룹에 속함", ["Roles", "MFA"]),
    ("CLI", "명령줄을 사용하여 관리", ["그룹", "액세스 키"]),
    ("Web Application Firewall", "웹 애플리케이션을 보호하는 방화벽", ["KMS", "Shield"]),
    ("스택 리소스 변경 사항에 대한 세트", "'Change Set'", ["템플릿 형식", "생성된 스택"]),
    ("S3 이벤트 알림", "Amazon EventBridge로 필터링", ["S3 요청자 지불", "S3 수명 주기"]),
    ("FIFO 대기열", "메시지가 들어온 순서대로 처리", ["DLQ", "Visibility Timeout"]),
    ("Visibility Timeout", "해당 메시지를 안보이게 차단함", ["DLQ", "FIFO 대기열"]),
    ("Visibility Timeout", "메시지가 보이지 않는 기간", ["DLQ", "FIFO 대기열"]),
    ("Step Functions", "구성 요소를 단계별로 배열하여 실행", ["EventBridge", "SNS"]),
    # A one-syllable loanword before the plural and a particle, or before 마다.
    ("Tiered Queue", "하위 큐들이 굶지 않도록 조정", ["Round Robin", "Lottery"]),
    ("Tiered Queue", "각 큐마다 다른 시간 할당", ["Round Robin", "Lottery"]),
])
def test_translations_and_transliterations_give_the_answer_away(
        answer: str, stem: str, others: list[str]) -> None:
    assert gives_away(answer, stem, others)


def test_a_word_every_choice_shares_points_at_none() -> None:
    assert not gives_away("Origin Group", "오리진을 묶어서 접근",
                          ["Origin Shield", "Origin Access"])
    assert not gives_away("Neptune", "그래프 데이터베이스", ["DocumentDB", "Keyspaces"])


def test_bank_drops_a_name_question_whose_clue_translates_the_name() -> None:
    deck = make_deck({"IAM": {
        "Permissions": ["생성한 사용자에게 권한 부여 가능", "정책 문서를 사용자에게 연결함"],
        "MFA": ["비밀번호와 보안 장치를 함께 사용", "루트 계정에 꼭 설정"],
        "Roles": ["EC2 인스턴스가 AWS 서비스를 호출할 때 사용", "임시 보안 자격을 받음"],
    }})
    for q in build_bank(deck):
        if q.kind == "name" and q.correct_choice == "Permissions":
            assert "권한" not in q.prompt


def test_an_acronym_is_read_spelled_out_by_its_glossary_aliases() -> None:
    deck = make_deck({"스토리지": {
        "EFS": ["네트워크 파일 시스템", "여러 인스턴스에 동시에 마운트됨"],
        "EBS": ["인스턴스에 붙는 네트워크 드라이브", "한 번에 한 인스턴스에만 연결"],
        "S3": ["객체를 버킷에 저장함", "정적 웹사이트 호스팅 가능"],
    }})
    glossary = Glossary.from_mapping({"EFS": ["Elastic File System"],
                                      "EBS": ["Elastic Block Store"],
                                      "S3": ["Simple Storage Service"]})
    names = [q for q in build_bank(deck, glossary)
             if q.kind == "name" and q.correct_choice == "EFS"]
    assert names, "the other clue still makes a question"
    assert all("파일 시스템" not in q.prompt for q in names)
