"""A clue that is a symbol alone ('記号: M' of a prefix table) spells the
answer's first sound (メガ, mega) when no other choice opens on it: the
question is not asked."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import assemble
from bot.quiz.question import Question
from bot.quiz.symbol_clues import symbol_spells_answer


def _ask(clues: str, correct: str, wrong: tuple[str, ...]) -> Question | str:
    return assemble("match", sources=("s",), section="単位", topic="単位", concept="c",
                    context="データの単位", body=f"次の説明に当てはまるものはどれですか？\n{clues}",
                    correct=correct, wrong=wrong, explanation="e",
                    source=SourceRef(file="f.md", line=1))


def test_a_symbol_opening_the_answer_alone_gives_it_away() -> None:
    assert _ask("- 記号: M\n- 累乗: 10⁶", "メガ", ("ギガ", "テラ", "キロ")) \
        == "gate: symbol spells the answer"
    assert symbol_spells_answer(["記号: G"], "ギガ", ["キロ", "テラ"])
    assert symbol_spells_answer(["기호: T"], "테라", ["기가", "메가"])
    assert symbol_spells_answer(["Symbol: k"], "kilo", ["mega", "giga"])
    assert symbol_spells_answer(["記号: E"], "エクサ", ["ペタ", "テラ"])


def test_a_symbol_that_opens_two_choices_or_none_stays() -> None:
    assert not symbol_spells_answer(["記号: m"], "ミリ", ["マイクロ", "ナノ"])
    assert not symbol_spells_answer(["등급: A"], "エクサ", ["ペタ", "テラ"])
    assert not symbol_spells_answer(["언어: SQL"], "스키마", ["테이블", "뷰"])
    assert not symbol_spells_answer(["記号: M"], "百万", ["十億", "千"])
    question = _ask("- 記号: μ\n- 累乗: 10^-6", "マイクロ", ("ミリ", "ナノ", "ピコ"))
    assert isinstance(question, Question)
