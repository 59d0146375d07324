"""(f) Which statement IS true of a concept: one of its own facts among facts the
notes give for its siblings.

The mirror of the NOT question, and as risky: a sibling's fact offered as
wrong may hold for the concept too (in the notes or in the world). So a wrong
option is taken only when it is specific to its own concept: no other concept's
notes share half its meaning, it shares little with anything written about the
concept asked, and it names no choice's concept. Siblings are the name
question's fair ones (same kind, no umbrella, no parent or part of the
answer), and none that speaks of the other. All options are judgeable
statements of like length and script; the right one must not repeat or
translate the concept's name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from bot.quiz.build import make
from bot.quiz.concepts import MAX_OPTION, fair_siblings, kinship, related
from bot.quiz.definitions import is_definition as _is_definition
from bot.quiz.example_lists import lists_examples
from bot.quiz.gloss import gives_away, shown_senses
from bot.quiz.material import Concept, Material, Statement, judgeable, labelled
from bot.quiz.negation import (
    _VERSUS,
    _is_item,
    _is_subject,
    _predicate,
    _speaks_of,
    of_its_kind,
    said_against,
    stated_otherwise,
)
from bot.quiz.question import Question, digest
from bot.quiz.text import (
    compact,
    even_asides,
    name_parts,
    near_duplicate,
    phrase_leaked,
    pieces,
    script_class,
    telling,
)

MIN_OPTION = 12
# A wrong option sharing this much (weighted by rarity) with what the notes say
# about the concept asked might be true of it.
OWN_OVERLAP = 0.3
# A line whose subject is another named thing ('SAML은 인증을 지원하기 위한 표준
# 데이터 포맷' under SSO) says what that thing is, not what the concept is.
_OTHER_SUBJECT = re.compile(r"^[A-Za-z][\w\-/.]*\s*(?:은|는)\s")
# A statement that this many other concepts' notes word alike is generic.
WIDE = 3
# Telling pieces a statement needs to say something specific.
MIN_TELLING = 4
_LENGTH_RATIO = (0.5, 1.8)
_PER_CONCEPT = 2
# A piece used by this few concepts' notes is a topic word ('챗봇', 'SAML'): a
# wrong option sharing one with the concept asked speaks of the same thing.
RARE = 3
# A borrowed definition offered as the one NOT true of a concept is of a
# product this near the concept in kind (concepts.kinship), or shares at
# least this much of its meaning (weighted by rarity) with the true options
# shown beside it: else it speaks of another domain and is picked by that
# alone (a NoSQL database among Lambda's facts, a streaming platform among
# Trusted Advisor's). ('텍스트를 음성으로 변환하는 서비스' beside '텍스트 안에서
# 특정 항목을 찾아내는 서비스' shares its text: told apart by knowing them.)
NOT_DEFINED_KIN = 0.3
NOT_DEFINED_SHARE = 0.15
# An arrow leans on the line it continues ('-> 마이크로서비스에 적합').
_ARROW = re.compile(r"->|=>|→|⇒")


def true_questions(material: Material) -> list[Question]:
    out: list[Question] = []
    for group in material.groups:
        for concept in group:
            if concept.named:
                out.extend(_true(concept, group, material))
    return out


def _usable(s: Statement) -> bool:
    return _usable_text(s.text)


@lru_cache(maxsize=1 << 14)
def _usable_text(text: str) -> bool:
    return (MIN_OPTION <= len(text) <= MAX_OPTION and judgeable(text) and not _is_item(text)
            and not labelled(text) and len(telling(text)) >= MIN_TELLING
            and not _ARROW.search(text) and not lists_examples(text))


def _names(text: str, concepts: Sequence[Concept], material: Material) -> bool:
    """Whether the text names one of the concepts, by any of its spellings."""
    return _says(text, _marks_of(concepts, material))


def _marks_of(concepts: Sequence[Concept], material: Material) -> frozenset[str]:
    return frozenset(mark for c in concepts
                     for mark in _marks(c.name, material.spellings.get(c.key, frozenset())))


def _says(text: str, marks: frozenset[str]) -> bool:
    flat = compact(text)
    return any(mark in flat for mark in marks)


@lru_cache(maxsize=4096)
def _marks(name: str, spellings: frozenset[str]) -> frozenset[str]:
    """What naming the concept looks like in compact text (computed once a name)."""
    return frozenset(part for spelling in (name, *sorted(spellings))
                     for part in map(compact, _spelled_parts(spelling)) if len(part) >= 2)


_AMPERSAND = re.compile(r"\s*&\s*")


def _spelled_parts(name: str) -> list[str]:
    """A name's parts, each also without its first word: '읽기 전용 복제본' names
    'RDS 읽기 전용 복제본' (the family word left out), as do both halves of 'S3
    셀렉트 & Glacier Select'."""
    out: list[str] = []
    for part in name_parts(name):
        for piece in _AMPERSAND.split(part):
            words = piece.split()
            out.append(piece)
            if len(words) >= 3 or (len(words) == 2 and len(compact(words[1])) >= 4):
                out.append(" ".join(words[1:]))
    return out


def _wrong_options(concept: Concept, siblings: Sequence[Concept], material: Material,
                   everyone: Sequence[Concept]) -> list[tuple[Statement, Concept]]:
    """Each sibling's specific facts, none of which the notes let hold for `concept`."""
    marks = _marks_of(everyone, material)
    said = material.said_about.get(concept.key, ())
    found: list[tuple[Statement, Concept]] = []
    for other in siblings:
        vocabulary = material.vocabulary_without(concept.key, other.key)
        # (A line on the sibling's own subject, 'X는 …', read without its name.)
        for s in (_predicate(x, other, material) for x in other.statements):
            if not _usable(s) or _says(s.text, marks):
                continue
            # The notes show it false of the concept: it contradicts one of its
            # lines ('데이터 스토리지가 없음' against '데이터 스토리지가 있음').
            if any(stated_otherwise(s.text, t) for t in said):
                found.append((s, other))
                continue
            if not _is_definition(s.text):
                continue  # what it is not ('EC2에 구성하지 않고 …') may hold for others
            fits = material.fitting(s.text)
            if concept.key in fits or len(fits - {other.key}) >= WIDE:
                continue  # the concept's notes, or many, word it alike: it may hold
            if material.overlap(s.text, vocabulary) >= OWN_OVERLAP \
                    or any(near_duplicate(s.text, t) for t in said):
                continue
            if any(len(material.fits.get(p, ())) <= RARE for p in telling(s.text) & vocabulary):
                continue  # shares a topic word with the concept ('챗봇' of Lex and Connect)
            found.append((s, other))
    return found


def _cousins(concept: Concept, group: Sequence[Concept], material: Material) -> list[Concept]:
    """Named concepts of the same section outside the concept's own list, neither
    above nor below it ('Aurora' is no cousin of 'Aurora Serverless'): their
    definitions name other things of the same subject."""
    mine = {c.key for c in group}
    out: dict[str, Concept] = {}
    for other_group in material.groups:
        for c in other_group:
            if (c.key in mine or c.key in out or not c.named or not c.statements
                    or c.section != concept.section or _nested(c.about, concept.about)
                    or related(c, concept) or _speaks_of(material, concept, c)
                    or _speaks_of(material, c, concept)):
                continue
            out[c.key] = c
    return list(out.values())


def _nested(a: str, b: str) -> bool:
    return a == b or a.startswith(b + " > ") or b.startswith(a + " > ")


def _parts_of(concept: Concept, material: Material) -> list[Concept]:
    """Concepts written under this one (its types, modes, features)."""
    inside = concept.about + " > "
    return [c for group in material.groups for c in group
            if c.named and (c.about.startswith(inside) or c.crumb.startswith(inside))]


def _true(concept: Concept, group: Sequence[Concept], material: Material) -> list[Question]:
    if _is_subject(concept, concept.crumb) or _VERSUS.search(concept.name):
        return []  # a heading about the concept alone: its siblings are its aspects
    script = script_class(concept.statements[0].text) if concept.statements else ""
    full_name = f"{concept.name} {material.spelled_out.get(concept.key, '')}".strip()

    def fair(right: Statement) -> bool:
        """A line of the concept that can stand as a true option (cheap checks first)."""
        return (_usable(right) and not _OTHER_SUBJECT.match(right.text)
                and script_class(right.text) == script
                # Not repeating the name it is asked about.
                and not concept.pieces & pieces(right.text)
                and not phrase_leaked(concept.phrases, right.text)
                # Nor generic: many concepts' notes saying much the same.
                and len(material.fitting(right.text) - {concept.key}) < WIDE)

    # (The concept's lines first: the siblings and cousins, costly to gather,
    # only for a concept with a line that may stand.)
    # (A line on its own subject, 'X는 …', read without the name it would repeat.)
    own = [s for s in (_predicate(x, concept, material) for x in concept.statements) if fair(s)]
    if not own:
        return []
    siblings = [o for o in fair_siblings(concept, group, material)
                if not _speaks_of(material, concept, o) and not _speaks_of(material, o, concept)]
    # Products of the section for a product (a topic of it): a feature's
    # options would all be products but the answer, which would stand out.
    top = concept.crumb == concept.section
    cousins = _cousins(concept, group, material) if top else []
    if len(siblings) + len(cousins) < 2:
        return []
    # Any name of the group, chosen or not ('Textract 결과를 읽어 주는' under Polly).
    everyone = [*group, *cousins]
    # Nor another name. (The names, costly to gather, only for a concept with
    # a line left.)
    named = _marks_of([*everyone, *_parts_of(concept, material)], material)
    own = [s for s in own if not _says(s.text, named)]
    if not own:
        return []
    wrong_pool = _wrong_options(concept, siblings, material, everyone) + [
        (s, o) for s, o in _wrong_options(concept, cousins, material, everyone)
        if _is_definition(s.text)]
    out: list[Question] = []
    for right in own:
        if len(out) >= _PER_CONCEPT:
            break
        question = _true_of(concept, right, wrong_pool, material, full_name)
        if question is not None:
            out.append(question)
    question = _not_defined(concept, own, wrong_pool, material, full_name)
    if question is not None:
        out.append(question)
    return out


def _like(text: str, pool: Sequence[tuple[Statement, Concept]],
          kin: Mapping[str, float]) -> list[tuple[Statement, Concept]]:
    """Wrong options of like length and script, one per concept: those of the
    concepts nearest the asked one in kind first (`kin`, by concept key: a
    security service's identity kin before its firewall), then closest in length."""
    fitting: list[tuple[Statement, Concept]] = []
    for s, other in sorted(pool, key=lambda x: (-kin.get(x[1].key, 0.0),
                                                abs(len(x[0].text) - len(text)),
                                                digest(x[0].text))):
        ratio = len(s.text) / len(text)
        if (_LENGTH_RATIO[0] <= ratio <= _LENGTH_RATIO[1]
                and script_class(s.text) == script_class(text)
                and all(o.key != other.key and not related(o, other) for _, o in fitting)):
            fitting.append((s, other))
    return fitting


def _kin(concept: Concept, pool: Sequence[tuple[Statement, Concept]],
         material: Material) -> dict[str, float]:
    return {o.key: kinship(concept, o, material) for o in {o.key: o for _, o in pool}.values()}


def _true_of(concept: Concept, right: Statement, wrong_pool: list[tuple[Statement, Concept]],
             material: Material, full_name: str) -> Question | None:
    # One form for all options: a definition among definitions ('… 서비스'), or a
    # fact among the siblings' contradicting facts. A property among product
    # definitions is picked by its form alone.
    defined = _is_definition(right.text)
    fitting = _like(right.text, [(s, o) for s, o in wrong_pool
                                 if _is_definition(s.text) == defined],
                    _kin(concept, wrong_pool, material))[:3]
    if len(fitting) < 2:
        return None
    wrong = [s.text for s, _ in fitting]
    # The right option translating the name ('권한 부여' for Permissions, '문자 …
    # 추출' for Textract), even by a word the others share.
    if gives_away(right.text, concept.about, wrong) or shown_senses(full_name, right.text):
        return None
    body = material.words.true_of.format(name=concept.name)
    # One form: an aside on the right option alone ('… 서비스 (TTS)') sets it apart.
    correct, *shown = even_asides([right.text, *wrong])
    explanation = [(correct, concept.name), *((t, o.name) for t, (_, o) in
                                              zip(shown, fitting, strict=True))]
    return make(
        "true", sources=[concept.name, right.text, *wrong], section=concept.section,
        topic=concept.topic, concept=concept.key, context=concept.about, body=body,
        correct=correct, wrong=shown, explanation=explanation, source=right.source,
        asks=[right.source, *(s.source for s, _ in fitting)])


def _not_defined(concept: Concept, own: Sequence[Statement],
                 wrong_pool: list[tuple[Statement, Concept]],
                 material: Material, full_name: str) -> Question | None:
    """'Which is NOT true of X': X's own definition and two of its facts, and
    a sibling product's definition as the false one. Beside X's definition the
    false one does not stand out by its form: the two definitions are told
    apart by knowing what X is."""
    if not any(_is_definition(s.text) for s in own):
        return None
    # No true option translating the name ('방화벽 규칙을 …' for Firewall
    # Manager): it would show itself true.
    own = [s for s in own if not shown_senses(full_name, s.text)]
    definitions = [s for s in own if _is_definition(s.text)]
    facts = [s for s in own if not _is_definition(s.text)][:2]
    if not definitions or not facts:
        return None
    trues = [definitions[0], *facts]
    said = material.said_about.get(concept.key, ())
    if any(said_against(t.text, said) for t in trues):
        return None  # the notes deny one of the 'true' options elsewhere
    false_pool = [(s, o) for s, o in wrong_pool if _is_definition(s.text)
                  and not any(near_duplicate(s.text, t) for t in said)]
    avg = sum(len(t.text) for t in trues) / len(trues)
    like = [(s, o) for s, o in _like(definitions[0].text, false_pool,
                                     _kin(concept, false_pool, material))
            if _LENGTH_RATIO[0] <= len(s.text) / avg <= _LENGTH_RATIO[1]]
    wrong = [t.text for t in trues]
    # The nearest in kind that does not translate the name asked about.
    like = [(s, o) for s, o in like if not gives_away(s.text, concept.name, wrong)]
    # Of the concept's own kind, else spotted by its domain.
    like = [(s, o) for s, o in like
            if of_its_kind(s.text, wrong, kinship(concept, o, material))]
    if not like:
        return None
    false, owner = like[0]
    # The nearest in kind must be near indeed: its product kin to the concept
    # (its notes hold much of the concept's meaning: a sign-on service beside
    # Cognito), or its definition speaking near what the true options speak
    # of. Else it is spotted by its domain (a flat glossary's nearest may be
    # a database beside Lambda); one further in kind that happens to share a
    # common word ('리소스') is no nearer: no question.
    if kinship(concept, owner, material) < NOT_DEFINED_KIN and material.overlap(
            false.text, frozenset().union(*map(pieces, wrong))) < NOT_DEFINED_SHARE:
        return None
    body = material.words.not_true.format(name=concept.name)
    # (An aside on some options only, as for 'true' above.)
    correct, *shown = even_asides([false.text, *wrong])
    explanation = [(correct, owner.name), *((t, concept.name) for t in shown)]
    return make(
        "not", sources=[concept.name, *wrong, false.text], section=concept.section,
        topic=concept.topic, concept=concept.key, context=concept.about, body=body,
        correct=correct, wrong=shown, explanation=explanation, source=trues[0].source,
        asks=[false.source, *(t.source for t in trues)])
