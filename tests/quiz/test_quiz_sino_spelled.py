"""A Sino-Korean name spelled out syllable by syllable gives itself away:
'배우고 익힐' for 학습성 (學 배우다, 習 익히다), '다양한 형태' for 다형성 (多, 形).
Read either way round (the name asked, its line offered), and only when the
syllables stand in order, side by side. Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.sino import spelled_alone, spelled_roots


@pytest.mark.parametrize(("name", "text", "root"), [
    ("학습성", "처음 쓰는 사람도 금방 배우고 익힐 수 있다", "학습"),  # native words (훈)
    ("다형성", "하나의 이름이 다양한 형태로 동작한다", "다형"),  # the words' first syllables
    ("증감", "재고를 늘리고 줄이는 일", "증감"),  # 增 늘리다, 減 줄이다
    ("개폐", "문을 열고 닫는 장치", "개폐"),  # 開 열다, 閉 닫다
])
def test_the_syllables_are_said(name: str, text: str, root: str) -> None:
    assert spelled_roots(name, text) == frozenset({root})


@pytest.mark.parametrize(("name", "text"), [
    ("학습성", "익히고 배우는 순서가 거꾸로다"),  # out of order
    ("다형성", "다양한 입력과 출력의 형태"),  # too far apart
    ("보안성", "보고 안에 넣는다"),  # 보 with an ending is a word, '안에' too, but 安 is 편안
    ("가상화", "가장 상위 계층"),  # 가장 is no 가 of 假 said, and 상위 no 상 of 想
])
def test_words_that_only_share_syllables(name: str, text: str) -> None:
    assert not spelled_roots(name, text)


def test_the_name_asked_and_its_line_offered() -> None:
    right = "처음 쓰는 사람도 금방 배우고 익힐 수 있어야 한다"
    wrong = ["누구나 쉽게 이해하고 쓸 수 있어야 한다", "오류를 줄이고 요구를 담아야 한다"]
    assert gives_away(right, "설계 원칙 학습성", wrong)
    assert not gives_away(wrong[0], "설계 원칙 학습성", [right, wrong[1]])


def test_a_clue_that_spells_every_choice_points_at_none() -> None:
    assert not spelled_alone("증가", "늘리고 줄이는 일", ["감소"])
    assert spelled_alone("증감", "늘리고 줄이는 일", ["개폐"])


NOTES = """# UI 설계 원칙

## 원칙
- 직관성: 누구나 쉽게 이해하고 쓸 수 있어야 한다
- 유효성: 사용자의 목적을 정확히 이룰 수 있어야 한다
- 학습성: 처음 쓰는 사람도 금방 배우고 익힐 수 있어야 한다
- 유연성: 사용자의 요구를 최대한 받아들이고 실수를 줄여야 한다
"""


def test_no_question_pairs_the_name_with_its_spelling() -> None:
    for q in build_bank(parse_markdown(NOTES, "ui.md")):
        shown = q.prompt + " " + q.choices[q.answer]
        assert not ("학습성" in shown and "배우고 익힐" in shown), q.prompt
