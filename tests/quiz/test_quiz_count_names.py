"""A stem that says the count a name says ('인스턴스를 1개만' for Singleton,
'한 번의 로그인' for Single Sign-On, 'two stacks' for Dual-Stack) gives the
name away in other words, unless another choice says that count too. Notes
written for the test."""

from __future__ import annotations

import pytest

from bot.quiz.count_names import count_alone, name_counts
from bot.quiz.gloss import gives_away


@pytest.mark.parametrize(("name", "counts"), [
    ("Singleton", {1}), ("Dual-Stack", {2}), ("Triple DES", {3}), ("Quadtree", {4}),
    ("Single Sign-On", {1}), ("단일 장애점", {1}), ("二重化", {2}),
    ("Factory Method", set()), ("Prototype", set()), ("Bidirectional", set()),
    ("Someone", set()), ("Tripwire", set()),
])
def test_name_counts(name: str, counts: set[int]) -> None:
    assert name_counts(name) == counts


@pytest.mark.parametrize(("answer", "stem", "others", "alone"), [
    ("Singleton", "___ 패턴은 클래스의 객체를 1개만 만들어 모두가 공유한다",
     ["Factory Method", "Prototype"], True),
    ("Singleton", "___ 패턴은 객체를 하나만 만든다", ["Observer", "Builder"], True),
    ("Single Sign-On", "___: 한 번의 인증으로 여러 사이트에 접속", ["OAuth", "Kerberos"], True),
    ("Dual-Stack", "A host running ___ keeps two stacks side by side",
     ["Tunneling", "Translation"], True),
    # Another choice says the count too: no pointer.
    ("Dual-Stack", "A host running ___ keeps two stacks side by side",
     ["Double NAT", "Tunneling"], False),
    # 'one of' names one of many; a count the name does not say is no clue.
    ("Singleton", "___ is one of the creational patterns", ["Builder", "Prototype"], False),
    ("Singleton", "___ 패턴은 생성 패턴 3개 중 가장 흔하다", ["Builder", "Prototype"], False),
    ("Observer", "___ 패턴은 구독자 1개 이상에 알린다", ["Singleton", "Builder"], False),
])
def test_count_alone(answer: str, stem: str, others: list[str], alone: bool) -> None:
    assert count_alone(answer, stem, others) == alone


def test_the_name_checks_read_it() -> None:
    assert gives_away("Singleton", "클래스의 객체를 1개만 만들어 공유", ["Observer", "Builder"])


NOTES = """# 디자인 패턴
## 생성 패턴
### Singleton
- Singleton 패턴은 전역 설정 객체를 1개만 만들어 프로그램 전체가 공유하게 한다
- 생성자를 private으로 막고 정적 메서드로 접근함
### Factory Method
- Factory Method 패턴은 객체 생성을 하위 클래스의 메서드에 맡겨 결합도를 낮춘다
- 생성할 구체 클래스를 서브클래스가 결정함
### Builder
- Builder 패턴은 복잡한 객체를 단계별로 조립하여 생성 과정을 분리한다
- 선택 인자가 많은 생성자를 대신함
- 조립 단계는 보통 4개의 메서드 호출로 끝난다
### Prototype
- Prototype 패턴은 기존 객체를 복제하여 새 객체를 만드는 비용을 줄인다
- clone 메서드로 원본을 복사함
"""


def test_neither_blank_asks_a_count_the_name_says() -> None:
    from bot.notes.loader import parse_markdown
    from bot.quiz.bank import build_bank

    stems = "\n".join(q.prompt for q in build_bank(parse_markdown(NOTES, "n.md")))
    # The name blanked beside '1개만', and '1개' blanked beside 'Singleton'.
    assert "___ 패턴은 전역 설정 객체를" not in stems, stems
    assert "Singleton 패턴은 전역 설정 객체를 ___" not in stems, stems
    # Lines saying no count of their name stay asked.
    assert "___ 패턴은 복잡한 객체를 단계별로" in stems, stems
