"""Of two names, a stem that denies a word of the other's ('EC2에 구성하지 않고'
beside *NAT Instance*, an EC2 instance by the glossary) names the answer: the
question is not asked."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import assemble
from bot.quiz.denied_choices import denied_words, denies_the_other
from bot.quiz.gloss import reading_acronyms
from bot.quiz.question import PAIR, Question

_GLOSSARY = {"ec2": ("Elastic Compute Cloud", "EC2 instance", "EC2 인스턴스")}


def _expand(short: str) -> tuple[str, ...]:
    return _GLOSSARY.get(short.lower(), ())


def _ask(clue: str, correct: str, wrong: str) -> Question | str:
    return assemble(PAIR, sources=("s",), section="VPC", topic="t", concept="c",
                    context="네트워크", body=f"다음 설명에 해당하는 것은?\n- {clue}",
                    correct=correct, wrong=(wrong,), explanation="e",
                    source=SourceRef(file="f.md", line=1))


def test_a_stem_denying_the_other_name_gives_the_answer_away() -> None:
    with reading_acronyms(_expand):
        assert _ask("EC2에 구성하지 않고 AWS에서 제공하고 관리하는 서비스",
                    "NAT Gateway", "NAT Instance") == "gate: stem denies the other choice"
        assert denies_the_other("a managed NAT that runs without an EC2 host",
                                "NAT Gateway", ["NAT Instance"])
    assert denies_the_other("서버 없이 코드를 실행", "Lambda", ["Server Fleet"])
    assert denies_the_other("runs not on a server", "Lambda", ["Server Fleet"])


def test_denials_of_no_word_of_the_other_choice_stay() -> None:
    # A subject's verb denied, an idiom of '없이', a word both or neither name
    # has, or more than two choices.
    assert denied_words("인스턴스가 중단되지 않고 계속 실행") == []
    assert denied_words("필요 없이 바로 사용, 크기에 관계 없이") == []
    assert not denies_the_other("서버 없이 코드를 실행", "Lambda", ["EC2"])
    assert not denies_the_other("인스턴스가 아닌 전용 호스트", "Dedicated Host Instance",
                                ["Spot Instance"])
    assert not denies_the_other("서버 없이 실행", "Lambda", ["Server Fleet", "Batch"])
    question = _ask("데이터를 네트워크가 아닌 물리적인 장치로 전송", "AWS Snow Family",
                    "AWS Transfer Family")
    assert isinstance(question, Question)
