"""A stem that gives the answer away by meaning: an acronym it names, spelled
out by the notes and said in the other language by one choice only (EFS ->
'파일 시스템'), or a general word sense of the name (정렬된 -> 올바른 순서로)."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away, reading_acronyms, shown_senses

COMPARISON = """### 스토리지
1. EBS VS EFS
- EBS 볼륨은 하나의 AZ에 종속
- EBS 볼륨은 한 번에 하나의 인스턴스와 결합
- EFS 는 네트워크 파일 시스템으로 여러 AZ에 가용 가능
- EFS 는 리눅스 인스턴스에서만 마운트 가능
"""
SPELLED_OUT = """2. 파일 스토리지
- Elastic File System (EFS) 는 관리형 NFS 서비스
- 용량에 따라 비용을 냄
"""
SAYS_FILE_SYSTEM = "네트워크 파일 시스템으로 여러 AZ에 가용 가능"


def _versus_answers(notes: str) -> set[str]:
    return {q.correct_choice for q in build_bank(parse_markdown(notes, "n.md"))
            if q.kind == "versus"}


def test_a_comparison_line_saying_the_spelled_out_acronym_is_not_asked() -> None:
    # (Unspelled, the acronym's closing 'FS' reads as a file system as well: see
    # test_quiz_meaning_echoes.py.)
    for notes in (COMPARISON, COMPARISON + SPELLED_OUT):
        answers = _versus_answers(notes)
        assert SAYS_FILE_SYSTEM not in answers
        assert "리눅스 인스턴스에서만 마운트 가능" in answers  # the other EFS line still is


def _cds(short: str) -> tuple[str, ...]:
    # A made-up acronym no shipped list knows: only the notes spell it out.
    return ("Change Data Stream",) if short == "CDS" else ()


def test_a_stem_translating_an_acronym_the_notes_spell_out_gives_it_away() -> None:
    stem = "변경된 데이터 목록을 보관"
    assert not gives_away("CDS", stem, ["DDL", "DML"])  # unknown expansion: nothing shown
    with reading_acronyms(_cds):
        assert gives_away("CDS", stem, ["DDL", "DML"])
    assert not gives_away("CDS", stem, ["DDL", "DML"])  # only while that deck is read


def test_one_shared_word_of_a_spelled_out_acronym_is_no_giveaway_for_a_sentence() -> None:
    with reading_acronyms(lambda s: ("Identity and Access Management",) if s == "IAM" else ()):
        assert not gives_away("루트 계정의 액세스 키는 만들지 않음", "IAM",
                              ["정책은 JSON 문서", "그룹에는 사용자만 속함"])


@pytest.mark.parametrize(("answer", "stem", "others"), [
    ("Redis 정렬된 세트", "요소가 추가될 때마다 순위 매긴 후 올바른 순서로 추가",
     ["Write Through", "지연로딩"]),
    ("QuickSight", "대시보드, 그래프 등의 시각화를 통한 데이터분석", ["Athena", "EMR"]),
    ("Multivalue answer routing policy", "DNS쿼리에 응답하는 레코드 최대 8개",
     ["Weighted routing policy", "Latency routing policy"]),
    # A database language's spelled-out name, from the shipped IT term list.
    ("TCL", "작업 단위(트랜잭션) 별로 제어하는 트랜잭션 제어어 입니다", ["DDL", "DCL"]),
    # 화면 is what a View is in Korean (a screen shown to the user).
    ("View", "주문 목록을 그리는 앱의 화면", ["Model", "Controller"]),
])
def test_a_general_word_sense_of_the_name_gives_it_away(
        answer: str, stem: str, others: list[str]) -> None:
    assert gives_away(answer, stem, others)


def test_a_true_option_translating_the_subject_shows_it() -> None:
    # 'Not' questions keep no true option saying the name (Secrets = 보안 정보).
    assert shown_senses("AWS Secrets Manager", "보안 정보를 중앙 집중식으로 저장하는 서비스")
