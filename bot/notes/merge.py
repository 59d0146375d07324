"""Merging duplicate topics: one concept, one topic, every source kept.

The seed deck describes RDS, Aurora, ElastiCache, 보안그룹 and Elastic Beanstalk
in two sections each. A quiz that treated them as two concepts would offer a
true fact as a "wrong" option, and lookup would show the same thing twice. Two
topics are the same concept when their titles have the same concept key: the
title's words with glossary spellings replaced by their canonical name, the
words "AWS"/"Amazon", separators and parenthesised asides dropped, in any order
("RDS - 다중 AZ" = "RDS 다중 AZ", "RDS - Proxy" = "RDS 프록시").
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.notes.glossary import Glossary, glossary_key, spelling
from bot.notes.model import Deck, Topic

_WORD_SPLIT = re.compile(r"[\s\-–—/,:&+|\[\]·]+")
_PARENS = re.compile(r"\([^)]*\)")
_NOISE = frozenset({"aws", "amazon", "", "-"})
# Headings that every section may have; the same words do not make the same concept.
_GENERIC = frozenset(
    glossary_key(w)
    for w in (
        "요약",
        "개요",
        "정리",
        "특징",
        "구성",
        "구성요소",
        "사용 사례",
        "사용사례",
        "예시",
        "참고",
        "모범 사례",
        "summary",
        "overview",
        "introduction",
        "intro",
        "notes",
        "example",
        "examples",
        "references",
        "features",
        "faq",
        "q&a",
        "qa",
        "questions",
        "use cases",
        "todo",
    )
)
_MAX_NGRAM = 5


def title_words(title: str) -> list[str]:
    text = _PARENS.sub(" ", spelling(title))
    return [w for w in _WORD_SPLIT.split(text) if w]


def concept_key(title: str, glossary: Glossary | None = None) -> tuple[str, ...]:
    """Order-free key naming the concept a topic title is about."""
    # "RDS - RDS Custom" repeats its subject; read it as "RDS Custom".
    words = list(dict.fromkeys(title_words(title))) or [spelling(title)]
    out: set[str] = set()
    i = 0
    while i < len(words):
        matched = False
        if glossary is not None:
            for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
                canonical = glossary.canonical(" ".join(words[i : i + n]))
                if canonical is not None:
                    out.add("=" + glossary_key(canonical))
                    i += n
                    matched = True
                    break
        if not matched:
            out.add(words[i])
            i += 1
    return tuple(sorted(out - _NOISE))


def merge_duplicates(deck: Deck, glossary: Glossary | None = None) -> Deck:
    """Fold each later topic with the same concept key into the first one."""
    first: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    sections = [list(s.topics) for s in deck.sections]
    dropped: set[tuple[int, int]] = set()
    for si, section in enumerate(deck.sections):
        for ti, topic in enumerate(section.topics):
            key = concept_key(topic.title, glossary)
            if not key or glossary_key(_PARENS.sub(" ", topic.title)) in _GENERIC:
                continue
            places = first.setdefault(key, [])
            into = next(
                (p for p in places if not _kept_apart(sections[p[0]][p[1]], topic)), None
            )
            if into is None:
                places.append((si, ti))
                continue
            fi, ft = into
            sections[fi][ft] = _absorb(sections[fi][ft], topic)
            dropped.add((si, ti))
    new_sections = tuple(
        replace(
            section,
            topics=tuple(t for ti, t in enumerate(sections[si]) if (si, ti) not in dropped),
        )
        for si, section in enumerate(deck.sections)
    )
    return replace(deck, sections=new_sections)


def _kept_apart(keep: Topic, dup: Topic) -> bool:
    """A file's opening (its lines under `# NAT Gateway`) and a sub-heading of
    the same file titled alike (`#### NAT Gateway` beside `#### NAT Instance`)
    are two places, not one concept written twice: the sub-heading is one side
    of what the file compares, and folding it into the opening would leave that
    side without its lines. (A generic section such as `## Description` is read
    as the file's subject on purpose, and other files' topics still merge.)"""
    kinds = {keep.kind, dup.kind}
    return (
        "intro" in kinds
        and bool(kinds & {"heading", "numbered", "question"})
        and keep.source.file == dup.source.file
    )


def _absorb(keep: Topic, dup: Topic) -> Topic:
    return replace(
        keep,
        facts=keep.facts + dup.facts,
        code_blocks=keep.code_blocks + dup.code_blocks,
        images=keep.images + dup.images,
        tables=keep.tables + dup.tables,
        also_in=(*keep.also_in, dup.source, *dup.also_in),
    )


def merged_count(deck: Deck) -> int:
    return sum(len(t.also_in) for t in deck.topics())
