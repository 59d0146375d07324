"""A Korean definition that only states when ('TLS 협상: HTTPS인 경우', '재시도:
장애 발생 시') says nothing of what its term is or does, as 'Wipe - if
supported' does not: never a clue nor a choice. Every note here is written for
the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.bare_names import bare_condition

VISIT = """## 웹 페이지를 열 때

### 단계
1. **주소 해석**: 입력한 주소에서 프로토콜과 호스트와 경로를 나눔
2. **이름 조회**: 호스트 이름을 서버의 IP 주소로 바꿈
3. **연결 수립**: 서버와 세 번 주고받아 TCP 연결을 엶
4. **TLS 협상**: HTTPS인 경우
5. **요청 전송**: 메서드와 경로와 헤더를 담아 서버에 보냄
6. **화면 그리기**: 받은 문서를 해석해 화면에 배치함
"""


@pytest.mark.parametrize("text", ["HTTPS인 경우", "장애 발생 시", "필요할 때"])
def test_a_korean_condition_alone_is_bare(text: str) -> None:
    assert bare_condition(text)


@pytest.mark.parametrize("text", ["트래픽이 많을 때 자동으로 인스턴스를 늘림", "경우의 수를 셈"])
def test_a_line_saying_what_happens_is_no_bare_condition(text: str) -> None:
    assert not bare_condition(text)


def test_a_condition_is_never_a_clue_or_a_choice() -> None:
    bank = build_bank(parse_markdown(VISIT, "visit.md"))
    assert bank, "the other steps are still asked"
    for q in bank:
        assert "HTTPS인 경우" not in q.prompt and "HTTPS인 경우" not in q.choices, q
