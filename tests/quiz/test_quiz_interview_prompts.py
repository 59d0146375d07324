"""An interviewer's prompt written without a question mark ('힙 영역에 대해
설명해 주세요', '違いを説明してください', '请解释…', 'Explain how …') asks the
candidate to talk: it states nothing, so it is neither a clue nor a choice.
A line that says something with the same words stays. Lines written for the
test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import asks


@pytest.mark.parametrize("line", [
    "가상 메모리를 쓴다면, 페이지 교체 정책에 대해 설명해 주세요.",
    "링커와 로더의 차이를 설명해주세요",
    "본인이 겪은 장애 사례를 말씀해 주세요",
    "プロセスとスレッドの違いを説明してください。",
    "请解释一下虚拟内存",
    "Explain how a page fault is handled",
    "Describe the difference between a mutex and a semaphore",
    "Tell me about a deadlock you have debugged",
])
def test_an_interview_prompt_asks(line: str) -> None:
    assert asks(line)


@pytest.mark.parametrize("line", [
    "페이지 폴트가 나면 운영체제가 디스크에서 페이지를 읽어 온다",
    "실행 계획을 설명해 주는 명령이 EXPLAIN이다",
    "EXPLAIN shows the plan the optimizer chose",
    "The kernel log explains why the process was killed",
    "describe-instances returns every instance of the account",
])
def test_a_statement_with_the_same_words_does_not_ask(line: str) -> None:
    assert not asks(line)


NOTES = """# 운영체제 면접

## 메모리
### 1. 페이지 교체에 대해 설명해 주세요.
- 메모리가 가득 차면 내보낼 페이지를 고른다
- 가장 오래 쓰이지 않은 페이지를 내보내는 방식이 LRU이다
- 가상 메모리를 쓴다면, 스왑 영역의 크기에 대해 설명해 주세요.

### 2. 세그먼테이션에 대해 설명해 주세요.
- 프로그램을 의미 단위의 세그먼트로 나눈다
- 세그먼트마다 크기가 달라 외부 단편화가 생긴다

### 3. 페이징에 대해 설명해 주세요.
- 메모리를 같은 크기의 프레임으로 나눈다
- 페이지 테이블로 논리 주소를 물리 주소로 바꾼다
- 내부 단편화가 생길 수 있다
"""


def test_no_question_shows_an_interview_prompt() -> None:
    for q in build_bank(parse_markdown(NOTES, "os.md")):
        shown = "\n".join((q.prompt, *q.choices))
        assert "스왑 영역의 크기에 대해" not in shown
