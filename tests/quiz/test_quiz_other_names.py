"""A line that only gives its subject another name ('코드 영역' / '텍스트(Text)
영역이라고도 합니다') is no clue: it hands over a second name of the answer. A
line that says more beside the other name stays. Lines written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.other_names import calls_it, only_names_it_otherwise


@pytest.mark.parametrize(("line", "only"), [
    ("읽기 전용(Read-only) 구역이라고도 합니다.", True),
    ("자유 목록이라고도 부른다", True),
    ("フリーリストとも呼ばれる。", True),
    ("也称为空闲链表", True),
    ("Also known as the free list.", True),
    ("It is also called a heap area", True),
    ("자유 목록이라고도 하며, 빈 블록을 연결해 둔다", False),
    ("Free lists, also known as free chains, link the empty blocks", False),
    ("빈 블록을 연결 리스트로 관리한다", False),
])
def test_only_names_it_otherwise(line: str, only: bool) -> None:
    assert only_names_it_otherwise(line) is only


NOTES = """# 메모리

## 메모리 구역
### 코드(Code) 구역
- 실행할 기계어 명령이 저장된다
- 실행 중에는 바뀌지 않는다
- 명령(Instruction) 구역이라고도 합니다.

### 데이터(Data) 구역
- 전역 변수와 정적 변수가 저장된다
- 프로그램이 끝날 때 해제된다

### 힙(Heap) 구역
- 실행 중에 동적으로 할당된다
- 낮은 주소에서 높은 주소로 자란다

### 스택(Stack) 구역
- 함수 호출의 지역 변수와 매개 변수가 저장된다
- 함수가 끝나면 해제된다
"""


def test_no_question_shows_another_name_of_its_answer() -> None:
    bank = build_bank(parse_markdown(NOTES, "memory.md"))
    assert bank
    for q in bank:
        assert "구역이라고도" not in "\n".join((q.prompt, *q.choices))


@pytest.mark.parametrize(("line", "name", "calls"), [
    ("이 정보를 단순히 「통계 정보」라고도 한다.", "통계 정보", True),
    ("このカタログの情報を単に「統計情報」とも呼ぶ。", "統計情報", True),
    ("The catalog, also known as the data dictionary, lists every table", "Data Dictionary",
     True),
    ("이 정보를 단순히 「통계 정보」라고도 한다.", "버퍼 관리자", False),
    ("통계 정보를 보고 실행 계획을 고른다", "통계 정보", False),
])
def test_calls_it(line: str, name: str, calls: bool) -> None:
    assert calls_it(line, name) is calls


ENGINE = """# 데이터베이스 엔진

## 질의 처리
1. 구문 분석기
    - 질의문의 문법을 검사한다
    - 질의문을 구문 트리로 바꾼다
2. 질의 최적화기
    - 가장 빠른 실행 계획을 고른다
    - 비용을 어림해 접근 경로를 정한다
3. 카탈로그 관리자
    - 테이블과 인덱스의 정보를 모은 시스템 테이블. 이 정보를 통계 정보라고도 한다.
4. 통계 정보
    - 테이블마다 행의 개수
    - 열마다 서로 다른 값의 개수
    - 열 값의 분포를 나타낸 히스토그램
"""


def test_a_thing_the_notes_call_by_the_answers_name_is_no_distractor() -> None:
    bank = build_bank(parse_markdown(ENGINE, "engine.md"))
    asked = [q for q in bank if q.choices[q.answer] == "통계 정보"]
    assert asked
    for q in asked:
        assert "카탈로그 관리자" not in q.choices
