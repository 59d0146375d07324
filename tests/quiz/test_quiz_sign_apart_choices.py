"""Issue 14, every file yields questions: a Japanese or Chinese clue beside
answers in Latin letters is not asked, as the clue may translate the answer
unseen. Choices that write the same English words and differ only in signs
and figures ('CPI>1' / 'CPI<1', of the ja-pm glossary's EV indices) are told
apart by no word a clue could translate: such a question is asked."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import assemble
from bot.quiz.question import Question
from bot.quiz.scripts import apart_by_signs


def _ask(clue: str, correct: str, wrong: tuple[str, ...]) -> Question | str:
    return assemble("pair", sources=("s",), section="EV分析", topic="EV分析", concept="c",
                    context="EV分析の評価指標 > CPI = EV / AC",
                    body=f"次の説明に当てはまるものはどれですか？\n- {clue}",
                    correct=correct, wrong=wrong, explanation="e",
                    source=SourceRef(file="f.md", line=1))


def test_choices_apart_by_signs_are_asked_under_a_japanese_clue() -> None:
    question = _ask("予定よりも費用が掛かっていない傾向", "CPI>1", ("CPI<1",))
    assert isinstance(question, Question), question


def test_choices_apart_by_words_are_still_not_read() -> None:
    assert _ask("プロジェクトの総予算", "BAC", ("EAC",)) == "gate: unread language"
    assert not apart_by_signs("費用", "CPI>1", ["SPI<1"])
    assert not apart_by_signs("費用", "x>0", ["y>0"])
    assert not apart_by_signs("費用", "TCP 段", ["TCP 头"])
    assert not apart_by_signs("大于一", "CPI>1", ["CPI<1"])
    assert apart_by_signs("进度提前", "SV>0", ["SV<0"])
