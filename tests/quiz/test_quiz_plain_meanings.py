"""A stem that says what the answer's word means in plain words gives it away
as a translation does: '연결하여' for *조인* (join), 'a new name' for *Alias*,
'구분하는' for *식별자*, '미국 서부' for *us-west-1*, '여러 번 와도' for *중복
제거*, 'a response' for *Reply*. A plain English word is read in its forms
('distinguishes', 'identified'). Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away

REGIONS = ["ap-northeast-2", "eu-west-1", "us-east-1"]


@pytest.mark.parametrize(("answer", "stem", "others"), [
    ("조인", "두 테이블을 공통 열로 연결하여 하나의 결과를 만든다", ["서브쿼리", "뷰", "인덱스"]),
    ("Alias", "a new name given to a table or a column inside one query",
     ["Index", "View", "Trigger"]),
    ("Alias", "테이블에 붙이는 다른 이름", ["Index", "View", "Trigger"]),
    ("식별자", "각 행을 다른 행과 구분하는 속성", ["도메인", "관계", "차수"]),
    ("Identifier", "the attribute that distinguishes one row from another",
     ["Domain", "Relation", "Degree"]),
    ("us-west-1", "미국 서부(캘리포니아 북부)에 있는 리전", REGIONS),
    ("us-west-1", "the region in the United States on the west coast", REGIONS),
    ("중복 제거", "같은 메시지가 여러 번 와도 한 번만 처리", ["순서 보장", "재시도", "일괄 처리"]),
    ("Reply", "a message sent back as the response to a question",
     ["Request", "Forward", "Broadcast"]),
])
def test_a_plain_meaning_of_the_answer_gives_it_away(answer: str, stem: str,
                                                      others: list[str]) -> None:
    assert gives_away(answer, stem, others)


@pytest.mark.parametrize(("answer", "stem", "others"), [
    # What the thing does, not what its word means.
    ("조인", "두 테이블의 행을 공통 열 값으로 묶어 조회한다", ["서브쿼리", "뷰", "인덱스"]),
    ("Alias", "used only inside the query that declares it", ["Index", "View", "Trigger"]),
    ("us-west-1", "캘리포니아 북부의 리전", REGIONS),
    # Every choice has the word: it points at none.
    ("eu-west-1", "서부에 있는 리전", ["us-west-2", "us-west-1", "ca-west-1"]),
])
def test_a_stem_that_does_not_say_the_meaning_stays(answer: str, stem: str,
                                                   others: list[str]) -> None:
    assert not gives_away(answer, stem, others)


SQL = """# SQL 기본

## 질의 요소

- 조인 : 두 테이블을 공통 열로 연결하여 하나의 결과로 만든다
- 서브쿼리 : 다른 질의 안에 들어가 값을 돌려주는 질의
- 뷰 : 저장된 질의를 테이블처럼 쓰는 가상 테이블
- 인덱스 : 검색을 빠르게 하려고 열 값을 정렬해 둔 구조
"""


def test_the_meaning_is_no_clue_of_the_name() -> None:
    bank = build_bank(parse_markdown(SQL, "sql.md"))
    assert bank, "the other lines are asked still"
    for q in bank:
        right = q.choices[q.answer]
        assert not (right == "조인" and "연결하여" in q.prompt), q.prompt
        assert not ("'조인'" in q.prompt and "연결하여" in right), q.prompt
