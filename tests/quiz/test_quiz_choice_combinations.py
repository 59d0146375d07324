"""Choices that stand out by what they are made of: the one right choice that
combines two others ('a hybrid of X and Y' beside what X and Y each do, 'SNS +
SQS' beside 'SNS' and 'SQS', '둘 다' beside each alone), and one list of kinds
among statements (or one statement among lists). Every note and choice here is
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import rejection
from bot.quiz.combined import combines_others
from bot.quiz.list_choices import names_kinds, one_list_among_statements
from bot.quiz.question import Question


def _question(choices: tuple[str, ...], answer: int = 0, kind: str = "match") -> Question:
    return Question(id="q", kind=kind, section="s", topic="t", concept="c",
                    prompt="다음 중 '대상'에 대한 설명으로 옳은 것은?", choices=choices,
                    answer=answer, explanation="e", source=SourceRef(file="f.md", line=1),
                    source_hash="h")


TIERS = """# Storage
## Volume kinds
- fv1: solid state volume for small random reads at low latency
- cv1: spinning disk volume for long sequential scans at low cost
- av1: archive volume kept offline and read back within hours
- pv1: provisioned volume with a guaranteed rate of operations
- mv1: a hybrid of fv1 and cv1 that keeps hot blocks on flash
"""


def test_a_right_choice_mixing_two_others_is_not_asked() -> None:
    asked = [q for q in build_bank(parse_markdown(TIERS, "n.md"))
             if q.kind == "match" and "'" in q.prompt]
    assert asked, "the other volumes are still asked by their description"
    for q in asked:
        assert "hybrid" not in q.correct_choice, q.prompt


@pytest.mark.parametrize(("choices", "combined"), [
    (("X와 Y를 혼합한 방식", "X는 빠르다", "Y는 저렴하다"), True),
    (("a hybrid of push and pull delivery", "push delivery sends at once",
      "pull delivery waits to be asked"), True),
    (("SNS + SQS", "SNS", "SQS", "Kinesis"), True),
    (("둘 다 사용", "A만 사용", "B만 사용"), True),
    (("mixes fast writes with cheap storage", "fast writes to memory",
      "cheap storage on disk", "offline tape archive"), True),
    # A kind of its own called hybrid, that takes nothing of the others.
    (("Hybrid encrypted connectivity quickly", "Private subnets reach the API without NAT",
      "Private subnets reach storage without internet"), False),
    (("Hybrid file shares backed by the cloud", "parallel file system for HPC",
      "Windows file shares with directory login", "Move 100 TB with slow links"), False),
    # The mix is a wrong choice: tempting, not a giveaway.
    (("X는 빠르다", "X와 Y를 혼합한 방식", "Y는 저렴하다"), False),
])
def test_combinations(choices: tuple[str, ...], combined: bool) -> None:
    assert combines_others(choices[0], choices[1:]) is combined
    assert (rejection(_question(choices)) == "answer combines others") is combined


@pytest.mark.parametrize(("choice", "kinds"), [
    ("캡슐화, 상속, 다형성, 추상화", True),
    ("Hot, Warm, Cold and Frozen", True),
    ("JPEG, PNG, GIF 등", True),
    ("빠름, 저렴", False),  # two traits
    ("데이터와 메서드를 묶고, 접근을 막고, 상태를 숨긴다", False),
    ("moves objects to a cheaper tier after a set number of days", False),
])
def test_lists_of_kinds(choice: str, kinds: bool) -> None:
    assert names_kinds(choice) is kinds


@pytest.mark.parametrize(("choices", "odd"), [
    (("캡슐화, 상속, 다형성", "부모 클래스의 속성을 자식이 물려받는다",
      "같은 메시지에 객체마다 다르게 반응한다"), True),
    (("같은 메시지에 객체마다 다르게 반응한다", "Hot, Warm, Cold, Frozen",
      "데이터를 외부 접근으로부터 숨긴다"), True),
    (("keeps the order and sends each message exactly once",
      "AMQP, MQTT, STOMP", "Redis, Memcached, DynamoDB"), True),
    # One form throughout.
    (("AMQP, MQTT, STOMP", "HTTP, gRPC, WebSocket", "TCP, UDP, QUIC"), False),
    (("부모 클래스의 속성을 자식이 물려받는다", "같은 메시지에 객체마다 다르게 반응한다",
      "데이터를 외부 접근으로부터 숨긴다"), False),
])
def test_one_list_among_statements(choices: tuple[str, ...], odd: bool) -> None:
    assert one_list_among_statements(choices) is odd
    for answer in range(len(choices)):
        reason = rejection(_question(choices, answer))
        assert (reason == "one list among statements") is odd, (answer, reason)
