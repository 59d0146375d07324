"""A heading written as a long sentence is shortened where a question shows it."""

from __future__ import annotations

from question_doubles import FakeQuestion

from bot.core.render import CRUMB_PART, question_reply, short_crumb
from bot.core.types import AnswerKind

LONG = (
    "A company is deploying a new version of its application and wants to send ten "
    "percent of traffic to it. Which routing policy should be used?"
)


def test_a_sentence_heading_is_cut_at_a_word_and_names_stay_whole() -> None:
    crumb = short_crumb(f"Practice Questions > {LONG}")
    section, topic = crumb.split(" > ")
    assert section == "Practice Questions"
    assert topic.endswith("…") and len(topic) <= CRUMB_PART
    assert LONG.startswith(topic[:-1])  # cut, not rewritten
    assert topic[:-1].split()[-1] in LONG.split()  # at a word boundary
    assert short_crumb("핵심 개념 > 4. Failover (Active-Passive)") == (
        "핵심 개념 > 4. Failover (Active-Passive)"
    )


def test_the_question_shows_the_short_breadcrumb() -> None:
    question = FakeQuestion(
        id="q1", section="Practice Questions", topic=LONG,
        prompt=f"Practice Questions > {LONG}\nWhich policy fits?", choices=("Weighted", "Simple"),
        answer=0,
    )
    reply = question_reply(question, lang="en", kind=AnswerKind.PRACTICE, ref="r", title="Q")
    assert reply.question is not None
    assert reply.question.breadcrumb == short_crumb(question.breadcrumb)
    assert LONG not in (reply.text or "")
    assert "Which policy fits?" in (reply.text or "")
    assert reply.question.prompt == "Which policy fits?"
