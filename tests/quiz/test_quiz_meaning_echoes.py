"""A stem and the answer speaking of one subject in other words (비용 부담 and
'요청자 지불', 파일 시스템 and 'FSx', Windows and 'Microsoft AD') give the answer
away when no other choice is on that subject."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import make
from bot.quiz.fields import echoed_fields, fields_of
from bot.quiz.question import Question

BUCKET_FEATURES = """### 고급 버킷 기능
1. 버킷 수명 규칙
- 객체를 30일 뒤에 다른 클래스로 옮김
- 접두어 단위로 규칙 지정 가능
2. 버킷 요청자 지불
- 버킷 소유자는 저장 비용만 부담
- 큰 데이터 세트를 다른 계정과 나눌 때 유용
- 요청자는 익명일 수 없고 인증을 받아야 함
3. 버킷 일괄 작업
- 수십억 개 객체에 한 번의 작업으로 태그를 붙임
- 작업이 끝나면 완료 보고서를 생성
4. 버킷 변경 알림
- 객체가 만들어지거나 지워질 때 대상에 전달
- 접미어로 대상 객체를 거를 수 있음
"""


def test_a_clue_about_cost_does_not_ask_the_one_choice_about_paying() -> None:
    bank = build_bank(parse_markdown(BUCKET_FEATURES, "n.md"))
    assert bank, "the other features are still asked"
    for q in bank:
        assert not ("비용" in q.prompt and q.correct_choice == "버킷 요청자 지불"), q.prompt


@pytest.mark.parametrize(("answer", "stem", "others", "field"), [
    ("S3 요청자 지불", "버킷의 소유자는 버킷의 객체 스토리지 비용 부담",
     ["S3 수명 주기 규칙", "S3 Batch Operations", "S3 이벤트 알림"], "cost"),
    # An acronym's piece: FSx, EFS and NFS are file systems.
    ("FSx", "4가지 유형의 파일시스템 제공", ["DataSync", "Backup", "Snow Family"], "file"),
    ("Managed Microsoft AD", "Windows Server 기반으로 작동",
     ["AD Connector", "Simple AD"], "microsoft"),
    ("EBS 스냅샷", "특정 시점의 백업, 재해 시 복구에 사용",
     ["EBS 볼륨 다중 연결", "EBS 볼륨 암호화"], "backup"),
    ("Latency routing", "지연이 가장 적은 리전으로 응답", ["Weighted routing", "Geolocation"],
     "latency"),
    ("Requester Pays", "The bucket owner is charged only for storage",
     ["Lifecycle rules", "Batch Operations"], "cost"),
])
def test_a_subject_said_in_other_words_echoes(answer: str, stem: str, others: list[str],
                                              field: str) -> None:
    assert field in echoed_fields(answer, stem, others)


def test_a_subject_another_choice_shares_points_at_none() -> None:
    assert not echoed_fields("S3 요청자 지불", "스토리지 비용 부담",
                             ["S3 Storage Lens 요금 분석", "S3 Batch Operations"])
    assert not echoed_fields("FSx", "파일 시스템 제공", ["EFS", "S3"])


@pytest.mark.parametrize(("text", "field"), [
    ("인스턴스 프로파일", "file"),  # a profile, not a file
    ("파일럿 라이트 전략", "file"),  # a pilot
    ("RADIUS 서버", "directory"),  # AD inside a word of letters is no AD
    ("eventual consistency", "notification"),  # 'event' is a whole word only
])
def test_a_word_holding_a_fields_word_is_not_in_the_field(text: str, field: str) -> None:
    assert field not in fields_of(text)


def _question(kind: str, body: str, correct: str, wrong: list[str]) -> Question | None:
    ref = SourceRef(file="n.md", line=1)
    return make(kind, sources=[body, correct], section="S", topic="T", concept="c",
                context="S > T", body=body, correct=correct, wrong=wrong,
                explanation="- why", source=ref)


def test_the_last_gate_refuses_an_echo_for_every_kind_that_describes_the_answer() -> None:
    body = "다음 설명에 해당하는 것은?\n- 버킷 소유자는 저장 비용만 부담"
    wrong = ["버킷 수명 규칙", "버킷 일괄 작업", "버킷 변경 알림"]
    assert _question("name", body, "버킷 요청자 지불", wrong) is None
    assert _question("name", body, "버킷 복제 규칙", wrong) is not None


def test_a_not_question_is_no_echo_of_its_right_choice() -> None:
    # The false option on the concept's subject leads away from it, not to it.
    body = "다음 중 '버킷 요청자 지불'에 대한 설명으로 옳지 않은 것은?"
    wrong = ["큰 데이터 세트를 다른 계정과 나눌 때 유용", "요청자는 인증을 받아야 함"]
    assert _question("not", body, "전송 요금을 소유자가 부담", wrong) is not None
    assert _question("true", body, "전송 요금을 요청자가 부담", wrong) is None


@pytest.mark.parametrize(("answer", "stem", "others", "field"), [
    # Keeping data for years is what an archive is for.
    ("S3 Glacier Deep Archive", "장기 데이터 보존을 위한 객체 스토리지",
     ["S3 Standard", "S3 Transfer Acceleration", "S3 One Zone-IA"], "archive"),
    ("Cold archive tier", "Data retained for years at the lowest price per GB",
     ["Hot tier", "Cool tier"], "archive"),
    # Legacy is what is old, in either direction of a match.
    ("Legacy Support", "Allows older applications to keep working",
     ["Address Conservation", "Security Enhancement"], "legacy"),
    ("Allows older applications to keep working", "Legacy Support",
     ["Hides the internal network", "Saves public addresses"], "legacy"),
    ("레거시 호환", "구형 장비도 그대로 연결 가능", ["주소 절약", "보안 강화"], "legacy"),
    # A pool is a group of things handed out.
    ("Group of public addresses for translation", "NAT Pool",
     ["Public address of an inside host", "Private address of an inside host"], "pool"),
    ("Thread Pool", "미리 만들어 둔 스레드의 집합", ["Mutex", "Semaphore"], "pool"),
])
def test_archive_legacy_and_pool_are_fields(answer: str, stem: str, others: list[str],
                                            field: str) -> None:
    assert field in echoed_fields(answer, stem, others)


# (Under "Purpose and Benefits" the lines are qualities, no terms to match:
# test_quiz_choice_kinds; the heading here asks them as functions.)
NAT_BENEFITS = """# NAT
## Functions
- **Address Conservation**: Lets many internal hosts share few public addresses
- **Security Enhancement**: Hides internal network structure from outside
- **ISP Flexibility**: Enables changing providers without renumbering the network
- **Legacy Support**: Allows older applications requiring fixed addressing to function
"""


def test_legacy_is_not_asked_by_older_nor_older_by_legacy() -> None:
    bank = build_bank(parse_markdown(NAT_BENEFITS, "n.md"))
    assert bank, "the other benefits are still asked"
    for q in bank:
        pair = q.prompt + " " + q.correct_choice
        assert not ("Legacy" in pair and "older" in pair), q.prompt
