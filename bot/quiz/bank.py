"""The question bank: every question a deck yields, in a stable order."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from bot.notes.aliases import heading_pairs, mine
from bot.notes.model import Deck
from bot.quiz.build import passes
from bot.quiz.cards import card_questions
from bot.quiz.cells import cell_questions
from bot.quiz.cjk_acronyms import cjk_pairs
from bot.quiz.cloze import cloze_questions, figures, unit_key
from bot.quiz.collector import collector_paused
from bot.quiz.complexity import complexity_questions, table_complexity_questions
from bot.quiz.concepts import name_questions
from bot.quiz.contrasts import contrast_questions
from bot.quiz.example_values import reading_examples
from bot.quiz.families import reading_families, said_families
from bot.quiz.gloss import reading_acronyms
from bot.quiz.known_wrong import without_known_wrong
from bot.quiz.matching import match_questions
from bot.quiz.material import read_material
from bot.quiz.mending import mended
from bot.quiz.misspelt import Misspellings
from bot.quiz.name_cloze import name_cloze_questions
from bot.quiz.name_styles import reading_spellings
from bot.quiz.negation import not_questions
from bot.quiz.one_script import spelling_names
from bot.quiz.pair_matching import pair_match_questions
from bot.quiz.pointers import without_pointers
from bot.quiz.question import AUTHOR, Question
from bot.quiz.reshape import reshaped
from bot.quiz.rows import row_questions
from bot.quiz.spelling import canonical_parts, garbled, spelled, spelling_fixes
from bot.quiz.steps import step_questions
from bot.quiz.text import GlossaryLike, NoGlossary, telling, without_vendor
from bot.quiz.translit import Loanwords
from bot.quiz.truths import true_questions
from bot.quiz.typos import typo_fixer
from bot.quiz.versus import versus_questions

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")
# Words of a longer name, spaced or hyphened.
_SPACED = re.compile(r"\S[\s-]+\S")


def build_bank(deck: Deck, glossary: GlossaryLike | None = None, *,
               known_wrong: Collection[str] = (),
               typos: Mapping[str, str] | None = None) -> tuple[Question, ...]:
    """All questions, deterministic: the same notes give the same questions, ids and
    choice order. Candidates that fail a check were already dropped; a repeated id
    or a repeated stem with the same choices keeps only its first occurrence.
    `known_wrong`: keys (known_wrong.line_key) of lines never to build on.
    `typos`: the deck's own word fixes (slip -> fix, typos.txt) for what the
    questions show."""
    with collector_paused():
        return _build(deck, glossary, known_wrong, typos or {})


def _build(deck: Deck, glossary: GlossaryLike | None, known_wrong: Collection[str],
           typos: Mapping[str, str]) -> tuple[Question, ...]:
    gloss = glossary if glossary is not None else NoGlossary()
    deck = mended(reshaped(without_pointers(without_known_wrong(deck, known_wrong))), gloss)
    # A stem naming 'EFS' gives away an option saying 파일 시스템 when the notes
    # or the glossary spell EFS out: the giveaway checks read acronyms so.
    # A Hangul word reads as the notes' English word it writes (프레젠터 ->
    # presenter): '모델과 뷰는 프레젠터와' spells MVP out.
    # A thing and its umbrella (Aurora and RDS) are never each other's wrong
    # choice: by the shipped list read through the glossary, and by what the
    # notes call a kind or an engine of another (see families).
    with reading_families(glossary, said_families(deck)):
        with reading_acronyms(_acronym_reader(deck, gloss), _loanwords(deck)), \
                spelling_names(gloss), reading_spellings(_deck_texts(deck)), \
                reading_examples(_deck_lines(deck)):
            candidates = _candidates(deck, gloss)
        fixes = _fixes_by_file(deck, gloss)
        slips = Misspellings(_deck_texts(deck), gloss)
        return tuple(_one_fact_per_figure(
            _kept(candidates, _writer(fixes, typos), gloss, slips)))


def _acronym_reader(deck: Deck, gloss: GlossaryLike) -> AcronymReader:
    """Acronym -> the longer names the notes ('Long Name (ABBR)') and the glossary
    give it."""
    spelled_out: dict[str, list[str]] = {}
    for short, long in cjk_pairs(_deck_texts(deck)):
        # (A long name in Chinese or Japanese has no space: see cjk_acronyms.)
        spelled_out.setdefault(short.lower(), []).append(long)
    for one, other in dict.fromkeys((*mine(deck), *heading_pairs(deck))):
        for short, long in ((one, other), (other, one)):
            # ('Amazon SQS (Simple Queue Service)' spells SQS out: the vendor's
            # word names no letter of it.)
            short = without_vendor(short)
            # ('Model-View-Presenter' is spelled out as much as 'Model View …'.)
            if _ACRONYM.fullmatch(short) and _SPACED.search(long.strip()):
                spelled_out.setdefault(short.lower(), []).append(long)
    return AcronymReader(spelled_out, gloss)


class AcronymReader:
    """What `_acronym_reader` reads: the notes' own spelled-out acronyms and the
    glossary's aliases. Equal to another made from the same spellings and the
    same glossary object: the giveaway readings remembered per reader
    (gloss._shown_senses_by, _answer_senses_by, …) then hold for both, so a
    second build of the same notes reads them back (each build makes its own
    reader)."""

    def __init__(self, spelled_out: Mapping[str, Sequence[str]], gloss: GlossaryLike) -> None:
        self._spelled_out = {short: tuple(long) for short, long in spelled_out.items()}
        self._gloss = gloss
        self._key = frozenset(self._spelled_out.items())
        # (Hashed once: the caches hash their keys at every lookup.)
        self._hash = hash((id(gloss), self._key))
        # (Remembered per acronym: asked for each text naming it, thousands of
        # times a build.)
        self._expanded: dict[str, tuple[str, ...]] = {}

    def __call__(self, short: str) -> tuple[str, ...]:
        found = self._expanded.get(short)
        if found is None:
            spelled = list(self._spelled_out.get(short.lower(), ()))
            spelled += sorted(a for a in self._gloss.aliases(short)
                              if _SPACED.search(a.strip()) and a not in spelled)
            found = self._expanded[short] = tuple(spelled)
        return found

    def __eq__(self, other: object) -> bool:
        # (The glossary by identity: it is frozen, and comparing two by value
        # would cost more than the readings saved.)
        return isinstance(other, AcronymReader) and self._gloss is other._gloss \
            and self._key == other._key

    def __hash__(self) -> int:
        return self._hash


_LATIN_WORD = re.compile(r"[A-Za-z][a-z]{2,}|[A-Z]{7,}")


def _loanwords(deck: Deck) -> Loanwords:
    """The English words the notes write (lower-cased, CamelCase split: viewModel
    -> view, model), to read their Hangul spellings back."""
    words = {w.lower() for topic in deck.topics()
             for text in (topic.title, *(f.text for f in topic.all_facts()))
             for w in _LATIN_WORD.findall(text)}
    return Loanwords(frozenset(words))


def _candidates(deck: Deck, gloss: GlossaryLike) -> list[Question]:
    material = read_material(deck, gloss)
    candidates = [
        *name_questions(material),
        *name_cloze_questions(material),
        *match_questions(material, gloss),
        *pair_match_questions(material, gloss),
        *cloze_questions(material, gloss),
        *complexity_questions(material, gloss, deck),
        *table_complexity_questions(deck, material.words, gloss),
        *not_questions(material),
        *true_questions(material),
        *versus_questions(deck, material.words),
        *contrast_questions(material),
        *row_questions(deck, material.words, material.name_lists),
        *cell_questions(deck, material.words),
        *step_questions(deck, material.words),
    ]
    candidates.extend(card_questions(deck, gloss))
    return candidates


def _writer(fixes: Mapping[str, str], typos: Mapping[str, str]) -> Callable[[str], str]:
    """Text as a question shows it: names set right from the notes' own spelling,
    then the words the deck's typos.txt lists."""
    fix_typos = typo_fixer(typos)
    return lambda text: fix_typos(spelled(text, fixes))


def _kept(candidates: list[Question], write: Callable[[str], str],
          gloss: GlossaryLike, slips: Misspellings) -> list[Question]:
    seen_ids: set[str] = set()
    seen_stems: set[tuple[str, frozenset[str]]] = set()
    out: list[Question] = []
    for found in candidates:
        question = _spelled(found, write, gloss)
        if question is not None:
            question = _english_spelled(question, slips, gloss)
        if question is None:
            continue
        stem = (question.prompt, frozenset(question.choices))
        if question.id in seen_ids or stem in seen_stems:
            continue
        seen_ids.add(question.id)
        seen_stems.add(stem)
        out.append(question)
    return out


def _one_fact_per_figure(questions: list[Question]) -> list[Question]:
    """Blanks with the same answer on lines about the same thing ('최대 15개의
    복제본' written in three places of the notes) ask one fact: they share a fact
    key, so a sample holds only one of them."""
    by_answer: dict[str, list[int]] = {}
    for i, q in enumerate(questions):
        if q.kind == "cloze":
            by_answer.setdefault(q.correct_choice, []).append(i)
    out = list(questions)
    for indices in by_answer.values():
        words = {i: telling(questions[i].prompt.rsplit("\n", 1)[-1]) for i in indices}
        for i in indices:
            kin = [j for j in indices if j != i and words[i] & words[j]]
            if kin:
                first = min([i, *kin])
                out[i] = replace(out[i], facts=(*out[i].facts, f"figure:{questions[first].id}"))
    return _one_figure_shown_once(out)


def _one_figure_shown_once(questions: list[Question]) -> list[Question]:
    """A blank's answer written in another question on the same thing ('___의 AZ에
    총 6개의 사본' beside a name question showing '3개의 AZ에 총 6개의 사본', or a
    blank of the same fact on another line): the one question answers the other,
    so a sample holds only one of the two (they share a fact key)."""
    stated = [_stated_figures(q) for q in questions]
    out = list(questions)
    for i, q in enumerate(questions):
        if q.kind != "cloze":
            continue
        answer = {(f.value, unit_key(f.unit)) for f in figures(q.correct_choice)}
        if not answer:
            continue
        words = telling(q.prompt.rsplit("\n", 1)[-1])
        for j, other in enumerate(questions):
            if j != i and stated[j] & answer and words & telling(_shown(other)) \
                    and set(q.facts).isdisjoint(other.facts):
                # A key of the pair: two questions that each show the figure
                # are no repeat of each other.
                key = f"figure-shown:{q.id}:{other.id}"
                out[i] = replace(out[i], facts=(*out[i].facts, key))
                out[j] = replace(out[j], facts=(*out[j].facts, key))
    return out


def _shown(question: Question) -> str:
    """What a question prints of the notes: a blank's choices are bare figures, which
    show every value alike; another kind's choices are facts or names."""
    if question.kind == "cloze":
        return question.prompt
    return "\n".join((question.prompt, *question.choices))


_BULLET = re.compile(r"^\s*[-*•]\s*")


def _stated_figures(question: Question) -> set[tuple[float, str]]:
    # Line by line, without the bullet: '- 3개의 AZ' is no range ending at 3개.
    return {(f.value, unit_key(f.unit)) for line in _shown(question).splitlines()
            for f in figures(_BULLET.sub("", line))}


def _deck_lines(deck: Deck) -> list[list[tuple[str, str, int]]]:
    """Each topic's lines with where they stand (file, line)."""
    return [[(f.text, f.source.file, f.source.line) for f in topic.all_facts()]
            for topic in deck.topics()]


def _deck_texts(deck: Deck) -> list[str]:
    return [text for topic in deck.topics()
            for text in (topic.title, *(f.text for f in topic.all_facts()))]


def _english_spelled(question: Question, slips: Misspellings,
                     glossary: GlossaryLike) -> Question | None:
    """The question with the words English spells otherwise, and the notes
    never write right, set right in what it shows ('Hightest' -> 'Highest');
    None when such a word has no single fix ('Multileve'). An author's card
    and practice question are the author's prose: only a practice question's
    choices are read. The lesson follows: its words are set right too."""
    if question.is_flashcard:
        return question
    if question.kind == AUTHOR:
        fixes = slips.fixes(question.choices)
    else:
        fixes = slips.fixes((*question.choices, question.prompt), (question.explanation,))
    if fixes is None:
        return None
    if not fixes:
        return question
    return _spelled(question, lambda text: spelled(text, fixes), glossary)


def _fixes_by_file(deck: Deck, glossary: GlossaryLike) -> dict[str, str]:
    """Slips found file by file: a word is set right only by the spelling its own
    file uses more ('string' in one note is no slip of 'storing' in another
    note of the folder)."""
    texts: dict[str, list[str]] = {}
    titles: dict[str, list[str]] = {}
    for topic in deck.topics():
        texts.setdefault(topic.source.file, []).extend(
            (topic.title, *(f.text for f in topic.all_facts())))
        titles.setdefault(topic.source.file, []).append(topic.title)
    fixes: dict[str, str] = {}
    for file, file_texts in texts.items():
        for slip, fix in spelling_fixes(file_texts, glossary, titles[file]).items():
            fixes.setdefault(slip, fix)
    return fixes


def _spelled(question: Question, write: Callable[[str], str],
             glossary: GlossaryLike) -> Question | None:
    """Choices and stem with the names spelled right (Oraganizations ->
    Organizations) and the deck's listed typos fixed; the lesson's labels follow
    the choices. The source passage keeps the notes' own text."""
    choices = tuple(write(canonical_parts(c, glossary) if len(c) <= 60 else c)
                    for c in question.choices)
    # An author's practice question is the author's prose, shown in the notes'
    # own words: a fix there could change what it asks ('charges' -> 'changes').
    prompt = question.prompt if question.kind == AUTHOR else write(question.prompt)
    if not question.is_flashcard and any(garbled(t) for t in (*choices, prompt)):
        return None  # 'CLl' that no list mends: a reader stumbles on it
    explanation = question.explanation
    for old, new in zip(question.choices, choices, strict=True):
        explanation = explanation.replace(f"- {old} — ", f"- {new} — ")
    # The lesson teaches each choice by its fact: a member reads it as it is
    # shown, so its words are set right too (the source passage is not).
    if question.kind == AUTHOR:
        # '- the answer' then the author's why: the answer as shown, the why as written.
        first, _, why = explanation.partition("\n")
        right = question.choices[question.answer]
        if first == f"- {right}":
            first = f"- {choices[question.answer]}"
        explanation = "\n".join(filter(None, (first, why)))
    else:
        explanation = write(explanation)
    if choices == question.choices and prompt == question.prompt \
            and explanation == question.explanation:
        return question
    fixed = replace(question, choices=choices, prompt=prompt,
                    context=question.context if question.kind == AUTHOR
                    else write(question.context), explanation=explanation)
    # A flashcard has no choices to check: the author's card is never dropped.
    return fixed if fixed.is_flashcard or passes(fixed) else None


def sample(bank: Sequence[Question], n: int, seed: int) -> tuple[Question, ...]:
    """`n` distinct questions (fewer if the bank is smaller, or holds only
    questions a picked one answers), the same for the same seed. No line of
    the notes is asked twice while the bank has questions on other lines: a
    member would meet one fact as a name, then as a blank (or a term, then its
    mirrored definition) and the second question is answered by the first.
    Nor, while the bank has others, a second question on the same concept or
    with the same four choices (RDS Proxy asked three times, one list's four
    features twice): the sample would ask one thing again."""
    if n <= 0 or not bank:
        return ()
    order = _spread(bank, random.Random(seed).sample(range(len(bank)), len(bank)))
    picked: list[int] = []
    chosen: set[int] = set()
    # First new lines, concepts and choices; then, when the bank runs out of
    # those, new lines only; only then does a line come back.
    for strict in (True, False):
        asked: set[str] = {f for i in picked for f in bank[i].facts}
        seen: set[str | frozenset[str]] = {m for i in picked for m in _marks(bank[i])}
        for i in order:
            if len(picked) < n and i not in chosen and asked.isdisjoint(bank[i].facts) \
                    and (not strict or seen.isdisjoint(_marks(bank[i]))):
                picked.append(i)
                chosen.add(i)
                asked.update(bank[i].facts)
                seen.update(_marks(bank[i]))
    # Last, lines come back, but never in a question a picked one answers: a
    # term's description shown as the answer of one and as the stem of its
    # mirror ('Which statement describes Direct Connect?' / '- Need predictable
    # hybrid bandwidth' → Direct Connect), a figure printed by a name question
    # and blanked by a cloze.
    for i in order:
        if len(picked) < n and i not in chosen \
                and not any(_answers(bank[i], bank[j]) for j in picked):
            picked.append(i)
            chosen.add(i)
    return tuple(bank[i] for i in picked)


def _spread(bank: Sequence[Question], order: Sequence[int]) -> list[int]:
    """The drawn order, dealt round the lists of the notes (a list: the file and
    the breadcrumb a question shows): each list's first question (in drawn
    order), then each list's second, and so on. A sample
    smaller than the bank then spreads over its lists instead of asking one
    small list several times (its names as the choices of each question, each
    answer a wrong choice of the next); the same seed deals the same order."""
    rank: dict[int, int] = {}
    dealt: Counter[tuple[str, str]] = Counter()
    for i in order:
        key = (bank[i].source.file, bank[i].context or bank[i].section)
        rank[i] = dealt[key]
        dealt[key] += 1
    place = {i: at for at, i in enumerate(order)}
    return sorted(order, key=lambda i: (rank[i], place[i]))


def _answers(one: Question, other: Question) -> bool:
    """Whether either of two questions on a shared line shows the other's answer,
    or the one names the concept the other blanks in that line (a clue shown
    with its name cut, '… 막을 수 있음', then blanked, '___을(를) 사용하면 …
    막을 수 있음': the first taught the second's answer)."""
    if set(one.facts).isdisjoint(other.facts):
        return False
    if {one.kind, other.kind} == {"name", "blank"} \
            and one.correct_choice == other.correct_choice:
        return True
    return any(_prints(shown.prompt, asked.correct_choice)
               for asked, shown in ((one, other), (other, one)))


def _prints(prompt: str, answer: str) -> bool:
    said = " ".join(answer.lower().split())
    return bool(said) and said in " ".join(prompt.lower().split())


def _marks(question: Question) -> set[str | frozenset[str]]:
    """What a sample asks once: the concept a question is about, and the set of
    choices it shows (a flashcard shows none)."""
    marks: set[str | frozenset[str]] = set()
    if question.concept:
        marks.add(question.concept)
    if question.choices:
        marks.add(frozenset(question.choices))
    return marks


def names_rivals(deck: Deck, glossary: GlossaryLike | None = None) -> bool:
    """Whether the notes write three things or more side by side (sibling topics or
    bullets, `term : definition` lines): the stuff of questions. Notes that have it
    and yield none lost every candidate to a precision check, which is another
    reason to tell their author than notes that have nothing to ask."""
    gloss = glossary if glossary is not None else NoGlossary()
    material = read_material(mended(reshaped(deck), gloss), gloss)
    return any(len(group) >= 3 for group in (*material.groups, *material.term_groups))
