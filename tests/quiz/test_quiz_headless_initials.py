"""A name's short form leaves out its generic head word: 'BF' in a clue names
the Bellman-Ford algorithm as surely as 'BFA' would, unless another choice is
'BF' too. Written for the test."""

from __future__ import annotations

import pytest

from bot.notes.model import SourceRef
from bot.quiz.build import rejection
from bot.quiz.question import Question
from bot.quiz.text import initials_shown


@pytest.mark.parametrize(("answer", "stem", "others", "shown"), [
    ("Bellman-Ford algorithm", "- if BF fails to converge after V-1 rounds",
     ["Linear programming", "VLSI layout"], True),
    ("Border Gateway Protocol", "- BG routers exchange routes", ["Open Shortest Path First"], True),
    ("Bellman-Ford algorithm", "- if BF fails to converge",
     ["Breadth-First", "Dijkstra algorithm"], False),  # 'BF' names another choice too
    ("Bellman-Ford algorithm", "- relaxes every edge V-1 times",
     ["Dijkstra algorithm", "Floyd-Warshall"], False),
    ("Dijkstra algorithm", "- D stands for the distance", ["Bellman-Ford"], False),  # one letter
])
def test_headless_initials(answer: str, stem: str, others: list[str], shown: bool) -> None:
    assert initials_shown(answer, stem, others) is shown


def test_the_question_is_dropped() -> None:
    question = Question(
        id="q", kind="name", section="Shortest paths", topic="Shortest paths", concept="c",
        prompt="Which one does this describe?\n- if BF fails to converge after V-1 rounds, "
               "there is a negative cycle",
        choices=("Bellman-Ford algorithm", "Linear programming", "VLSI layout"), answer=0,
        explanation="e", source=SourceRef(file="f.md", line=1), source_hash="h")
    assert rejection(question) == "initials shown"
