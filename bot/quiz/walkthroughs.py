"""The steps of a worked scenario: a numbered list a line announces as an
example to walk through ('시나리오로 Repeatable Read가 어떻게 동작하는지 보자',
'예를 들어 보자', "Let's walk through an example", '次のシナリオを見てみよう',
'例如：', '来看一个场景').

Its items tell one made-up run ('0. 트랜잭션 번호 6번으로 테이블의 레코드가 2개
추가되었다', '1. 사용자 B가 트랜잭션 번호 10으로 … 쿼리를 날렸다'): the figures are
the story's (any other would do) and each step is true of that run only, no rule
of the subject. None of them is a statement to blank or to judge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.model import Fact

# The words announcing a walk-through, per language. Korean: a scenario or an
# example and a verb of looking ('시나리오로 … 보자', '다음 시나리오를 살펴보자',
# '예를 들어 보자', '예시로 알아보자'). English: 'walk through / consider /
# look at / take … example|scenario', 'For example:'. Japanese: シナリオ, 例えば,
# 例を見, 具体例. Chinese: 场景/情景 with 看/假设, 例如, 举例/举个例子.
_ANNOUNCES = re.compile(
    r"(?:시나리오|예시|예제|예를\s*들어|예로)[^.。]*?(?:보자|봅시다|보겠|보면|살펴|알아보)"
    r"|\b(?:walk(?:ing)?\s+through|go(?:ing)?\s+through|consider|look\s+at|take|trace)\b"
    r"[^.]*?\b(?:example|scenario|walk-?through)\b"
    r"|^(?:for\s+(?:example|instance)|e\.g\.|example|scenario)\s*[:：]?\s*$"
    r"|シナリオ|例えば|例を(?:挙げ|見|考え)|具体例|"
    r"(?:看|假设|考虑|设想)[^。]*?(?:场景|情景|例子)|(?:场景|情景|例子)[^。]*?(?:看|如下)|"
    r"例如|举(?:个)?例",
    re.IGNORECASE)
# A made-up case set up as a premise: '… 라는 요구사항이 있을 때', '…한다고
# 가정하자', 'Suppose …', '…と仮定する。' (and '假设…' above).
_PREMISE = re.compile(
    r"(?:라는|이라는|다는|한다는)\s*[\uac00-\ud7a3]{0,4}?(?:요구\s*사항|상황|조건|제약|시나리오|예)"
    r"(?:이|가)?\s*(?:있을|주어졌을)\s*때"
    r"|(?:다고|라고)\s*(?:가정하자|가정해\s*보자|하자|해\s*보자)\s*[.:]?\s*$"
    r"|^(?:suppose|assume|imagine)\b"
    r"|(?:と仮定(?:する|します|しよう)|としよう)\s*[。:：]?\s*$",
    re.IGNORECASE)
# A lead-in is one short line: a long one says something of its own.
_LEAD_IN_LENGTH = 80


def announces_walkthrough(text: str) -> bool:
    """Whether the line announces an example or scenario to walk through."""
    text = text.strip()
    return len(text) <= _LEAD_IN_LENGTH and bool(
        _ANNOUNCES.search(text) or _PREMISE.search(text))


def walked_steps(facts: Sequence[Fact]) -> set[int]:
    """ids of the lines (with all lines nested under them) of each numbered
    list that a line right above it announces as a scenario or an example,
    and of that line when it sets up the story ('트랜잭션 1은 x를 10으로
    바꾼다. … 라는 요구사항이 있을 때': the made-up case, true of that run only)."""
    out: set[int] = set()
    for at, fact in enumerate(facts[:-1]):
        if fact.kind == "step" or facts[at + 1].kind != "step" \
                or not announces_walkthrough(fact.text):
            continue
        if _PREMISE.search(fact.text.strip()):
            out.add(id(fact))
        for step in facts[at + 1:]:
            if step.kind != "step":
                break
            out.update(id(line) for line in step.walk())
    return out
