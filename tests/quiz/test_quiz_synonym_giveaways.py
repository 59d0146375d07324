"""A stem that translates the answer's name, or says it in a near synonym, gives
it away: a table row '용도: 리소스 삭제' for DELETE, 'future expansion' for
*Growth Planning*."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

METHODS = """# HTTP
## 메소드
| 메소드 | 용도 | 멱등성 | 안전성 |
|---|---|---|---|
| GET | 리소스 조회 | O | O |
| POST | 리소스 생성 | X | X |
| PUT | 리소스 전체 수정 | O | X |
| PATCH | 리소스 부분 수정 | X | X |
| DELETE | 리소스 삭제 | O | X |
"""

DESIGN = """# Subnetting
## Subnet Design Considerations
- **Address Requirements**: Determining how many addresses each subnet needs
- **Addressing Schemes**: Hierarchical, geographic, functional or sequential layouts
- **Growth Planning**: Allocating address space for future expansion
- **Subnet Sizing**: Balancing efficient address use with simple administration
"""


def _answers(markdown: str) -> list[str]:
    return [q.correct_choice for q in build_bank(parse_markdown(markdown, "notes.md"))]


def test_a_table_row_that_translates_its_name_is_not_asked() -> None:
    answers = _answers(METHODS)
    assert "PUT" in answers, "the other rows are still asked"
    assert "DELETE" not in answers


def test_growth_and_expansion_are_one_subject() -> None:
    bank = build_bank(parse_markdown(DESIGN, "notes.md"))
    assert bank, "the other terms are still asked"
    assert not [q for q in bank
                if "expansion" in q.prompt and q.correct_choice == "Growth Planning"]
    assert not [q for q in bank if q.prompt.endswith("'Growth Planning'?")]
