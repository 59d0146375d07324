"""Concept questions: (a) name the concept from its facts, (d) which statement is
NOT true of it. Both draw their wrong options from the concept's siblings."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from bot.quiz.build import make, quote
from bot.quiz.material import HEADING_TAIL, Concept, Material, Statement, is_name
from bot.quiz.question import Question, digest
from bot.quiz.text import (
    compact,
    contradicts,
    even_names,
    leaked,
    name_parts,
    near_duplicate,
    overlap,
    phrase_leaked,
    pieces,
    script_class,
    without_asides,
)

MAX_CLUE = 100
MAX_OPTION = 90
# A clue sharing this much of its meaning (pieces weighted by rarity) with what
# the notes say about a distractor may well be true of it; a borrowed "wrong"
# statement sharing this much of its wording (unweighted: common words such as
# '액세스' carry meaning too when deciding what is false) with the concept asked
# about may well be true of that concept.
CLUE_OVERLAP = 0.5
SINGLE_CLUE_OVERLAP = 0.3
GENERIC_FIT = 2
BORROWED_OVERLAP = 0.2


def related(a: Concept, b: Concept) -> bool:
    """One name inside the other (RDS / RDS 프록시): not fair as each other's distractor."""
    if a.key == b.key:
        return True
    for pa in name_parts(a.name):
        for pb in name_parts(b.name):
            ca, cb = compact(pa), compact(pb)
            if ca == cb or (min(len(ca), len(cb)) >= 2 and (ca in cb or cb in ca)):
                return True
    return False


def _siblings(concept: Concept, group: Sequence[Concept], material: Material) -> list[Concept]:
    """Fair distractors: named, described by the notes (so the notes show they
    differ), not an umbrella of the answer, preferably in the answer's script."""
    fair = [o for o in group
            if o.named and o.statements and not related(o, concept)
            and not _umbrella(o, concept, material)]
    # Names written in the answer's own script first ('Graviton' among Korean
    # names stands out); mixing only when that is all the notes offer.
    script = script_class(concept.name)
    same = [o for o in fair if script_class(o.name) == script]
    return same if len(same) >= 2 else fair


def _umbrella(other: Concept, concept: Concept, material: Material) -> bool:
    """`other` covers `concept`: its notes name it and both are the same kind of
    thing (ELB (로드 밸런서) lists 애플리케이션 로드 밸런서). ECS naming Fargate as a
    launch type does not make ECS an answer to what describes Fargate."""
    return bool(other.pieces & concept.pieces) and _speaks_of(other, concept, material)


def _speaks_of(concept: Concept, other: Concept, material: Material) -> bool:
    """Whether the notes about `concept` name `other` (it contains or compares it)."""
    said = " ".join(compact(t) for t in material.said_about.get(concept.key, ()))
    return any(len(c) >= 3 and c in said for c in map(compact, name_parts(other.name)))


def _rank(concept: Concept, others: Sequence[Concept]) -> list[Concept]:
    # Most alike first: shared pieces ("... 인스턴스"), then similar length.
    def score(o: Concept) -> tuple[int, int]:
        return (-len(o.pieces & concept.pieces), abs(len(o.name) - len(concept.name)))

    return sorted(others, key=score)


def _chunks(clues: list[Statement]) -> list[list[Statement]]:
    if len(clues) <= 3:
        return [clues]
    if len(clues) <= 6:
        half = (len(clues) + 1) // 2
        return [clues[:half], clues[half:]]
    return [clues[:3], clues[3:6]]


def _could_be(other: Concept, answer: Concept, clues: Sequence[Statement],
              material: Material, limit: float | None = None) -> bool:
    """Whether the notes might describe `other` this way too (a second right answer)."""
    vocabulary = material.vocabulary_without(other.key, answer.key)
    said = material.said_about.get(other.key, ())
    if limit is None:
        # One clue alone must be the more telling: nothing else may half fit it.
        limit = CLUE_OVERLAP if len(clues) > 1 else SINGLE_CLUE_OVERLAP
    return any(material.overlap(c.text, vocabulary) >= limit
               or any(near_duplicate(c.text, t) for t in said) for c in clues)


def _leaks(concept: Concept, text: str, others_pieces: list[frozenset[str]]) -> bool:
    return leaked(concept.pieces, text, others_pieces) or phrase_leaked(concept.phrases, text)


def _clue(concept: Concept, s: Statement, others_pieces: list[frozenset[str]]) -> Statement | None:
    """The statement as a clue, without the aside that names the answer if need be
    ('텍스트를 음성으로 변환하는 서비스 (TTS)' -> without '(TTS)'); None if it leaks."""
    for text in dict.fromkeys((s.text, without_asides(s.text))):
        if 8 <= len(text) <= MAX_CLUE and not _leaks(concept, text, others_pieces):
            return Statement(text=text, source=s.source)
    return None


def name_questions(material: Material) -> list[Question]:
    out: list[Question] = []
    for group in material.groups:
        for concept in group:
            if concept.named:
                out.extend(_name(concept, _siblings(concept, group, material), material))
    return out


def _context_token(name: str, context: str) -> str | None:
    """The leading word of a name that the breadcrumb already says ('IAM' of 'IAM
    Roles' under section 'IAM', 'EC2' of 'EC2 IP' under 'EC2 - …')."""
    words = name.split()
    if (len(words) < 2 or not words[1][:1].isalpha() or words[1].isdigit()
            or compact(name) in compact(context)):
        return None  # 'ELB (일라스틱 …)', 'Route 53' under 'Route 53': the word is the name
    said = {compact(w) for w in re.split(r"[\s>\-,:/()]+", context) if w}
    return words[0] if compact(words[0]) in said else None


def _in_context(concepts: Sequence[Concept], context: str) -> tuple[list[Concept], list[str]]:
    """Concepts as choices under `context`: a leading word the breadcrumb already
    shows is dropped from the shown name, and stops counting as a leak, so that
    'IAM Roles' among 'MFA Devices' is not given away by the section 'IAM'."""
    tokens = [_context_token(c.name, context) for c in concepts]
    found = {compact(t) for t in tokens if t}
    if not found or (all(tokens) and len(found) == 1):
        return list(concepts), [c.name for c in concepts]  # nothing stands out
    if len(found) > 1:
        # Names start with different context words ('ELB 고정 세션', 'ASG 스케일링
        # 정책' under '... ELB 및 ASG'): drop a word only where two words remain,
        # so that 'RDS 보안' and 'ElastiCache 보안' never both become '보안'.
        tokens = [t if t and len(c.name.split()) >= 3 else None
                  for c, t in zip(concepts, tokens, strict=True)]
    said = frozenset(p for t in tokens if t for p in pieces(t))
    shown = [c.name.split(None, 1)[1] if t else c.name for c, t in zip(concepts, tokens,
                                                                          strict=True)]
    return [replace(c, pieces=c.pieces - said) if t else c
            for c, t in zip(concepts, tokens, strict=True)], shown


def _name(concept: Concept, others: list[Concept], material: Material) -> list[Question]:
    (concept, *others), display = _in_context([concept, *others], concept.crumb)
    shown_as = dict(zip((c.key for c in (concept, *others)), display, strict=True))
    others_pieces = [o.pieces for o in others]
    if len(others) < 2 or _leaks(concept, concept.crumb, others_pieces):
        return []
    shown: dict[Statement, Statement] = {}
    for s in concept.statements:
        clue = _clue(concept, s, others_pieces)
        if clue is not None:
            shown[clue] = s
    # A clue that would fit half the distractors as well tells nothing ("서버리스
    # 컨테이너 서비스" among ECS, EKS, Fargate): leave it out rather than lose them.
    clues = [c for c in shown
             if 2 * sum(_could_be(o, concept, [c], material, CLUE_OVERLAP) for o in others)
             < len(others)]
    if len(clues) == 1 and len(clues[0].text) < 8:
        return []
    out: list[Question] = []
    for chunk in _chunks(clues):
        if not chunk or (len(chunk) == 1 and len(clues) > 1):
            continue
        # A distractor that the notes also describe this way would be a second
        # right answer: drop it.
        fair = [o for o in others if not _could_be(o, concept, chunk, material)]
        picked = _rank(concept, fair)[:3]
        if len(picked) < 2:
            continue
        words = material.words
        body = words.which_is_described + "\n" + "\n".join(f"- {c.text}" for c in chunk)
        explanation = (words.answer.format(answer=concept.name, where=concept.about) + "\n"
                       + quote([(shown[c].text, c.source) for c in chunk]))
        correct, wrong = even_names(shown_as[concept.key], [shown_as[o.key] for o in picked])
        question = make(
            "name", sources=[concept.name, *(c.text for c in chunk)],
            section=concept.section, topic=concept.topic, concept=concept.key,
            context=concept.crumb, body=body, correct=correct, wrong=wrong,
            explanation=explanation, source=chunk[0].source)
        if question is not None:
            out.append(question)
    return out


def not_questions(material: Material,
                  covered: Collection[tuple[str, str]] = ()) -> list[Question]:
    """NOT questions. A false option borrowed from a sibling is the riskiest thing
    the generator does (it may hold for the concept in words the notes do not
    use), so one that does not plainly clash with the concept's notes is only
    asked for a topic no other kind of question covers."""
    out: list[Question] = []
    for group in material.groups:
        for concept in group:
            found = _not(concept, group, material)
            if found is None:
                continue
            question, clash = found
            if clash or (question.section, question.topic) not in covered:
                out.append(question)
    return out


_VERSUS = re.compile(r"\bvs\.?\b|비교|차이", re.IGNORECASE)
_PARTICLE_WORD = re.compile(r"\S(에|를|을|의|로|에서|으로|하여|해서)(\s|$)")


def _is_item(text: str) -> bool:
    """A bare list item: a short name with no particle-bearing word in it."""
    return (is_name(text) and len(without_asides(text).split()) <= 3
            and not _PARTICLE_WORD.search(text))


def _true_options(concept: Concept) -> list[Statement]:
    # A concept whose bullets are mostly bare names ("온디맨드 모드", "프로비전드
    # 모드") is a list, not a set of statements one can judge true or false.
    if 2 * sum(1 for s in concept.statements if _is_item(s.text)) > len(concept.statements):
        return []
    picked: list[Statement] = []
    for s in concept.statements:
        if len(s.text) > MAX_OPTION:
            continue
        if not any(near_duplicate(s.text, p.text) for p in picked):
            picked.append(s)
    return picked[:3]


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


def _not(concept: Concept, group: Sequence[Concept],
         material: Material) -> tuple[Question, bool] | None:
    trues = _true_options(concept)
    if len(trues) < 2 or _is_subject(concept, concept.crumb) or _VERSUS.search(concept.name):
        return None  # a comparison's bullets are about the things compared
    # A sibling the concept's own notes mention (ELB lists ALB) is part of it or
    # compared with it: its statements may well hold for the concept too.
    said = material.said_about.get(concept.key, ())
    siblings = [o for o in group if not related(o, concept)
                and not _speaks_of(concept, o, material)]
    if not siblings:
        return None
    # A false option that names a member of the group gives itself away (or is
    # nonsense: "RDS보다 20% 비쌈" asked of RDS).
    named = [(c, _distinctive(c, group)) for c in (concept, *siblings)]
    vocabulary = material.vocabulary.get(concept.key, frozenset())
    best: tuple[tuple[int, int, str], Statement, Concept] | None = None
    avg = sum(len(t.text) for t in trues) // len(trues)
    for sibling in siblings:
        for s in sibling.statements:
            if len(s.text) > MAX_OPTION or any(_mentions(s.text, c, d) for c, d in named):
                continue
            if any(near_duplicate(s.text, t) for t in said):
                continue
            clash = any(contradicts(s.text, t) for t in said)
            # A bare item ("네트워크 설정") says nothing one can judge false, unless
            # it plainly clashes with the concept's own notes (동기식 vs 비동기식).
            if not clash and _is_item(s.text):
                continue
            if not clash and overlap(s.text, vocabulary) >= BORROWED_OVERLAP:
                continue
            # "오토 스케일링 가능" fits half the deck: true of X in words the notes
            # happen not to use. Only statements specific to few concepts qualify.
            fits = material.fitting(s.text) - {sibling.key, concept.key}
            if not clash and len(fits) >= GENERIC_FIT:
                continue
            # Clashes first, then a length like the true options' (an odd one out
            # stands out), then a draw seeded by the pair: the same sibling bullet
            # is not the false option of every concept, and no question's choice
            # depends on another question's.
            rank = (0 if clash else 1, abs(len(s.text) - avg) // 15,
                    digest(concept.key, s.text))
            if best is None or rank < best[0]:
                best = (rank, s, sibling)
    if best is None:
        return None
    rank, false, owner = best
    words = material.words
    body = words.not_true.format(name=concept.name)
    explanation = (words.false_is_about.format(text=false.text, owner=owner.name,
                                               ref=false.source) + "\n"
                   f"{concept.name}:\n" + quote([(t.text, t.source) for t in trues]))
    question = make(
        "not", sources=[concept.name, *(t.text for t in trues), false.text],
        section=concept.section, topic=concept.topic, concept=concept.key,
        context=concept.about, body=body, correct=false.text,
        wrong=[t.text for t in trues], explanation=explanation, source=trues[0].source)
    return None if question is None else (question, rank[0] == 0)


def _distinctive(concept: Concept, group: Sequence[Concept]) -> frozenset[str]:
    """Pieces of the name no other member's name has ('절전' of 'EC2 절전모드', not 'ec2')."""
    shared: set[str] = set()
    for o in group:
        if o is not concept:
            shared |= o.pieces
    return concept.pieces - shared


def _mentions(text: str, concept: Concept, distinctive: frozenset[str]) -> bool:
    """Whether `text` names the concept: a whole part of its name, a Latin word of it
    ('Aurora', 'SQS') or two Korean pieces of it ('로드', '밸런')."""
    flat = compact(text)
    if any(len(c) >= 2 and c in flat for c in map(compact, name_parts(concept.name))):
        return True
    shown = distinctive & pieces(text)
    return any(p.isascii() for p in shown) or len(shown) >= 2
