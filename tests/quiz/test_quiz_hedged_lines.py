"""A line the author hedges as a guess or reports as hearsay ('…에 존재한다고 함',
'probably …', '…らしい', '据说…') is no fact: never a clue, blank or choice.
Only the hedged forms: a Korean naming '…라고 한다', a concessive '…다고 하더라도',
'may' in technical English, '可能会', 'ように' stay facts. Every note here is
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.hedges import hedged
from bot.quiz.question import Question


def _bank(text: str) -> tuple[Question, ...]:
    return build_bank(parse_markdown(text, "notes.md"))


def _texts(bank: tuple[Question, ...]) -> list[str]:
    return [text for q in bank for text in (q.prompt, *q.choices, q.explanation)]


KO_NOTES = """# 메모리 계층

## 버퍼 종류

- 링 버퍼 : 고정 크기 배열을 원형으로 돌려 쓰는 버퍼
- 스왑 버퍼 : 보통 보조 기억 장치에 따로 둔다고 함
- 쓰기 버퍼 : 쓰기 요청을 모아 두었다가 한꺼번에 내려 쓰는 버퍼
- 이중 버퍼 : 두 개의 버퍼를 번갈아 읽고 쓰며 끊김을 막는 버퍼
"""

EN_NOTES = """# Memory hierarchy

## Buffer kinds

- Ring buffer: a fixed-size array reused in a circle
- Swap buffer: probably kept on the secondary storage device
- Write buffer: gathers write requests and flushes them together
- Double buffer: two buffers take turns so that output never stalls
"""


@pytest.mark.parametrize("notes, hedge", [(KO_NOTES, "둔다고 함"),
                                          (EN_NOTES, "probably kept")])
def test_a_hedged_line_is_never_a_clue_nor_a_choice(notes: str, hedge: str) -> None:
    bank = _bank(notes)
    assert bank, "the other three lines still make questions"
    assert not [t for t in _texts(bank) if hedge in t]


def test_without_the_hedge_the_line_is_asked() -> None:
    # (The same notes, the line stated plainly: the rule above is what drops it.)
    plain = KO_NOTES.replace("보통 보조 기억 장치에 따로 둔다고 함",
                             "보조 기억 장치에 따로 두는 버퍼")
    assert any("보조 기억 장치에 따로 두는 버퍼" in t for t in _texts(_bank(plain)))


@pytest.mark.parametrize("line", [
    "보통 메인보드에 존재한다고 함",
    "성능이 더 좋은 것 같다",
    "아마 기본값은 3일 것이다",
    "This is probably the fastest option",
    "I think the limit is five requests",
    "Apparently the default is three replicas",
    "オンプレミスより安いらしい",
    "デフォルトは3つだと思う",
    "障害が起きたようだ",
    "据说默认是三个副本",
    "文件可能是损坏的",
])
def test_hedges_and_hearsay(line: str) -> None:
    assert hedged(line)


@pytest.mark.parametrize("line", [
    "이를 캐시 히트라고 한다",                       # naming, not hearsay
    "값이 존재한다고 하더라도 먼저 정의하고 시작",      # concessive 'even if'
    "The request may be retried by the client",     # 'may': a possibility
    "Amazon은 아마존이라고 읽는다",
    "新しいインスタンスを作成する",
    "素晴らしい性能",
    "再送されるように設定する",
    "可能会导致数据丢失",
    "마치 같은 네트워크처럼 동작",
])
def test_stated_facts_are_not_hedges(line: str) -> None:
    assert not hedged(line)
