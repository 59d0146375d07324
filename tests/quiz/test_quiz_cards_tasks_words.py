"""Three ways a question gives itself away or asks nothing real: half of the
author's flashcard shown as a line about its section ('A: An exact copy …'
asked for 'Digital Forensics'); a blank in an exercise's task, whose figure is
the task's setting ('Configure the HPA … a stabilization window of ___');
common words said in Korean ('식별 함수' for identity, '결과값' for Result,
'다시 시행' for Retry). Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import rejection
from bot.quiz.card_halves import is_card_half
from bot.quiz.question import Question
from bot.quiz.task_lines import sets_a_task


def _question(kind: str, prompt: str, choices: tuple[str, ...]) -> Question:
    return Question(id="q", kind=kind, section="S", topic="T", concept="c", prompt=prompt,
                    choices=choices, answer=0, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


@pytest.mark.parametrize(("line", "half"), [
    ("A: An exact copy of a storage device taken for analysis", True),
    ("**A:** Confidentiality, Integrity, Availability.", True),
    ("Q: What is a rainbow table?", True),
    ("답: 공개키로 암호화한다", True),
    ("答案：三次握手", True),
    ("a: the first operand", False),  # a term line, not a card label
    ("AWS: the cloud of Amazon", False),
])
def test_card_halves(line: str, half: bool) -> None:
    assert is_card_half(line) is half


def test_a_card_half_as_a_clue_drops_the_question() -> None:
    clue = "Which one does this describe?\n- {} an exact copy of a storage device for analysis"
    choices = ("Digital Forensics", "Threats & Attacks", "Security Principles")
    assert rejection(_question("name", clue.format("A:"), choices)) == "half of a flashcard"
    assert rejection(_question("name", clue.format("It is"), choices)) != "half of a flashcard"


@pytest.mark.parametrize(("line", "task"), [
    ("Configure the HPA to scale down with a stabilization window of ___", True),
    ("Ensure that the HPA keeps an average CPU usage of ___ across all pods", True),
    ("CPU 사용률을 ___로 유지하도록 설정하시오.", True),
    ("安定化ウィンドウを ___ に設定しなさい。", True),
    ("请把副本数设置为 ___", True),
    ("The default stabilization window for scaling down is ___", False),
    ("스케일 다운 안정화 기간의 기본값은 ___이다", False),
    ("Configurations are stored for ___ days", False),
])
def test_task_lines(line: str, task: bool) -> None:
    assert sets_a_task(line) is task


def test_a_blank_in_a_task_drops_the_cloze() -> None:
    prompt = "Which value fills the blank?\n- {} an average CPU usage of ___ across all pods."
    choices = ("50%", "60%", "75%", "40%")
    assert rejection(_question("cloze", prompt.format("Ensure that the HPA keeps"), choices)) \
        == "an exercise's setting"
    assert rejection(_question("cloze", prompt.format("By default the HPA targets"), choices)) \
        != "an exercise's setting"


WORDS = """# HTTP

## Accept-Encoding values

- gzip : LZ77 과 32비트 CRC 를 이용하는 압축 포맷
- compress : LZW 알고리즘을 이용하는 압축 포맷
- deflate : zlib 구조에 deflate 압축 알고리즘을 쓰는 포맷
- identity : 식별 함수(압축하지 않거나 수정하지 않은 경우)를 가리킨다
"""


def test_a_translated_common_word_is_a_giveaway() -> None:
    asked = {q.choices[q.answer] for q in build_bank(parse_markdown(WORDS, "notes.md"))
             if q.kind == "match"}
    assert "identity" not in asked
