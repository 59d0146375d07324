"""The steps of a worked example ('트랜잭션 1은 잔액에 50을 더한다. … 라는
요구사항이 있을 때' over '1. 트랜잭션 1이 잔액을 50으로 바꾼다') tell one made-up
run: its figures are the story's, and the steps of the next anomaly's run
differ by their story only. Neither the steps nor the premise over them is a
clue or a choice (asked which anomaly 'writes 300' or 'commits', two are
right). Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.walkthroughs import announces_walkthrough

NOTES = """# 동시성 문제

## 격리가 안 될 때 생기는 현상

### 갱신 분실 (앞의 갱신이 사라짐)

트랜잭션 1은 잔액에 50을 더한다. 트랜잭션 2는 잔액을 300으로 바꾼다. 라는 요구사항이 있을 때

1. 잔액의 처음 값은 0이다
2. `트랜잭션 1`이 잔액을 50으로 바꾼다
3. `트랜잭션 2`가 잔액을 300으로 바꾼다
4. `트랜잭션 2` 커밋
5. `트랜잭션 1` 커밋

트랜잭션 1이 쓴 값이 트랜잭션 2의 값에 덮여 사라진다.

### 더티 쓰기 (커밋 전의 값을 덮어씀)

트랜잭션 1은 잔액을 20으로 바꾼다. 트랜잭션 2는 잔액을 300으로 바꾼다. 라는 요구사항이 있을 때

1. 잔액의 처음 값은 0이다
2. `트랜잭션 1`이 잔액을 20으로 바꾼다
3. `트랜잭션 2`가 잔액을 300으로 바꾼다
4. `트랜잭션 1` 커밋
5. `트랜잭션 2`가 롤백한다

트랜잭션 2가 롤백하면 트랜잭션 1이 쓴 값까지 되돌려진다.

### 읽기 왜곡 (어긋난 값을 읽음)

트랜잭션 1은 두 계좌를 읽는다. 트랜잭션 2는 두 계좌 사이에 돈을 옮긴다. 라는 요구사항이 있을 때

1. `트랜잭션 1`이 계좌 A를 읽는다
2. `트랜잭션 2`가 계좌 A의 잔액을 20으로 변경한다
3. `트랜잭션 2`가 계좌 B의 잔액을 80으로 변경한다
4. `트랜잭션 2` 커밋
5. `트랜잭션 1`이 계좌 B를 읽는다
6. `트랜잭션 1` 커밋

합이 맞지 않는 두 값을 읽게 된다.
"""


@pytest.mark.parametrize(("line", "announces"), [
    ("트랜잭션 1은 잔액에 50을 더한다. 라는 요구사항이 있을 때", True),
    ("두 계좌에서 돈을 뺀다. `a + b >= 0` 이라는 제약조건이 있을 때", True),
    ("계좌에 100원이 있다고 가정하자.", True),
    ("Suppose two clients write the same key:", True),
    ("在庫が10個あると仮定する。", True),
    ("잔액을 바꾸면 로그가 남는다", False),
    ("Say hello to the server", False),
    ("中小企業を対象とする。", False),
])
def test_a_premise_announces_a_walkthrough(line: str, announces: bool) -> None:
    assert announces_walkthrough(line) is announces


def test_a_worked_example_is_no_clue_nor_choice() -> None:
    # (Its steps and the premise over them: true of that made-up run only.)
    for q in build_bank(parse_markdown(NOTES, "concurrency.md")):
        shown = "\n".join((q.prompt, *q.choices))
        assert "요구사항이 있을 때" not in shown
        assert "잔액을 300으로 바꾼다" not in shown
        assert "계좌 B의 잔액을 80으로 변경한다" not in shown
