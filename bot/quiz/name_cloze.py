"""Name blanks: a line that names its own concept ('S3 액세스 포인트를 사용하면 …'),
with the name taken out, asks which name fills the blank.

Such a line is no clue for a name question (it says the answer); with the
name blanked it is. The choices are the concept and siblings picked as name
questions pick them (concepts.py), and every rule that keeps a clue fair
holds for what is left of the line: no other mention of the name, a word of
it, an acronym or a translation (a sibling the line names is not offered); a
rest that tells the concept apart (telling words beyond the breadcrumb, one
of them written of this concept alone, fitting no offered sibling as well).
A Korean particle after the blank is written for either ending ('을(를)');
an English article before it ('a' / 'an') drops the line: either tells the
answer's first or last sound.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.blank_sentence import cut_off, shown_through_blank
from bot.quiz.build import make
from bot.quiz.concepts import (
    _ACRONYM_WORD,
    _could_be,
    _fact,
    _full,
    _leaks,
    _names_a_rival,
    _siblings,
    _words,
    crumb_fitted,
    nearest_distractors,
    related,
    twins,
)
from bot.quiz.fields import echoed_fields
from bot.quiz.filled_otherwise import filled_otherwise, written_lines
from bot.quiz.gloss import family_alone, gives_away
from bot.quiz.material import (
    Concept,
    Material,
    Statement,
    asks,
    crumb_among,
    is_remark,
    labelled,
)
from bot.quiz.qualities import only_merits
from bot.quiz.question import Question
from bot.quiz.text import (
    even_names,
    fix_particle_after_blank,
    leans_on_context,
    pieces,
    refers_back,
    telling,
    without_asides,
)

BLANK = "___"
# 'EMR (Elastic MapReduce)': the aside closing a name is another name for all
# of it; one inside ('분할(파티션) 배치 그룹') names only a word of it.
_ALIAS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<alias>[^()]+)\)$")
MAX_LINE = 100
# Telling pieces the rest of the line must hold beyond the breadcrumb's. Fewer
# than a lone name clue needs (concepts.SINGLE_CLUE_PIECES): the blank's place
# in the sentence tells too, and the rest must hold a word of this concept
# alone (`own_word`). ('한 리전에 여러 ___ 존재' holds too few.)
MIN_TELLING = 5
# Particles whose form does not depend on the word before ('의', '에서', '도'),
# and those written for either ending ('을(를)'); anything else glued to the
# name ('이다', '이랑', '함수') leaves the line out.
_ANY_ENDING = r"의|에서|에게|에는|에도|에|도|만|까지|부터|보다|처럼|마다"
_EITHER_ENDING = r"은|는|이|가|을|를|과|와|으로|로"
_AFTER_NAME = re.compile(
    rf"^(?:(?:{_EITHER_ENDING})(?=[\s,.)!?:]|$)|(?:{_ANY_ENDING})(?![\uac00-\ud7a3])"
    r"|(?![\uac00-\ud7a3A-Za-z0-9]))")
_BEFORE_NAME = re.compile(r"(?:^|[^\uac00-\ud7a3A-Za-z0-9])$")
# 'a ___' / 'an ___': the article tells whether the name opens on a vowel.
_ARTICLE = re.compile(r"\b(?:a|an)\s*$", re.IGNORECASE)


def name_cloze_questions(material: Material) -> list[Question]:
    out: list[Question] = []
    written = written_lines(material)
    for group in material.groups:
        for concept in group:
            if not concept.named:
                continue
            # (Most lines do not name their concept: the siblings and the
            # breadcrumb, costly to read, are read only for those that do.)
            spellings = _spellings(concept, material)
            shown = without_asides(concept.name) or concept.name
            # (No line cut short: see blank_sentence.)
            lines = [(s, rest) for s in concept.statements
                     if not cut_off(s.text)
                     and (rest := blanked(s.text, spellings, shown)) is not None
                     and _informative(rest, concept)
                     and not _written_again(rest, s.text, written)]
            if lines:
                out.extend(_blanks(concept, lines, same_series(
                    concept, _siblings(concept, group, material), group), material, group))
    return out


def _written_again(rest: str, text: str, written: set[str]) -> bool:
    """Another line of the notes reads as this one with another name in the
    blank's place (filled_otherwise)."""
    at = rest.index(BLANK)
    return filled_otherwise(rest[:at], rest[at + len(BLANK):], text, written)


def same_series(concept: Concept, others: list[Concept],
                group: Sequence[Concept]) -> list[Concept]:
    """Items of the answer's own numbered list, when the section holds another
    ('프로세스' of a list of app-design factors under a heading of its own,
    never beside 'EC2 스팟 인스턴스' of the glossary above it): a word that
    fills the blank must be of the kind the line speaks of."""
    own = [o for o in others if o.series == concept.series]
    # (A topic written in two sections stands among the other's list, not its own.)
    if concept.series and len(own) >= 2 \
            and any(o.series and o.series != concept.series for o in group):
        return own
    return others


def blanked(text: str, spellings: Sequence[str], name: str = "") -> str | None:
    """The line with its one mention of the name (the longest spelling found,
    as a whole word) replaced by the blank, the particle after it written
    for either ending; None when no spelling stands there as a word, or when
    what stands around it would tell the answer or make the choices misread
    (see `_fits_blank`). `name`: the name as the choices show it."""
    lowered = text.lower()
    for spelling in sorted(spellings, key=len, reverse=True):
        if len(spelling) < 2:
            continue
        at = lowered.find(spelling.lower())
        while at >= 0:
            before, after = text[:at], text[at + len(spelling):]
            if _BEFORE_NAME.search(before) and _AFTER_NAME.match(after):
                if not _fits_blank(before, text[at:at + len(spelling)], after, name):
                    return None
                return before + BLANK + fix_particle_after_blank(after)
            at = lowered.find(spelling.lower(), at + 1)
    return None


# A capitalised word right beside the mention: the name is a part of a longer
# one ('Kinesis Data Firehose', 'CloudWatch Agent', 'Root OU').
_NAME_BEFORE = re.compile(r"(?<![.:!?]\s)\b[A-Z][\w@-]*\s+$")
# ... unless a Korean particle closes that word ('모든 VPC가 Transit Gateway와'):
# the particle ends the noun it follows, so the mention starts a name of its own.
_PARTICLE_BEFORE = re.compile(
    rf"\b[A-Z][A-Za-z0-9@-]*(?:{_EITHER_ENDING}|{_ANY_ENDING})\s+$")
_NAME_AFTER = re.compile(r"^\s+[A-Z][A-Za-z]")


_SCRIPTS = {"hangul": re.compile(r"[\uac00-\ud7a3]"), "latin": re.compile(r"[A-Za-z]"),
            "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")}


def _fits_blank(before: str, mention: str, after: str, name: str) -> bool:
    """Whether the choices read right in the blank: not after 'a' / 'an' (it
    tells whether the name opens on a vowel), not as a part of a longer name,
    and in a script the name is written in ('상대적 가중치 할당' blanked reads
    'Weighted' into a Korean word: the choices would not fill it)."""
    if _ARTICLE.search(before) or _NAME_AFTER.match(after):
        return False
    # '일반화(___)': an aside holding the name alone is another name for the
    # word before it, which says the answer.
    if before.rstrip().endswith(("(", "（")) and after.lstrip().startswith((")", "）")):
        return False
    if _NAME_BEFORE.search(before) and before.strip() and not _PARTICLE_BEFORE.search(before):
        return False
    return not name or all(_SCRIPTS[k].search(name) for k in _SCRIPTS
                           if _SCRIPTS[k].search(mention))



_BLANK_AND_PARTICLE = re.compile(
    re.escape(BLANK) + rf"(?:을\(를\)|은\(는\)|이\(가\)|와\(과\)|\(으\)로|(?:{_ANY_ENDING})"
    r"(?![\uac00-\ud7a3]))?")


def without_blank(rest: str) -> str:
    """What the line says beside the name: the blank and the particle after it
    ('___(으)로 …') are no words of its own."""
    return re.sub(r"\s+", " ", _BLANK_AND_PARTICLE.sub(" ", rest)).strip()


def _spellings(concept: Concept, material: Material) -> list[str]:
    """What the blank may stand for: the name, without or as its aside ('EMR
    (Elastic MapReduce)'), and the spellings the notes and glossary know. Not
    a part of a name joined of two ('Organizations - OU', 'A/B'): the line
    would read 'Root Organizations - OU로' with the choice put in."""
    name = concept.name
    alias = _ALIAS.match(name.strip())
    whole = {alias.group("name"), alias.group("alias")} if alias else set()
    return sorted({name, *whole, *material.spellings.get(concept.key, ())} - {""})


def _informative(rest: str, concept: Concept) -> bool:
    """Enough telling words beyond the blank and the breadcrumb, and a line that
    stands alone (no remark, label or pointing back)."""
    said = without_blank(rest).strip(" .,:;-")
    own = telling(said) - pieces(concept.crumb)
    return (len(own) >= MIN_TELLING and 8 <= len(said) and len(rest) <= MAX_LINE
            and not is_remark(rest) and not asks(rest) and not labelled(rest)
            and not only_merits(said)
            and not leans_on_context(said) and not refers_back(said)
            and not said.startswith(("(", ")")))


def _blanks(concept: Concept, lines: list[tuple[Statement, str]], others: list[Concept],
            material: Material, group: Sequence[Concept]) -> list[Question]:
    full_name = _full(concept, material)
    # The breadcrumb as for a name question: a sibling without the part of the
    # name it shows is never offered; one that gives the name away, no question.
    concept, others = crumb_fitted(concept, others, material)
    if len(others) < 2:
        return []
    # (Every sibling kept shares all the breadcrumb shows of the name: the
    # breadcrumb gives it away beside none of them.)
    rivals = [o for o in group if o.key != concept.key]
    # (Its near twins, never offered, are of its kind: left out, see
    # concepts.nearest_distractors.)
    aside = twins(concept, group, material)
    out: list[Question] = []
    for s, rest in lines:
        said = without_blank(rest)
        offered = _unnamed_siblings(said, concept, others, rivals, material)
        if len(offered) < 2:
            continue
        full_others = [_full(o, material) for o in offered]
        # Every other mention of the name or a part of it, a translation, an
        # acronym, or a subject of the name in other words.
        if _leaks(concept, said, [o.pieces for o in offered]) \
                or gives_away(full_name, said, full_others) \
                or echoed_fields(full_name, said, full_others) \
                or (_ACRONYM_WORD.search(said)
                    and gives_away(concept.name, said, [o.name for o in offered])) \
                or family_alone(concept.name, said, [o.name for o in offered]):
            continue
        question = _question(concept, s, rest, offered, material, aside)
        if question is not None:
            out.append(question)
    return out


def _unnamed_siblings(said: str, concept: Concept, others: list[Concept],
                      rivals: list[Concept], material: Material) -> list[Concept]:
    """The siblings a blanked line may offer: not one it names ('EC2 인스턴스
    생성 시 기본적으로 하나의 ___와(과) 연결됨' never offers EC2: the line rules
    it out). A name clue naming a sibling is dropped, since it may speak of
    that sibling rather than of the answer; a blank's place in the line says
    what the line speaks of. None when it names a concept whose name shares a
    word with the answer's ('RDS' beside 'RDS 프록시'): that word would point
    at the answer among the rest."""
    named = [o for o in rivals if _names_a_rival(said, [o], material, concept.name)]
    if any(related(o, concept) or _words(o.name) & _words(concept.name) for o in named):
        return []
    return [o for o in others if o not in named]


def own_word(said: str, concept: Concept, material: Material) -> bool:
    """Whether the line holds a word that the notes write of this concept alone
    ('Hadoop', '연결 풀', '고유'): else it says what is said of others too ('모든
    계정에 기본으로 상시 활성화', '작동하려면 IAM 권한 필요'), and a member who
    knows another choice so may well pick it."""
    return any(material.fits.get(p, frozenset()) <= {concept.key}
               for p in telling(said) - pieces(concept.crumb))


def _question(concept: Concept, s: Statement, rest: str, others: list[Concept],
              material: Material, aside: Sequence[Concept] = ()) -> Question | None:
    clue = Statement(text=without_blank(rest), source=s.source)
    # A line that half the siblings' notes would fit tells nothing; a sibling
    # the notes also describe so would be a second right answer.
    if not own_word(clue.text, concept, material):
        return None
    fitting = sum(_could_be(o, concept, [clue], material) for o in others)
    if 2 * fitting >= len(others):
        return None
    picked = nearest_distractors(concept, others, [clue], material, aside)
    if picked is None:
        return None
    words = material.words
    evened = even_names(concept.name, [o.name for o in picked])
    if evened is None:
        return None
    correct, wrong = evened
    explanation = [(correct, s.text),
                   *((w, _fact(o)) for w, o in zip(wrong, picked, strict=True))]
    # (Shown through the blank's sentence only: see blank_sentence.)
    made = make(
        "blank", sources=[concept.name, s.text], section=concept.section,
        topic=concept.topic, concept=concept.key,
        context=crumb_among(concept.crumb, [o.crumb for o in picked]),
        body=f"{words.fill_name}\n- {rest}", correct=correct, wrong=wrong,
        explanation=explanation, source=s.source)
    return None if made is None else shown_through_blank(made, rest, rest.index(BLANK))
