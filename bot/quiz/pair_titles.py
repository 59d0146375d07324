"""Headings that set two things side by side, read for the two names.

'EBS vs EFS' names its sides plainly; notes also number such a heading and
say what it is ('3. 프로세스 vs 스레드 비교', 'TCP vs UDP の違い', 'A vs B
comparison'): the number and the word for 'comparison' belong to no side,
and a side called '스레드 비교' matches no column or sub-heading. A heading
'A and B' ('NAT Gateway and NAT Instance') pairs its two sub-headings when
they are A and B themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.literals import holds_any
from bot.notes.model import Deck, Fact
from bot.quiz.material import join_crumb
from bot.quiz.naming import clean_name
from bot.quiz.row_fields import row_fields
from bot.quiz.rows import ASPECT_HEADERS
from bot.quiz.text import compact, without_asides

_VS = re.compile(r"\s+vs\.?\s+", re.IGNORECASE)
# Words after the second name that say the heading compares ('비교', '차이점',
# 'comparison', 'の違い', '的区别'), with the particle that joins them.
_COMPARING_TAIL = re.compile(
    r"\s*(?:의\s*)?(?:비교|차이점?|차이\s*비교|비교\s*정리|comparison|compared|differences?"
    r"|比較|比较|对比|對比|区别|區別|异同|差异|違い)(?:은|는)?\s*[?？:：]?\s*$"
    r"|\s*(?:の|的)(?:比較|比较|对比|違い|区别|差异)\s*[?？:：]?\s*$",
    re.IGNORECASE)
# Words one of which every match of `_COMPARING_TAIL` holds (literals.py).
_COMPARING_WORDS = ("비교", "차이", "comparison", "compared", "difference", "比較", "比较", "对比",
                    "對比", "区别", "區別", "异同", "差异", "違い")
# Words that join two names in a heading ('A and B', 'A와 B', 'A & B', 'AとB').
_JOINED = re.compile(r"\s+(?:and|&)\s+|\s*(?:와|과|및|と|和|与|與)\s*", re.IGNORECASE)
# Two names joined, then a word for their difference ('네트워크 ACL과 보안 그룹의
# 차이점은?', 'TCPとUDPの違い', 'TCP和UDP的区别'), or that word first ('Difference
# between TCP and UDP'): a 'vs' heading in other words. (A Korean 와/과 ends its
# word: the 과 of '결과' joins nothing.)
_DIFFERENCE_OF = re.compile(r"^(?:the\s+)?differences?\s+between\s+", re.IGNORECASE)
# ('CNAME 과 별칭의 차이': a particle spaced after a Latin name is one too.)
_PAIR_JOIN = re.compile(r"\s+(?:and|&)\s+|(?<=\S)(?:와|과)\s+|(?<=[A-Za-z0-9])\s+(?:와|과)\s+"
                        r"|\s*(?:と|和|与|與)\s*",
                        re.IGNORECASE)


def vs_names(title: str) -> list[str]:
    """The two sides a 'vs' heading names, without a leading number or a
    trailing word for comparing (or a heading asking how two differ, '캐시와
    버퍼의 차이점은?'); [] when the heading names no two sides."""
    text = clean_name(title.strip())
    names = _VS.split(text)
    if len(names) == 1:
        names = _compared_pair(text)
    if len(names) != 2:
        return []
    first, second = names[0].strip(), _COMPARING_TAIL.sub("", names[1]).strip()
    return [first, second] if first and second else []


def _compared_pair(text: str) -> list[str]:
    """The two names of a heading that asks how they differ without 'vs' ('A와 B의
    차이점은?', 'Difference between A and B'); [] for any other heading. The
    names must be joined once: 'A, B와 C의 차이' sets three side by side."""
    asked = _DIFFERENCE_OF.sub("", text)
    if asked == text:
        if not (holds_any(text, _COMPARING_WORDS) and _COMPARING_TAIL.search(text)):
            return []
        asked = _COMPARING_TAIL.sub("", text)
    names = _PAIR_JOIN.split(asked.strip())
    if len(names) != 2 or any("," in n or "、" in n for n in names):
        return []
    return names


def joins_two(name: str) -> bool:
    """A name made of two joined ('HashMap과 HashTable', 'Users and Groups',
    'TCPとUDP'): a heading over two things, itself no one thing."""
    return len(_PAIR_JOIN.split(without_asides(name).strip())) >= 2


def names_both(title: str, one: str, other: str) -> bool:
    """A heading that is the two names joined and nothing more ('NAT Gateway and
    NAT Instance', 'EBS와 EFS', 'TCP vs UDP 비교'), in either order."""
    found = [without_asides(n).strip() for n in vs_names(title)]
    if not found:
        text = _COMPARING_TAIL.sub("", clean_name(title.strip())).strip()
        found = [p.strip() for p in _JOINED.split(text, maxsplit=1)] \
            if len(_JOINED.findall(text)) == 1 else []
    if len(found) != 2:
        return False
    said = {compact(n) for n in found}
    return said == {compact(one), compact(other)} and len(said) == 2


Written = tuple[str, Sequence[Fact]]


def paired_sections(deck: Deck) -> list[tuple[str, Written, Written]]:
    """Headings that are two names ('NAT Gateway and NAT Instance', '4. 동시성 vs
    병렬성') over exactly two sub-headings that are those names: the notes set
    the two side by side, as a heading of kinds over them does. The sub-headings
    are topics of the heading's section, or sections of their own when the
    heading has no lines. The heading's own opening lines belong to neither
    side; a side is its bullets, since a paragraph after them is the author's
    aside, often on the other side ('… 이 땐 NAT 인스턴스를 …')."""
    found: list[tuple[str, Written, Written]] = []
    for section in deck.sections:
        kinds: list[Written] = [(t.title, t.facts) for t in section.topics
                                if compact(t.title) != compact(section.title)]
        if len(section.topics) - len(kinds) <= 1:
            found.extend(_pair(section.title, kinds))
    # Sub-headings that are sections of their own, below a heading with no lines.
    opened: dict[str, tuple[int, str] | None] = {}
    children: dict[tuple[str, int, str], list[Written]] = {}
    for section in deck.sections:
        parent = opened.get(section.source.file)
        if parent is not None and section.level > parent[0]:
            facts: Sequence[Fact] = section.topics[0].facts if len(section.topics) == 1 else ()
            children.setdefault((section.source.file, *parent), []).append(
                (section.title, facts))
            continue
        opened[section.source.file] = (section.level, section.title) \
            if not section.topics else None
    for (_, _, title), kinds in children.items():
        found.extend(_pair(title, kinds))
    return found


def _pair(title: str, kinds: Sequence[Written]) -> list[tuple[str, Written, Written]]:
    if len(kinds) != 2:
        return []
    (a, a_facts), (b, b_facts) = kinds
    one, other = (without_asides(clean_name(t)).strip() for t in (a, b))
    if not names_both(title, one, other):
        return []
    return [(title, (a, _bullets(a_facts)), (b, _bullets(b_facts)))]


def _bullets(facts: Sequence[Fact]) -> tuple[Fact, ...]:
    return tuple(f for f in facts if f.kind == "bullet")


def sideways_pairs(deck: Deck) -> list[tuple[str, str, str, list[Fact]]]:
    """Tables that compare two things sideways ('| 구분 | TCP | UDP |', '| Feature
    | SG | NACL |'), whatever the heading above them says ('Q1. TCP와 UDP의
    차이점을 설명해주세요', '비교 표'): the two columns are the sides, each row
    says one thing of each. (breadcrumb, one, other, the rows)"""
    found: list[tuple[str, str, str, list[Fact]]] = []
    for topic in deck.topics():
        tables: dict[tuple[str, ...], list[Fact]] = {}
        for fact in topic.facts:
            if fact.kind == "row" and len(fact.cells) == 3:
                tables.setdefault(tuple(h for h, _ in fact.cells), []).append(fact)
        for header, rows in tables.items():
            aspect, one, other = (clean_name(h).strip() for h in header)
            if aspect.lower() in ASPECT_HEADERS and one and other \
                    and compact(one) != compact(other) \
                    and not row_fields(one, other, [[v for _, v in r.cells[1:]] for r in rows]):
                found.append((join_crumb(topic.section, topic.title), one, other, rows))
    return found
