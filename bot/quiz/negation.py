"""(d) Which statement is NOT true of a concept.

The false option is the riskiest thing the generator makes: borrowed from
another concept, it may well hold for the one asked about, or stand out by its
domain or form. So it is taken only where the notes themselves show it false:
a statement about a same-level sibling that contradicts one of the concept's own
facts (a different figure or a negation on the same subject: "최소 보관 기간
90일" against "최소 보관 기간 180일"), the two lines stating one property
(`stated_otherwise`: not a few shared words beside a negation or a figure of
a name somewhere in one of them). Never from a sibling of the same family
(EBS 볼륨 / EBS 스냅샷 / EBS 다중 연결: parent, child or sub-feature of one
entity), never a bare label or a "label : text" line, never much longer or
shorter than the true options, and the true fact it contradicts is not shown
beside it (the pair would give the answer away).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from bot.quiz.build import make
from bot.quiz.cloze import figures, unit_key
from bot.quiz.concepts import MAX_OPTION, kinship, related, without_subject
from bot.quiz.example_lists import lists_examples
from bot.quiz.fields import fields_of
from bot.quiz.figure_rules import EITHER, false_side
from bot.quiz.material import (
    HEADING_TAIL,
    PARTICLE_WORD,
    Concept,
    Material,
    Statement,
    arrow_shorthand,
    is_name,
    judgeable,
    labelled,
)
from bot.quiz.question import Question, digest
from bot.quiz.text import (
    compact,
    compact_lines,
    contradicts,
    matter,
    name_parts,
    near_duplicate,
    numbers,
    pieces,
    telling,
    without_asides,
)

_VERSUS = re.compile(r"\bvs\.?\b|비교|차이", re.IGNORECASE)
# The false option's length against the true options' average: an odd one out
# by length is picked without knowledge.
_LENGTH_RATIO = (0.5, 1.7)


def not_questions(material: Material) -> list[Question]:
    out: list[Question] = []
    for group in material.groups:
        # (Read once per group: each concept is a sibling of all the others.)
        judged = {id(c): [_predicate(s, c, material) for s in _statements(c)] for c in group}
        for concept in group:
            question = _not(concept, group, material, judged)
            if question is not None:
                out.append(question)
    return out


def _is_item(text: str) -> bool:
    """A bare list item: a short name with no particle-bearing word in it."""
    return (is_name(text) and len(without_asides(text).split()) <= 3
            and not PARTICLE_WORD.search(text))


def _statements(concept: Concept) -> list[Statement]:
    """The concept's facts that read as statements one can judge true or false."""
    if 2 * sum(1 for s in concept.statements if _is_item(s.text)) > len(concept.statements):
        return []  # a list of names ("온디맨드 모드", "프로비전드 모드"), not statements
    picked: list[Statement] = []
    for s in concept.statements:
        if (len(s.text) > MAX_OPTION or _is_item(s.text) or labelled(s.text)
                or arrow_shorthand(s.text) or lists_examples(s.text)
                or any(near_duplicate(s.text, p.text) for p in picked)):
            continue
        picked.append(s)
    return picked


def _predicate(statement: Statement, concept: Concept, material: Material) -> Statement:
    """A line whose subject is its own concept's name ('보안그룹은 연결상태를 추적하는
    상태저장 방화벽', 'Xは…', 'X is a …') read as what it says of it: the name
    would tell whose line it is, on a false option borrowed from a sibling and
    on a true one alike. Read without it, a sibling's line can be weighed
    against the concept's own lines and offered; the notes must still show it
    false of the concept (`stated_otherwise`)."""
    said = _predicate_text(statement.text, concept.name,
                           material.spellings.get(concept.key, frozenset()))
    return replace(statement, text=said) if said else statement


@lru_cache(maxsize=1 << 14)
def _predicate_text(text: str, name: str, spellings: frozenset[str]) -> str:
    # (Remembered: each line is read once per sibling it is weighed against.)
    return without_subject(text, sorted({name, *name_parts(name), *spellings}))


def _unlike_apart(false: str, candidates: Sequence[Statement], wanted: int = 3
                  ) -> list[Statement]:
    """The first `wanted` true options, but never all sharing a word the false
    one lacks ('서브넷 …' on every true line of NACL beside a borrowed
    '… 상태저장 방화벽'): the false one would be the odd one out by its words,
    picked without knowing. A later line without that word takes the last
    place; where none is left, fewer options, or none."""
    picked = list(candidates[:wanted])
    apart = _shared_apart(false, picked)
    if not apart:
        return picked
    other = next((c for c in candidates[wanted:] if not apart & telling(c.text)), None)
    if other is not None:
        return [*picked[:-1], other]
    return picked[:-1] if len(picked) > 2 and not _shared_apart(false, picked[:-1]) else []


def _shared_apart(false: str, trues: Sequence[Statement]) -> frozenset[str]:
    if len(trues) < 2:
        return frozenset()
    shared = frozenset.intersection(*(telling(t.text) for t in trues))
    return shared - telling(false)


def _is_subject(concept: Concept, context: str) -> bool:
    """Whether a heading above the concept is about it alone ('Route 53' under
    section 'Route 53', 'EC2' under 'EC2 기초'): then every sibling is an aspect of
    it, and none can lend it a false statement. A heading naming several things
    ('RDS, Aurora, ElastiCache', 'ELB 및 ASG') is not about one of them alone."""
    for heading in context.split(" > "):
        flat = compact(heading)
        for part in map(compact, name_parts(concept.name)):
            if len(part) >= 2 and part in flat:
                rest = re.sub(r"^(aws|amazon)", "", flat.replace(part, "", 1))
                if len(rest) <= 2 or HEADING_TAIL.search(rest):
                    return True
    return False


def _family(a: Concept, b: Concept) -> bool:
    """Names that share a word (EBS 볼륨 / EBS 스냅샷, S3 버킷 / S3 버전 관리, RDS 보안 /
    ElastiCache 보안): parts or aspects of one thing, or the same aspect of two."""
    return related(a, b) or bool(a.pieces & b.pieces)


def _speaks_of(material: Material, concept: Concept, other: Concept) -> bool:
    said = compact_lines(material.said_about.get(concept.key, ()))
    return any(len(c) >= 3 and c in said for c in map(compact, name_parts(other.name)))


# Words of opposite sense in a comparison ('RDS 보다 … 비싸지만' against 'RDS 보다
# 저렴'): two lines comparing the concept with one thing in opposite senses.
_OPPOSITES = (("비싸", "저렴"), ("빠르", "느리"), ("빠름", "느림"), ("높", "낮"),
              ("많", "적"), ("expensive", "cheap"), ("faster", "slower"),
              ("more", "less"), ("higher", "lower"))
_COMPARED = re.compile(r"(\S+?)\s*보다|\bthan\s+(\S+)", re.IGNORECASE)


def _compared_with(text: str) -> set[str]:
    return {compact(m.group(1) or m.group(2)) for m in _COMPARED.finditer(text)}


def _opposed(a: str, b: str) -> bool:
    """Two comparisons with one thing, in opposite senses."""
    if not _compared_with(a) & _compared_with(b):
        return False
    la, lb = a.lower(), b.lower()
    return any((x in la and y in lb) or (y in la and x in lb) for x, y in _OPPOSITES)


# A borrowed line negated against the concept's own states one property when
# this much of the words of each (asides aside), not only of the shorter, are
# the other's: '헬스 체크 연결 불가' against '헬스 체크 연결 가능'. A short line whose
# words a long one holds among many ('… 백엔드 서비스에 저장' inside a list of
# uses with '상태 비저장 웹서비스') says another thing. (As text.contradicts asks
# of English lines already.)
SAME_PROPERTY = 0.4
# A figure written into a name ('IPv4', 'EC2', 'S3', 'gp3'): part of a name,
# no value of a property.
_NAME_FIGURE = re.compile(r"(?<=[A-Za-z])\d+(?:\.\d+)?")


@lru_cache(maxsize=1 << 14)
def _without_name_figures(text: str) -> str:
    # (Remembered: each borrowed line is read against every line of the concept.)
    return _NAME_FIGURE.sub("", text)


def stated_otherwise(false: str, line: str) -> bool:
    """Whether `line`, said of the concept, states otherwise the property that
    the borrowed `false` line states: another figure of the same matter ('최소
    보관 기간 90일' against '… 180일'), or a negation of nearly the same words.
    Only then do the notes show the borrowed line false of the concept; lines
    that merely share some words ('172.16.0.0/12 - AWS 기본 VPC 범위' beside
    'VPC는 Private IPv4 범위만 허용', whose '4' is a name's) may both hold."""
    a, b = _without_name_figures(false), _without_name_figures(line)
    if not contradicts(a, b):
        return False
    na, nb = numbers(a), numbers(b)
    if na and nb and na != nb:
        return not _within_bound(a, b)
    pa, pb = matter(without_asides(a) or a), matter(without_asides(b) or b)
    return bool(pa and pb) and len(pa & pb) / max(len(pa), len(pb)) >= SAME_PROPERTY


# A limit named as the value of a property ('최대 14일 동안 보관', 'up to 15
# replicas', '최소 보관 기간 90일'): another maximum is another value, false.
_NAMED_LIMIT = re.compile(r"(?:최대|최소|maximum|minimum|\bmax\.?|\bmin\.?|up to)\s*$",
                          re.IGNORECASE)


def _within_bound(false: str, line: str) -> bool:
    """Whether the borrowed line's figure holds wherever the concept's bound
    does: '10밀리 초 미만의 응답' beside the concept's '1밀리 초 미만의 응답' (what
    answers under 1 ms answers under 10), 'at least 30 days' beside 'at
    least 90 days'. A bound is false only past it on its false side
    (figure_rules.false_side, as a blank's wrong values are); another figure
    of a plain value ('약 72%' against '최대 90%') or of a named limit ('최대 4일
    동안 보관' against '최대 14일 동안 보관') is false either way."""
    for mine in figures(line):
        side = false_side(line, mine.start, mine.end)
        if side == EITHER or _NAMED_LIMIT.search(line[:mine.start]):
            continue
        for theirs in figures(false):
            if unit_key(theirs.unit) == unit_key(mine.unit) \
                    and (theirs.value - mine.value) * side < 0:
                return True
    return False


def said_against(text: str, said: Sequence[str]) -> bool:
    """Whether another line said of the concept (under any heading of its name:
    a second 'Aurora' section) contradicts this one: the notes disagree with
    themselves, and a 'true' option they also deny is no fair one."""
    return any(t != text and (contradicts(text, t) or _opposed(text, t)) for t in said)


def of_its_kind(false: str, trues: Sequence[str], kin: float) -> bool:
    """Whether a false option speaks of the concept's own kind of thing: a
    statement borrowed from a concept that shares none of its meaning (kinship
    0), or in a field none of the true options speaks in (a firewall among
    identity statements under Cognito), is spotted by its domain, not known."""
    if kin <= 0:
        return False
    found = fields_of(false)
    return not found or bool(found & frozenset().union(*map(fields_of, trues)))


def _not(concept: Concept, group: Sequence[Concept], material: Material,
         judged: Mapping[int, list[Statement]]) -> Question | None:
    """`judged`: `_statements` of each concept of the group, by its id."""
    own = judged[id(concept)]
    if len(own) < 2 or _is_subject(concept, concept.crumb) or _VERSUS.search(concept.name):
        return None  # a comparison's bullets are about the things compared
    said = material.said_about.get(concept.key, ())
    siblings = [o for o in group if not _family(o, concept)
                and not _speaks_of(material, concept, o) and not _speaks_of(material, o, concept)]
    # (Compacted once: read against every line of every sibling.)
    names = [flat for c in (concept, *siblings) for n in name_parts(c.name)
             if len(flat := compact(n)) >= 2]
    best: tuple[tuple[float, int, str], Statement, Concept, list[Statement]] | None = None
    for sibling in siblings:
        for s in judged[id(sibling)]:
            line = compact(s.text)
            if any(name in line for name in names):
                continue  # names a choice's concept: gives itself away
            against = [t for t in said if stated_otherwise(s.text, t)]
            if not against:
                continue  # nothing in the notes shows it false of the concept
            if any(near_duplicate(s.text, t) for t in said) or not judgeable(s.text):
                continue
            # The fact it contradicts stays out: the pair would show which is false.
            trues = _unlike_apart(s.text, [
                t for t in own if not concept.pieces & pieces(t.text)
                and not contradicts(t.text, s.text)
                and not any(near_duplicate(t.text, a) for a in against)
                and not said_against(t.text, said)])
            if len(trues) < 2:
                continue
            kin = kinship(concept, sibling, material)
            if not of_its_kind(s.text, [t.text for t in trues], kin):
                continue
            avg = sum(len(t.text) for t in trues) / len(trues)
            if not _LENGTH_RATIO[0] <= len(s.text) / avg <= _LENGTH_RATIO[1]:
                continue
            # Nearest the concept in kind first (the sibling's notes share the
            # most of its meaning): a false option of another domain is spotted
            # without knowledge. Then like length.
            rank = (-kin, int(abs(len(s.text) - avg)) // 15,
                    digest(concept.key, s.text))
            if best is None or rank < best[0]:
                best = (rank, s, sibling, trues)
    if best is None:
        return None
    _, false, owner, trues = best
    words = material.words
    body = words.not_true.format(name=concept.name)
    explanation = [(false.text, owner.name), *((t.text, concept.name) for t in trues)]
    return make(
        "not", sources=[concept.name, *(t.text for t in trues), false.text],
        section=concept.section, topic=concept.topic, concept=concept.key,
        context=concept.about, body=body, correct=false.text,
        wrong=[t.text for t in trues], explanation=explanation, source=trues[0].source,
        asks=[false.source, *(t.source for t in trues)])

