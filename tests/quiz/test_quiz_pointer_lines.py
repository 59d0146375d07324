"""A sentence that only points elsewhere ('See Holes in the Log.', 'Swapping
항목을 참고하세요', '詳しくはロックの章を参照', '详见第三章') says nothing of the
topic: a trailing one is taken off its line, and a line that is only a
pointer is no line of the notes. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.pointers import unpointed

EN_STEPS = """# Consensus

## Multi-Paxos

1. **Election**: Pick one proposer as the stable leader for many slots.
2. **Fast path**: The leader skips the prepare phase for later slots.
3. **Recovery**: Fill gaps in the log with no-op commands. See Holes in the Log.
4. **Maintenance**: Add heartbeats and garbage collection of old slots. See Log Compaction.
5. **Failure detection**: See Failure Detection.
"""

KO_LINES = """# 운영체제

## 메모리

- 스와핑: 메모리가 부족하면 프로세스를 디스크로 내보내는 기법. 스와핑 항목을 참고하세요.
- 페이징: 메모리를 같은 크기의 페이지로 나누어 관리하는 기법
- 세그멘테이션: 메모리를 논리적인 크기의 세그먼트로 나누어 관리하는 기법
- 단편화: 가상 메모리 항목 참고
"""


def _texts(notes: str) -> str:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    assert bank
    return "\n".join(q.prompt + "\n" + "\n".join(q.choices) for q in bank)


def test_no_question_shows_a_pointer_in_english() -> None:
    shown = _texts(EN_STEPS)
    assert "See " not in shown
    assert "Failure detection" not in shown


def test_no_question_shows_a_pointer_in_korean() -> None:
    shown = _texts(KO_LINES)
    assert "참고" not in shown
    assert "단편화" not in shown


@pytest.mark.parametrize(("text", "left"), [
    ("Fill gaps with no-op commands. See Holes in the Log.", "Fill gaps with no-op commands."),
    ("Stampedes follow a mass invalidation (see §5.1).", "Stampedes follow a mass invalidation."),
    ("For the detailed mechanics, see Failure Detection.", ""),
    ("더 자세한 설명은 15. Swapping 항목을 참고!", ""),
    ("索引能加快查询。详见第三章。", "索引能加快查询。"),
    ("詳しくはロックの章を参照してください", ""),
])
def test_pointers_are_taken_off(text: str, left: str) -> None:
    assert unpointed(text) == left


@pytest.mark.parametrize("text", [
    "참조 무결성은 외래키가 기본키에 있는 값만 갖게 한다",
    "Undo Log를 참조해 이전 데이터로 복구한다.",
    "참고로 결정계수는 다음의 식으로 구한다.",
    "外部キーは親テーブルを参照する",
    "We see that the state is no longer safe.",
])
def test_words_of_the_subject_stay(text: str) -> None:
    assert unpointed(text) == text
