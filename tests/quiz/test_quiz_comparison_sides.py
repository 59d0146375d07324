"""A line of one side of a comparison the notes make ('A vs B', or opposite
lines of two siblings written side by side) is asked as
which of the two it describes, under the headings above the comparison (whose
title names both choices). Two names one word apart ('Short Polling' / 'Long
Polling') are left out: their lines say what that word means. Every note here
is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

NOTES = """### 캐시 엔진
1. Redis vs Memcached
- Redis
\t- 스냅샷으로 디스크에 저장 가능
\t- 인메모리 저장소
- Memcached
\t- 멀티 스레드로 동작
\t- 멤캐시드 프로토콜 사용
\t- 인메모리 저장소
2. Short Polling vs Long Polling
- Short Polling은 대기열이 비어 있어도 요청에 곧바로 응답하는 방식
- Long Polling은 메시지가 도착할 때까지 정해진 시간만큼 기다리는 방식
"""


def _sides_asked() -> list[Question]:
    return [q for q in build_bank(parse_markdown(NOTES, "n.md"))
            if q.kind == "pair" and "vs" not in q.prompt]


def test_a_line_of_one_side_is_asked_between_the_two() -> None:
    asked = {q.prompt.rsplit("- ", 1)[-1]: q for q in _sides_asked()}
    assert "스냅샷으로 디스크에 저장 가능" in asked
    assert "멀티 스레드로 동작" in asked
    redis = asked["스냅샷으로 디스크에 저장 가능"]
    assert sorted(redis.choices) == ["Memcached", "Redis"]
    assert redis.correct_choice == "Redis"
    # Shown under the heading above the comparison, not its title.
    assert redis.prompt.startswith("캐시 엔진\n")
    assert asked["멀티 스레드로 동작"].correct_choice == "Memcached"


def test_a_line_both_sides_say_or_one_naming_its_side_is_not_asked() -> None:
    shown = [q.prompt for q in _sides_asked()]
    assert not any("인메모리 저장소" in p for p in shown)
    assert not any("멤캐시드" in p for p in shown)


def test_names_one_word_apart_are_not_asked_as_which_side() -> None:
    assert not any("Polling" in c for q in _sides_asked() for c in q.choices)


# Two siblings whose lines pair up as opposites, with no 'vs' heading
# (contrasts.py): each paired line is asked as which of the two it describes.
CONTRASTED = """### 파일 스토리지
1. 파일 서버 비교
- Keystone
\t- NFS 프로토콜 지원
\t- 리눅스 서버에서 마운트
- Harbor
\t- SMB 프로토콜 지원
\t- 윈도우 서버에서 마운트
"""


def _pairs(notes: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(notes, "n.md")) if q.kind == "pair"]


def test_a_contrasted_line_is_asked_between_its_two_siblings() -> None:
    asked = {q.prompt.rsplit("- ", 1)[-1]: q for q in _pairs(CONTRASTED)}
    assert asked["NFS 프로토콜 지원"].correct_choice == "Keystone"
    assert sorted(asked["NFS 프로토콜 지원"].choices) == ["Harbor", "Keystone"]
    assert asked["SMB 프로토콜 지원"].correct_choice == "Harbor"


def test_contrasted_siblings_one_word_apart_are_not_asked_as_which_side() -> None:
    notes = CONTRASTED.replace("Keystone", "Harbor Classic").replace("- Harbor\n",
                                                                    "- Harbor Turbo\n")
    assert "Harbor Turbo" in notes
    assert not _pairs(notes)
