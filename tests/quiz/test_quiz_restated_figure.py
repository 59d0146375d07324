"""A cloze line that states its figure again in other words (a count of nines,
a number word, an aside naming the things counted) gives the blank away."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.cloze import figures
from bot.quiz.restated import says_the_figure_again

DURABILITY = """# Storage
## Object storage
- Durability: 99.999999999% (11 nines)
- Availability of the standard class: 99.99%
- Availability of the infrequent class: 99.9%
- Availability of the one-zone class: 99.5%
"""

THREADS = """# 운영체제
## 스레드
- 프로세스마다 최소 1개의 스레드(메인 스레드)를 소유한다
- 코어는 보통 4개의 하드웨어 스레드를 실행한다
- 스케줄러는 8개의 대기열을 관리한다
- 커널은 2개의 스택을 쓴다
"""


def _restated(line: str) -> bool:
    fig = figures(line)[0]
    return says_the_figure_again(line, fig.start, fig.end, fig.value, fig.ladder)


@pytest.mark.parametrize("line", [
    "Durability: 99.999999999% (11 nines)",
    "최소 1개의 스레드(메인 스레드)를 소유한다",
    "서브넷 2개 (퍼블릭, 프라이빗)를 만든다",
    "두 개의 서브넷을 만들고 2개 AZ에 둔다",
    "1개의 리전, 하나의 계정에 둔다",
])
def test_a_figure_said_twice_is_not_blanked(line: str) -> None:
    assert _restated(line)


@pytest.mark.parametrize("line", [
    "3개의 AZ에 복제한다",
    "NAT 게이트웨이 2개 (AZ당 1개)",  # a rate, not the things counted
    "1년간 워크 유지, task는 한번 할당",  # once is said of the task, not the year
    "세대별로 3개의 버전",
    "2개의 큐를 둘러본다",  # '둘러' is no 'two'  # '세대' is no number word
    "Availability: 99.99%",
])
def test_a_figure_said_once_stays(line: str) -> None:
    assert not _restated(line)


@pytest.mark.parametrize("notes", [DURABILITY, THREADS])
def test_the_bank_asks_no_blank_its_line_restates(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "n.md"))
    clozes = [q for q in bank if q.kind == "cloze"]
    assert clozes, "the other figures are still asked"
    for q in clozes:
        assert "nines" not in q.prompt and "메인 스레드" not in q.prompt, q.prompt
