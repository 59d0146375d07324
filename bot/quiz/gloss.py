"""Cross-language giveaways: a stem that translates or transliterates the answer
(데이터 레이크 -> *Lake*, 권한 -> *Permissions*, 일반적인 용도 -> *범용 SSD*,
'Change Set' -> 변경 사항 세트).

Both texts are read as *senses*: English words (CamelCase split, plural dropped)
and the English words a Korean term translates (terms.py). A sense of the answer
that the stem shows, in either language or as a transliteration, gives the
answer away, unless every other choice has it too (then it points at none).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache

from bot.quiz.cjk_acronyms import written_whole
from bot.quiz.closing_particles import ClosingParticles
from bot.quiz.count_names import count_alone
from bot.quiz.glued_words import glued_words
from bot.quiz.opposites import negated_words, opposites
from bot.quiz.roots import parts_spelled_alone
from bot.quiz.sino import spelled_alone, without_finals
from bot.quiz.terms import expansions, initial_words, term_list
from bot.quiz.text import CAMEL_PART, pairs
from bot.quiz.translit import Loanwords, written_in_hangul, written_in_katakana
from bot.quiz.word_family import dictionary_form, family, same_family
from bot.quiz.word_senses import plain_senses

_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
# Words that name no particular thing: sharing them gives nothing away.
_EMPTY = frozenset({"aws", "amazon", "the", "of", "for", "and", "or", "to", "in", "on", "with",
                    "by", "an", "is", "as", "at", "be", "it", "its", "from", "service",
                    "services", "vs"})


# Words an acronym's name ends on that say no kind of thing: 'Identity and
# Access Management', 'Central Processing Unit'.
_EMPTY_HEADS = frozenset({"system", "unit", "management", "manager", "service", "services"})

# (Nor words whose closing 's' is their own: 'alias' is no plural of 'alia'.)
_INVARIANT = frozenset({"series", "species", "status", "analysis", "access", "process",
                        "alias", "bias", "canvas", "atlas", "chaos", "pancreas"})


@lru_cache(maxsize=1 << 14)
def lemma(word: str) -> str:
    """The word lowercased, in the singular ('Subnets' -> 'subnet')."""
    return _lemma(word)


def _lemma(word: str) -> str:
    word = word.lower()
    if word in _INVARIANT:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def _flat(text: str) -> str:
    # (str.split breaks at what a regex's \s matches, three times as fast.)
    return "".join(text.lower().split())


_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


@lru_cache(maxsize=1 << 14)
def english_words(text: str) -> frozenset[str]:
    """English words of a text, CamelCase split ('EventBridge' -> event, bridge)."""
    out: set[str] = set()
    for token in _TOKEN.findall(text):
        out.add(_lemma(token))
        parts = _WORD.findall(token)
        if len(parts) > 1:
            out.update(_lemma(p) for p in parts)
    return frozenset(w for w in out if len(w) >= 2 and w not in _EMPTY)


@lru_cache(maxsize=1 << 14)
def spoken_words(text: str) -> frozenset[str]:
    """English words that Korean would write as they sound: no acronyms (NACL, EBS
    are read letter by letter)."""
    tokens = _TOKEN.findall(text)
    closed = _closed_up(tuple(tokens))
    return english_words(" ".join(t for t in tokens
                                  if not (t.isupper() and len(t) <= 6)
                                  and t.lower() not in closed))


def _closed_up(tokens: tuple[str, ...]) -> frozenset[str]:
    """Runs of two or three words the text also writes closed up ('nat gw' and
    'natgw' among a name's spellings): the closed form is those words again,
    no word of its own to be heard ('natgw' is no '네트워크')."""
    lowered = [t.lower() for t in tokens]
    return frozenset("".join(lowered[i:i + n]) for n in (2, 3)
                     for i in range(len(lowered) - n + 1))


_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_CASE = "으로|에서|에게|까지|부터|하는|하여|해서|된|한|을|를|은|는|이|가|의|에|로|와|과|도"
# A particle closing a word, after the plural 들 or not ('큐들이', '큐들'), or a
# word of each and of only ('큐마다', '큐만'): the word before it is read alone.
_PARTICLE = ClosingParticles(("들", *(f"들{case}" for case in _CASE.split("|")),
                              *_CASE.split("|"), "마다", "만"))


_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _spaced(text: str) -> str:
    return " " + _NOT_WORD.sub(" ", text.lower()).strip() + " "


@dataclass(frozen=True, slots=True)
class _Index:
    """The term lists, indexed for reading a text in one pass."""

    # Korean word (one word, 2+ syllables) -> English entries it translates.
    words: dict[str, tuple[str, ...]]
    # One-syllable Korean words (키, 큐, 값): matched as whole words only, since
    # inside longer words they are another word's syllable (키트, 스키마).
    short: dict[str, tuple[str, ...]]
    # Korean phrases of several words, flattened: (flat phrase, words, English).
    phrases: tuple[tuple[str, int, str], ...]
    # English phrases by their first word: (spaced phrase, English entry).
    english: dict[str, tuple[tuple[str, str], ...]]
    longest: int
    # Korean phrases of four syllables or more, by their skeleton (see _skeleton):
    # (skeleton, flat phrase, words, English).
    slips: tuple[tuple[str, str, int, str], ...] = ()
    # Positions in `phrases` and in `slips` by the skeleton of their first two
    # characters: a text is read against the few phrases that may start in it,
    # not all of them (that was a fifth of the bank build). (By the skeleton for
    # both: the text's pairs are gathered once, from its skeleton, for both; a
    # phrase that only may start in it is looked up whole anyway.)
    phrase_heads: dict[str, tuple[int, ...]] = field(default_factory=dict)
    slip_heads: dict[str, tuple[int, ...]] = field(default_factory=dict)


@cache
def _index(spelling: bool = False) -> _Index:
    """The term lists (`spelling`: those read to spell an acronym out, see
    `terms.term_list`)."""
    words: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}
    phrases: list[tuple[str, int, str]] = []
    english: dict[str, list[tuple[str, str]]] = {}
    for entry, korean in term_list(spelling).items():
        spaced = _spaced(entry)
        if len(spaced.split()) > 1:
            english.setdefault(spaced.split()[0], []).append((spaced, entry))
        for k in korean:
            flat, count = _flat(k), len(k.split())
            if count > 1:
                phrases.append((flat, count, entry))
            elif len(flat) == 1:
                short.setdefault(flat, []).append(entry)
            elif flat:
                words.setdefault(flat, []).append(entry)
    slips = tuple((_skeleton(flat), flat, count, entry) for flat, count, entry in phrases
                  if len(_HANGUL_SYLLABLE.findall(flat)) >= SLIP_MIN)
    return _Index(words={k: tuple(v) for k, v in words.items()},
                  short={k: tuple(v) for k, v in short.items()}, phrases=tuple(phrases),
                  english={k: tuple(v) for k, v in english.items()},
                  longest=max((len(k) for k in words), default=2), slips=slips,
                  phrase_heads=_heads([_skeleton(flat) for flat, _, _ in phrases]),
                  slip_heads=_heads([shape for shape, _, _, _ in slips]))


def _heads(phrases: list[str]) -> dict[str, tuple[int, ...]]:
    """Positions of the phrases by their first two characters (a phrase shorter
    than that under '', read against every text)."""
    heads: dict[str, list[int]] = {}
    for at, phrase in enumerate(phrases):
        heads.setdefault(phrase[:2] if len(phrase) >= 2 else "", []).append(at)
    return {head: tuple(at) for head, at in heads.items()}


def _starting_in(text_pairs: set[str], heads: dict[str, tuple[int, ...]]) -> list[int]:
    """Positions (in order) of the phrases that may occur in a text of those
    pairs of characters: those whose first two characters the text holds."""
    # (Only the text's pairs that head a phrase are looked up: most head none.)
    held = heads.keys() & text_pairs
    found = {at for pair in held for at in heads[pair]}
    found.update(heads.get("", ()))
    return sorted(found)


_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
# A phrase this long with one syllable mistyped is still read as the phrase.
SLIP_MIN = 4


def _skeleton(text: str) -> str:
    """Each Hangul syllable without its final consonant (다양한 -> 다야하): notes
    slip on final consonants most ('다약한 작업' for 다양한 작업), and a reader
    still reads the phrase meant."""
    return without_finals(text)


def _slipped(phrase: str, flat: str, skeleton: str, shape: str) -> bool:
    """Whether `flat` holds `phrase` with at most one syllable's final consonant
    wrong (`shape` is the phrase's skeleton, `skeleton` the text's)."""
    at = skeleton.find(shape)
    while at >= 0:
        if sum(a != b for a, b in zip(phrase, flat[at:at + len(phrase)], strict=True)) <= 1:
            return True
        at = skeleton.find(shape, at + 1)
    return False


@lru_cache(maxsize=1 << 14)
def _said(text: str, spelling: bool = False) -> dict[str, int]:
    """The term lists' English entries that the text says, in either language,
    with how many words the text used for each. A Korean word counts at the
    start or the end of a word of the text (기록될, 웹서버, 가용영역에), never in
    its middle: 이전 is no word of 에이전트. (`spelling`: by the words read to
    spell an acronym out only.)"""
    index = _index(spelling)
    out: dict[str, int] = {}
    spaced = _spaced(text)
    for word in set(spaced.split()):
        for phrase, entry in index.english.get(word, ()):
            if phrase in spaced:
                out[entry] = len(entry.split())
    flat = _flat(text)
    skeleton = _skeleton(flat)
    skeleton_pairs = set(pairs(skeleton))
    for at in _starting_in(skeleton_pairs, index.phrase_heads):
        phrase, count, entry = index.phrases[at]
        if phrase in flat:
            out[entry] = max(out.get(entry, 0), count)
    for at in _starting_in(skeleton_pairs, index.slip_heads):
        shape, phrase, count, entry = index.slips[at]
        if entry not in out and shape in skeleton and _slipped(phrase, flat, skeleton, shape):
            out[entry] = count
    for run in _HANGUL_RUN.findall(text):
        for entry in _word_entries(run, spelling):
            out.setdefault(entry, 1)
    return out


@lru_cache(maxsize=1 << 14)
def _word_entries(run: str, spelling: bool = False) -> tuple[str, ...]:
    """The English entries one Hangul word says, by its start or its end (see
    `_said`). (Remembered: the notes write the same words in many lines.)"""
    index = _index(spelling)
    bare = _PARTICLE.without(run)
    found = [run[:i] for i in range(2, min(len(run), index.longest) + 1)]
    found += [bare[-i:] for i in range(2, min(len(bare), index.longest) + 1)]
    out = [entry for piece in found for entry in index.words.get(piece, ())]
    pieces = {run, bare} if bare == run or not _known_word(run) else {run}
    out += [entry for piece in pieces for entry in index.short.get(piece, ())]
    return tuple(out)


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every Korean word the term lists spell, alone or in a phrase, and those read
    to spell acronyms out."""
    index = _index()
    out = set(index.words) | set(index.short)
    out |= {w for names in term_list().values() for name in names for w in name.split()}
    out |= {w for korean in initial_words() for w in korean.split()}
    return frozenset(out)


def _known_word(run: str) -> bool:
    """Whether the Hangul word is itself a word of the term lists: then its last
    syllable is its own, no particle. 빈도 (frequency) is no 빈 (empty) + 도, and
    must not read as 'empty' because 빈 is a one-syllable word."""
    return run in _known_words()


@lru_cache(maxsize=1 << 14)
def _translated(text: str) -> frozenset[str]:
    """The entries the text says by the words read to spell an acronym out."""
    return frozenset(_said(text, spelling=True))


_ENTRY_WORD = re.compile(r"[a-z]{2,}")


def _prefix(words: list[str], of: list[str]) -> bool:
    return 0 < len(words) < len(of) and of[:len(words)] == words


@lru_cache(maxsize=1 << 14)
def senses(text: str) -> frozenset[str]:
    """English words of the text and those its Korean terms translate. A phrase
    counts word by word too (기계 학습 -> machine learning, machine, learning;
    시계열 -> time series, time, series), unless it was said in fewer words and
    a shorter reading fits (온디맨드 is 'on-demand', and says no 'instance')."""
    out = set(english_words(text))
    # ('the meaning of the code' says *semantic*, see word_senses.py.)
    out |= plain_senses(text)
    said = _said(text)
    words = {english: _ENTRY_WORD.findall(english) for english in said}
    for english, count in said.items():
        out.add(english)
        parts = words[english]
        # 온디맨드 says 'on-demand' as well: its longer reading adds no words.
        if count >= len(parts) or not any(o != english and _prefix(words[o], parts)
                                          for o in said):
            out.update(_lemma(w) for w in parts)
    # 'Synchronous: ✗', '동기가 아닌' say *asynchronous* (see opposites.py).
    for word in negated_words(text):
        for sense in senses(word):
            out |= opposites().get(sense, frozenset())
    return frozenset(out - _EMPTY)


# The notes' own spelled-out acronyms ('EFS' titled over 'Elastic File System',
# 'TCL (Transaction Control Language)') and the deck glossary's aliases: set
# while one deck's questions are built (see `reading_acronyms`).
_Expand = Callable[[str], tuple[str, ...]]
_NOTES_EXPANSIONS: ContextVar[_Expand | None] = ContextVar(
    "notes_expansions", default=None)
# The notes' own English words, read back from Hangul (프레젠터 -> presenter) to
# see an acronym spelled out by loanwords: '모델과 뷰는 프레젠터와' is MVP.
_NOTES_LOANWORDS: ContextVar[Loanwords | None] = ContextVar("notes_loanwords", default=None)


@contextmanager
def reading_acronyms(expand: Callable[[str], tuple[str, ...]],
                     loanwords: Loanwords | None = None) -> Iterator[None]:
    """Within the block, an acronym also reads as what `expand` spells it out to
    (the deck's notes and glossary), besides the shipped term lists, and a Hangul
    word as the `loanwords` (the notes' English words) it writes."""
    token = _NOTES_EXPANSIONS.set(expand)
    words = _NOTES_LOANWORDS.set(loanwords)
    try:
        yield
    finally:
        _NOTES_LOANWORDS.reset(words)
        _NOTES_EXPANSIONS.reset(token)


def _spelled_out(short: str, expand: _Expand | None) -> tuple[str, ...]:
    """What an acronym abbreviates, by the term lists and `expand` (the notes
    being read, see `reading_acronyms`)."""
    found = list(expansions().get(short.lower(), ()))
    if expand is not None:
        found += [p for p in expand(short) if p not in found]
    return tuple(found)


def spelled_out(short: str) -> tuple[str, ...]:
    """What an acronym abbreviates, by the term lists and the notes being read."""
    return _spelled_out(short, _NOTES_EXPANSIONS.get())


@lru_cache(maxsize=1 << 14)
def listed_expansions(text: str) -> tuple[str, ...]:
    """What each acronym of a text abbreviates by the shipped term lists alone
    ('SJF' -> 'shortest job first'): the same whichever notes are read, so a
    check made on it gives the same verdict again after the build."""
    return tuple(phrase for short in dict.fromkeys(_acronyms(text))
                 for phrase in _spelled_out(short, None))


def _answer_senses(answer: str) -> frozenset[str]:
    """The answer's senses, with its acronyms read spelled out (DNS -> domain
    name system) where the term lists or the notes know them."""
    return _answer_senses_by(answer, _NOTES_EXPANSIONS.get())


# (Remembered per deck reader: a build asks for the same few hundred texts
# thousands of times, as answers, stems and other choices.)
@lru_cache(maxsize=1 << 14)
def _answer_senses_by(answer: str, expand: _Expand | None) -> frozenset[str]:
    out = set(senses(answer))
    # A command glued from clipped words says them: 'groupdel' is 'delete'
    # and 'group', 'docker info' 'information' (see glued_words).
    out |= glued_words(answer)
    for short in _acronyms(answer):
        for phrase in _spelled_out(short, expand):
            out |= senses(phrase)
    return frozenset(out - _EMPTY)


# A sentence sharing one word with an acronym's expansion is common ('access'
# for IAM); two of its words, or a phrase of it, say the name (EFS -> '파일 시스템').
_EXPANSION_WORDS = 2


def _expansion_shown(sentence: str, stem: str, expand: _Expand | None) -> frozenset[str]:
    """Senses of an acronym the stem names, spelled out, that a sentence shows
    as two of its words or one of its phrases: the stem 'EFS에만 해당…' and the
    option '네트워크 파일 시스템으로…'."""
    said = senses(sentence)
    found: set[str] = set()
    for short in _acronyms(stem):
        for phrase in _spelled_out(short, expand):
            shared = (senses(phrase) - _EMPTY) & said
            words = {w for w in shared if " " not in w}
            if len(words) >= _EXPANSION_WORDS or any(" " in w for w in shared):
                found |= shared
    return frozenset(found)


@lru_cache(maxsize=1)
def _flat_initial_words() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    # The list flattened once: read for every word of every stem, it was a third
    # of the bank build. By first letter (in the list's order): a text is read
    # against the entries that may start it only.
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for korean, english in initial_words().items():
        flat = _flat(korean)
        out.setdefault(flat[:1], []).append((flat, english))
    return {first: tuple(entries) for first, entries in out.items()}


@lru_cache(maxsize=1 << 14)
def _initial_words(text: str) -> tuple[str, ...]:
    """English words of the initials-only list that the text (a word or two) says:
    the list's Korean at the start of the text ('사용하지' says 'used')."""
    flat = _flat(text)
    # (Each entry is Korean, so has a first letter.)
    return tuple(e for korean, english in _flat_initial_words().get(flat[:1], ())
                 if flat.startswith(korean) for e in english)


# (Katakana too: loanwords in Japanese, プレゼンター.)
_STEM_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*|[\uac00-\ud7a3]+|[\u30a1-\u30fa\u30fc]+")


def _initials(stem: str) -> tuple[frozenset[str], ...]:
    return tuple(letters for letters, _ in _initials_by(stem, _NOTES_LOANWORDS.get()))


def word_initials(text: str) -> tuple[frozenset[str], ...]:
    """For each word of the text, the letters an English name would start with
    there (see `_initials_by`): 'Resonance' r, 단일 s (single)."""
    return _initials(text)


def _korean_initials(stem: str) -> tuple[frozenset[str], ...]:
    """`_initials`, with no letters for the words written in Latin letters."""
    return tuple(letters if korean else frozenset()
                 for letters, korean in _initials_by(stem, _NOTES_LOANWORDS.get()))


@lru_cache(maxsize=1 << 12)
def _initials_by(stem: str, loans: Loanwords | None) -> tuple[tuple[frozenset[str], bool], ...]:
    """For each word of the stem, the letters an English name would start with
    there: its own first letter, or those of the words it translates, alone or
    with the word before it (가장 적은 -> least), or of the notes' English words
    it writes in Hangul (프레젠터 -> presenter). A Hangul word made of two such
    words counts as two (뷰모델 -> view, model). (Remembered: a stem is read for
    each acronym of each choice.)"""
    out: list[tuple[frozenset[str], bool]] = []
    tokens = _STEM_WORD.findall(stem)
    for at, token in enumerate(tokens):
        if token[0].isascii():
            # (A CamelCase name is its words: ViewModel -> view, model.)
            camel = _WORD.findall(token) if not token.isupper() else []
            out.extend((frozenset({p[0].lower()}), False)
                       for p in (camel if len(camel) > 1 else [token]))
            continue
        before = tokens[at - 1] if at and not tokens[at - 1][0].isascii() else ""
        out.extend(_hangul_initials(token, before, loans))
    return tuple(out)


# (Remembered per deck reader: the notes write the same words in many stems.)
@lru_cache(maxsize=1 << 14)
def _hangul_initials(token: str, before: str,
                     loans: Loanwords | None) -> tuple[tuple[frozenset[str], bool], ...]:
    """`_initials_by` for one Hangul word of a stem, after the Hangul word
    `before` ('' when none)."""
    own = _word_initials(token, loans)
    if not before:
        return own
    pair = f"{before} {token}"
    said = set(_initial_words(pair)) - set(_initial_words(before))
    said |= {e for e in _translated(pair) if " " not in e} - _translated(before)
    letters = frozenset(e[0] for e in said if e[:1].isalpha())
    if not letters:
        return own
    return ((own[0][0] | letters, True), *own[1:])


# (Remembered per deck reader: most words stand after several others, and
# what the word says alone is read once.)
@lru_cache(maxsize=1 << 14)
def _word_initials(token: str,
                   loans: Loanwords | None) -> tuple[tuple[frozenset[str], bool], ...]:
    """`_hangul_initials` of the word read alone, after no other word."""
    said = set(_translated(token)) | set(_initial_words(token))
    bare = _PARTICLE.without(token) or token
    if loans is not None:
        # (At the start of the word too, before two endings: 모델과의.)
        for end in range(2, len(token) + 1):
            said.update(loans.written(token[:end]))
        said.update(loans.written(bare))
    letters = frozenset(e[0] for e in said if e[:1].isalpha())
    parts = _two_words(bare, loans)
    if parts:
        return ((letters | parts[0], True), (parts[1], True))
    return ((letters, True),)


def _word_letters(piece: str, loans: Loanwords | None) -> frozenset[str]:
    """First letters of the English words one whole Hangul word is: a word of the
    term lists (one syllable too: 뷰, 키) or a loanword of the notes."""
    index = _index(spelling=True)
    found = [*index.words.get(piece, ()), *index.short.get(piece, ())]
    if loans is not None:
        found += loans.written(piece)
    return frozenset(e[0] for e in found if e[:1].isalpha())


def _two_words(word: str, loans: Loanwords | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """A Hangul word written as two words run together (뷰모델 = view model,
    데이터베이스 = data base): the first letters of each, or None."""
    for cut in range(1, len(word)):
        # (The rest is read only after a head that is a word: few are.)
        head = _word_letters(word[:cut], loans)
        if not head:
            continue
        tail = _word_letters(word[cut:], loans)
        if tail:
            return head, tail
    return None


def spells_acronym(acronym: str, stem: str, width: int = 0) -> bool:
    """Whether a few consecutive words of the stem, read in English, start with
    the acronym's letters, in any order: Korean puts the words in another order
    (서비스 제어 정책 -> SCP, 이름 서버 -> NS, 사용 빈도가 가장 적은 -> LFU). One
    word in between may be skipped for three letters or more (`width`: how many
    consecutive words, if not so)."""
    return _spells_acronym_by(acronym, stem, width, _NOTES_LOANWORDS.get())


# (Remembered per deck reader: the same acronym is tried on the same stem for
# each question that offers it.)
@lru_cache(maxsize=1 << 14)
def _spells_acronym_by(acronym: str, stem: str, width: int, loans: Loanwords | None) -> bool:
    letters = [c for c in acronym.lower() if c.isalpha()]
    if len(letters) < 2:
        return False
    words = tuple(letters for letters, _ in _initials_by(stem, loans))
    width = width or len(letters) + (1 if len(letters) >= 3 else 0)
    for start in range(len(words)):
        window = words[start:start + width]
        if len(window) >= len(letters) and _covers(letters, window):
            return True
    return False


def spells_out_term(term: str, text: str) -> bool:
    """Whether `text` spells out the asked term when the term is itself one
    acronym: two words of what the notes or the term lists expand it to ('NS
    (Name Server)'), or consecutive words starting with its letters ('호스팅
    영역의 이름 서버' for NS). Only the term's own acronym is read, never one of
    the breadcrumb ('DNS' over every record type would say name and domain)."""
    short = term.strip().strip("`*")
    if not _ACRONYM.fullmatch(short):
        return False
    short = short.replace("/", "")
    said = senses(text)
    for phrase in _spelled_out(short, _NOTES_EXPANSIONS.get()):
        # A long name the notes write in Chinese or Japanese ('CPU（中央处理器）'),
        # written whole in the text (see cjk_acronyms).
        if written_whole(phrase, text):
            return True
        shared = (senses(phrase) - _EMPTY) & said
        if len({w for w in shared if " " not in w}) >= _EXPANSION_WORDS \
                or any(" " in w for w in shared):
            return True
        # Or the word its name ends on, the kind of thing it is: RAM is a
        # memory, and '… 휘발성 메모리' says which choice is the RAM.
        head = _lemma(phrase.split()[-1].lower())
        if head in shared and head not in _EMPTY_HEADS:
            return True
    return spells_acronym(short, text)


# Words of an acronym's long name that say no kind of thing of its own: the
# vendor's, and the adjectives a product line puts before every name ('Simple
# Queue Service', 'Elastic Block Store'). Block and Queue say which it is.
GENERIC_EXPANSION_WORDS = _EMPTY | _EMPTY_HEADS | frozenset({
    "simple", "elastic", "cloud", "managed", "web", "general", "generic", "basic",
    "standard", "advanced", "extended", "enhanced", "virtual", "global", "open"})


def expansion_word_alone(term: str, answer: str, others: Sequence[str]) -> bool:
    """Whether the right description says a word of what the asked name's
    acronym stands for that no wrong description says: 'Amazon EBS' (Elastic
    Block Store) asked, and only the right line speaks of block storage. The
    acronym's own expansion by the term lists or the notes ('Amazon SQS (Simple
    Queue Service)'); the vendor's acronym ('AWS …') names no particular thing."""
    expand = _NOTES_EXPANSIONS.get()
    for short in dict.fromkeys(_acronyms(term)):
        if short.lower() in _EMPTY:
            continue
        for phrase in _spelled_out(short, expand):
            words = {w for w in senses(phrase)
                     if " " not in w and len(w) >= 3 and w not in GENERIC_EXPANSION_WORDS}
            if any(_has_by(answer, w, expand)
                   and not any(_has_by(o, w, expand) for o in others) for w in words):
                return True
    return False


# Acronyms this short inside a longer one are too often chance ('IP' in 'VIP').
_CONTAINED_MIN = 3


def expansion_spelled_alone(answer: str, stem: str, others: Sequence[str]) -> bool:
    """Whether the stem spells out every word of what an acronym in the
    answer's name stands for, the acronym itself or one inside it (HTTP in
    HTTPS), and no other choice holds that acronym: 'an extension of the
    Hypertext Transfer Protocol' over *HTTPS* among DHCP and WebSockets, or
    '하이퍼텍스트 전송 프로토콜' where the notes spell HTTP out. By the term lists
    and the notes being read (`reading_acronyms`). A name's only: a sentence
    says too many words."""
    if len(answer.split()) > 4:
        return False
    return _spelled_alone(answer, stem, others, skip_held=True)


def expansion_said_alone(name: str, answer: str, others: Sequence[str]) -> bool:
    """The other way round: the right statement spells out every word of what
    an acronym in the asked name stands for, the acronym or one inside it, and
    no wrong statement does ('HTTPS' asked, and only the right line says
    'Hypertext Transfer Protocol')."""
    return _spelled_alone(name, answer, others, skip_held=False)


def _spelled_alone(name: str, text: str, others: Sequence[str], *, skip_held: bool) -> bool:
    """`text` spells out what an acronym in `name` (or inside one) stands for,
    and no text of `others` does (nor, with `skip_held`, holds the acronym)."""
    expand = _NOTES_EXPANSIONS.get()
    for word in dict.fromkeys(_acronyms(name)):
        for short in _inner_acronyms(word):
            if skip_held and any(short in _acronyms_inside(o) for o in others):
                continue
            for phrase in _spelled_out(short, expand):
                words = _whole_words(phrase)
                if len(words) >= _EXPANSION_WORDS \
                        and all(_has_by(text, w, expand) for w in words) \
                        and not any(all(_has_by(o, w, expand) for w in words) for o in others):
                    return True
    return False


def _whole_words(phrase: str) -> frozenset[str]:
    """The long name's words, each whole: 'HyperText' is read as hypertext,
    not also as its parts hyper and text."""
    words = {w for w in senses(phrase) if " " not in w and w not in _EMPTY}
    return frozenset(w for w in words if not any(w != o and w in o for o in words))


def _inner_acronyms(word: str) -> tuple[str, ...]:
    """The acronym and the runs of three letters or more inside it, longest
    first: HTTPS, HTTP, TTPS, HTT, … (only those the lists or notes spell out
    count)."""
    return tuple(dict.fromkeys(
        word[i:i + n] for n in range(len(word), _CONTAINED_MIN - 1, -1)
        for i in range(len(word) - n + 1)))


# Any run of capitals, whatever follows it: 'HTTP/2' and 'HTTPie' hold HTTP too.
_CAPS_RUN = re.compile(r"[A-Z][A-Z0-9]+")


def _acronyms_inside(text: str) -> frozenset[str]:
    return frozenset(inner for word in _CAPS_RUN.findall(text) for inner in _inner_acronyms(word))


def _covers(letters: list[str], words: Sequence[frozenset[str]]) -> bool:
    """Each letter from a word of its own (a small matching, by backtracking)."""
    def place(i: int, used: frozenset[int]) -> bool:
        if i == len(letters):
            return True
        return any(j not in used and letters[i] in w and place(i + 1, used | {j})
                   for j, w in enumerate(words))
    return place(0, frozenset())


# (An acronym in the plural is the acronym: 'Create ENIs' writes ENI.)
_ACRONYM = re.compile(
    r"(?<![A-Za-z0-9/])(?:[A-Z]/[A-Z]|[A-Z][A-Z0-9]{1,6})(?=s?(?![A-Za-z0-9/]))")


@lru_cache(maxsize=1 << 14)
def _acronyms(text: str) -> tuple[str, ...]:
    return tuple(t.replace("/", "") for t in _ACRONYM.findall(text))


# An acronym this long inside a camel-case name is the name's own part ('HSM' of
# CloudHSM); a shorter one is too often a common word's ('DB' of DynamoDB,
# which any line about a database spells).
_CAMEL_ACRONYM_MIN = 3


@lru_cache(maxsize=1 << 14)
def _camel_acronyms(text: str) -> tuple[str, ...]:
    """Acronyms written as a part of a camel-case word ('HSM' of CloudHSM,
    'SQL' of PostgreSQL), which `_acronyms` (whole words only) does not see:
    the reader reads the capitals apart from the word they close or open."""
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if token.isupper():
            continue
        parts = CAMEL_PART.findall(token)
        if len(parts) < 2:
            continue
        out += [p for p in parts if p.isalpha() and p.isupper()
                and len(p) >= _CAMEL_ACRONYM_MIN and p.lower() not in _EMPTY]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1 << 14)
def _one_word_senses(stem: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stem's senses of one word, and their openings of five letters or more
    short of the whole word (an answer word is looked up in them: its own
    openings are few)."""
    words = frozenset(sense for sense in senses(stem) if " " not in sense)
    return words, frozenset(word[:k] for word in words for k in range(5, len(word)))


def _compound(answer: str, stem: str) -> frozenset[str]:
    """Senses the stem shows inside one word of the answer: 'time' (시계열) in
    Timestream, 'IO' (I/O) in IOPS."""
    found: set[str] = set()
    # (Senses of one word only: a phrase is inside no word of the answer.)
    stem_words, openings = _one_word_senses(stem)
    for low in _lowered_tokens(answer):
        # A stem word of four letters or more opening or closing it.
        found.update(low[:k] for k in range(4, len(low)) if low[:k] in stem_words)
        found.update(low[-k:] for k in range(4, len(low)) if low[-k:] in stem_words)
        # The stem's longer word of the same root: 'transitive' for Transit.
        if len(low) >= 5 and low not in _EMPTY and low in openings:
            found.add(low)
    found |= _part_inside(answer, stem) | _acronym_in_camel(answer, stem)
    # An acronym word of one side inside a capital word of the other, either
    # way round: 'MQ' asked, 'MQTT/AMQP' answering.
    found |= _caps_inside_caps(stem, answer) | _caps_inside_caps(answer, stem)
    # One acronym opening the other, either way round (I/O and IOPS).
    for short in _acronyms(stem):
        for word in _acronyms(answer):
            if min(len(short), len(word)) >= 2 and short != word \
                    and (word.startswith(short) or short.startswith(word)):
                found.add(min(short, word, key=len).lower())
    # An acronym and a word that opens with its letters, either way round:
    # 'SYN' asked, 'Synchronizes …' answering; 'ACK' against 'Acknowledges'.
    found |= _opened_by_acronym(stem, answer) | _opened_by_acronym(answer, stem)
    return frozenset(found)


# (The readings of one text below are remembered: a build reads each answer
# under two or three stems, and each stem over three or four answers, some
# 1 500 pairs.)
@lru_cache(maxsize=1 << 14)
def _lowered_tokens(text: str) -> tuple[str, ...]:
    """The text's words of letters and digits, lower-cased, each once."""
    return tuple({word.lower() for word in _TOKEN.findall(text)})


_LETTERS = re.compile(r"[A-Za-z]+")
_COMPOUND = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
# A part of a compound name long enough to be a word of its own.
_MIN_PART = 4


def _part_inside(answer: str, stem: str) -> set[str]:
    """Parts of a compound name (CamelCase or hyphenated: 'Cache' of
    ElastiCache, 'Tiering' of Intelligent-Tiering) that a longer word of the
    stem holds ('Memcached'), or a stem word opening or closing one: the reader
    matches the part, whatever the word around it."""
    parts, wholes = _compound_parts(answer)
    if not parts:
        return set()
    found: set[str] = set()
    for word in _long_words(stem):
        if any(word.startswith(whole) for whole in wholes):
            continue
        for part in parts:
            if part != word and (part in word or part.startswith(word) or part.endswith(word)):
                found.add(part)
    return found


@lru_cache(maxsize=1 << 14)
def _compound_parts(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The parts of the compound words of a name, long enough to be words of
    their own, and the compounds written whole (see `_part_inside`)."""
    parts: set[str] = set()
    wholes: set[str] = set()  # (the compound itself, written whole, is read elsewhere)
    for token in _COMPOUND.findall(name):
        if any(ch.isdigit() for ch in token) or ("-" not in token and token.islower()):
            continue  # ('amazons3…', a name run together by the reader, has no parts)
        pieces = [p.lower() for p in _WORD.findall(token)]
        if len(pieces) >= 2:
            parts.update(p for p in pieces if len(p) >= _MIN_PART and p not in _EMPTY)
            wholes.add("".join(pieces))
    return tuple(parts), tuple(wholes)


@lru_cache(maxsize=1 << 14)
def _long_words(text: str) -> tuple[str, ...]:
    """The words of letters of a text long enough to hold a part, lower-cased,
    each once."""
    return tuple({w.lower() for w in _LETTERS.findall(text) if len(w) >= _MIN_PART})


# An acronym word of a name ('MQ' of 'Amazon MQ', 'DB', 'FS'): capitals and
# digits, a whole word of its own.
_CAPS_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]*[A-Z](?![A-Za-z0-9])")
def _acronym_in_camel(answer: str, stem: str) -> set[str]:
    """Acronym words of the answer ('MQ' of Amazon MQ) that a camel-case word of
    the stem holds as a part of its own ('RabbitMQ' is Rabbit|MQ, 'MySQL'
    My|SQL): the reader matches the letters. Only at a part's exact bounds:
    'SQSFIFO', all capitals, has no parts, nor 'Mq' a capital run."""
    caps = _acronym_words(answer)
    if not caps:
        return set()
    found: set[str] = set()
    for token in _camel_words(stem):
        found |= _camel_parts_among(token, caps)
    return found


@lru_cache(maxsize=1 << 14)
def _camel_words(text: str) -> tuple[str, ...]:
    """The words of a text in mixed case ('RabbitMQ', 'MySQL')."""
    return tuple(token for token in _TOKEN.findall(text)
                 if not (token.isupper() or token.islower()))


@lru_cache(maxsize=1 << 14)
def _acronym_words(name: str) -> frozenset[str]:
    """The acronym words of a name ('MQ' of 'Amazon MQ'), the vendor's left out."""
    return frozenset({word for word in _CAPS_WORD.findall(name) if word.lower() not in _EMPTY})


def _camel_parts_among(token: str, caps: frozenset[str]) -> set[str]:
    """The parts of a camel-case word that are among `caps` ('MQ' of RabbitMQ),
    lower-cased; a word of one part has none."""
    parts = CAMEL_PART.findall(token)
    return {part.lower() for part in parts if part in caps} if len(parts) >= 2 else set()


# A word of letters and digits, whatever stands around it ('MQTT/AMQP' is two).
_ALNUM = re.compile(r"[A-Za-z0-9]+")


def _caps_inside_caps(short_side: str, long_side: str) -> set[str]:
    """Acronym words of `short_side` ('MQ' of Amazon MQ) held inside a longer
    all-capitals word of `long_side` ('MQTT', 'AMQP') or as a camel-case part
    of one of its words: the reader matches the letters wherever they sit. A
    word the slash or a hyphen joins to another is a word of its own here."""
    caps = _acronym_words(short_side)
    if not caps:
        return set()
    found: set[str] = set()
    for token in _capital_words(long_side):
        if token.isupper():
            found.update(word.lower() for word in caps if word in token and word != token)
        else:
            found |= _camel_parts_among(token, caps)
    return found


@lru_cache(maxsize=1 << 14)
def _capital_words(text: str) -> tuple[str, ...]:
    """The words of letters and digits of a text with a capital, the vendor's
    left out (see `_caps_inside_caps`)."""
    return tuple(token for token in _ALNUM.findall(text)
                 if not (token.lower() in _EMPTY or token.islower()))


def shown_part_alone(answer: str, stem: str, others: Iterable[str]) -> frozenset[str]:
    """Parts of the answer the stem shows that no other choice has: a part of
    its compound name inside a longer stem word ('Memcached' for ElastiCache),
    its acronym word as a camel-case part of one ('RabbitMQ' for Amazon MQ) or
    as a word of its own ('MQ')."""
    found = _part_inside(answer, stem) | _acronym_in_camel(answer, stem)
    stem_caps = set(_CAPS_WORD.findall(stem))
    found |= {word.lower() for word in _acronym_words(answer) if word in stem_caps}
    if not found:
        return frozenset()
    other_words = [[t.lower() for t in _TOKEN.findall(o)] for o in others]
    return frozenset(part for part in found
                     if not any(part in word for words in other_words for word in words))


def _opened_by_acronym(short_side: str, word_side: str) -> set[str]:
    shorts = [short for short in _acronyms(short_side) if len(short) >= 3 and short.isalpha()]
    if not shorts:
        return set()  # (most texts: no word of the other side need be read)
    words = _plain_words(word_side)
    # An acronym both sides name ('AWS 계정' and 'AWS SSO', or its compacted
    # 'awssso') points at nothing: only a word spelling it out counts, not the
    # acronym with a letter added ('https' for HTTP, 'APIs').
    named = set(_acronyms(word_side))
    return {short.lower() for short in shorts
            if short not in named and any(_abbreviates(short.lower(), w) for w in words)}


@lru_cache(maxsize=1 << 14)
def _plain_words(text: str) -> tuple[str, ...]:
    """The words of letters of a text not all in capitals, lower-cased."""
    return tuple(w.lower() for w in _LETTERS.findall(text) if not w.isupper())


def _abbreviates(short: str, word: str) -> bool:
    """The word opens with the acronym's letters, as written or as its consonants."""
    return (len(word) > len(short) + 1 and word.startswith(short)) \
        or (len(word) >= 2 * len(short) and _consonants(word).startswith(short))


def _consonants(word: str) -> str:
    """A word as its abbreviation is made, vowels after the first letter dropped
    and a doubled letter written once: 'resets' -> 'rsts' (RST), 'message' ->
    'msg', 'destination' -> 'dstntn' (DST). (Read so only in a word twice the
    acronym's length: 'reads' is too short to abbreviate to RDS.)"""
    out = word[:1]
    for ch in word[1:]:
        if ch not in "aeiou" and ch != out[-1]:
            out += ch
    return out


def _has(text: str, sense: str) -> bool:
    return _has_by(text, sense, _NOTES_EXPANSIONS.get())


@lru_cache(maxsize=1 << 14)
def _has_by(text: str, sense: str, expand: _Expand | None) -> bool:
    # (Remembered per deck reader: each choice is asked for each shown sense.)
    if sense in _answer_senses_by(text, expand) \
            or (" " not in sense and written_in_hangul(sense, text)):
        return True
    # Inside a word as well: Snowball has 'snow' as much as Snowmobile does.
    words = [t.lower() for t in _TOKEN.findall(text)]
    if any(len(w) > len(sense) >= 2 and (w.startswith(sense) or w.endswith(sense))
           for w in words):
        return True
    # Or in another form of the word: 'Verified output' has 'verification'.
    return " " not in sense and any(same_family(w, sense) for w in words)


def shown_senses(answer: str, stem: str) -> frozenset[str]:
    """Senses of the answer that the stem shows in any language or spelling."""
    return _shown_senses_by(answer, stem, _NOTES_EXPANSIONS.get(), _NOTES_LOANWORDS.get())


# (Remembered per deck reader, whose acronyms and loanwords it reads: a build
# asks for the same answer under the same stem from several kinds of question.)
@lru_cache(maxsize=1 << 14)
def _shown_senses_by(answer: str, stem: str, expand: _Expand | None,
                     loans: Loanwords | None) -> frozenset[str]:
    # Acronyms read spelled out on both sides: 'ENI를 엔드포인트로' says Elastic
    # Network Interface, and so '인터페이스 엔드포인트'.
    # (Only for a name as the answer: a sentence has too many words for an
    # acronym of the breadcrumb, IAM's 'access' say, to point at it.)
    stem_senses = _answer_senses_by(stem, expand) if len(answer.split()) <= 4 else senses(stem)
    found = set(_answer_senses_by(answer, expand) & stem_senses) | _compound(answer, stem)
    if len(answer.split()) > 4:
        found |= _expansion_shown(answer, stem, expand)
    found |= {a.lower() for a in _acronyms(answer) if _spells_acronym_by(a, stem, 0, loans)}
    # (One inside a camel-case word by as many words side by side, none skipped:
    # a name's part is read out less readily than a word of its own.)
    found |= {a.lower() for a in _camel_acronyms(answer)
              if _spells_acronym_by(a, stem, len(a), loans)}
    # (For a name as the answer: a sentence shares a form of some word with
    # its breadcrumb as often as not, 'Closing a connection' over 'The client
    # sends a FIN to close its side', and says no name by it.)
    if len(answer.split()) <= 4:
        found |= _family_shown(answer, stem, stem_senses)
    for word in _spoken_forms(answer):
        if word not in found and written_in_hangul(word, stem):
            found.add(word)
    # The words an acronym answer stands for, written in Hangul: 프레젠터 in the
    # stem is the P of 'MVP (Model-View-Presenter)'.
    if len(answer.split()) <= 4:
        for short in _acronyms(answer):
            for phrase in _spelled_out(short, expand):
                found |= {w for w in _spoken_forms(phrase)
                          if w not in found and written_in_hangul(w, stem)}
    for word in _spoken_forms(stem):
        if word not in found and written_in_hangul(word, answer):
            found.add(word)
    # (The vendor's own acronym, 'AWS' in 'Getting started with AWS' over 'AWS
    # Regions', names no particular thing, as its words do not.)
    return frozenset(found - _EMPTY)


def _family_shown(answer: str, stem: str, stem_senses: frozenset[str]) -> set[str]:
    """Words of the answer the stem says in another form of the same word, in
    English or by a translation: 'verify' for *Verification required*, 헤더
    (header) for *HEAD*, 배포 (deploy) for *Deployment*."""
    roots = {family(s) for s in stem_senses if " " not in s}
    roots |= {family(w) for w in english_words(stem)}
    return {w for w in english_words(answer)
            if len(w) >= 4 and family(w) in roots}


def family_alone(name: str, text: str, others: Iterable[str]) -> bool:
    """Whether the text says a word of the name in another form of it
    ('invisible' for *Visibility timeout*) that some other name lacks: read
    on the bare name, since its spellings run together ('Visibility timeout
    visibilitytimeout') are too long to be read as a name."""
    shown = _family_shown(name, text, senses(text))
    return bool(shown) and any(not all(_has(o, w) for w in shown) for o in others)


@lru_cache(maxsize=1 << 14)
def _spoken_forms(text: str) -> tuple[str, ...]:
    """English words Korean would write as they sound, each also without its
    derivational ending: 'Cacheable' is written 캐시 가능 (cache)."""
    out: list[str] = []
    for word in spoken_words(text):
        out.append(word)
        bare = dictionary_form(word)
        if bare != word and bare not in out:
            out.append(bare)
    return tuple(out)


def gives_away(answer: str, stem: str, others: Iterable[str]) -> bool:
    """Whether the stem points at `answer` by a word, translation or transliteration
    that not every other choice shares, or spells out the part of its acronym
    that sets it apart from its siblings (see `own_part_spelled`)."""
    others = list(others)
    if own_part_spelled(answer, stem, others):
        return True
    if filler_alone(answer, stem, others):
        return True
    # A Sino-Korean name said syllable by syllable ('배우고 익힐' for 학습성).
    if spelled_alone(answer, stem, others):
        return True
    # A name of Greek or Latin parts said part by part ('too little oxygen' for
    # *Hypoxia*), in English or in words the term lists translate.
    if parts_spelled_alone(answer, stem, others, senses):
        return True
    if count_alone(answer, stem, others):
        return True  # 'Singleton' beside '인스턴스를 1개만': see count_names
    shown = shown_senses(answer, stem)
    if not shown:
        return False
    return any(not all(_has(other, s) for s in shown) for other in others)


# The word of `_EMPTY` that names are built with ('Service controller', 'Service
# Not Accessible'): no clue while every choice has it, but the one word that
# tells the answer apart when it alone has it. (Not the vendor, 'AWS' or
# 'Amazon': notes add it to one name and not the next, 'Amazon S3' and 'S3
# Intelligent-Tiering', and a stem naming the vendor names every choice's.)
NAME_FILLERS = frozenset({"service"})


@lru_cache(maxsize=1 << 14)
def fillers(text: str) -> frozenset[str]:
    """The name fillers a text says: as English words (CamelCase split, plural
    dropped), translated (the term lists' 서비스) or written in Hangul or
    katakana (서비스, サービス)."""
    words = {_lemma(w) for token in _TOKEN.findall(text) for w in (token, *_WORD.findall(token))}
    found = frozenset(words | set(_said(text))) & NAME_FILLERS
    return found | frozenset(w for w in NAME_FILLERS - found
                             if written_in_hangul(w, text) or written_in_katakana(w, text))


def filler_alone(answer: str, stem: str, others: Sequence[str]) -> bool:
    """Whether the stem says a name filler of the answer (see `NAME_FILLERS`)
    that no other choice has: 'Verify service exists' for *Service Not
    Accessible* beside *ConfigMap Not Loading*, '쿠버네티스 서비스를 위한' for
    *Service controller* beside *Node controller* and *Route controller*."""
    # (The answer read first: most names say no filler, and then the stem, a
    # longer text read for little else, need not be.)
    said = fillers(answer)
    if not said:
        return False
    shown = said & fillers(stem)
    return any(not any(w in fillers(o) for o in others) for w in shown)


def _own_part(answer: str, others: Sequence[str]) -> str:
    """The letters of an acronym answer that a sibling acronym does not share
    around them: MVVM beside MVP is told apart by VM, MVP beside MVC by P. ''
    when the answer is no acronym or no other choice shares most of it so."""
    short = _first_acronym(answer)
    if not short:
        return ""
    best = ""
    for other in (_first_acronym(o) for o in others):
        if not other or other == short:
            continue
        head = len(_shared_start(short, other))
        tail = min(len(_shared_start(short[::-1], other[::-1])), len(short) - head)
        # (Siblings share half the name or more: one closing P makes SOAP no
        # sibling of MVP. HTTP, all of it in HTTPS, has nothing of its own.)
        shared = head + tail
        if shared < 2 or 2 * shared < len(short) or shared == len(short):
            continue
        own = short[head:len(short) - tail]
        if own and (not best or len(own) < len(best)):
            best = own
    return best


def _first_acronym(text: str) -> str:
    """The acronym a name opens on, not the vendor's ('AWS Step Functions')."""
    words = text.split()
    if not words or not _ACRONYM.fullmatch(words[0]) or not words[0].isalpha():
        return ""
    return "" if words[0].lower() in _EMPTY else words[0]


def _shared_start(a: str, b: str) -> str:
    at = 0
    while at < min(len(a), len(b)) and a[at] == b[at]:
        at += 1
    return a[:at]


def own_part_spelled(answer: str, stem: str, others: Sequence[str]) -> bool:
    """Whether the stem spells out what sets an acronym answer apart from sibling
    acronyms that share the rest of it ('MVP' among 'MVC', 'MVVM'). Two letters
    or more of its own, written in order by words side by side (뷰모델, 'view
    model' for MVVM's VM); one letter, by a word of its own among words for the
    acronym's other letters, close together ('모델과 뷰의 … 뷰와 프레젠터가' for
    MVP): the word its siblings lack is its expansion's. A Korean word (a
    loanword, 컨트롤러, or a translation) for that letter needs words for all the
    other letters but one beside it ('컨트롤러는 모델에' for MVC); an English
    word, being any word of an English sentence, words for all of them."""
    own = _own_part(answer, others)
    if not own:
        return False
    words = _initials(stem)
    if len(own) >= 2:
        return _in_order(own.lower(), words)
    short = _first_acronym(answer).lower()
    width = 2 * len(short)
    if spells_acronym(short, stem, width=width):
        return True
    letter = own.lower()
    rest = list(short.replace(letter, "", 1))
    korean = _korean_initials(stem)
    if len(rest) < 2:
        return False
    for at, read in enumerate(korean):
        if letter in read:
            near = [w for j, w in enumerate(words[max(0, at - width + 1):at + width])
                    if j + max(0, at - width + 1) != at]
            if any(_covers(rest[:k] + rest[k + 1:], near) for k in range(len(rest))):
                return True
    return False


def _in_order(letters: str, words: Sequence[frozenset[str]]) -> bool:
    """Consecutive words start with the letters in their order."""
    return any(all(c in w for c, w in zip(letters, words[at:at + len(letters)], strict=True))
               for at in range(len(words) - len(letters) + 1))


def shares_all(other: str, senses: frozenset[str]) -> bool:
    """Whether `other` has every one of the senses (then a stem showing them does
    not set the answer apart from it)."""
    return all(_has(other, s) for s in senses)
