"""Comparisons made without 'vs': lines of two things written side by side that
pair up as opposites ('데이터 스토리지가 있음' / '없음')."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

SIBLINGS = """### 스트리밍
1. Amazon Kinesis
- 실시간 스트리밍 데이터를 수집, 처리 및 분석하는 서비스
- 서비스 유형
\t- Kinesis Data Streams : 데이터를 수집, 저장 및 처리
\t\t- 실시간 서비스
\t\t- 데이터 스토리지가 있음
\t- Kinesis Data Firehose : 데이터 스트림을 데이터 스토어에 로드
\t\t- 스트리밍 ETL 솔루션
\t\t- 거의 실시간 서비스
\t\t- 데이터 스토리지가 없음
"""


def _contrasts(notes: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(notes, "n.md"))
            if q.kind == "versus" and q.id.startswith("v")]


def test_opposite_lines_of_two_siblings_are_asked_as_a_comparison() -> None:
    asked = _contrasts(SIBLINGS)
    by_answer = {q.correct_choice: q for q in asked}
    assert "실시간 서비스" in by_answer
    assert "Kinesis Data Streams에만 해당" in by_answer["실시간 서비스"].prompt
    assert "거의 실시간 서비스" in by_answer["실시간 서비스"].choices
    for q in asked:
        # A line with no opposite may be true of both sides: never a choice.
        assert "스트리밍 ETL 솔루션" not in q.choices


def test_one_pair_of_opposites_makes_no_question() -> None:
    one = SIBLINGS.replace("\t\t- 데이터 스토리지가 있음\n", "")
    assert not _contrasts(one)


TERMS = """### 스토리지
1. 스토리지 서비스 비교
- S3 : 객체 스토리지, 정적 웹사이트 호스팅에도 사용
- EFS : NFS 프로토콜 지원, 리눅스 네트워크 파일 시스템
- FSx for Windows : SMB 프로토콜 지원, 윈도우 네트워크 파일 시스템
"""


def test_parts_of_term_lines_pair_up_as_opposites() -> None:
    by_answer = {q.correct_choice: q for q in _contrasts(TERMS)}
    assert "NFS 프로토콜 지원" in by_answer
    assert set(by_answer["NFS 프로토콜 지원"].choices) >= {"SMB 프로토콜 지원"}


def test_turns_of_a_sequence_are_not_compared() -> None:
    turns = """### TCP
1. 연결 수립
- 클라이언트 : SYN 비트 1, 순서 번호 x
- 서버 : SYN 비트 1, ACK 번호 x+1
- 클라이언트 : ACK 비트 1, ACK 번호 y+1
"""
    assert not _contrasts(turns)


def test_lines_that_differ_only_by_the_sides_names_are_no_opposites() -> None:
    names = """### 네트워크
1. NAT 종류
- NAT Instance
\t- 프라이빗 서브넷 NAT Instance 경유
\t- 보안 그룹 NAT Instance 적용
- NAT Gateway
\t- 프라이빗 서브넷 NAT Gateway 경유
\t- 보안 그룹 NAT Gateway 적용
"""
    assert not _contrasts(names)


def test_a_word_that_only_narrows_a_line_makes_no_opposite() -> None:
    narrowed = SIBLINGS.replace("거의 실시간 서비스", "완전 실시간 서비스")
    assert "실시간 서비스" not in {q.correct_choice for q in _contrasts(narrowed)}
