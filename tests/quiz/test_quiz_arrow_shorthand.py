"""A line in the notes' arrow shorthand ('캐시 미스 -> 세 번의 왕복으로 응답이
늦어짐') is a jotting, not a statement: it is offered as no choice of a NOT,
versus or matching question, nor matched as a definition. An arrow between
names ('도메인 → IPv6') or in an example aside reads as written and stays."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import arrow_shorthand
from bot.quiz.question import Question


def _bank(notes: str) -> list[Question]:
    return build_bank(parse_markdown(notes, "n.md"))


def _offered(questions: list[Question], line: str) -> bool:
    return any(line in q.choices or line in q.prompt for q in questions)


def test_a_label_or_a_clause_beside_an_arrow_is_shorthand() -> None:
    assert arrow_shorthand("원격 드라이브 -> 다른 서버에 옮겨 붙일 수 있음")
    assert arrow_shorthand("동적 포트로 보낼 수 있음 => 컨테이너 서비스에 적합")
    assert arrow_shorthand("위층→아래층으로 내려가며 헤더를 붙임")


def test_an_arrow_between_names_or_in_an_aside_is_no_shorthand() -> None:
    assert not arrow_shorthand("도메인 → IPv6")
    assert not arrow_shorthand("오류율 4% → 1%")
    assert not arrow_shorthand("다른 호스트 이름을 가리킴 (예: a.example.com => b.example.net)")
    assert not arrow_shorthand("메시지를 최대 14일 동안 보관 가능")


QUEUES = """# 메시징

## 대기열 서비스

### 1. 표준 대기열
- 메시지를 최대 14일 동안 보관 가능
- 초당 처리량에 사실상 제한이 없음
- 중복 전달 -> 소비자 애플리케이션에서 멱등성 처리가 필요함
- 메시지 순서가 보장되지 않는 경우가 있음

### 2. FIFO 큐
- 메시지를 최대 4일 동안 보관 가능
- 전송된 순서대로 정확히 한 번 처리됨
- 그룹 아이디로 메시지 묶음을 나누어 처리

### 3. 알림 토픽
- 구독자에게 메시지를 밀어서 전달
- 이메일과 문자 메시지로 알림 발송 가능
"""


def test_a_not_question_offers_no_line_of_arrow_shorthand() -> None:
    asked = [q for q in _bank(QUEUES) if q.kind == "not"]
    assert any(q.correct_choice == "메시지를 최대 4일 동안 보관 가능" for q in asked)
    assert not _offered(asked, "중복 전달 -> 소비자 애플리케이션에서 멱등성 처리가 필요함")


CACHING = """### 캐시 전략
1. 지연 로딩 vs 쓰기 통과
- 지연 로딩
\t- 캐시에 없을 때만 데이터베이스에서 읽어 옴
\t- 캐시 미스 -> 세 번의 왕복으로 응답이 늦어짐
\t- 요청된 데이터만 캐시에 저장됨
- 쓰기 통과
\t- 데이터베이스에 쓸 때마다 캐시도 함께 갱신
\t- 캐시의 데이터가 항상 최신 상태로 유지됨
\t- 쓰기 작업마다 지연 시간이 추가됨
"""


def test_a_versus_question_offers_no_line_of_arrow_shorthand() -> None:
    asked = [q for q in _bank(CACHING) if q.kind == "versus"]
    assert asked
    assert not _offered(asked, "캐시 미스 -> 세 번의 왕복으로 응답이 늦어짐")


LAYERS = """## 데이터 계층

### 계층별 단위
- 전송 계층: 세그먼트 단위로 나누어 보냄
- 네트워크 계층: 패킷에 주소를 붙여 경로를 정함
- 링크 계층: 프레임으로 감싸 이웃 장비에 전달
- 캡슐화: 위층→아래층으로 내려가며 헤더를 붙임
"""


def test_a_definition_in_arrow_shorthand_is_not_matched() -> None:
    asked = [q for q in _bank(LAYERS) if q.kind == "match"]
    assert any(q.correct_choice == "패킷에 주소를 붙여 경로를 정함" for q in asked)
    assert not _offered(asked, "위층→아래층으로 내려가며 헤더를 붙임")
