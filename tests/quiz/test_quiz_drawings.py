"""A line that reads a figure the question cannot show ('the x-axis
represents the progress of process A', 'If the dotted line enters …', '위
그림에서 …', '上図のように …', '如图所示 …') is no fact for any kind. Notes
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.drawings import reads_a_drawing

ENGLISH = """# Deadlock
## Dealing with Deadlocks
### Deadlock Avoidance
- the x-axis represents the progress of process A
- If the dotted line enters where the rectangles overlap, it will be in an unsafe state.
- Safe states guarantee we will eventually complete all processes.
- The Banker's algorithm checks each request against the available resources.
### Deadlock Prevention
- Attacks one of the four conditions so that a deadlock can never occur.
- Ordering all resources numerically prevents a circular wait.
- Requiring all resources at the start removes hold and wait.
"""

KOREAN = """# 교착 상태
## 교착 상태 처리
### 교착 상태 회피
- 위 그림에서 점선이 겹치는 사각형 영역에 들어가면 불안전 상태가 된다.
- x축은 프로세스 A의 진행 정도를 나타낸다.
- 안전 상태는 모든 프로세스가 결국 완료됨을 보장한다.
- 은행원 알고리즘은 각 요청을 가용 자원과 비교해 검사한다.
### 교착 상태 예방
- 네 가지 조건 중 하나를 깨뜨려 교착 상태가 일어나지 않게 한다.
- 모든 자원에 번호를 매겨 순서대로 요청하면 순환 대기가 사라진다.
- 시작할 때 모든 자원을 요청하게 하면 점유 대기가 사라진다.
"""


SCREENSHOTS = """# EBS
## Volume types
- gp3: general purpose SSD with a baseline of 3000 IOPS
- io2: provisioned IOPS SSD for databases that need steady latency
- st1: as the screenshot shows, the volume held 21.69 GB after the first backup
- sc1: cold HDD, the cheapest option for data read only now and then
"""


@pytest.mark.parametrize("notes", [ENGLISH, KOREAN, SCREENSHOTS])
def test_no_question_shows_a_drawings_parts(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "n.md"))
    assert bank, "the other lines are still asked"
    for q in bank:
        shown = "\n".join([q.prompt, *q.choices])
        assert not any(w in shown for w in ("x-axis", "dotted line", "x축", "위 그림",
                                            "screenshot")), shown


@pytest.mark.parametrize(("text", "drawing"), [
    ("the x-axis represents the progress of process A", True),
    ("If the dotted line enters where the rectangles overlap, it is unsafe.", True),
    ("As shown in the figure below, the client retries.", True),
    ("위 그림에서 A는 B를 기다린다", True),
    ("x축은 시간을 나타낸다", True),
    ("上図のように、クライアントは再送する", True),
    ("如图所示，客户端先发送SYN", True),
    # A photo, a screenshot or a numbered figure pointed at.
    ("위 사진에서 볼 수 있듯이 서브넷은 두 개다", True),
    ("이 그림은 VPC의 구성을 보여 준다", True),
    ("그림 3과 같은 구조로 배치한다", True),
    ("The screenshot shows 21.69 GB used on the volume", True),
    ("Figure 2 shows the three-way handshake", True),
    ("図1のようにサブネットを分ける", True),
    ("这张图说明了三次握手的过程", True),
    ("이미지에서 얼굴을 탐지한다", False),
    ("이 이미지는 alpine을 기반으로 한다", False),
    ("화면에 결과를 출력한다", False),
    # A graph of the data structure, a notation's rule, a Docker image: facts.
    ("the number of edges in the graph", False),
    ("그래프의 정점과 간선", False),
    ("图中的顶点数", False),
    ("A dashed arrow means dependency in UML", False),
    ("Docker image layers are cached", False),
])
def test_reads_a_drawing(text: str, drawing: bool) -> None:
    assert reads_a_drawing(text) is drawing
