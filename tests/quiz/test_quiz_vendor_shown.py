"""A stem that names the right choice's vendor when the choices are told apart
by their vendors: by name ('Amazon VPC CNI' over *AWS*) or by a product
acronym spelled out with the vendor first ('GKE', Google Kubernetes Engine,
over *Google Cloud*). Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.vendors import vendor_shown

KOREAN = """# 쿠버네티스
## 클라우드 제공 업체의 관리형 쿠버네티스
| 제공 업체 | 상품명 | 기본 CNI |
| --- | --- | --- |
| AWS | EKS | Amazon VPC CNI 플러그인 |
| Google Cloud | GKE | Cilium 기반 Dataplane V2 |
| Microsoft Azure | AKS | 자체 CNI 플러그인 |
| Naver Cloud | NKS | Cilium 플러그인 |
| NHN Cloud | NHN Kubernetes | Calico 플러그인 |
"""

ENGLISH = """# Kubernetes
## Managed Kubernetes by provider
| Provider | Product | Default CNI |
| --- | --- | --- |
| AWS | EKS | Amazon VPC CNI plugin |
| Google Cloud | GKE | Dataplane V2 built on Cilium |
| Microsoft Azure | AKS | its own CNI plugin |
| Naver Cloud | NKS | Cilium plugin |
| NHN Cloud | NHN Kubernetes | Calico plugin |
"""


@pytest.mark.parametrize("notes", [KOREAN, ENGLISH])
def test_a_row_naming_its_vendor_is_not_asked(notes: str) -> None:
    asked = {q.choices[q.answer] for q in build_bank(parse_markdown(notes, "n.md"))}
    # 'Amazon' names AWS, GKE Google, AKS Azure; NKS names neither Naver nor NHN alone.
    assert not asked & {"AWS", "Google Cloud", "Microsoft Azure"}, asked
    assert "Naver Cloud" in asked, asked


def _expand(short: str) -> tuple[str, ...]:
    return {"GKE": ("Google Kubernetes Engine",), "EKS": ("Elastic Kubernetes Service",),
            "AKS": ("Azure Kubernetes Service",),
            "NKS": ("Naver Kubernetes Service", "NHN Kubernetes Service")}.get(short, ())


@pytest.mark.parametrize(("stem", "answer", "others", "shown"), [
    ("상품명: GKE(V2)", "Google Cloud", ["AWS", "Microsoft Azure", "Naver Cloud"], True),
    ("CNI: Amazon VPC CNI", "AWS", ["Naver Cloud", "NHN Cloud"], True),
    ("구글이 만든 관리형 쿠버네티스", "GKE", ["Amazon EKS", "AKS"], True),
    ("Managed Kubernetes on Azure", "Microsoft Azure", ["AWS", "Google Cloud"], True),
    # An acronym of two vendors' products points at neither.
    ("상품명: NKS", "Naver Cloud", ["NHN Cloud", "AWS"], False),
    # The stem names a wrong choice's vendor too.
    ("GKE와 EKS의 차이는 Amazon의 VPC CNI", "AWS", ["Google Cloud", "Naver Cloud"], False),
    # Choices not told apart by vendor: notes add 'Amazon' to one name and not the next.
    ("AWS의 객체 스토리지", "Amazon S3", ["EBS", "EFS"], False),
    ("AWS의 객체 스토리지", "Amazon S3", ["Amazon EBS", "Amazon EFS"], False),
])
def test_vendor_shown(stem: str, answer: str, others: list[str], shown: bool) -> None:
    assert vendor_shown(stem, answer, others, _expand) == shown
