"""Footnotes: a named mark ('스풀링[^spool]') is no word of its sentence, and
a footnote's text ('[^spool]: …'), gathered at the end of the file, is no
line of the heading it happens to stand under, nor is its key a name. Every
note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.inline import plain
from bot.notes.loader import parse_markdown

NOTES = """# 입출력

## 버퍼와 스풀
- 스풀링[^spool]은 느린 장치의 작업을 디스크에 모아 두었다가 보낸다
- 버퍼[^1]는 두 장치의 속도 차이를 메운다

## 참고
- 교재 3장을 함께 읽는다

[^spool]: Simultaneous Peripheral Operations On-Line의 줄임말
    프린터 대기열이 대표적인 예이다
[^1]: 메모리의 임시 저장 영역
"""


@pytest.mark.parametrize(("written", "seen"), [
    ("임계 영역[^critical-section]의 코드", "임계 영역의 코드"),
    ("a datagram[^datagram] is sent", "a datagram is sent"),
    ("the `SYN`[^syn-flag] packet", "the `SYN` packet"),
    ("패턴 a[^x]b 는 x 를 뺀 문자", "패턴 a[^x]b 는 x 를 뺀 문자"),
    ("정규식 [^abc] 는 a, b, c 가 아닌 문자", "정규식 [^abc] 는 a, b, c 가 아닌 문자"),
])
def test_a_named_footnote_mark_is_no_word(written: str, seen: str) -> None:
    assert plain(written) == seen


def test_a_footnote_text_is_no_line_of_the_heading_above_it() -> None:
    deck = parse_markdown(NOTES, "io.md")
    facts = {t.title: [f.text for f in t.all_facts()] for t in deck.topics()}
    assert facts["참고"] == ["교재 3장을 함께 읽는다"]
    assert facts["버퍼와 스풀"] == [
        "스풀링은 느린 장치의 작업을 디스크에 모아 두었다가 보낸다",
        "버퍼는 두 장치의 속도 차이를 메운다",
    ]
    everything = " ".join(f for fs in facts.values() for f in fs)
    assert "spool" not in everything and "대기열" not in everything
