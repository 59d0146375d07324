"""What a deck contains, for `studybot content check` and for distractor pools.

A sibling group is a set of facts under one parent that name things of the
same kind: bullets that have bullets of their own (온디맨드 / 예약 / 스팟 인스턴스
under 구매 옵션) or `term : definition` bullets side by side (gp2/gp3, io1/io2,
st1 under 볼륨 유형). They are the natural wrong options for each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.notes.model import Deck, Fact, Topic


@dataclass(frozen=True, kw_only=True, slots=True)
class SiblingGroup:
    topic: Topic
    parent: str  # the parent fact's text, or the topic title
    kind: str  # "headings" (bullets with bullets) or "terms"
    members: tuple[Fact, ...]

    def names(self) -> tuple[str, ...]:
        return tuple(m.term or m.text for m in self.members)


@dataclass(frozen=True, kw_only=True, slots=True)
class DeckStats:
    sections: int
    topics: int
    facts: int
    definitions: int
    code_blocks: int
    images: int
    tables: int
    merged: int


def _groups_under(topic: Topic, parent: str, facts: Sequence[Fact]) -> list[SiblingGroup]:
    out: list[SiblingGroup] = []
    # Labels (특징 / 문제점) and table rows are not things of one kind.
    heads = tuple(f for f in facts if f.children and f.term is None and f.kind == "bullet")
    terms = tuple(f for f in facts if f.term and f.arrow is None and f.kind != "row")
    if len(heads) >= 2:
        out.append(SiblingGroup(topic=topic, parent=parent, kind="headings", members=heads))
    if len(terms) >= 2:
        out.append(SiblingGroup(topic=topic, parent=parent, kind="terms", members=terms))
    for fact in facts:
        if fact.children:
            out.extend(_groups_under(topic, fact.text, fact.children))
    return out


def sibling_groups(deck: Deck) -> list[SiblingGroup]:
    out: list[SiblingGroup] = []
    for topic in deck.topics():
        out.extend(_groups_under(topic, topic.title, topic.facts))
    return out


def deck_stats(deck: Deck) -> DeckStats:
    topics = deck.topics()
    facts = [f for t in topics for f in t.all_facts()]
    return DeckStats(
        sections=len(deck.sections),
        topics=len(topics),
        facts=len(facts),
        definitions=sum(1 for f in facts if f.term and f.definition),
        code_blocks=sum(len(t.code_blocks) for t in topics),
        images=sum(len(t.images) for t in topics),
        tables=sum(len(t.tables) for t in topics),
        merged=sum(len(t.also_in) for t in topics),
    )
