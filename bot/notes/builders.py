"""Mutable builders the parser fills line by line, and their freezing into
the model's frozen values (where `term : definition` readings are decided,
since a definition may come from the bullets below a term)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from bot.notes import lines as L
from bot.notes.model import (
    CodeBlock,
    Deck,
    Fact,
    Image,
    QAPair,
    Section,
    Skip,
    SourceRef,
    Table,
    Topic,
    Warning,
)

# `Q: ...` / `**Q.** ...` and `A: ...` lines written as a pair.
_Q_RE = re.compile(r"^\**\s*(?:Q|질문)\s*\d*\s*[:.)]\**\s*(?P<text>.+)$", re.IGNORECASE)
_A_RE = re.compile(r"^\**\s*(?:A|답|답변)\s*\d*\s*[:.)]\**\s*(?P<text>.+)$", re.IGNORECASE)


@dataclass(kw_only=True, slots=True)
class FactB:
    text: str
    raw: str  # as written (bold markers kept) for `**term**: definition`
    line: int
    content_col: int
    checkbox: bool = False
    kind: str = "bullet"
    number: int | None = None
    cells: tuple[tuple[str, str], ...] = ()
    link: bool = False  # the words are a link's title alone (model.Fact.link)
    children: list[FactB] = field(default_factory=list)


@dataclass(kw_only=True, slots=True)
class TopicB:
    title: str
    line: int
    number: int | None
    level: int = 0
    kind: str = "heading"
    path: tuple[str, ...] = ()
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


def freeze_deck(
    *,
    name: str,
    file: str,
    sections: list[SectionB],
    warnings: list[Warning],
    skipped: list[Skip] | None = None,
    metadata: list[tuple[str, str]] | None = None,
) -> Deck:
    """Freeze the builders; `warnings` gets the warnings found while freezing."""

    def ref(lineno: int) -> SourceRef:
        return SourceRef(file=file, line=lineno)

    def kept(facts: list[FactB]) -> list[FactB]:
        # A line whose struck words left a hole in it (lines.struck_hole) says
        # neither what the author meant nor anything whole: not a fact. (One
        # with lines under it stays, their parent.)
        return [f for f in facts if f.children or not L.struck_hole(f.raw)]

    def fact(f: FactB, depth: int) -> Fact:
        children = tuple(fact(c, depth + 1) for c in kept(f.children))
        split = L.split_term(f.raw) if f.kind in ("bullet", "text", "step") else L.TermSplit(
            term=None, definition=None
        )
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
            kind=f.kind,
            number=f.number,
            cells=f.cells,
            link=f.link,
        )

    def topic(section: str, t: TopicB) -> Topic:
        return Topic(
            title=t.title,
            section=section,
            source=ref(t.line),
            number=t.number,
            facts=tuple(fact(f, 0) for f in kept(t.facts)),
            code_blocks=tuple(t.code_blocks),
            images=tuple(t.images),
            tables=tuple(t.tables),
            kind=t.kind,
            path=t.path,
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
    return Deck(
        name=name,
        sections=frozen,
        warnings=ordered,
        files=(file,),
        skipped=tuple(skipped or ()),
        qa=tuple(_qa_pairs(frozen)),
        metadata=tuple(metadata or ()),
    )


def _answer_text(facts: tuple[Fact, ...]) -> str:
    return "\n".join(f"{'  ' * f.depth}{f.text}" for top in facts for f in top.walk())


def _qa_pairs(sections: tuple[Section, ...]) -> list[QAPair]:
    """Questions with their answers: question topics and `Q:`/`A:` fact pairs."""
    out: list[QAPair] = []
    for sec in sections:
        for topic in sec.topics:
            if topic.kind == "question" and topic.facts:
                out.append(
                    QAPair(
                        question=topic.title,
                        answer=_answer_text(topic.facts),
                        source=topic.source,
                        section=sec.title,
                        answer_source=topic.facts[0].source,
                    )
                )
            facts = topic.all_facts()
            for q, a in pairwise(facts):
                qm, am = _Q_RE.match(q.text), _A_RE.match(a.text)
                if qm and am:
                    out.append(
                        QAPair(
                            question=qm.group("text").strip(),
                            answer=am.group("text").strip(),
                            source=q.source,
                            section=sec.title,
                            answer_source=a.source,
                        )
                    )
    return sorted(out, key=lambda p: (p.source.file, p.source.line))
