"""Lines read whole: a figure's thousands separator is no list comma, a
comparison heading's closing word is no part of a side's name, and an ordinal
step heading names no thing."""

from __future__ import annotations

import re

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_label
from bot.quiz.text import list_parts

CLASSES = """### Addressing
#### Classful networks
- **Class A**: leading bit 0, default mask /8, 16,777,214 usable hosts in each network
- **Class B**: leading bits 10, default mask /16, 65,534 usable hosts in each network
- **Class C**: leading bits 110, default mask /24, 254 usable hosts in each network
"""


def test_a_thousands_separator_does_not_split_a_listed_item() -> None:
    assert list_parts("bit 0, mask /8, 16,777,214 hosts") == ["bit 0", "mask /8",
                                                              "16,777,214 hosts"]
    assert list_parts("NFS 지원, 리눅스 파일 시스템") == ["NFS 지원", "리눅스 파일 시스템"]
    bank = build_bank(parse_markdown(CLASSES, "n.md"))
    for q in bank:
        for choice in q.choices:
            # A figure cut at its separator ('534 usable hosts', '777,214 …').
            if "usable hosts" in choice:
                assert re.match(r"^(?:16,777,214|65,534|254) usable", choice), q.choices


VS_HEADING = """### Networking
#### NAT Gateway vs NAT Instance 비교
| 항목 | NAT Gateway | NAT Instance |
|---|---|---|
| 관리 | AWS 완전 관리형 | 사용자가 직접 패치와 운영 |
| 대역폭 | 최대 100 Gbps 자동 확장 | 인스턴스 타입에 따라 제한 |
| 보안 그룹 | 연결 불가 | 인스턴스에 직접 연결 가능 |
| 배스천 용도 | 사용 불가 | 배스천 서버로 겸용 가능 |
"""


def test_a_comparison_headings_closing_word_is_not_part_of_a_side() -> None:
    asked = [q for q in build_bank(parse_markdown(VS_HEADING, "n.md")) if q.kind == "versus"]
    assert asked
    for q in asked:
        assert "비교" not in q.prompt.splitlines()[-1], q.prompt


def test_ordinal_step_headings_name_no_thing() -> None:
    for heading in ("첫 번째 스탭", "세 번째 스텝", "2단계", "Step 3", "파트 2"):
        assert is_label(heading), heading
    for name in ("2단계 인증", "NAT 게이트웨이", "Step Functions"):
        assert not is_label(name), name
