"""A side of an 'A vs B' comparison written in the notes' own words as the
subject of its lines ('Queue 대기열은 …', '대기열은 …') is that side: its lines
are asked as that side's, without the subject that would translate it; a
subject written once, or one whose first word is not the side's
('메시지 주제는 …' beside 'Queue' and 'Topic' reads Topic, '처리 대기열은 …' no side),
is left alone."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.side_subjects import translated_subject

# ruff: noqa: E501  (invented notes keep their long lines)

NOTES = """### 메시징
1. Queue vs Topic
- Topic은 발행된 메시지를 모든 구독자에게 복제하여 전달
- Queue 대기열은 소비자 하나가 메시지를 가져가면 다른 소비자는 받지 못함
- 대기열은 소비자가 메시지를 처리한 뒤 직접 삭제해야 함
- 대기열은 소비자가 없어도 메시지를 보존 기간 동안 보관함
"""


def test_lines_on_a_side_said_in_other_words_are_that_sides() -> None:
    asked = [q for q in build_bank(parse_markdown(NOTES, "n.md")) if q.kind == "versus"]
    only_topic = [q for q in asked if q.correct_choice.startswith("발행된")]
    assert only_topic, "Topic's line asked against the Queue lines"
    wrong = {c for q in only_topic for c in q.choices if c != q.correct_choice}
    # The Queue lines, the Korean name that gives their side away taken off.
    assert "소비자가 메시지를 처리한 뒤 직접 삭제해야 함" in wrong
    assert not any("대기열" in c for q in asked for c in q.choices)


def test_a_subject_must_open_on_the_sides_word_and_be_written_again() -> None:
    names = ["Queue", "Topic"]
    lines = ["대기열은 a", "대기열은 b", "처리 대기열은 c", "볼륨 대기열은 d"]
    assert translated_subject("대기열은 메시지를 보관함", names, lines) == ("Queue", "메시지를 보관함")
    # The side's word last, after a word of its own: a thing of its own.
    assert translated_subject("처리 대기열은 메시지를 보관함", names, lines) is None
    # Written once: a part of the side, not the side.
    assert translated_subject("대기열 백업은 메시지를 보관함", names, lines) is None
