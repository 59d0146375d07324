"""One name written the other way round among names that share their last words:
'라우팅 정책 지리적 위치' among '단순 라우팅 정책', '가중치 기반 라우팅 정책', 'IP 기반
라우팅 정책' (the notes write it so) stands out by its form, whether it is the
answer or a wrong choice ruled out by look. Every note here is written for the
test."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import make
from bot.quiz.question import Question

HERE = SourceRef(file="notes.md", line=1)


def _question(kind: str, correct: str, wrong: list[str]) -> Question | None:
    return make(kind, sources=[correct, "clue"], section="DNS", topic="정책", concept="c",
                context="DNS", body="다음 설명에 해당하는 것은?\n- 가장 가까운 곳으로 응답",
                correct=correct, wrong=wrong, explanation="why", source=HERE)


def test_a_name_turned_round_among_names_sharing_their_end_is_not_asked() -> None:
    plain = ["단순 라우팅 정책", "가중치 기반 라우팅 정책", "IP 기반 라우팅 정책"]
    # A wrong choice turned round is ruled out by its look.
    assert _question("name", plain[0], [*plain[1:], "라우팅 정책 지리적 위치"]) is None
    # The answer turned round is picked by its look.
    assert _question("name", "라우팅 정책 지리적 위치", plain) is None
    # Names of one form are asked.
    assert _question("name", plain[0], [*plain[1:], "지리적 위치 라우팅 정책"]) is not None


def test_a_shared_first_word_alone_is_no_pattern() -> None:
    # 'Amazon' opens one and ends none: nothing is turned round.
    names = ["Amazon S3", "Amazon EFS", "Amazon EBS", "Amazon FSx"]
    assert _question("name", names[0], names[1:]) is not None
    # Three choices only: too few to call a shared end a pattern.
    assert _question("name", "단순 라우팅 정책", ["가중치 기반 라우팅 정책",
                                                "라우팅 정책 지리적 위치"]) is not None


def test_one_shared_word_opening_a_name_is_how_names_go() -> None:
    names = ["I/O Multiplexing", "Blocking I/O", "Non-blocking I/O", "Async I/O"]
    assert _question("name", names[1], [names[0], *names[2:]]) is not None
