"""The steps of a numbered list a line announces as a scenario or an example to
walk through ('시나리오로 … 보자', "Let's walk through an example") tell one
made-up run: their figures are no blanks, their lines no rules. A numbered
list under a plain line stays. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.walkthroughs import announces_walkthrough, walked_steps

KO_SCENARIO = """# 격리 수준

## Repeatable Read

모든 InnoDB 트랜잭션은 고유한 트랜잭션 번호를 가진다.

시나리오로 Repeatable Read가 어떻게 동작하는지 보자

0. 트랜잭션 번호 6번으로 테이블의 레코드가 2개 추가되었다.
1. 사용자 B가 트랜잭션 번호 10으로 레코드 1개를 조회했다.
2. 사용자 A가 트랜잭션 번호 12로 레코드를 변경하고 커밋했다.
3. 사용자 B가 다시 조회하면 Undo 로그에 백업된 레코드 1개를 읽는다.
"""

EN_SCENARIO = """# Isolation levels

## Repeatable Read

Every InnoDB transaction has its own transaction number.

Let's walk through an example of how Repeatable Read behaves

1. Transaction 6 inserts 2 rows into the table.
2. User B reads 1 row as transaction 10.
3. User A updates the row as transaction 12 and commits.
4. User B reads again and gets the 1 row backed up in the undo log.
"""


def _prompts(text: str) -> str:
    return "\n".join(q.prompt + "\n" + "\n".join(q.choices)
                     for q in build_bank(parse_markdown(text, "notes.md")))


def test_the_steps_of_a_korean_scenario_are_not_asked() -> None:
    shown = _prompts(KO_SCENARIO)
    assert "레코드가 ___" not in shown
    assert "6번으로" not in shown and "트랜잭션 번호 12로" not in shown


def test_the_steps_of_an_english_walkthrough_are_marked() -> None:
    for text, first in ((EN_SCENARIO, "Transaction 6"), (KO_SCENARIO, "트랜잭션 번호 6번")):
        facts = [t for t in parse_markdown(text, "notes.md").topics()][-1].facts
        walked = walked_steps(facts)
        steps = [f for f in facts if f.kind == "step"]
        assert steps[0].text.startswith(first)
        assert all(id(f) in walked for f in steps)
        assert not any(id(f) in walked for f in facts if f.kind != "step")
    # A numbered list under a plain line is no example.
    plain = EN_SCENARIO.replace("Let's walk through an example of how Repeatable Read behaves",
                                "Repeatable Read reads in these stages")
    facts = [t for t in parse_markdown(plain, "notes.md").topics()][-1].facts
    assert not walked_steps(facts)


def test_lines_that_announce_a_walkthrough() -> None:
    for line in ("시나리오로 Repeatable Read가 어떻게 동작하는지 보자", "다음 시나리오를 살펴보자",
                 "예를 들어 보자", "Let's walk through an example", "For example:",
                 "次のシナリオを見てみよう", "例えば、次のような場合", "例如：",
                 "来看一个场景"):
        assert announces_walkthrough(line), line
    for line in ("설치 순서는 다음과 같다", "The steps are as follows",
                 "Repeatable Read는 MVCC로 동작한다"):
        assert not announces_walkthrough(line), line
