"""Names garbled by text recognition, set right before questions are made.

Notes copied from slides or scans read a capital I as a lower-case l: 'lAM
Policies', 'the CLl'. Every check that reads names (an acronym spelled out in a
clue, a name repeated in its definition) would miss them, and a member would
read the slip in a choice. A garbled word is mended where its file writes the
name right somewhere, or the glossary or the shipped term list knows it; a
word no list mends is left, and the bank drops a question that shows it
(spelling.garbled).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from bot.notes.aliases import it_terms
from bot.notes.model import Deck, Fact, Section, Topic
from bot.quiz.spelling import garbled_fixes, spelled
from bot.quiz.text import GlossaryLike


def known_name(glossary: GlossaryLike) -> Callable[[str], bool]:
    """Whether the glossary or the shipped term list knows a name ('IAM', 'CLI')."""
    listed = {n.casefold() for names in it_terms() for n in names}
    return lambda name: glossary.canonical(name) is not None or name.casefold() in listed


def mended(deck: Deck, glossary: GlossaryLike) -> Deck:
    """The deck with garbled names set right, file by file."""
    texts: dict[str, list[str]] = {}
    for section in deck.sections:
        texts.setdefault(section.source.file, []).append(section.title)
        for topic in section.topics:
            texts[section.source.file].extend((topic.title, *(f.text for f in topic.all_facts())))
    known = known_name(glossary)
    fixes = {file: garbled_fixes(found, known) for file, found in texts.items()}
    if not any(fixes.values()):
        return deck
    return replace(deck, sections=tuple(_section(s, fixes.get(s.source.file, {}))
                                        for s in deck.sections))


def _section(section: Section, fixes: Mapping[str, str]) -> Section:
    if not fixes:
        return section
    return replace(section, title=spelled(section.title, fixes),
                   topics=tuple(_topic(t, fixes) for t in section.topics))


def _topic(topic: Topic, fixes: Mapping[str, str]) -> Topic:
    return replace(topic, title=spelled(topic.title, fixes),
                   section=spelled(topic.section, fixes),
                   path=tuple(spelled(p, fixes) for p in topic.path),
                   facts=_facts(topic.facts, fixes))


def _facts(facts: Sequence[Fact], fixes: Mapping[str, str]) -> tuple[Fact, ...]:
    def fix(text: str | None) -> str | None:
        return None if text is None else spelled(text, fixes)

    return tuple(replace(f, text=spelled(f.text, fixes), term=fix(f.term),
                         definition=fix(f.definition),
                         cells=tuple((h, spelled(v, fixes)) for h, v in f.cells),
                         children=_facts(f.children, fixes)) for f in facts)
