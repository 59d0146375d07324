"""A right choice alone without a figure among wrong ones that all state one
('found in production' among '2 hours before each release' and 'once a week',
a before-and-after list's lines) is picked by its form. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import rejection
from bot.quiz.figure_kinds import figure_kinds, figureless_alone
from bot.quiz.question import Question


def _question(choices: tuple[str, ...], kind: str = "match") -> Question:
    return Question(id="q", kind=kind, section="s", topic="t", concept="c",
                    prompt="「障害対応」の説明として正しいものはどれですか？",
                    choices=choices, answer=0, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


def test_a_count_of_times_is_a_figure() -> None:
    assert figure_kinds("週1回") == {"times"}
    assert figure_kinds("하루 3회 배포") == {"times"}
    assert figure_kinds("deploys 5 times a day") == {"times"}


def test_a_statement_alone_among_figures_is_not_asked() -> None:
    choices = ("利用者からの連絡で気づくことが多い", "毎朝30分", "月2回")
    assert figureless_alone(choices[0], choices[1:])
    assert rejection(_question(choices)) == "answer odd figure"


def test_statements_alike_stay() -> None:
    choices = ("利用者からの連絡で気づくことが多い", "毎朝30分", "担当者が交代で見る")
    assert not figureless_alone(choices[0], choices[1:])
    assert rejection(_question(choices)) != "answer odd figure"
