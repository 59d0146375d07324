"""Two things whose names differ by one opposite word, written side by side
under one heading ('Max Heap: 每个节点都大于等于…' / 'Min Heap: 每个节点都小于等于…',
'Active Health Check – …' / 'Passive Health Check – …', '#### Active mode' /
'#### Passive mode'): the notes set them against each other as a 'vs' heading
does, though no heading says so.

The names must say it (`one_kind`): alike but for one word, and those two
words opposites (opposites.py). Names that merely end alike ('Secrets Manager'
/ 'Firewall Manager') are unlike things, of which much holds of both. Each
side is what its line says, sentence by sentence, and the bullets under it;
or the lines under its sub-heading.

Two things described one by one say much that is true of both, so only a line
that is surely false of the other side is kept (`contrasted`): one that shares
no subject word with the other side's lines, or one that mirrors a line of the
other side, alike but for one short span ('大于等于' / '小于等于', '升序' /
'降序'): the notes say the opposite of the other side in the same place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.model import Deck, Fact
from bot.quiz.material import (
    exercise_crumb,
    in_exercise,
    is_concept_name,
    join_crumb,
)
from bot.quiz.naming import clean_name
from bot.quiz.opposites import opposites
from bot.quiz.text import compact, differing_spans, matter, without_asides

# 'Active Health Check – 주기적으로 …': a name, a dash with spaces, what it does.
_DASH_TERM = re.compile(r"^(?P<term>[^–—:：]{2,40}?)\s+[–—-]\s+(?P<def>\S.*)$")
# A backticked span of words, no code in it ('`大于等于左右子节点`'): emphasis.
_EMPHASIS = re.compile(r"`([^`A-Za-z0-9_=<>(){}\[\]/\\.$]+)`")
# A pointer to other reading, no statement ('见 heap_sort', 'See sorting', '참고: …').
_POINTER = re.compile(r"^(?:见|参见|详见|参考|參見|참고|see\b|cf\.)", re.IGNORECASE)
# Where one sentence ends and the next begins ('…的值。用于…', '… 관찰함. Active …').
_SENTENCE_BREAK = re.compile(r"(?<=[。！；])\s*|(?<=[.!?;])\s+")

Pair = tuple[str, Fact, Fact]
Written = tuple[str, Sequence[Fact]]


def term_pairs(deck: Deck) -> list[Pair]:
    """(breadcrumb, one side, the other): each side a Fact named by its term
    with its statements as children, as a side is written under a 'vs' heading."""
    found: list[Pair] = []
    for topic in deck.topics():
        crumb = join_crumb(topic.section, topic.title)
        found.extend(_pairs_in(topic.facts, crumb))
        for fact in topic.all_facts():
            if fact.children:
                found.extend(_pairs_in(fact.children, join_crumb(crumb, fact.text)))
    return found


def _pairs_in(facts: Sequence[Fact], crumb: str) -> list[Pair]:
    led = [(read, fact) for fact in facts if (read := _term_led(fact)) is not None]
    kinds = [(one, other) for at, one in enumerate(led) for other in led[at + 1:]
             if one_kind(one[0][0], other[0][0])]
    if len(kinds) != 1:
        return []
    ((a, a_says), a_fact), ((b, b_says), b_fact) = kinds[0]
    return [(crumb, _side(a, a_says, a_fact), _side(b, b_says, b_fact))]


def _term_led(fact: Fact) -> tuple[str, str] | None:
    """(name, what the line says of it) for a bullet led by a name."""
    if fact.kind != "bullet" or fact.arrow is not None:
        return None
    if fact.term is not None:
        # (A term over bullets, '예약된 동시성 :', is read with its bullets as its
        # definition: they are the side's lines already.)
        name, says = fact.term, fact.definition or ""
        says = says if says and compact(says) in compact(fact.text) else ""
    else:
        match = _DASH_TERM.match(fact.text.strip())
        if match is None:
            return None
        name, says = match.group("term"), match.group("def")
    name = clean_name(name.strip().strip("`*").strip())
    return (name, says) if is_concept_name(name) else None


def dash_term(text: str) -> bool:
    """A line that names a thing and says what it is after a spaced dash
    ('Active Health Check – 주기적으로 …', 'Networking (20%) - critical')."""
    match = _DASH_TERM.match(text.strip())
    return match is not None and is_concept_name(clean_name(match.group("term")))


def one_kind(one: str, other: str) -> bool:
    """Two names alike but for one word, and those two words opposites ('Max
    Heap' / 'Min Heap', 'Active Health Check' / 'Passive Health Check', 'Public
    subnet' / 'Private subnet'): the names say the two are a pair set against
    each other. Two names that merely end alike ('Secrets Manager' / 'Firewall
    Manager', 'Binary tree' / 'Binary search tree') are not: unlike things, or
    one a kind of the other, of which much holds of both."""
    a, b = one.lower().split(), other.lower().split()
    if len(a) != len(b) or len(a) < 2:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and differ[0][1] in opposites().get(differ[0][0], frozenset())


def heading_pairs(deck: Deck) -> list[tuple[str, Written, Written]]:
    """Two sub-headings of one kind among the sub-headings of one heading ('##
    MAC Sublayer' and '## LLC Sublayer' under '# Wi-Fi MAC/LLC', '### Kernel
    thread' and '### User thread'): (the heading, one side, the other), each
    side its title and the lines under it. A third sub-heading of that kind
    makes a list, not a pair; sub-headings of an exercise are its options."""
    groups: dict[tuple[str, str], list[Written]] = {}
    for section in deck.sections:
        for topic in section.topics:
            if compact(topic.title) != compact(section.title) and not in_exercise(topic):
                parent = topic.path[-1] if topic.path else section.title
                groups.setdefault((section.source.file, f"{section.title}/{parent}"),
                                  []).append((topic.title, own_lines(topic.facts)))
    # Sections of their own, under the nearest heading above them.
    above: list[tuple[int, str]] = []
    for at, section in enumerate(deck.sections):
        while above and above[-1][0] >= section.level:
            above.pop()
        if above:
            groups.setdefault((section.source.file, f"{above[-1][1]}#{len(above)}"), []).append(
                (section.title,
                 own_lines(section.topics[0].facts) if len(section.topics) == 1 else ()))
        above.append((section.level, f"{section.title}@{at}"))
    found: list[tuple[str, Written, Written]] = []
    for (_, key), kinds in groups.items():
        named = [(without_asides(clean_name(t)).strip(), facts) for t, facts in kinds]
        pairs = [(one, other) for at, one in enumerate(named) for other in named[at + 1:]
                 if one_kind(one[0], other[0])]
        if len(pairs) == 1 and all(is_concept_name(n) for (n, _) in pairs[0]) \
                and not exercise_crumb(key):
            heading = re.sub(r"(?:@\d+)?(?:#\d+)?$", "", key.rsplit("/", 1)[-1])
            found.append((heading, *pairs[0]))
    return found


def own_lines(facts: Sequence[Fact]) -> tuple[Fact, ...]:
    """The lines under a sub-heading that say something of it alone: not the
    items a lead-in line opens ('Commonly hosts:' over '- Load balancers
    (ALB/NLB)'), which say nothing without it, nor a route or a flow written
    with an arrow ('0.0.0.0/0 -> igw-...')."""
    out: list[Fact] = []
    lead_in = False
    for fact in facts:
        if fact.kind != "bullet":
            lead_in = fact.text.rstrip().endswith((":", "："))
        if not (lead_in and fact.kind == "bullet") and fact.arrow is None \
                and "->" not in fact.text and "→" not in fact.text:
            out.append(fact)
    return tuple(out)


def _side(name: str, says: str, fact: Fact) -> Fact:
    """The side as a name over its statements: the line's sentences, then the
    bullets under it."""
    said = [part.strip() for part in _SENTENCE_BREAK.split(_EMPHASIS.sub(r"\1", says))]
    lines = tuple(Fact(text=part, source=fact.source, depth=fact.depth + 1)
                  for part in said if part and not _POINTER.match(part))
    return Fact(text=name, source=fact.source, children=lines + fact.children)


def contrasted(lines: Sequence[str], others: Sequence[str]) -> list[bool]:
    """For each line of one side, whether it is surely false of the other side:
    it shares no telling word with any of the other side's lines, or it mirrors
    one of them."""
    # (Words like 'the' or 'to' carry no subject: sharing them shares nothing.)
    said = [matter(t) for t in others]
    return [any(mirrors(line, o) for o in others) or not any(matter(line) & w for w in said)
            for line in lines]


def mirrors(one: str, other: str) -> bool:
    """Two lines alike but for one short span in the same place, each span its
    own ('每个节点都大于等于…' / '每个节点都小于等于…', 'Stateful' / 'Stateless'
    is not: too little is shared); a line that only adds words to the other
    ('TCP' / 'TCP and UDP') says no opposite."""
    a, b = compact(one), compact(other)
    own_a, own_b, shared = differing_spans(a, b)
    return bool(own_a and own_b) and shared >= 4 \
        and max(len(own_a), len(own_b)) * 3 <= min(len(a), len(b))
