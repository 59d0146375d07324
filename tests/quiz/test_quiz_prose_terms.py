"""A sentence of prose 'X는 …이다' defines a term only when the notes treat X
as a concept (a heading names it, a term line or the glossary has it, or it
is a proper name) or when it is written as a definition ('X란 …', '…을
의미한다', 'Xとは', 'X refers to'); and a sentence closing on its reason
('…적합하기 때문이다') explains the one before it and defines nothing.
Blind readers (ko-database-interview, READABLE): match choices '10 만건인데
데이터가 100 만건 있는 결과를 낳을 수도 있는 것이다' (its 'term' was 실제
데이터, a sentence's subject) and '…적합하기 때문이다' (a reason clause, said
of Primary Key). Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.material import read_material
from bot.quiz.prose_terms import named_in, proper_name, reason_clause
from bot.quiz.sentences import definition_of, written_as_definition
from bot.quiz.text import NoGlossary

NOTES = """# 데이터베이스

## 인덱스란 무엇인가?

인덱스란 테이블의 검색 속도를 높여주는 자료 구조를 말한다. 책의 색인과 같은 역할을 한다.

## 트랜잭션이란 무엇인가?

트랜잭션은 작업의 완전성을 보장해주는 것이다. 즉 논리적인 작업 셋을 모두 처리하거나 모두 취소한다.

## 정규화

정규화는 중복을 줄이기 위해 릴레이션을 분해하는 과정이다. 이상 현상을 없앤다.

## 인덱스의 단점

실제 데이터는 10 만건인데 100 만건 있는 결과를 낳을 수도 있는 것이다. 그러면 느리다.

## 클러스터드 인덱스

기본 키는 행마다 고유하기 때문에 정렬 기준으로 적합하기 때문이다. 그래서 자주 쓴다.
"""


def _terms() -> set[str]:
    material = read_material(parse_markdown(NOTES, "notes.md"), NoGlossary())
    return {e.term for group in material.term_groups for e in group}


def test_only_concepts_and_definitions_are_terms_of_prose() -> None:
    terms = _terms()
    assert {"인덱스", "트랜잭션", "정규화"} <= terms
    assert "실제 데이터" not in terms
    assert "기본 키" not in terms


@pytest.mark.parametrize(("text", "reason"), [
    ("Primary Key는 행마다 고유하기 때문에 정렬 기준으로 적합하기 때문이다.", True),
    ("캐시는 메모리에 있기 때문입니다.", True),
    ("主キーは一意であるためである。", True),
    ("这是因为主键是唯一的。", True),
    ("This is because the key is unique.", True),
    ("Primary Key는 행마다 고유한 값이다.", False),
    ("때문에 생기는 문제를 막는 장치이다.", False),
    ("Caching is used because memory is fast.", False),
])
def test_a_reason_clause(text: str, reason: bool) -> None:
    assert reason_clause(text) is reason


def test_a_reason_clause_defines_nothing() -> None:
    assert definition_of("Primary Key는 행마다 고유하며 Null 값을 가질 수 없기 때문에 "
                         "물리적 정렬 기준으로 적합하기 때문이다.") is None


@pytest.mark.parametrize(("text", "form"), [
    ("함수적 종속성이란 애트리뷰트들 간의 상호 관계로부터 유도되는 제약조건의 일종이다.", True),
    ("등분산성 가정은 오차항의 분산이 모든 관측치에 대해 동일해야 한다는 것을 의미합니다.", True),
    ("行政行為とは、行政庁が法律に基づき一方的に行う行為をいう。", True),
    ("A PersistentVolumeClaim refers to storage requested by a user.", True),
    ("실제 데이터는 10 만건인데 데이터가 100 만건 있는 결과를 낳을 수도 있는 것이다.", False),
    ("Peptide bond formation is a condensation reaction catalyzed by the ribosome.", False),
])
def test_written_as_a_definition(text: str, form: bool) -> None:
    assert written_as_definition(text) is form


@pytest.mark.parametrize(("term", "titles", "named"), [
    ("트랜잭션", ["트랜잭션(Transaction)이란 무엇인가?"], True),
    ("함수적 종속성", ["2-2. 함수적 종속성이란 무엇인가?"], True),
    ("Primary Index", ["Primary Index vs Secondary Index"], True),
    ("Solow Model", ["Difference between Harrod–Domar model and Solow model"], True),
    ("VPC 피어링", ["3.1 Amazon VPC 피어링"], True),
    ("데이터", ["빅데이터 처리"], False),
    ("실제 데이터", ["Index 의 성능과 고려해야할 사항"], False),
    ("Model", ["Models of growth"], False),
    ("附款", ["行政行為の附款【重要】"], True),
])
def test_named_in_a_heading(term: str, titles: list[str], named: bool) -> None:
    assert named_in(term, titles) is named


@pytest.mark.parametrize(("term", "proper"), [
    ("AWS Direct Connect", True), ("Recursive Descent", True),
    ("Peptide bond formation", False), ("Conflicts", False), ("실제 데이터", False),
])
def test_a_proper_name(term: str, proper: bool) -> None:
    assert proper_name(term) is proper


def test_or_is_no_subject() -> None:
    assert definition_of("사람 또는 사건에 관한 양상이나 관점을 명확하게 하는 것") is None


@pytest.mark.parametrize(("term", "sentence", "proper"), [
    ("DaemonSet", "DaemonSet is a controller that …", True),
    ("Pod", "A Pod is the smallest unit …", True),
    ("Conflicts", "Conflicts are a specific kind of ambiguity.", False),
])
def test_a_proper_name_of_one_word(term: str, sentence: str, proper: bool) -> None:
    assert proper_name(term, sentence) is proper
