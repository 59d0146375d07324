"""Comparisons the notes make ("A vs B"): which statement is true of one side."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """### 네트워킹
1. CloudFront vs Global Accelerator
- CloudFront
\t- 변화하는 동적인 IP 주소 세트를 사용
\t- 엣지 로케이션 사용
\t- http 프로토콜을 처리하는데 적합
- Global Accelerator
\t- 고정된 IP주소를 사용
\t- 엣지 로케이션 사용
\t- tcp/udp 프로토콜을 처리하는데 적합
2. EBS VS EFS
- EBS 볼륨은 하나의 AZ에 종속
- EBS 볼륨은 한 번에 하나의 인스턴스와 결합
- EFS 는 네트워크 파일 시스템으로 여러 AZ에 가용 가능
"""


def test_each_side_is_asked_against_the_others_statements() -> None:
    asked = [q for q in build_bank(parse_markdown(NOTES, "n.md")) if q.kind == "versus"]
    by_answer = {q.correct_choice: q for q in asked}
    assert "고정된 IP주소를 사용" in by_answer
    assert "네트워크 파일 시스템으로 여러 AZ에 가용 가능" in by_answer  # subject taken off
    for q in asked:
        # A line said of both sides is true of either: never a choice.
        assert "엣지 로케이션 사용" not in q.choices
        assert not any(name in c for c in q.choices for name in ("EBS", "EFS", "CloudFront"))
        assert " — " in q.explanation
