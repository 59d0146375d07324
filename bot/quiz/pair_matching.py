"""(b2) Which of two paired terms a definition describes: the two `term :
definition` lines of a pair (two_terms.py), '다음 설명에 해당하는 것은? - 모든
AWS 사용자에게 적용되어 있음 (무료), …' between '실드 스탠다드' and '실드
어드밴스드'.

The checks of a term list's matching (matching.py) hold here too, with one
rival only, so each weighs more: the line must not name, translate or spell
out its own term (the clause that does is cut, as a list's is), must not name
the other term, and must not be what the notes say of the other too (the
rival would be right as well). The line must say something on its own: a bare
'있음' under '강력한 일관된 읽기' leans on the line before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.quiz.build import assemble
from bot.quiz.clauses import without_telling_clauses
from bot.quiz.clippings import clipped_word_said
from bot.quiz.confusables import confusable
from bot.quiz.families import in_family
from bot.quiz.gloss import gives_away, shown_senses
from bot.quiz.matching import (
    Verdict,
    _advice_list,
    _could_be,
    _is_value,
    _names,
    _names_context,
    _qualities_list,
    _renamed,
    _same_name,
    _says_term,
    _says_the_same,
)
from bot.quiz.material import Material, TermEntry, concept_key, is_concept_name
from bot.quiz.question import PAIR, Question
from bot.quiz.reading_lists import reading_list
from bot.quiz.spelled_names import spelled_answer, spells_name, statement_spells
from bot.quiz.text import (
    GlossaryLike,
    compact,
    even_names,
    leaked,
    name_parts,
    name_phrases,
    name_pieces,
    near_duplicate,
    phrase_leaked,
    pieces,
    script_class,
    telling,
)
from bot.quiz.variants import thin_variants

# A definition this short is a value, no clue of its own ('있음', 'Yes', '有').
MIN_CHARS = 6
MIN_WORDS = 2


def pair_match_questions(material: Material, glossary: GlossaryLike) -> list[Question]:
    return [v.result for v in pair_match_verdicts(material, glossary)
            if isinstance(v.result, Question)]


def pair_match_verdicts(material: Material, glossary: GlossaryLike) -> list[Verdict]:
    out: list[Verdict] = []
    for pair in material.term_pairs:
        why = _unfit_pair(pair, glossary)
        if why is not None:
            out.extend(Verdict(entry=e, way="pair", result=why) for e in pair)
            continue
        first, second = pair
        for entry, other in ((first, second), (second, first)):
            out.append(Verdict(entry=entry, way="pair",
                               result=_which_of_two(entry, other, glossary, material)))
            out.append(Verdict(entry=entry, way="pair definition",
                               result=_which_definition_of_two(entry, other, glossary,
                                                               material)))
    return out


def _unfit_pair(pair: tuple[TermEntry, TermEntry], glossary: GlossaryLike) -> str | None:
    """Why two term lines are no rivals to ask between, or None."""
    first, second = pair
    crumb = first.crumb.rsplit(" > ", 1)[-1]
    # (Lists of tips, of merits, of readings: no things of one kind, as in matching.)
    if reading_list(first.crumb) or _advice_list(first.crumb) or _qualities_list(first.crumb):
        return "a list of tips, merits or readings"
    if not all(is_concept_name(e.term) for e in pair):
        return "not a name"
    if any(_names_context(e.term, crumb, glossary) for e in pair):
        return "term names the list's subject"
    if concept_key(first.term, glossary) == concept_key(second.term, glossary) \
            or _says_the_same(first.definition, second.definition) \
            or _renamed(first.term, second.term) or _renamed(second.term, first.term):
        return "term or definition repeated"
    # One thing and a kind or part of it, or real-world near twins: much of
    # what is said of one holds of the other.
    if _same_name(first.term, second.term) or confusable([first.term], [second.term]) \
            or in_family(first.term, second.term) \
            or thin_variants(first.term, first.definition, second.term, second.definition):
        return "one the kin of the other"
    if _is_value(first.term) != _is_value(second.term):
        return "a value beside a name"
    return None


def _says_aside(text: str, name: str) -> bool:
    """Whether the text names `name` inside an aside ('material and energy
    (require primary factors as inputs)' under 'secondary factors'): the
    rival named there is ruled out, or points the reader."""
    flat = _LETTERS_ONLY.sub("", text.lower())
    return any(len(key) >= 3 and key in flat
               for key in (_LETTERS_ONLY.sub("", part.lower()) for part in name_parts(name)))


_LETTERS_ONLY = re.compile(r"[\W_]+")


def says_little(definition: str) -> bool:
    """A value more than a line ('있음' under '강력한 일관된 읽기', 'Supported'):
    it leans on the line beside it."""
    flat = compact(definition)
    if script_class(definition) == "latin":
        return len(definition.split()) < MIN_WORDS
    return len(flat) < MIN_CHARS or not telling(definition)


def _which_of_two(entry: TermEntry, other: TermEntry, glossary: GlossaryLike,
                  material: Material) -> Question | str:
    if not entry.shown:
        return "definition not shown"
    if _names(entry.definition, other.term) or _says_aside(entry.definition, other.term) \
            or clipped_word_said(entry.definition, other.term, entry.term):
        return "the definition names the other"
    first = _asked(entry, other, glossary, material)
    if not isinstance(first, str) or first != "the stem says the term":
        return first
    # A line of two clauses may say the term in one alone: the other is asked.
    rest = without_telling_clauses(entry.definition,
                                   lambda text: _says_term(entry, text, [other], glossary),
                                   cell=entry.row)
    if rest is None:
        return first
    again = _asked(replace(entry, definition=rest), other, glossary, material)
    return again if isinstance(again, Question) else first


def _asked(entry: TermEntry, other: TermEntry, glossary: GlossaryLike,
           material: Material) -> Question | str:
    definition = entry.definition
    if says_little(definition):
        return "the definition says too little alone"
    # The other may fit the line too: its own line or the notes on it say much of it.
    if _could_be(other, entry, glossary, material):
        return "the other may fit"
    stem = f"{entry.crumb} {definition}"
    if leaked(name_pieces(entry.term, glossary), stem, [name_pieces(other.term, glossary)]) \
            or phrase_leaked(name_phrases(entry.term, glossary), stem) \
            or gives_away(entry.term, stem, [other.term]) \
            or spelled_answer(entry.term, definition, [other.term]):
        return "the stem says the term"
    evened = even_names(entry.term, [other.term])
    if evened is None:
        return "a name's own aside"
    correct, wrong = evened
    # Nor a sense of the answer's name (as shown) that the stem shows and not
    # one of the rival's, read by the names' own words: '읽기' says the reader
    # of '리더 엔드포인트', though '라이터' sounds near enough to 'reader' for
    # the looser reading above.
    if shown_senses(correct, stem) - shown_senses(wrong[0], stem):
        return "the stem says the term"
    words = material.words
    return assemble(
        PAIR, sources=["term pair", entry.text], section=entry.section, topic=entry.topic,
        concept=concept_key(entry.term, glossary), context=entry.crumb,
        body=f"{words.which_is_described}\n- {definition}", correct=correct, wrong=wrong,
        explanation=[(correct, definition), *((w, other.taught) for w in wrong)],
        # Either line answers the other's question: a sample asks the pair once.
        source=entry.source, asks=[entry.source, other.source])


def _which_definition_of_two(entry: TermEntry, other: TermEntry, glossary: GlossaryLike,
                             material: Material) -> Question | str:
    """'Which statement describes X?' between X's line and its rival's: the
    mirror of `_which_of_two`, as a list's terms are asked both ways. Neither
    line may name a term of the two (told at sight), be a bare value, or say
    the asked name in its words and not in the other's; nor may the notes on
    X say the rival's line too, or X fit it."""
    if not (entry.shown and other.shown):
        return "definition not shown"
    right, wrong = entry.definition, other.definition
    if says_little(right) or says_little(wrong):
        return "a definition says too little alone"
    if any(_names(d, t) or _says_aside(d, t)
           for d in (right, wrong) for t in (entry.term, other.term)):
        return "a definition names a term"
    answer_pieces = name_pieces(entry.term, glossary)
    if answer_pieces & (pieces(right) | pieces(wrong)) \
            or phrase_leaked(name_phrases(entry.term, glossary), right):
        return "a definition repeats the term"
    if gives_away(right, f"{entry.crumb} {entry.term}", [wrong]) \
            or statement_spells(entry.term, right, [wrong]) \
            or shown_senses(entry.term, right) - shown_senses(entry.term, wrong):
        return "the definition translates the term"
    # Nor the rival's line saying its own name in other words ('모든 읽기 전용
    # 복제본과 …' of the reader, beside '라이터 엔드포인트' asked): of two
    # lines, the one ruled out at sight leaves the other.
    if shown_senses(other.term, wrong) - shown_senses(other.term, right) \
            or (spells_name(other.term, wrong) and not spells_name(other.term, right)):
        return "the rival's line translates its term"
    said = material.said_about.get(concept_key(entry.term, glossary), ())
    if any(near_duplicate(wrong, t) for t in said) or _could_be(entry, other, glossary, material):
        return "the rival's line may fit"
    return assemble(
        PAIR, sources=["definition pair", entry.text], section=entry.section,
        topic=entry.topic, concept=concept_key(entry.term, glossary), context=entry.crumb,
        body=material.words.describes_term.format(term=entry.term), correct=right,
        wrong=[wrong], explanation=[(right, entry.term), (wrong, other.term)],
        # The mirror of the pair's other questions: one fact key for all.
        source=entry.source, asks=[entry.source, other.source], statements=True)
