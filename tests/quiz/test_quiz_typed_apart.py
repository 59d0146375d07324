"""A Hangul word typed apart into loose jamo ('사용 할 ㅅ ㅜ있는') is a typo the
reader must undo: no question shows such a line as a clue or a choice. Exam
item marks (ㄱ. ㄴ.) and ㅋㅋ/ㅠㅠ are no typo. Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.broken_words import typed_apart
from bot.quiz.build import rejection
from bot.quiz.question import Question


@pytest.mark.parametrize("line", [
    "프로세스가 사용 할 ㅅ ㅜ있는 리소스의 양",
    "요청을 처리 ㅎ ㅏ는 서버",
    "데이터를 저장하는 ㅜ공간",
])
def test_words_typed_apart(line: str) -> None:
    assert typed_apart(line)


@pytest.mark.parametrize("line", [
    "ㄱ. Ping of Death", "ㄱ, ㄴ, ㄷ 중 옳은 것", "ㅋㅋ 재밌다", "너무 어려워ㅠㅠ", "ㅠㅠ어렵다",
    "평범한 문장입니다", "TCP uses ACKs",
])
def test_no_typo(line: str) -> None:
    assert not typed_apart(line)


def _question(choices: tuple[str, ...], clue: str) -> Question:
    return Question(id="q", kind="match", section="S", topic="T", concept="c",
                    prompt=f"다음 설명에 해당하는 것은?\n- {clue}",
                    choices=choices, answer=0, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


def test_a_clue_or_choice_typed_apart_drops_the_question() -> None:
    good = ("제한", "요청", "할당")
    assert rejection(_question(good, "프로세스가 사용할 수 있는 리소스의 최대 양")) is None
    assert rejection(_question(good, "프로세스가 사용 할 ㅅ ㅜ있는 리소스의 최대 양")) \
        == "word typed apart"
    assert rejection(_question(("제ㅎ ㅏㄴ", "요청", "할당"),
                               "프로세스가 사용할 수 있는 리소스의 최대 양")) == "word typed apart"


NOTES = """# 리소스 관리
## 개념
### 제한
- 프로세스가 사용 할 ㅅ ㅜ있는 리소스의 최대 양을 정한다
### 요청
- 컨테이너가 스케줄링될 때 보장받는 최소 리소스 양
### 할당량
- 네임스페이스 전체가 쓸 수 있는 리소스의 총량
### 우선순위
- 자원이 부족할 때 어떤 파드를 먼저 축출할 ㅈ ㅣ 정하는 값
"""


def test_no_question_of_a_deck_shows_the_typo() -> None:
    deck = parse_markdown(NOTES, "notes.md")
    for question in build_bank(deck):
        shown = question.prompt + "\n" + "\n".join(question.choices)
        assert not typed_apart(shown), question
