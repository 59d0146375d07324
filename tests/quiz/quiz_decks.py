"""Small decks built directly from the model, so each quality rule can be pinned
with exactly the notes that would break it."""

from __future__ import annotations

from itertools import count

from bot.notes.model import Deck, Fact, Section, SourceRef, Topic

# A bullet is its text, or (text, [children]).
Node = str | tuple[str, list["Node"]]
FILE = "notes.md"


def _fact(node: Node, depth: int, lines: count[int]) -> Fact:
    text, children = (node, []) if isinstance(node, str) else node
    line = next(lines)
    return Fact(text=text, source=SourceRef(file=FILE, line=line), depth=depth,
                children=tuple(_fact(c, depth + 1, lines) for c in children))


def make_deck(spec: dict[str, dict[str, list[Node]]]) -> Deck:
    """{section: {topic title: [bullets]}} -> Deck, with line numbers in order."""
    lines = count(1)
    sections = []
    for section_title, topics in spec.items():
        section_line = next(lines)
        built = []
        for number, (title, facts) in enumerate(topics.items(), start=1):
            topic_line = next(lines)
            built.append(Topic(title=title, section=section_title, number=number,
                               source=SourceRef(file=FILE, line=topic_line),
                               facts=tuple(_fact(f, 0, lines) for f in facts)))
        sections.append(Section(title=section_title, source=SourceRef(file=FILE,
                                line=section_line), topics=tuple(built)))
    return Deck(name="test", sections=tuple(sections), files=(FILE,))
