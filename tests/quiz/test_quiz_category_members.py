"""A category heading ('Databases', '스토리지') asked by its members' names
('Amazon Aurora: 6 copies …') is answered by knowing what kind of thing the
member is, not by the notes."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.categories import is_category, names_members

CHEAT_SHEET = """# Figures to remember
## Compute
- Lambda timeout: 15 minutes at most
- EC2 Spot discount: up to 90% off
- Fargate task size: 4 vCPU by default
## Storage
- S3 object size: 5 TB at most
- EBS io2 volume: 64,000 IOPS
- EFS throughput mode: bursting by default
## Databases
- Read Replicas: read scaling only (async)
- Amazon Aurora: 6 copies across 3 AZs
- DynamoDB consistency: eventual by default
## Messaging
- SQS message retention: 14 days at most
- SNS message size: 256 KB
- Kinesis shard retention: 24 hours by default
"""


def test_a_category_is_not_asked_by_its_members() -> None:
    bank = build_bank(parse_markdown(CHEAT_SHEET, "n.md"))
    assert bank, "the figures are still asked"
    for q in bank:
        assert not (q.kind == "name" and is_category(q.correct_choice)), q.prompt


@pytest.mark.parametrize(("name", "category"), [
    ("Databases", True), ("스토리지", True), ("Compute & Networking", True),
    ("データベース", True), ("IAM Policies Structure", False), ("Amazon Aurora", False),
    ("RDS 프록시", False),
])
def test_category_headings(name: str, category: bool) -> None:
    assert is_category(name) is category


@pytest.mark.parametrize(("clue", "members"), [
    ("Amazon Aurora: 6 copies across 3 AZs", True),
    ("Read Replicas, Aurora, DynamoDB", True),
    ("관계형 데이터를 여러 AZ에 저장하는 서비스", False),
])
def test_clues_naming_members(clue: str, members: bool) -> None:
    assert names_members(clue) is members
