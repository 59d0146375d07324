"""A heading numbered as a document's section with no dot after the number
('2.5.1 NAT 인스턴스', '3.3 Transit Gateway', '1.1 OSI 参考模型'), the number standing
before a space and a word, is named without its number, as '4.1. Paging' is
(test_quiz_outline_numbers.py). A number before a unit ('2.4 GHz 대역', '1.5 GB
이하', '3.5 inch') is a figure of the name and stays. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import clean_name

NOTES = """# 네트워크 기초

## 2. 주요 구성 요소

### 2.1 라우터
라우터는 서로 다른 네트워크 사이에서 패킷이 갈 경로를 골라 전달하는 장비이다.

라우팅 테이블을 보고 다음 홉을 결정한다.

### 2.2 스위치
스위치는 같은 네트워크 안에서 MAC 주소를 보고 프레임을 해당 포트로만 보낸다.

MAC 주소 테이블을 학습해서 채운다.

### 2.3 허브
허브는 받은 신호를 모든 포트로 그대로 뿌리는 장비이다.

충돌 도메인을 나누지 못한다.
"""


def test_outline_numbers_are_no_part_of_the_name() -> None:
    assert clean_name("2.5.1 NAT 인스턴스") == "NAT 인스턴스"
    assert clean_name("3.3 Transit Gateway") == "Transit Gateway"
    assert clean_name("1.1 OSI 参考模型") == "OSI 参考模型"
    assert clean_name("2.10 시큐리티 그룹") == "시큐리티 그룹"
    # (As before: a closing dot, and one level.)
    assert clean_name("5.1. Foo") == "Foo"
    assert clean_name("1. Simple") == "Simple"


def test_a_figure_before_a_unit_stays() -> None:
    assert clean_name("2.4 GHz 대역") == "2.4 GHz 대역"
    assert clean_name("1.5 GB 이하") == "1.5 GB 이하"
    assert clean_name("1.5 배 빠름") == "1.5 배 빠름"
    assert clean_name("2.0") == "2.0"


def test_numbered_headings_are_asked_by_their_names() -> None:
    bank = build_bank(parse_markdown(NOTES, "notes.md"))
    names = {c for q in bank if q.kind in ("name", "pair", "blank") for c in q.choices}
    assert {"라우터", "스위치", "허브"} & names, [(q.kind, q.choices) for q in bank]
    assert not any(c[:1].isdigit() for c in names), names
