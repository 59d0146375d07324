"""A rate per unit of time ('단위 시간당 완료된 프로세스 수') is counted over any
span: the '1초' that illustrates it beside ('1초에 몇 개의 프로세스를
끝냈는지') is no fact to blank (2초 or 10초 illustrate it as well). Every note
here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank


def _blanks(notes: str) -> list[str]:
    return [q.prompt.rsplit("\n", 1)[-1] for q in build_bank(parse_markdown(notes, "n.md"))
            if q.kind == "cloze"]


THROUGHPUT = """# 운영체제 노트

## 처리량

- 단위 시간당 완료된 프로세스 수
- 1초에 몇 개의 프로세스를 끝냈는지

## 응답 시간

- 로그인 세션은 최대 30분 동안 유지된다
"""

RATE_EN = """# OS notes

## Throughput

- Throughput is the number of jobs finished per unit time, say in 10 seconds

## Timer

- The scheduler tick fires every 10 ms on this kernel
"""


def test_a_figure_beside_a_rate_per_unit_time_is_not_blanked() -> None:
    blanks = _blanks(THROUGHPUT)
    assert not [b for b in blanks if "프로세스를" in b]
    assert "- 로그인 세션은 최대 ___ 동안 유지된다" in blanks
    blanks = _blanks(RATE_EN)
    assert not [b for b in blanks if "per unit time" in b]
    assert "- The scheduler tick fires every ___ on this kernel" in blanks
