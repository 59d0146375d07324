"""A line that names the kinds of a thing, and under it one line per kind that
opens on that kind as its subject:

    - ストレージはブロックストレージ、ファイルストレージ、オブジェクトストレージに分類される。
        - ブロックストレージは、EC2上などに存在し、RDB保存用などに使用される。
        - ファイルストレージはどこからでもNFSプロトコルを介してアクセスできる。
        - …

Each line under it says what sets its kind apart, written as a sentence
rather than as 'kind: what it is'. Read as that term line, the kinds are
matched to what the notes say of each, among the kinds the same line lists:
siblings of one kind by the author's own classification.

Only a subject the line above names is a kind: a sentence under it that opens
on anything else ('REST APIを有している', 'Most of them …') stays as it is,
and fewer than three such lines are no list of kinds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.notes.model import Fact
from bot.quiz.sentences import reads_as_english_name

# The subject and its particle: Japanese 'は' (or 'とは'), Korean '은/는/이란/란',
# English 'is/are'. The rest says something of it.
_SUBJECT = re.compile(
    r"^(?P<name>[^\s、。，,:：()（）]{2,30}?)(?:とは|は)[、,]?\s*(?P<rest>\S.*)$|"
    r"^(?P<ko>[^\s,.:()]{2,20}(?:\s[^\s,.:()]{1,20}){0,2}?)(?:이란|란|은|는)\s+(?P<ko_rest>\S.*)$|"
    r"^(?:(?:An?|The)\s+)?(?P<en>[A-Za-z][\w\-/]*(?:\s[\w\-/]+){0,3}?)\s+(?:is|are)\s+"
    r"(?P<en_rest>\S.*)$")
MIN_KINDS = 3
MIN_REST = 8


def kinds_read(facts: Sequence[Fact]) -> tuple[Fact, ...]:
    """The facts, with the lines under a line that names their kinds read as
    term lines (term: the kind, definition: what the line says of it)."""
    return tuple(_with_kinds(f) for f in facts)


def _with_kinds(fact: Fact) -> Fact:
    if not fact.children:
        return fact
    read = [_kind_line(c, fact.text) for c in fact.children]
    found = [r for r in read if r is not None]
    names = {r.term for r in found}
    if len(found) < MIN_KINDS or len(names) < len(found):
        return fact
    children = tuple(r if r is not None else c
                     for r, c in zip(read, fact.children, strict=True))
    # Above each kind the breadcrumb shows the whole they divide (the line's
    # subject, 'ストレージ'), not the line listing them all: that would show
    # every choice over the question.
    whole = _subject(fact.text)
    if whole is None or fact.term is not None or fact.arrow is not None:
        return replace(fact, children=children)
    return replace(fact, children=children, term=whole[0], definition=whole[1])


def _subject(text: str) -> tuple[str, str] | None:
    match = _SUBJECT.match(text.strip())
    if match is None:
        return None
    name = match.group("name") or match.group("ko") or match.group("en")
    if match.group("en") and not reads_as_english_name(name):
        return None  # a sentence's words before 'is' ('Determine if it'), no kind
    rest = match.group("rest") or match.group("ko_rest") or match.group("en_rest")
    return (name, rest.strip()) if name and rest else None


def _kind_line(fact: Fact, above: str) -> Fact | None:
    if fact.kind not in ("bullet", "text") or fact.term is not None or fact.arrow is not None:
        return None
    read = _subject(fact.text)
    if read is None:
        return None
    name, rest = read
    # The kind is one the line above names, and not the whole of it.
    if name.casefold() not in above.casefold() or len(name) >= len(above) // 2 \
            or len(rest) < MIN_REST:
        return None
    return replace(fact, term=name, definition=rest)
