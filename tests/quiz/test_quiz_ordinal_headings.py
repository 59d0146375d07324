"""A heading that names a place in a sequence ('첫 번째 스탭', '두 번째 스탭: 서브넷
만들기', '原則1', '第2章', '3주차') is a part of the notes, not a thing: never a
choice beside the things the notes describe ('네트워크 ACL'). A name with a
number in it ('第一范式', 'Route 53', 'gp3') is still a name. A numbered
sentence ('3) 상속이 잘못 사용될 수 있다.'), full stop and all, is no name.
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_label

STEPS = """\
# VPC 만들기

## 첫 번째 스탭

- VPC 대역을 10.0.0.0/16 으로 정하고 이름표를 붙임
- 기본으로 만들어지는 라우트 테이블 하나가 함께 생김

## 두 번째 스탭

- 가용 영역마다 퍼블릭 서브넷과 프라이빗 서브넷을 하나씩 둠
- 퍼블릭 서브넷에는 인터넷 게이트웨이로 가는 경로를 넣음

## 세 번째 스탭

- 배스천 서버를 퍼블릭 서브넷에 띄우고 SSH 포트만 엶
- 프라이빗 서버에는 배스천에서만 접속하도록 보안 그룹을 묶음

## 네트워크 ACL

- 서브넷 단위로 들어오고 나가는 트래픽을 번호 순서대로 검사
- 상태를 기억하지 않아 응답 트래픽도 규칙으로 열어야 함
"""


@pytest.mark.parametrize("heading", [
    "첫 번째 스탭", "두번째 스텝", "제3장", "3주차", "原則1", "第2章", "ステップ3",
])
def test_a_place_in_a_sequence_is_a_label(heading: str) -> None:
    assert is_label(heading)


@pytest.mark.parametrize("name", ["第一范式", "Route 53", "gp3", "IPv6", "TLS 1.3"])
def test_a_name_with_a_number_is_no_label(name: str) -> None:
    assert not is_label(name)


def test_a_step_heading_is_never_a_choice() -> None:
    bank = build_bank(parse_markdown(STEPS, "vpc.md"))
    for q in bank:
        assert not any("스탭" in c for c in q.choices), q.choices


@pytest.mark.parametrize("text", [
    "상속이 잘못 사용될 수 있다.", "불필요한 클래스가 증가할 수 있다.",
])
def test_a_sentence_with_its_full_stop_is_no_name(text: str) -> None:
    from bot.quiz.material import is_name
    assert not is_name(text)


@pytest.mark.parametrize("heading", ["enqueue 구현", "dequeue 구현", "Stack implementation"])
def test_a_heading_over_code_is_an_aspect(heading: str) -> None:
    # ('enqueue 구현' stood beside 'FIFO' and 'deQueue' as if one more thing.)
    from bot.quiz.naming import is_aspect
    assert is_aspect(heading)


@pytest.mark.parametrize("name", ["Morse code", "QR 코드", "CodeDeploy"])
def test_a_name_ending_on_code_is_no_aspect(name: str) -> None:
    from bot.quiz.naming import is_aspect
    assert not is_aspect(name)
