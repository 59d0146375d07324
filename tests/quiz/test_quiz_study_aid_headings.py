"""A heading set out for studying ('학습 체크리스트', '핵심 키워드', 'Key Terms',
'Review Quiz', 'チェックリスト', '关键词') is a part of the page, not a thing:
the lines under it describe the subject, so a question asking which such
heading they stand under tests the layout. It is never a choice or an answer.
Things whose names hold such a word ('this 키워드', 'Peer review', '강화 학습')
stay names. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import names_no_thing

KO_PAGE = """# 세그멘테이션

## 핵심 키워드

`가변 크기 분할` `세그먼트 테이블` `외부 단편화 발생`

## 정의

세그멘테이션은 프로세스를 논리적 단위인 가변 크기 세그먼트로 나누어 적재하는 메모리 관리 기법이다.

## 복습 퀴즈

- 세그먼트와 페이지의 차이 이해
- 논리 주소 변환 과정 (s, d → base + d)
- 외부 단편화가 생기는 이유
"""

EN_PAGE = """# Write-ahead logging

## Keywords

- log sequence number, redo record, checkpoint horizon

## Review Quiz

- Explain why the log is flushed before the data page is written back.
- Describe what recovery replays after a crash at a checkpoint.
"""


def test_study_aid_headings_name_no_thing() -> None:
    for heading in ("학습 체크리스트", "핵심 키워드", "Key Terms", "Review Quiz",
                    "Security Checklist", "키워드", "チェックリスト", "チューニングチェックリスト",
                    "关键词", "复习"):
        assert names_no_thing(heading), heading


def test_names_holding_a_study_word_stay_names() -> None:
    for name in ("this 키워드", "static keyword", "Peer review", "Code Review",
                 "Feasibility study", "강화 학습", "エンドポイント", "Checkpoint"):
        assert not names_no_thing(name), name


def test_no_question_offers_a_study_aid_heading() -> None:
    aids = {"핵심 키워드", "복습 퀴즈", "Keywords", "Review Quiz"}
    for text in (KO_PAGE, EN_PAGE):
        for q in build_bank(parse_markdown(text, "notes.md")):
            assert not aids & set(q.choices), (q.prompt, q.choices)
