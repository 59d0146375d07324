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


POLICIES = """# DNS
## 라우팅 정책
- Simple: 레코드 하나에 값 하나, 헬스 체크 없음
- Weighted: 비율을 정해 트래픽을 나눔, 배포 테스트에 사용
- Multi-Value: 여러 IP를 돌려주되 건강한 것만 포함
- Failover: 주 리소스 장애 시 보조 리소스로 전환
- Latency: 사용자와 가장 빠른 리전으로 보냄
"""


def test_several_says_multi() -> None:
    # '여러' is 'multi' as much as '다중' is: the stem names the one choice
    # built on it.
    bank = build_bank(parse_markdown(POLICIES, "notes.md"))
    assert [q for q in bank if q.correct_choice == "Weighted"], "the others are still asked"
    assert not [q for q in bank if "여러" in q.prompt and q.correct_choice == "Multi-Value"]
    assert not [q for q in bank if "'Multi-Value'" in q.prompt and "여러" in q.correct_choice]


CONDITIONS = """# 교착 상태
## 필요 조건
- Exclusive Use: 한 자원을 한 번에 하나의 작업만 쓸 수 있음
- Hold and Wait: 자원을 쥔 채로 다른 자원이 풀리기를 대기함
- No Preemption: 남이 가진 자원을 강제로 빼앗을 수 없음
- Circular Chain: 작업들이 고리 모양으로 서로의 자원을 요구함
"""


def test_waiting_says_wait() -> None:
    bank = build_bank(parse_markdown(CONDITIONS, "notes.md"))
    assert [q for q in bank if q.correct_choice == "No Preemption"], "the others are still asked"
    assert not [q for q in bank if "대기" in q.prompt and q.correct_choice == "Hold and Wait"]
    assert not [q for q in bank if "'Hold and Wait'" in q.prompt and "대기" in q.correct_choice]
