"""An aside that is part of a name, tied to it by a range, particle or
preposition ('백업 범위(단일 파일부터 전체 볼륨까지)', 'Snapshot (from one
file to a volume)'), is never cut off to write the choices alike: cut, the
name is another; shown whole among plain names, it stands out. Such names
are asked in no question. A gloss (an acronym, a translation, an expansion,
an alias, plain words of a note) is still dropped. Every name here is
written for the test."""

from __future__ import annotations

import pytest

from bot.quiz.text import even_names, own_aside


def test_a_name_with_its_own_aside_is_not_cut() -> None:
    assert even_names("보존 기간", ["백업 범위(단일 파일부터 전체 볼륨까지)"]) is None
    assert even_names("백업 범위(단일 파일부터 전체 볼륨까지)", ["보존 기간", "복구 지점"]) is None
    assert even_names("Snapshot (from one file to a volume)", ["Image", "Clone"]) is None
    # A gloss goes as before.
    assert even_names("CDN (Content Delivery Network)", ["DNS", "WAF"]) == ("CDN", ["DNS", "WAF"])
    assert even_names("정리 노드 (배치 최적화)", ["범용 노드"]) == ("정리 노드", ["범용 노드"])


@pytest.mark.parametrize(("name", "own"), [
    ("백업 범위(단일 파일부터 전체 볼륨까지)", True),
    ("Snapshot (from one file to a volume)", True),
    ("動的調整(負荷による)", True),
    ("公開範囲(社内から社外まで)", True),
    ("CDN (Content Delivery Network)", False),
    ("SLA (Service Level Agreement)", False),
    ("RBAC (Role Based Access Control)", False),
    ("ACL (Access Control and Listing)", False),
    ("Load Balancer (LB)", False),
    ("임시 포트 (Ephemeral Ports)", False),
    ("Object Store (gp3)", False),
    ("Queue Service (Managed MQ)", False),
    ("Storage (PV, PVC, Class)", False),
    ("정리 노드 (배치 최적화)", False),
    ("Interface Port (Shared Private Link)", False),
    ("예약 할인 (최대 삼 년)", False),
])
def test_own_asides_and_glosses(name: str, own: bool) -> None:
    assert own_aside(name) is own
