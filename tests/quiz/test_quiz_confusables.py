"""A real-world near twin of the answer (Savings Plans beside Reserved
Instances: both a 1- or 3-year commitment for a discount) is never offered as
a wrong choice, whatever the notes say: a reader who knows AWS marks it right."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.quiz.bank import build_bank
from bot.quiz.confusables import confusable

_PRICING: list[Node] = [
    "On-Demand Instances : 초 단위로 사용한 만큼 요금을 내는 약정 없는 옵션",
    "Reserved Instances : 쓸 인스턴스 유형과 리전을 정해 두고 장기 약정하는 구매 방식",
    "Compute Savings Plans : 시간당 사용 금액을 약정하면"
    " Fargate와 Lambda 요금도 낮아지는 구매 방식",
    "Spot Instances : 남는 용량을 최대 90% 할인된 가격에 쓰지만 회수될 수 있음",
    "Dedicated Hosts : 소켓과 코어가 보이는 물리 서버 한 대를 통째로 사용",
    "Capacity Blocks : 머신러닝용 GPU 인스턴스를 미래 날짜에 일정 기간 확보",
]


def test_a_near_twin_is_no_wrong_choice() -> None:
    bank = build_bank(make_deck({"EC2": {"EC2 구매 옵션": _PRICING}}))
    reserved = "쓸 인스턴스 유형과 리전을 정해 두고 장기 약정하는 구매 방식"
    savings = "시간당 사용 금액을 약정하면 Fargate와 Lambda 요금도 낮아지는 구매 방식"
    asked = [q for q in bank if "Compute Savings Plans" in q.prompt
             and q.correct_choice == savings]
    # Still asked, with other wrong choices than Reserved Instances' definition.
    assert asked, "Compute Savings Plans is asked among the other options"
    for question in bank:
        if question.correct_choice in ("Compute Savings Plans", savings):
            assert not {"Reserved Instances", reserved} & set(question.choices)
        if question.correct_choice in ("Reserved Instances", reserved):
            assert not {"Compute Savings Plans", savings} & set(question.choices)


def test_names_match_as_whole_words_in_any_case() -> None:
    assert confusable(["Reserved Instances"], ["Compute Savings Plans"])
    assert confusable(["예약 인스턴스 (RI)"], ["savings plans"])
    assert confusable(["S3 Gateway Endpoint"], ["Interface Endpoint"])
    # Members of one group only: a name of the group is no twin of itself or of
    # an unrelated name, and no spelling matches inside a longer word.
    assert not confusable(["Reserved Instances"], ["Reserved Instances"])
    assert not confusable(["Reserved Instances"], ["Spot Instances"])
    assert not confusable(["Athena"], ["S3 Glacier"])
    assert not confusable(["PRIMARY key"], ["Kruskal"])


def test_traversal_orders_are_twins_in_chinese_and_japanese_too() -> None:
    assert confusable(["后序遍历"], ["先序遍历"])
    assert confusable(["前序遍历"], ["后序遍历"])
    assert confusable(["行きがけ順"], ["帰りがけ順"])
    assert not confusable(["后序遍历"], ["中序遍历"])


def test_tags_are_metadata_in_any_language() -> None:
    # Both are key-value pairs on an object: a clue of one fits the other.
    assert confusable(["Metadata"], ["Object Tags"])
    assert confusable(["메타데이터"], ["태그"])
    assert confusable(["タグ"], ["メタデータ"])
    assert not confusable(["Metadata"], ["Version ID"])
