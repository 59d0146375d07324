"""Study resources are named for what they are: a description that says the
name in other words ('Step-by-step guide …' beside *… Roadmap*, 'a quick
reference …' beside *… Cheatsheet*) points at it (fields.txt). Every note here
is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.fields import echoed_fields

RESOURCES = """# Study plan
## Free resources
- [Networking Primer](https://example.com/a): Long book that covers every protocol layer in depth, with exercises after each chapter.
- [Networking Cheatsheet](https://example.com/b): One page of commands to keep open during labs and the night before the exam.
- [Networking Roadmap](https://example.com/c): Step-by-step guide through which topics to learn first and which to leave for later.
- [Networking Interview](https://example.com/d): Questions asked in past hiring rounds, each with a model answer and common mistakes.
"""  # noqa: E501


def test_a_description_saying_the_name_in_other_words_is_not_asked() -> None:
    bank = build_bank(parse_markdown(RESOURCES, "n.md"))
    assert not [q for q in bank if q.correct_choice == "Networking Roadmap"
                or q.prompt.endswith("'Networking Roadmap'?")], [q.prompt for q in bank]
    answers = {q.correct_choice for q in bank}
    assert "Networking Primer" in answers and "Networking Interview" in answers, answers


OTHERS = ["Networking Primer", "Networking Interview", "Networking Cheatsheet"]


@pytest.mark.parametrize(("answer", "stem", "others", "field"), [
    ("Networking Roadmap", "Step-by-step guide through the topics to learn first", OTHERS,
     "roadmap"),
    ("Networking Roadmap", "A learning path from the basics to routing", OTHERS, "roadmap"),
    ("네트워크 로드맵", "단계별 가이드로 먼저 배울 주제를 알려준다",
     ["네트워크 치트시트", "네트워크 입문서"], "roadmap"),
    ("ネットワークのロードマップ", "ステップバイステップで学ぶ順番を示す",
     ["ネットワークのチートシート"], "roadmap"),
    ("网络学习路线图", "循序渐进地介绍需要学习的主题", ["网络速查表"], "roadmap"),
    ("Networking Cheatsheet", "A quick reference of the commands used in labs",
     ["Networking Primer", "Networking Roadmap"], "quick-reference"),
    ("Networking Primer", "A beginner's guide for those new to networks",
     ["Networking Cheatsheet", "Networking Roadmap"], "primer"),
    ("Networking FAQ", "Frequently asked questions from the forum",
     ["Networking Primer", "Networking Roadmap"], "faq"),
    ("Networking Glossary", "A list of terms with one line on each",
     ["Networking Primer", "Networking Roadmap"], "glossary"),
    # In words of its own the description is the clue to learn; a synonym every
    # choice shares points at none.
    ("Networking Roadmap", "Which topics to learn first and which to leave for later",
     OTHERS, ""),
    ("Routing Roadmap", "Step-by-step plan of the topics", ["Switching Roadmap"], ""),
    ("Networking Primer", "A guide to every layer of the stack", OTHERS[1:], ""),
])
def test_resource_names_said_in_other_words(answer: str, stem: str, others: list[str],
                                            field: str) -> None:
    assert echoed_fields(answer, stem, others) == ({field} if field else frozenset())
