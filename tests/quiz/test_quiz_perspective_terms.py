"""A point of view is no name: bullets written 'X 입장 : …' ('개발자의 입장 :
애플리케이션 빌드 없이 변경할 수 있는 설정') say what each side sees of one thing;
the sides are never matched as the choices of a question, as headings of
that form are not. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_aspect, is_perspective

KO_SIDES = """# 쿠버네티스

## 환경변수

- 쿠버네티스 입장 : 스펙에 정적으로 정의하여 컨테이너 내부에 주입하는 변수
- 애플리케이션의 입장 : 가장 높은 우선순위를 가지며 시작할 때 한 번 읽는 값
- 개발자의 입장 : 애플리케이션 빌드와 배포 없이 변경할 수 있는 설정
- 운영자 관점에서 : 배포 파이프라인마다 다르게 주입되는 값
"""

JA_SIDES = """# キャッシュ

## キャッシュの見方

- 開発者視点: 実装を変えずに応答時間を短くする仕組み
- 利用者の立場から: 同じページが二度目から速く表示されること
- 運用者目線: メモリ使用量と失効時間を監視する対象
"""

KO_THINGS = KO_SIDES.replace("쿠버네티스 입장", "ConfigMap").replace(
    "애플리케이션의 입장", "Secret").replace("개발자의 입장", "Downward API").replace(
    "운영자 관점에서", "Env From")


@pytest.mark.parametrize("notes", [KO_SIDES, JA_SIDES])
def test_points_of_view_are_not_matched(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    sides = [q for q in bank if q.kind == "match"]
    assert not sides, [q.choices for q in sides]


def test_names_in_the_same_layout_are_matched() -> None:
    bank = build_bank(parse_markdown(KO_THINGS, "notes.md"))
    assert [q for q in bank if q.kind == "match"]


@pytest.mark.parametrize("text", [
    "쿠버네티스 입장", "개발자의 입장", "보안 측면에서", "운영자 관점",
    "from the developer's point of view", "User perspective", "the client's view",
    "開発者視点", "ユーザーの立場から", "从开发者角度", "用户的视角来看"])
def test_a_point_of_view(text: str) -> None:
    assert is_perspective(text)
    assert is_aspect(text)


@pytest.mark.parametrize("text", [
    "Materialized view", "Point of Presence", "Inline view", "View", "입장료", "ConfigMap"])
def test_not_a_point_of_view(text: str) -> None:
    assert not is_perspective(text)


KO_MIXED = """# Route 53

## 상태 확인

- 대상 : 애플리케이션, 서버, 다른 AWS 리소스
- 지연 시간 측정 방법 : 가장 가까운 리전까지의 응답 시간을 잰다
- Traffic flow : 복잡한 라우팅 구성을 시각적인 편집기로 관리
- Simple : 트래픽을 단일 리소스로 보내는 정책
- Failover : 기본 리소스가 비정상이면 보조 리소스로 보내는 정책
"""

EN_MIXED = """# Route 53

## Health checks

- Targets: applications, servers and other AWS resources
- Why latency matters: users wait for the slowest region
- Traffic flow: manage complex routing in a visual editor
- Simple: send all traffic to one resource
- Failover: send traffic to a standby when the primary is unhealthy
"""


@pytest.mark.parametrize("notes", [KO_MIXED, EN_MIXED])
def test_a_field_label_or_a_way_of_doing_is_no_choice(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    choices = {c for q in bank if q.kind == "match" for c in q.choices}
    assert not {"대상", "지연 시간 측정 방법", "Targets", "Why latency matters"} & choices
