"""A stem writing the answer's initials ('LB' for LoadBalancer) gives it away."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.text import initials_shown, part_initials

SERVICES = """# Cluster networking

## Service kinds
- ClusterIP
    - Reachable only from inside the cluster
    - Gets a virtual address that pods resolve by name
- NodePort
    - Opens the same high port on every node
    - Traffic to any node's port reaches the pods
- LoadBalancer
    - The cloud creates an external LB for the service
    - Hands out one public address per service
"""

SERVICES_KO = """# 클러스터 네트워크

## 서비스 종류
- ClusterIP: 클러스터 안에서만 닿는 가상 주소를 받는다
- NodePort: 모든 노드에 같은 높은 포트를 연다
- LoadBalancer: 클라우드 LB 를 자동으로 만들어 공개 주소를 준다
"""


def test_a_stem_writing_the_answers_initials_asks_nothing() -> None:
    for notes in (SERVICES, SERVICES_KO):
        bank = build_bank(parse_markdown(notes, "notes.md"))
        for q in bank:
            if q.correct_choice == "LoadBalancer":
                assert "LB" not in q.prompt.split(), q.prompt


def test_initials_of_camel_case_spaced_and_hyphenated_names() -> None:
    assert part_initials("LoadBalancer") == "LB"
    assert part_initials("Load Balancer") == "LB"
    assert part_initials("Load-Balancer") == "LB"
    assert part_initials("ClusterIP") == "CI"
    assert part_initials("Kubernetes") == ""
    assert part_initials("로드 밸런서") == ""
    assert initials_shown("LoadBalancer", "클라우드 LB 자동 생성", ["ClusterIP", "NodePort"])
    # Not inside a longer word of capitals, nor when a rival has the same initials.
    assert not initials_shown("LoadBalancer", "creates an ELB", ["ClusterIP", "NodePort"])
    assert not initials_shown("LoadBalancer", "an LB in front", ["LinkBroker", "NodePort"])
