"""A stem is a sentence: never the tail of a line whose key words were set in
bold ('**Verify IP configuration** on relevant interfaces' is one instruction,
not a term and its meaning), nor a list item that is a name and a count ('IP
512개', 'VPC 1개')."""

from __future__ import annotations

import re

from bot.notes.lines import split_term
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

STEPS = """# Routing
## A systematic approach to routing problems
1. **Verify IP configuration** on relevant interfaces (addresses and masks)
2. **Convert to binary** if necessary to check subnet boundaries
3. **Draw out subnet ranges** to visualize the problem
4. **Verify routers have routes** to all required subnets
5. **Check routing protocol configurations** for VLSM support
"""
_TAIL = re.compile(r"^- (?:on|if|to|for|in|with|like|and|requiring)\s")


def test_a_bold_lead_that_runs_on_in_lower_case_is_no_term() -> None:
    bank = build_bank(parse_markdown(STEPS, "notes.md"))
    lines = [line for q in bank for line in q.prompt.splitlines()]
    assert not [line for line in lines if _TAIL.match(line)]
    assert not [q for q in bank if "Verify IP configuration" in q.choices]


def test_bold_terms_with_a_separator_or_a_verb_stay_terms() -> None:
    assert split_term("**Local**: within the VPC CIDR").term == "Local"
    assert split_term("**LLC** handles protocol multiplexing").term == "LLC"
    assert split_term("**Convert to binary** if necessary").term is None
    assert split_term("**Redundant links** (ideally in two sites) for availability").term is None


DESIGN = """# VPC 설계
## 설계
- VPC 1개
  - 172.16.0.0/23 대역 사용
  - IP 512개
- Public subnet 2개: Bastion Server
- Private subnet 4개
- VPC당 최대 5개의 CIDR 블록을 추가할 수 있습니다
"""


def test_a_name_and_its_count_is_no_cloze_stem() -> None:
    stems = [q.prompt.splitlines()[-1] for q in build_bank(parse_markdown(DESIGN, "notes.md"))
             if q.kind == "cloze"]
    assert stems == ["- VPC당 최대 ___의 CIDR 블록을 추가할 수 있습니다"]
