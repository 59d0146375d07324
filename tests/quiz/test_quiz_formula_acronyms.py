"""An acronym written at the end of a formula or a mark before its long name
('$2 \\times MSL$ (Maximum Segment Lifetime)', '**ALB** (Application Load
Balancer)') is spelled out by the notes like any other: 'Segment Lifetime'
asked over the one statement writing MSL, or MSL in the clue over *Segment
Lifetime*, gives the answer away. Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.aliases import mine
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

ENGLISH = """# TCP
## Closing
- The active closer waits $2 \\times MSL$ (Maximum Segment Lifetime) before it frees the port.
## End-to-End Issues
- **RTT Variance**: Unlike the link layer, round trips swing widely, so retransmission timers adapt.
- **Reordering**: Packets take different paths, and the receive window buffers them in order.
- **Segment Lifetime**: TCP assumes a finite MSL, and sequence numbers never wrap within one MSL.
- **Window Scaling**: A shift count widens the 16-bit window field for fast long links.
"""

KOREAN = """# TCP
## 연결 종료
- 능동 종료 측은 포트를 풀기 전에 $2 \\times MSL$ (Maximum Segment Lifetime) 동안 기다린다.
## 종단 간 문제
- **RTT Variance**: 링크 계층과 달리 왕복 시간이 크게 변하므로 재전송 타이머가 적응한다.
- **Reordering**: 패킷이 서로 다른 경로로 가므로 수신 윈도우가 순서를 맞출 때까지 버퍼링한다.
- **Segment Lifetime**: TCP는 유한한 MSL을 가정하며, 시퀀스 공간은 한 MSL 안에 한 바퀴 돌지 않는다.
- **Window Scaling**: 시프트 값이 16비트 윈도우 필드를 넓혀 빠르고 긴 링크를 지원한다.
"""


@pytest.mark.parametrize("notes", [ENGLISH, KOREAN])
def test_the_acronym_of_the_asked_name_gives_it_away(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "n.md"))
    for q in bank:
        right = q.choices[q.answer]
        # Neither 'Segment Lifetime' asked over the MSL line, nor the MSL line
        # asked over the name.
        assert not ("Segment Lifetime" in q.prompt and "MSL" in right), (q.prompt, q.choices)
        assert not ("MSL" in q.prompt and right == "Segment Lifetime"), (q.prompt, q.choices)
    # The other names stay asked.
    assert any("RTT Variance" in (q.choices[q.answer], q.prompt) or "RTT Variance" in q.prompt
               for q in bank), [q.prompt for q in bank]



MSL = ("MSL", "Maximum Segment Lifetime")


@pytest.mark.parametrize(("line", "pair"), [
    ("Wait $2 \\times MSL$ (Maximum Segment Lifetime) before closing.", MSL),
    ("Put an **ALB** (Application Load Balancer) in front.", ("ALB", "Application Load Balancer")),
    ("포트를 풀기 전 `MSL` (Maximum Segment Lifetime) 동안 기다린다.", MSL),
])
def test_an_acronym_closing_a_mark_is_spelled_out(line: str, pair: tuple[str, str]) -> None:
    deck = parse_markdown(f"# T\n## Closing\n- {line}\n", "n.md")
    assert pair in mine(deck)
