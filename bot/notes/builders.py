"""Mutable builders the parser fills line by line, and their freezing into
the model's frozen values (where `term : definition` readings are decided,
since a definition may come from the bullets below a term)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.notes import lines as L
from bot.notes.model import CodeBlock, Deck, Fact, Image, Section, SourceRef, Table, Topic, Warning


@dataclass(kw_only=True, slots=True)
class FactB:
    text: str
    raw: str  # as written (bold markers kept) for `**term**: definition`
    line: int
    content_col: int
    checkbox: bool = False
    children: list[FactB] = field(default_factory=list)


@dataclass(kw_only=True, slots=True)
class TopicB:
    title: str
    line: int
    number: int | None
    facts: list[FactB] = field(default_factory=list)
    code_blocks: list[CodeBlock] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass(kw_only=True, slots=True)
class SectionB:
    title: str
    line: int
    level: int
    topics: list[TopicB] = field(default_factory=list)
    last_number: int = 0


def freeze_deck(*, name: str, file: str, sections: list[SectionB], warnings: list[Warning]) -> Deck:
    """Freeze the builders; `warnings` gets the warnings found while freezing."""

    def ref(lineno: int) -> SourceRef:
        return SourceRef(file=file, line=lineno)

    def fact(f: FactB, depth: int) -> Fact:
        children = tuple(fact(c, depth + 1) for c in f.children)
        split = L.split_term(f.raw)
        definition = split.definition
        if split.term is not None and not definition:
            if children:
                # "예약된 동시성 :" with the definition in the bullets below it.
                definition = "; ".join(c.text for c in children)
            else:
                definition = None
                if split.arrow is None:
                    warnings.append(
                        Warning(
                            message=f"'{split.term}' has an empty definition", source=ref(f.line)
                        )
                    )
        return Fact(
            text=f.text,
            source=ref(f.line),
            depth=depth,
            term=split.term,
            definition=definition,
            children=children,
            checkbox=f.checkbox,
            arrow=split.arrow,
        )

    def topic(section: str, t: TopicB) -> Topic:
        return Topic(
            title=t.title,
            section=section,
            source=ref(t.line),
            number=t.number,
            facts=tuple(fact(f, 0) for f in t.facts),
            code_blocks=tuple(t.code_blocks),
            images=tuple(t.images),
            tables=tuple(t.tables),
        )

    frozen = tuple(
        Section(
            title=sec.title,
            source=ref(sec.line),
            level=sec.level,
            topics=tuple(topic(sec.title, t) for t in sec.topics),
        )
        for sec in sections
    )
    ordered = tuple(sorted(warnings, key=lambda w: w.source.line))
    return Deck(name=name, sections=frozen, warnings=ordered, files=(file,))
