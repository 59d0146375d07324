"""A clue that says only what every product says of itself ('손쉬운 인터페이스
제공', 'Can span multiple AZs', 'High availability without manual
intervention') fits siblings the notes never describe that way: in the world
they have the merit too, so the question has two right answers. It is no clue;
a clue saying what the thing does or holds still is. Every note here is
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.qualities import only_merits

COMPUTE = """\
# Compute

## Scaling group

- Can span multiple AZs
- High availability without manual intervention

## Application balancer

- Layer 7 routing by path and host header
- Terminates TLS and forwards WebSocket upgrades

## Network balancer

- Layer 4 forwarding of TCP and UDP flows
- Keeps one static address per zone for allow lists

## Instance store

- Disks physically attached to the host machine
- Contents lost when the instance stops or is moved
"""

BILLING = """\
# 비용 관리

## 비용 탐색기

- 이해 및 관리할 수 있는 손쉬운 인터페이스 제공
- 지난 열두 달의 사용액을 서비스별 막대그래프로 보여 줌

## 예산 알림

- 설정한 금액을 넘으면 담당자에게 메일과 문자로 알려 줌
- 실제 사용액과 예측 사용액 모두에 임계값 지정

## 사용량 보고서

- 시간 단위 사용 내역을 CSV 파일로 버킷에 내려 받음
- 태그별로 나누어 부서마다 청구액을 나눔

## 절감 플랜

- 1년 또는 3년 동안 시간당 사용 금액을 약정
- 인스턴스 패밀리와 리전이 바뀌어도 할인이 적용됨
"""


@pytest.mark.parametrize("text", [
    "이해 및 관리할 수 있는 손쉬운 인터페이스 제공", "Can span multiple AZs",
    "High availability without manual intervention", "가용성과 비용 효율성이 뛰어나다",
    "쉽고 비용 효율적이다.",
])
def test_a_merit_any_product_claims_is_only_merit(text: str) -> None:
    assert only_merits(text)


@pytest.mark.parametrize("text", [
    "Layer 7 routing by path and host header", "허용 목록 생성 가능", "장기적인 백업 전용",
    "Stateful, 인스턴스 레벨, Allow만", "複数形を使う（コレクションを表現）",
])
def test_a_line_saying_what_a_thing_does_is_more_than_merit(text: str) -> None:
    assert not only_merits(text)


def test_a_merit_is_no_clue() -> None:
    bank = build_bank(parse_markdown(COMPUTE, "notes.md"))
    assert not any("multiple AZs" in q.prompt for q in bank)


def test_the_lines_beside_a_merit_are_still_asked() -> None:
    bank = build_bank(parse_markdown(BILLING, "notes.md"))
    assert any(q.correct_choice == "예산 알림" for q in bank)
