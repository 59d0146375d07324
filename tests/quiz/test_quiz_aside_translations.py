"""A clue whose aside says the name in other words ('영상 속 장면 분류 (얼굴
인식)' under 'Face Recognition'): the aside alone gives the answer away, and
the line without it is the clue, as an aside naming the answer is left out.
Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

MEDIA = """\
# 미디어 분석

## Face Recognition

- 사진과 영상 속 인물의 신원을 등록된 명단과 대조 (얼굴 인식)
- 입장 게이트의 출입 통제 시스템에 연동

## Speech Synthesis

- 문장을 사람 목소리 오디오 파일로 만들어 냄
- 목소리 종류와 말하는 속도를 고를 수 있음

## Document Parser

- 스캔한 계약서에서 표와 서명란을 찾아 구조화된 데이터로 변환
- 손글씨 메모도 읽어 들임

## Sentiment Scorer

- 고객 후기 문장이 긍정인지 부정인지 점수로 매김
- 리뷰 게시판의 댓글을 주기적으로 모아 분석
"""


def test_the_line_without_the_translating_aside_is_the_clue() -> None:
    bank = build_bank(parse_markdown(MEDIA, "notes.md"))
    asked = [q for q in bank if q.kind == "name" and q.correct_choice == "Face Recognition"]
    assert asked
    assert all("인식" not in q.prompt for q in asked)
    assert any("등록된 명단과 대조" in q.prompt for q in asked)
