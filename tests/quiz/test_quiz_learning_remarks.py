"""A line about learning the topic ('**Dining Philosophers** 문제를 떠올리면,
쉽게 이해할 수 있다', '… 방법 숙지', 'keep in mind', '覚えておこう', '要记住')
says how to understand or remember it, not what it is: never a clue, a choice
or a definition (blind reader: the key for 'Dining Philosophers' was '문제를
떠올리면, 쉽게 이해할 수 있다.'). Lines where a system understands or remembers
stay facts. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.remarks import about_learning

DEADLOCK_KO = """# 운영체제

## 교착상태

교착상태란 두 개 이상의 작업이 서로 상대의 작업이 끝나기만을 기다려 아무것도 완료되지 못하는 상태다.

- **상호배제**(Mutual exclusion) : 한 번에 한 프로세스만 자원을 사용할 수 있다.
- **점유대기**(Hold and wait) : 프로세스가 할당된 자원을 가진 상태에서 다른 자원을 기다린다.
- **비선점**(No preemption) : 다른 프로세스가 사용 중인 자원을 강제로 빼앗을 수 없다.
- **순환대기**(Circular wait) : 각 프로세스는 다음 프로세스가 요구하는 자원을 가지고 있다.

운영체제마다 교착상태에 대응하는 방법이 다르며, 예방은 위의 조건 중 하나를 없애는 방식이다.

> **[Dining Philosophers](https://example.com/dp)** 문제를 떠올리면, 쉽게 이해할 수 있다.
"""

DEADLOCK_EN = """# Operating systems

## Deadlock conditions

- **Mutual exclusion**: only one process at a time can use a resource.
- **Hold and wait**: a process holding resources waits for others.
- **No preemption**: a resource cannot be taken away from the process holding it.
- **Circular wait**: each process waits for a resource the next one holds.
- **Dining philosophers**: keep in mind this picture when you study the four conditions.
"""


def _shown(notes: str) -> list[str]:
    return [text for q in build_bank(parse_markdown(notes, "notes.md"))
            for text in (q.prompt, *q.choices)]


def test_a_remark_about_understanding_is_never_a_definition() -> None:
    shown = _shown(DEADLOCK_KO)
    assert shown  # the conditions are still asked
    assert not [t for t in shown if "쉽게 이해할 수 있다" in t]


def test_a_remark_about_remembering_is_never_a_definition_in_english() -> None:
    shown = _shown(DEADLOCK_EN)
    assert shown
    assert not [t for t in shown if "keep in mind" in t]


def test_learning_remarks_in_four_languages() -> None:
    for text in ("문제를 떠올리면, 쉽게 이해할 수 있다.",
                 "AWS IAM 사용자가 Kubernetes API에 인증할 수 있도록 하는 방법 숙지",
                 "이 순서는 꼭 기억하자",
                 "포트 번호는 알아두자",
                 "Remember that the default port is 80",
                 "Keep in mind that the cache is per node",
                 "この順番は覚えておこう",
                 "信号機をイメージすると理解しやすい",
                 "行列を考えるとわかりやすい",
                 "要记住三次握手的顺序",
                 "想象一下排队，就容易理解了"):
        assert about_learning(text), text


def test_lines_where_a_system_understands_or_remembers_stay_facts() -> None:
    for text in ("Stateful 서버는 클라이언트의 상태를 기억해야 한다",
                 "사람이 이해할 수 있는 형식으로 출력한다",
                 "단순화: 현실 세계를 약속된 표기법으로 표현해 쉽게 이해할 수 있도록 하는 개념",
                 "명확화: 누구나 이해하기 쉽도록 대상의 애매모호함을 제거하는 것",
                 "Label: 각 컨테이너에 라벨을 붙인다고 생각하면 된다",
                 "The browser remembers the session cookie",
                 "YAML is easy to read for people",
                 "ブラウザがパスワードを記憶する",
                 "浏览器会记住密码"):
        assert not about_learning(text), text
