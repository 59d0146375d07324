"""Remarks about the course itself ('플로우 컨트롤에서 배웁니다', '…알 수 있을
예정', 'covered later') say where the lecture goes, not what a thing is: they are
no clue and no choice. A scheduled thing ('예정된 작업') is still a fact."""

from __future__ import annotations

import pytest
from quiz_decks import make_deck

from bot.quiz.bank import build_bank
from bot.quiz.material import is_remark


@pytest.mark.parametrize("text", [
    "자세한 내용은 플로우 컨트롤에서 배웁니다",
    "나중에 혼잡 제어를 알 수 있을 예정",
    "뒤에서 설명할 예정",
    "다음 시간에 살펴봅시다",
    "스케줄링은 다음 장에서 알아보자",
    "We'll learn the details in the next lecture",
    "This is covered later",
])
def test_a_remark_about_the_course_is_a_remark(text: str) -> None:
    assert is_remark(text)


@pytest.mark.parametrize("text", [
    "예정된 작업을 정해진 시간에 실행",
    "다음 장애 조치 대상을 고름",
    "다음 시간 동안 유효한 토큰",
])
def test_a_fact_with_a_like_word_is_no_remark(text: str) -> None:
    assert not is_remark(text)


def test_a_course_remark_is_never_a_clue_nor_a_choice() -> None:
    spec = {"전송 계층": {"전송 계층": [
        "TCP : 연결 지향, 신뢰성 있는 전송",
        "UDP : 비연결형, 빠른 전송",
        "흐름 제어 : 자세한 내용은 플로우 컨트롤에서 배웁니다",
        "혼잡 제어 : 나중에 알 수 있을 예정",
        "QUIC : UDP 위의 암호화된 전송",
        # (Capitalised as the other names are: 'cron' in lower case among TCP,
        # UDP and QUIC would stand out by its form.)
        "Cron : 예정된 작업을 정해진 시간에 실행",
    ]}}
    bank = build_bank(make_deck(spec))
    assert bank, "the other definitions still make questions"
    for q in bank:
        for text in (q.prompt, *q.choices):
            assert "배웁니다" not in text and "있을 예정" not in text
    assert any("예정된" in q.prompt or any("예정된" in c for c in q.choices)
               for q in bank), "a scheduled job is a fact, still asked"


@pytest.mark.parametrize("text", [
    "TCP vs UDP 차이 설명 가능", "프로세스와 스레드의 차이를 설명할 수 있다",
    "뒷 내용이 아직도 남았다니... 82p부터 보자!",
])
def test_a_study_goal_or_a_reading_plan_is_a_remark(text: str) -> None:
    assert is_remark(text)


@pytest.mark.parametrize("text", ["설명 가능한 AI 모델을 학습", "처음부터 다시 전송"])
def test_an_explainable_thing_is_no_remark(text: str) -> None:
    assert not is_remark(text)
