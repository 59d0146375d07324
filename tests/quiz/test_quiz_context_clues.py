"""Lines that need the lines around them: one that points at 'a similar
example' without saying what it is like ('Rust의 경우 소유권 이동에서 비슷한
예시가 있다'), and a count in a made-up case ('사용자들이 3개의 같은 앱을 쓰는
경우 …', 'Suppose 4 clients …': a number picked to tell a story, any other
would do). Neither is a clue, nor a figure to blank. Every note here is written
for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.figure_rules import is_example
from bot.quiz.text import refers_back

REGIONS = """## 프로그램의 메모리

### 영역별 역할
- 코드 영역
  - 실행할 기계어 명령어가 올라가는 읽기 전용 영역
  - 프로그램이 시작될 때 크기가 정해진다
- 힙 영역
  - 실행 중에 동적으로 할당되는 객체들이 저장된다 (malloc, new)
  - Rust의 경우 소유권 이동에서 비슷한 예시가 있다.
- 스택 영역
  - 함수 호출마다 지역 변수와 매개변수가 쌓이는 임시 영역
  - 함수가 끝나면 그 프레임이 바로 사라진다
- 전역 영역
  - 전역 변수와 정적 변수가 프로그램 끝까지 머무는 영역
  - 초기화 여부에 따라 두 구역으로 나뉜다
"""

SHARING = """## 스레드

### 스레드를 쓰는 이유
- 사용자들이 3개의 같은 앱을 쓰는 경우는 앱들이 같은 코드를 실행하고 데이터를 나누고 싶어진다
- 한 프로세스의 스레드들은 코드, 데이터, 힙 영역을 함께 쓴다
- 스레드마다 스택과 레지스터는 따로 가진다
- 문맥 교환 비용이 프로세스보다 작아 전환이 빠르다
"""


@pytest.mark.parametrize("line", [
    "Rust의 경우 소유권 이동에서 비슷한 예시가 있다.",
    "There is a similar example in the allocator chapter",
])
def test_a_likeness_to_nothing_named_leans_on_the_line_above(line: str) -> None:
    assert refers_back(line)


@pytest.mark.parametrize("line", [
    "C++의 new와 비슷한 예시가 있다",
    "Works in a way similar to a mutex",
    "두 방식은 비슷한 속도를 낸다",
])
def test_a_likeness_to_something_named_stands_alone(line: str) -> None:
    assert not refers_back(line)


@pytest.mark.parametrize(("line", "figure"), [
    ("사용자들이 3개의 같은 앱을 쓰는 경우는 같은 코드를 실행한다", "3개"),
    ("Suppose 4 clients open a connection at once", "4"),
])
def test_a_count_in_a_made_up_case_is_an_example(line: str, figure: str) -> None:
    at = line.index(figure)
    assert is_example(line, at, at + len(figure))


@pytest.mark.parametrize(("line", "figure"), [
    ("TTL이 0인 경우 캐시하지 않는다", "0"),
    ("한 서브넷에서 5개의 주소는 예약되어 있다", "5개"),
])
def test_a_stated_value_is_no_example(line: str, figure: str) -> None:
    at = line.index(figure)
    assert not is_example(line, at, at + len(figure))


def test_no_question_shows_a_line_that_needs_its_context() -> None:
    assert build_bank(parse_markdown(REGIONS, "memory.md")), "the regions are still asked"
    for notes in (REGIONS, SHARING):
        for q in build_bank(parse_markdown(notes, "memory.md")):
            assert "비슷한 예시" not in q.prompt, q.prompt
            assert not (q.kind == "cloze" and "같은 앱을" in q.prompt), q.prompt
