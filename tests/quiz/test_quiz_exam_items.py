"""Headings that number a question or an item, and names one word apart: a
past exam's question by its number ('H.26秋 問1', 'H.27春 問1：HTTPヘッダ')
names no thing; a number in brackets before a name ('(3) 정적 테스트') numbers
it as '3.' does and is not shown; a heading on a thing's benefits ('클라우드
컴퓨팅 이점') is an aspect; and a name whose words are all in another's ('쿠키
추출' / '쿠키 값 추출') is a part or case of it, never its distractor."""

from __future__ import annotations

from bot.quiz.concepts import _related_names
from bot.quiz.naming import clean_name, is_label, names_no_thing


def test_exam_items_are_labels() -> None:
    for title in ("H.26秋 問1", "H.27春 問1：HTTPヘッダ", "2023년 문제 3", "第5题", "Q3"):
        assert is_label(title), title
    for name in ("QoS", "IPv6", "Q2Q protocol"):
        assert not is_label(name), name


def test_bracketed_numbers_are_no_part_of_the_name() -> None:
    assert clean_name("(3) 정적 테스트") == "정적 테스트"
    assert clean_name("(1) 테스트 레벨") == "테스트 레벨"
    assert clean_name("(주) 회사") == "(주) 회사"


def test_benefits_are_an_aspect() -> None:
    assert names_no_thing("클라우드 컴퓨팅 이점")
    assert not names_no_thing("소비 기반 모델")


def test_names_within_names_are_related() -> None:
    assert _related_names("쿠키 추출", "쿠키 값 추출")
    assert _related_names("Data Warehouse", "Data Lake Warehouse")
    assert not _related_names("쿠키 검색", "쿠키 추출")
    assert not _related_names("웹 로드 분산기", "전송 로드 분산기")
    assert not _related_names("Fixed effects estimation", "Random effects Models")
