"""Variants of one product family defined almost alike ('Orbit Edge : 지점 서버에서
클러스터 운영/배포', 'Orbit Lite : 경량 이미지 기반의 클러스터를 생성/운영/배포') are
never asked against each other: a one-line definition that differs by one
qualifier cannot tell variants apart that overlap in the real world."""

from __future__ import annotations

from itertools import combinations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.variants import thin_variants

OPTIONS = """### 컨테이너 서비스
1. Orbit
- 사내 표준 컨테이너 플랫폼
- 배포 옵션
\t- 클라우드 Orbit : 벤더가 관리하는 클러스터를 배포
\t- Orbit Edge : 지점 서버에서 클러스터 운영/배포
\t- Orbit Lite : 경량 이미지 기반의 클러스터를 생성/운영/배포
\t- Orbit Studio : 브라우저에서 파이프라인을 그려서 저장
\t- Orbit Vault : 비밀 값을 암호화해서 보관
"""
ALIKE = {"클라우드 Orbit", "Orbit Edge", "Orbit Lite"}
ALIKE_DEFINITIONS = {"벤더가 관리하는 클러스터를 배포", "지점 서버에서 클러스터 운영/배포",
                     "경량 이미지 기반의 클러스터를 생성/운영/배포"}


def test_variants_defined_alike_are_never_choices_of_one_question() -> None:
    asked = [q for q in build_bank(parse_markdown(OPTIONS, "n.md")) if q.kind == "match"]
    assert any(q.correct_choice == "Orbit Edge" for q in asked), "asked against the others"
    for q in asked:
        for alike in (ALIKE, ALIKE_DEFINITIONS):
            if q.correct_choice in alike:
                assert set(q.choices) & alike == {q.correct_choice}, q.choices


def test_what_makes_two_definitions_too_alike() -> None:
    edge = ("Orbit Edge", "지점 서버에서 클러스터 운영/배포")
    lite = ("Orbit Lite", "경량 이미지 기반의 클러스터를 생성/운영/배포")
    assert thin_variants(*edge, *lite)
    # Not of one family: two products that both deploy clusters are told apart.
    assert not thin_variants("Helm", edge[1], "Kustomize", lite[1])
    # One says the other's 'no': a contrast, not a qualifier.
    assert not thin_variants("고객 관리형 키", "사용자가 생성 및 관리, 제어 권한을 가짐",
                             "AWS 관리형 키", "AWS가 대신 생성 및 관리, 제어 권한이 없음")
    # Parts listed, nothing done: each says what it is made of.
    assert not thin_variants("Three-tier model", "Access, Distribution, and Core layers",
                             "Two-tier model", "Access and Core layers (collapsed core)")


def test_unalike_variants_stay_choices() -> None:
    bank = build_bank(parse_markdown(OPTIONS, "n.md"))
    pairs = {frozenset(p) for q in bank for p in combinations(q.choices, 2)}
    assert frozenset({"Orbit Studio", "Orbit Vault"}) in pairs
