"""A statement closed by a bare tag after a colon ('… 실행환경을 초기화 :
콜드스타트') is no clue: the tag names what the line avoids or is filed under,
and read as part of the clue it says the opposite (a blind reader failed a
question that showed it). A figure after the colon is the fact itself, and a
short key before it is a label. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.text import ends_on_tag

WORKERS = """## 작업자 풀

### 예열된 작업자
- 요청이 오기 전에 미리 준비해 둔 작업자 프로세스의 수
- 요청에 바로 응답할 수 있도록 해당하는 수의 프로세스를 미리 띄워 둠 : 지연시작
- 켜 둔 시간만큼 추가 요금이 발생함

### 예약된 작업자
- 하나의 작업 큐가 쓸 수 있는 최대 프로세스 수를 묶어 둠
- 다른 큐가 그 몫을 가져가지 못하게 막아 줌
- 추가 요금은 없음
"""


def test_a_clue_closed_by_a_bare_tag_is_not_shown() -> None:
    bank = build_bank(parse_markdown(WORKERS, "workers.md"))
    asked = [q for q in bank if "예열된 작업자" in q.choices]
    assert asked, [(q.kind, q.prompt, q.choices) for q in bank]
    for q in asked:
        assert "지연시작" not in q.prompt, q.prompt


def test_only_a_bare_word_after_a_statement_is_a_tag() -> None:
    assert ends_on_tag("요청에 바로 응답할 수 있도록 프로세스를 미리 띄워 둠 : 지연시작")
    assert ends_on_tag("Starts workers ahead of the first request : warm")
    assert not ends_on_tag("동시에 처리하는 최대 함수 실행 수 : 1000건")
    assert not ends_on_tag("기본 포트 : HTTPS")
    assert not ends_on_tag("요청에 바로 응답할 수 있도록 미리 띄워 둠 : 지연 시작 방지")
