"""A figure of the example the notes work through is no rule to blank: a
value in brackets after its variable ('최대 n개(6개)의 자식'), a line below the
one that sets the variable ('[그림] n=6인 B+ 트리' over '루트 노드에 2개의 키가
존재'), or a count equal to the 'n = 4' an earlier line set ('왼쪽에 4개의
포인터 중에'). Notes written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.example_values import variable_value

NOTES = """# B+ 트리

## 노드의 구조

- 한 노드는 디스크 블록 하나의 크기인 4096바이트이다.
- 검색 키 하나는 12바이트를 차지한다.

## 예시 트리

**[그림] n=6인 instructor 파일의 B+ 트리**

- 루트 노드에 2개의 키가 존재한다.
- internal node는 최대 n개(6개)의 자식을 가질 수 있다.

## 삭제

**[그림] 삭제 전 트리 (n = 4)**

## 재분배

- 최소 포인터를 2개 가질 수 있게 왼쪽에 4개의 포인터 중에 1개를 재분배한다.
- 재분배 뒤 부모 노드의 키는 40바이트를 넘지 않는다.
"""


def _blanked() -> set[str]:
    deck = parse_markdown(NOTES, "btree.md")
    return {q.choices[q.answer] for q in build_bank(deck) if q.kind == "cloze"}


def test_figures_of_the_worked_example_are_not_blanked() -> None:
    blanked = _blanked()
    assert "6개" not in blanked
    assert "2개" not in blanked
    assert "4개" not in blanked


def test_figures_of_the_rules_are_blanked() -> None:
    blanked = _blanked()
    assert "4096바이트" in blanked or "12바이트" in blanked
    assert "40바이트" in blanked


def test_a_value_in_brackets_after_a_variable() -> None:
    text = "at most n (6) children"
    assert variable_value(text, text.index("6"))
    text = "Plan A (3 tiers)"
    assert not variable_value(text, text.index("3"))
    text = "리프 노드(4개)"
    assert not variable_value(text, text.index("4"))
