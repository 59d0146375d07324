"""A user's query -> groups of alternative phrases to look for.

Each group is one thing the user asked about: a glossary concept with all its
spellings ("lambda" -> lambda | 람다 | 람다 함수 ...), or one word of the query
(with its particle-less forms as alternatives: 게이트웨이에 | 게이트웨이). A
concept named by several words ("aurora serverless") keeps its parts as
sub-groups, so a topic about the head word (Aurora) still ranks when the whole
phrase is rare. Words the notes never use are corrected by fuzzy matching
("did you mean"), and comparison words (vs, 차이, 비교) mark the query as a
comparison instead of being searched for. Nothing here touches SQLite: groups
are plain token lists that lookup.py quotes into an FTS5 expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bot.notes import text as T
from bot.notes.glossary import Glossary, GlossaryEntry, glossary_key

MAX_WORDS = 24  # a 2,000-character paste is searched by its first words only
_MAX_NGRAM = 5
COMPARISON = "Comparison"  # glossary entry whose spellings are vs / 차이 / 비교 ...
_STOP = frozenset(
    """a an the is are was be of to in on at for with by and or not what which how why when
    does do can i me my about tell explain show please 뭐야 무엇 무엇인가 무엇인가요 뭔가요 알려줘
    설명 설명해줘 대해 대해서 대한 관련 관해 정리해줘 어떻게 뭐지 인가요 입니다 이란 란""".split()
)

Known = Callable[[str, bool], bool]
Correct = Callable[[str, bool], "str | None"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Group:
    label: str  # the query words (or their correction) this group stands for
    phrases: tuple[tuple[str, ...], ...]  # alternatives; each is a token sequence
    key: str  # "=canonical" for a glossary concept, else the word itself
    parts: tuple[Group, ...] = ()  # the concepts/words a multi-word group is made of


@dataclass(frozen=True, kw_only=True, slots=True)
class Query:
    groups: tuple[Group, ...]
    comparison: bool
    corrected: str | None  # the query with typos replaced, when any was


@dataclass(frozen=True, kw_only=True, slots=True)
class _Word:
    surface: str  # as typed (normalized)
    form: str  # the form used for glossary matching
    alts: tuple[str, ...] = ()  # particle-less forms, tried as well


def analyse(query: str, glossary: Glossary, known: Known, correct: Correct) -> Query:
    """Split `query` into groups. `known(word, cjk)` says whether the notes use a
    word; `correct(word, cjk)` proposes a spelling the notes use (or None)."""
    raw = T.words(query[:4000])
    items: list[_Word] = []
    prev_latin = False
    for word, cjk, glued in raw:
        if cjk and glued and prev_latin and T.is_particle(word):
            prev_latin = False
            continue  # "s3에": a particle glued to a Latin word
        items.append(_word(word, glossary) if cjk else _Word(surface=word, form=word))
        prev_latin = not cjk
        if len(items) >= MAX_WORDS:
            break

    corrections: dict[str, str] = {}
    fixed: list[_Word] = []
    for item in items:
        cjk = T.is_cjk(item.form)
        forms = (item.form, *item.alts)
        if (
            item.form in _STOP
            or any(known(f, cjk) for f in forms)
            or glossary.entry(item.form) is not None
        ):
            fixed.append(item)
            continue
        fuzzy = (3 if cjk else 4) <= len(item.form) <= 40
        better = correct(item.form, cjk) if fuzzy else None
        if better and better != item.form:
            canonical = glossary.canonical(better)
            # Show "CloudFront" rather than "cloudfront" when only the case differs.
            same = canonical is not None and glossary_key(canonical) == glossary_key(better)
            corrections[item.surface] = canonical if same and canonical else better
            fixed.append(_word(better, glossary) if cjk else _Word(surface=better, form=better))
        else:
            fixed.append(item)

    groups, comparison = _group(fixed, glossary)
    # A repeated word asks for nothing new ("람다 람다 람다 ...").
    groups = tuple(
        {g.key: g for g in reversed(groups)}[k] for k in dict.fromkeys(g.key for g in groups)
    )
    if not groups and items and not comparison:
        # Only stop words: search for them after all rather than for nothing.
        groups = tuple(_plain(w) for w in items)
    corrected = None
    if corrections:
        corrected = query
        for surface, better in corrections.items():
            pattern = re.compile(re.escape(surface), re.IGNORECASE)
            corrected, found = pattern.subn(better, corrected, count=1)
            if not found:  # the typed form differs after normalization
                corrected = " ".join(corrections.get(w, w) for w, _, _ in raw[:MAX_WORDS])
                break
    return Query(groups=groups, comparison=comparison, corrected=corrected)


def _word(word: str, glossary: Glossary) -> _Word:
    """A Korean word with the forms it has without trailing particles."""
    strips: list[str] = []
    current = word
    while (stripped := T.strip_particle(current)) is not None and len(stripped) >= 2:
        strips.append(stripped)
        current = stripped
        if len(strips) == 2:
            break
    form = next((f for f in (word, *strips) if glossary.entry(f) is not None), word)
    return _Word(surface=word, form=form, alts=tuple(s for s in strips if s != form))


def _lookup(chunk: list[_Word], glossary: Glossary) -> tuple[GlossaryEntry, str] | None:
    """The glossary entry a run of words names, and the words as matched; the
    last word may lose its particle ("전용 호스트와" -> 전용 호스트)."""
    head = [w.form for w in chunk[:-1]]
    for last in (chunk[-1].form, *chunk[-1].alts):
        label = " ".join([*head, last])
        entry = glossary.entry(label)
        if entry is not None:
            return entry, label
    return None


def _group(items: list[_Word], glossary: Glossary) -> tuple[tuple[Group, ...], bool]:
    groups: list[Group] = []
    comparison = False
    i = 0
    while i < len(items):
        for n in range(min(_MAX_NGRAM, len(items) - i), 0, -1):
            chunk = items[i : i + n]
            found = _lookup(chunk, glossary)
            if found is None:
                continue
            entry, label = found
            if entry.canonical == COMPARISON:
                comparison = True
            else:
                parts = _parts(chunk, glossary) if n > 1 else ()
                groups.append(_concept(label, entry, parts))
            i += n
            break
        else:
            if items[i].form not in _STOP:
                groups.append(_plain(items[i]))
            i += 1
    return tuple(groups), comparison


def _parts(items: list[_Word], glossary: Glossary) -> tuple[Group, ...]:
    """Groups of a multi-word concept's words, using concepts shorter than all of them."""
    out: list[Group] = []
    i = 0
    while i < len(items):
        for n in range(len(items) - i - (1 if i == 0 else 0), 0, -1):
            found = _lookup(items[i : i + n], glossary)
            if found is not None and found[0].canonical != COMPARISON:
                out.append(_concept(found[1], found[0], ()))
                i += n
                break
        else:
            if items[i].form not in _STOP:
                out.append(_plain(items[i]))
            i += 1
    return tuple(out)


@lru_cache(maxsize=8192)
def _phrase(text: str) -> tuple[str, ...]:
    return tuple(T.tokens(text, phrase=True))


def _plain(word: _Word) -> Group:
    phrases: list[tuple[str, ...]] = []
    for form in (word.form, *word.alts):
        toks = _phrase(form)
        if toks and toks not in phrases:
            phrases.append(toks)
    return Group(label=word.form, phrases=tuple(phrases), key=word.form)


def _concept(label: str, entry: GlossaryEntry, parts: tuple[Group, ...]) -> Group:
    phrases: list[tuple[str, ...]] = []
    for spelling in sorted({label, *entry.spellings}):
        toks = _phrase(spelling)
        if toks and toks not in phrases:
            phrases.append(toks)
    return Group(
        label=label, phrases=tuple(phrases), key="=" + glossary_key(entry.canonical), parts=parts
    )
