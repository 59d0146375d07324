"""Between two rivals, a line gives its answer away when it says a tier's word
another way ('기본적인 보호' for *스탠다드*, '정교한 보호' for *어드밴스드*) or
names the rival by the full form of its clipped word ('if you do not have an
organisation' beside *Org Admin Role*). Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.clippings import clipped_word_said

TIERS = """# 보안 서비스

## 방어 서비스

- 네트워크 공격을 막아 주는 관리형 서비스
- 방어 유형
\t- 방어 스탠다드 : 모든 고객에게 무료로 기본적인 공격 보호를 제공
\t- 방어 어드밴스드 : 유료이며 정교한 공격에 대응 팀의 상시 지원을 제공
"""

TIERS_PLAIN = """# 보안 서비스

## 방어 서비스

- 네트워크 공격을 막아 주는 관리형 서비스
- 방어 유형
\t- 방어 스탠다드 : 모든 고객에게 무료로 켜져 있으며 흔한 플러드 공격만 막음
\t- 방어 어드밴스드 : 유료이며 대응 팀의 상시 지원과 요금 보상까지 제공
"""

ROLES = """# Access

## Custom roles

- Roles you define yourself from single permissions
- Who can manage them
\t- Org Admin Role - only org admins can grant the role administrator role across the company
\t- Role Admin Role - administers custom roles of a project. Used when you have no organisation
"""

ROLES_PLAIN = ROLES.replace("Used when you have no organisation", "Used for one project alone")


def _pairs(notes: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.choices[q.answer])
            for q in build_bank(parse_markdown(notes, "notes.md")) if q.kind == "pair"]


def test_a_tier_said_another_way_is_not_asked() -> None:
    # The same two lines without the tier's sense are asked: the words decide.
    assert {"방어 스탠다드", "방어 어드밴스드"} <= {answer for _, answer in _pairs(TIERS_PLAIN)}
    assert _pairs(TIERS) == []


def test_a_clipped_word_in_full_names_the_rival() -> None:
    assert "Role Admin Role" in {answer for _, answer in _pairs(ROLES_PLAIN)}
    assert "Role Admin Role" not in {answer for _, answer in _pairs(ROLES)}


@pytest.mark.parametrize(("text", "name", "other", "said"), [
    ("used if you do not have an organisation", "Org Admin Role", "Role Admin Role", True),
    ("Stores the application's settings", "App Config", "Feature Flags", True),
    ("Provides a managed endpoint", "Pro Tier", "Free Tier", False),  # no clipping
    ("across the organization", "Org Viewer", "Org Editor", False),  # both hold Org
    ("Grants administrator access", "Role Admin", "Role Viewer", True),
])
def test_clipped_word_said(text: str, name: str, other: str, said: bool) -> None:
    assert clipped_word_said(text, name, other) is said
