"""Choices of one style: a lone name in another script is asked only when it
shares a word with the others (the notes' own family of names)."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import passes
from bot.quiz.question import Question


def _name_question(*choices: str) -> Question:
    return Question(id="n1", kind="name", section="S", topic="T", concept="c",
                    prompt="S\n다음 설명에 해당하는 것은?\n- 전송 지점이 있는 곳", choices=choices,
                    answer=0, explanation="- 설명", source=SourceRef(file="n.md", line=1),
                    source_hash="h")


def test_a_lone_name_in_another_script_sets_itself_apart() -> None:
    assert not passes(_name_question("엣지 로케이션", "가용영역 (aws availability zones)",
                                     "Regions"))
    assert not passes(_name_question("템플릿", "Change Set", "스택"))


def test_a_shared_word_makes_one_family_of_names() -> None:
    assert passes(_name_question("S3 수명 주기 규칙", "S3 Batch Operations", "S3 요청자 지불"))
    assert passes(_name_question("엣지 로케이션", "가용영역", "리전"))
    # A name written in both scripts goes with either.
    assert passes(_name_question("DLQ", "FIFO 대기열", "Visibility Timeout"))
    # An aside in Korean does not make an English name Korean.
    assert passes(_name_question("IAM Policies Structure", "IAM Security Tools (보안도구)",
                                 "IAM Roles for Services"))
