"""A figure the sentence adds up in words: one thing added to a count shown
('10개의 행 … 새로운 행을 추가 … 11개'), or a multiple of the work that counts
the acts the line chains ('Delete 후 Insert … 2배의 작업'). Notes written for
the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.stem_arithmetic import acts_counted, one_added_or_removed


def _stems(notes: str) -> str:
    return "\n".join(q.prompt for q in build_bank(parse_markdown(notes, "n.md"))
                     if "___" in q.prompt)


KOREAN = """# 데이터베이스
## 팬텀 리드
- 트랜잭션 A가 10개의 행을 조회했는데, 트랜잭션 B가 새로운 행을 추가해서 다음 조회 시 11개가 나옴
## 인덱스 갱신
- 인덱스는 Delete를 발생시킨 후, Insert 작업을 진행하여 2배의 작업이 소요된다
- 인덱스를 다시 만들면 조회가 3배 빨라진다
## 락 대기
- 락 대기 시간은 최대 50초이고 기본 재시도는 5번이다
"""

ENGLISH = """# Storage
## Cluster growth
- A trial of 30 days gets one day added when you sign up and then lasts 31 days
## Index update
- The engine deletes the old entry then writes the new entry for 2 times the work
- A rebuilt index makes reads 3 times faster
## Locks
- A lock wait lasts at most 50 seconds and a retry waits 10 seconds
"""


def test_a_count_one_off_a_count_shown_with_an_addition_is_not_blanked() -> None:
    stems = _stems(KOREAN)
    assert "___의 행을 조회" not in stems and "___이(가) 나옴" not in stems, stems
    assert "___의 작업" not in stems, stems
    # A speed-up is no count of acts, and counts with nothing added stay asked.
    assert "___ 빨라진다" in stems, stems
    assert "최대 ___이고" in stems, stems


def test_the_same_in_english() -> None:
    stems = _stems(ENGLISH)
    assert "of ___ gets" not in stems and "lasts ___" not in stems, stems
    assert "for ___ the work" not in stems, stems
    assert "reads ___ faster" in stems, stems
    assert "at most ___" in stems, stems


@pytest.mark.parametrize(("text", "figure", "unit", "others", "derived"), [
    ("10개의 행을 조회했는데, 새로운 행을 추가해서 11개가 나옴", "11개", "개", [(10, "개")], True),
    ("10개의 행을 조회했는데, 새로운 행을 추가해서 11개가 나옴", "10개", "개", [(11, "개")], True),
    ("노드 하나를 제거하면 5개에서 4개가 남는다", "4개", "개", [(5, "개")], True),
    ("A cluster of 3 nodes with one node added has 4 nodes", "4", "", [(3, "")], True),
    ("10行を取得した後、1行追加して11件になる", "11件", "件", [(10, "件")], True),
    # Nothing added or taken: two counts one apart are two facts.
    ("기본 10개, 최대 11개까지 둘 수 있다", "11개", "개", [(10, "개")], False),
    # One apart in another unit: no sum.
    ("10개의 행을 추가하는 데 11초가 걸린다", "11초", "초", [(10, "개")], False),
])
def test_one_added(text: str, figure: str, unit: str, others: list[tuple[float, str]],
                   derived: bool) -> None:
    start = text.index(figure)
    value = float("".join(c for c in figure if c.isdigit()))
    assert one_added_or_removed(text, start, start + len(figure), others, value, unit) == derived


@pytest.mark.parametrize(("text", "figure", "unit", "counted"), [
    ("Delete를 발생시킨 후, Insert 작업을 진행하여 2배의 작업이 소요된다", "2배", "배", True),
    ("복사한 다음 압축한 후 전송하므로 3배의 시간이 걸린다", "3배", "배", True),
    ("It deletes the row, then inserts it, for 2 times the work", "2 times", "times", True),
    # A speed-up or a size is no count of acts.
    ("압축한 후 전송하면 2배 빨라진다", "2배", "배", False),
    # As many acts as the multiple, or not.
    ("Delete를 발생시킨 후, Insert 작업을 진행하여 3배의 작업이 소요된다", "3배", "배", False),
    ("쓰기는 읽기보다 2배의 비용이 든다", "2배", "배", False),
])
def test_acts_counted(text: str, figure: str, unit: str, counted: bool) -> None:
    start = text.index(figure)
    value = float(figure.split(unit)[0])
    assert acts_counted(text, start, start + len(figure), value, unit) == counted
