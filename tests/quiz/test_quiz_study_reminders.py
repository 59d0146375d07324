"""A note-taker's reminder to self about what to study ('… 대답할 수 있어야 함',
'be able to explain …', '説明できるように', '需要掌握') says what the reader
should be able to do, not what a thing is: never a clue, an answer or an
option. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_remark

JOURNAL = """# 저장 엔진

## 로그 연산

### Flush
- 버퍼에 모인 로그 레코드를 디스크의 로그 파일에 한꺼번에 기록하는 연산
- 장애가 나도 기록된 로그로 변경을 다시 적용할 수 있다

### Discard
- 아직 기록되지 않은 로그 레코드를 버퍼에서 지우고 변경을 되돌리는 연산
- 어떤 상황에서 어떤 연산을 쓸지 대답할 수 있어야 함
- 작업이 중간에 실패해 일부 변경만 남았을 때 사용한다
"""


def test_a_study_reminder_is_no_clue_answer_or_option() -> None:
    bank = build_bank(parse_markdown(JOURNAL, "journal.md"))
    assert bank
    for question in bank:
        text = "\n".join([question.prompt, *question.choices])
        assert "대답할 수 있어야" not in text, question


@pytest.mark.parametrize(("text", "reminder"), [
    ("상황이 주어지면 어떻게 풀지 대답할 수 있어야 함", True),
    ("두 연산의 차이를 설명할 수 있어야 한다", True),
    ("격리 수준 알아두기", True),
    ("You should be able to explain when each mode applies", True),
    ("Make sure you know the four isolation levels", True),
    ("どの場面で使うか答えられるように", True),
    ("違いを説明できるようにしておく", True),
    ("要能回答每种隔离级别的区别", True),
    ("需要掌握两阶段提交的流程", True),
    # Statements about the subject stay facts.
    ("A replica must be able to answer reads while the primary is down", False),
    ("로그를 디스크에 기록한 뒤 커밋을 알린다", False),
    ("副本可以回答读请求", False),
])
def test_study_reminders_in_every_language(text: str, reminder: bool) -> None:
    assert is_remark(text) is reminder
