"""Order of steps from the notes' own ordered lists: which step comes first, and
which comes right after a given one.

Only a procedure the parser read as one (items of an ordered list numbered
1, 2, 3 … in a row, kind "step") is asked: a numbered list of things of one
kind (1. Simple, 2. Weighted) has no order to learn. Every step must read as
a statement of its own; the choices are steps of the same list, so they are
of one kind and one language by construction.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.notes.model import Deck, Fact, Topic
from bot.quiz.build import make
from bot.quiz.material import is_fragment, is_name, join_crumb
from bot.quiz.phrases import Phrases
from bot.quiz.question import Question
from bot.quiz.text import leans_on_context, refers_back, without_asides

MIN_STEPS = 3
MAX_STEP = 120
# A step this many times as long as the typical step of its list stands out
# among the choices (it is the one the author explained, often the first).
MAX_STEP_SPREAD = 1.6


def step_questions(deck: Deck, words: Phrases) -> list[Question]:
    out: list[Question] = []
    for topic in deck.topics():
        for run in _runs(topic.facts):
            out.extend(_ordered(topic, run, words))
    return out


def _runs(facts: Sequence[Fact]) -> list[list[Fact]]:
    """Runs of steps numbered 1, 2, 3 … in a row (at any depth)."""
    runs: list[list[Fact]] = []
    current: list[Fact] = []
    for fact in facts:
        if fact.kind == "step" and fact.number == len(current) + 1:
            current.append(fact)
            continue
        if len(current) >= MIN_STEPS:
            runs.append(current)
        current = [fact] if fact.kind == "step" and fact.number == 1 else []
        if fact.children:
            runs.extend(_runs(fact.children))
    if len(current) >= MIN_STEPS:
        runs.append(current)
    return runs


def _readable(text: str) -> bool:
    text = text.strip()
    return (8 <= len(text) <= MAX_STEP and not is_fragment(text)
            and not leans_on_context(text) and not refers_back(text)
            and "`" not in text and "|" not in text)


def _ordered(topic: Topic, run: list[Fact], words: Phrases) -> list[Question]:
    texts = [f.text.strip() for f in run]
    if not all(_readable(t) for t in texts) or len(set(texts)) != len(texts):
        return []
    # Shown without asides: '(FIN Segment)' on one step alone marks it out.
    texts = [without_asides(t) if len(without_asides(t)) >= 8 else t for t in texts]
    lengths = sorted(len(t) for t in texts)
    others = lengths[:-1]  # the typical step: the middle one of the rest
    if len(set(texts)) != len(texts) or lengths[-1] > MAX_STEP_SPREAD * others[len(others) // 2]:
        return []
    # Things listed by number ('1. Simple: one record', '2. Weighted: …') are no
    # procedure: a step says what is done, it is no term line and no name.
    if any(f.term is not None or f.arrow is not None or is_name(f.text) for f in run):
        return []
    crumb = join_crumb(topic.section, topic.title)
    explanation = [(t, f"#{i}") for i, t in enumerate(texts, 1)]
    out: list[Question] = []
    first = make("order", sources=["first", *texts], section=topic.section, topic=topic.title,
                 concept=crumb, context=crumb, body=words.first_step, correct=texts[0],
                 wrong=texts[1:4], explanation=explanation, source=run[0].source)
    if first is not None:
        out.append(first)
    if len(texts) < 4:
        return out  # 'after step 1' among three steps leaves one wrong choice
    for i in range(len(texts) - 1):
        wrong = [t for j, t in enumerate(texts) if j not in (i, i + 1)][:3]
        body = words.next_step + f"\n- {texts[i]}"
        question = make("order", sources=["next", *texts, str(i)], section=topic.section,
                        topic=topic.title, concept=crumb, context=crumb, body=body,
                        correct=texts[i + 1], wrong=wrong, explanation=explanation,
                        source=run[i + 1].source)
        if question is not None:
            out.append(question)
    return out
