"""A statement closed by a bare tag after a colon ('… 실행환경을 초기화 :
콜드스타트') is no clue: the tag names what the line avoids or is filed under,
and read as part of the clue it says the opposite (a blind reader failed a
question that showed it). A figure after the colon is the fact itself, and a
short key before it is a label. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.text import ends_on_tag, runs_labels_together

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


PROXY = """## 서버 도우미

### 세션 프록시
- 보안 개선 : 처리 성능 유지 : 매번 새 연결을 열 필요 없음, 최대 연결 수 제어 가능
- 애플리케이션과 데이터베이스 사이에서 연결을 모아 다시 씀
- 장애가 나면 대기 중인 연결을 다른 노드로 넘겨 줌

### 읽기 캐시
- 자주 읽는 결과를 메모리에 두고 바로 돌려줌
- 쓰기가 일어나면 해당 항목을 비움

### 쓰기 버퍼
- 작은 쓰기를 모아 한 번에 디스크에 기록함
- 전원이 나가도 잃지 않도록 로그를 먼저 남김
"""


def test_two_labels_run_into_one_line_are_no_clue() -> None:
    bank = build_bank(parse_markdown(PROXY, "proxy.md"))
    asked = [q for q in bank if "세션 프록시" in q.choices]
    assert asked, [(q.kind, q.prompt, q.choices) for q in bank]
    for q in asked:
        assert "보안 개선" not in q.prompt, q.prompt
    assert runs_labels_together("보안 개선 : 처리 성능 유지 : 매번 새 연결을 열 필요 없음")
    assert not runs_labels_together("동시에 처리하는 최대 함수 실행 수 : 1000건")
    assert not runs_labels_together("시작 시각 10:30, 종료 시각 11:00")
