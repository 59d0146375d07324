"""A line that only gives its subject another name ('코드 영역' / '텍스트(Text)
영역이라고도 합니다') is no clue: it hands over a second name of the answer. A
line that says more beside the other name stays. Lines written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.other_names import only_names_it_otherwise


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
