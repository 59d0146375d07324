"""Looking the notes up: an in-memory SQLite FTS5 index over the deck's topics.

One row per topic with four columns (title, the title's glossary spellings,
section, facts), pre-tokenized by text.py. A query becomes groups of
alternative phrases (query.py); FTS5 finds every topic that has any of them
(all quoted, so user text never reaches MATCH as syntax) and scores it with
bm25, the title weighted heavily. The candidates are then re-ranked: topics
that have every group first (AND before OR), then topics whose title the query
names exactly. "A vs B" queries get the topic comparing them plus one topic per
entity. Fuzzy matching (rapidfuzz) is used only to correct words the notes
never use, and to say "did you mean".
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import chain

from bot.notes import text as T
from bot.notes.aliases import alias_groups, title_acronyms
from bot.notes.bags import Bag, Holds, Item, Needs, Plan
from bot.notes.bm25 import Scorer
from bot.notes.bridge import Loanwords
from bot.notes.glossary import Glossary, glossary_key
from bot.notes.merge import concept_key, title_words
from bot.notes.model import Deck, Topic
from bot.notes.passage import Shown, passage
from bot.notes.query import Group, Query, analyse

_WEIGHTS = (10.0, 6.0, 1.5, 1.0)  # bm25 column weights: title, aliases, section, body
_TEXT_LIMIT = 1200
_QUESTION_HEAD = re.compile(
    r"^(what|who|why|how|when|which)\s+(is|are|does|do|can|should)\s+(an?\s+|the\s+)?"
    r"|^explain\s+",
    re.IGNORECASE,
)
_QUESTION_TAIL = re.compile(
    r"\s*(은|는|이란|란|이|가|을|를)?\s*(에\s*대해서?\s*)?(각각\s*)?"
    r"(무엇|뭘까|뭔가|어떤|어떻게|왜|설명)[^?]*\??\s*$|\?\s*$"
)
# "X란" / "X이란" left once the question mark is gone: "what is X". The word
# before it has two characters at least, so "혼란" (a word of its own) stays.
_WHAT_IS = re.compile(r"(?<=[\w)][\w)])(이란|란)$")
# Words of a title or section that compares things ("Trade-offs / Comparisons", "비교").
_VERSUS = frozenset({"vs", "versus"})
_COMPARING = frozenset(
    t for w in "vs versus comparison compare 비교 차이 tradeoffs".split() for t in T.tokens(w)
)
_AND_LIMIT = 40
_OR_LIMIT = 40
_MAX_LIMIT = 50


@dataclass(frozen=True, kw_only=True, slots=True)
class LookupHit:
    topic: Topic
    score: float
    text: str  # the topic's facts as indented bullet lines, trimmed


@dataclass(frozen=True, kw_only=True, slots=True)
class LookupResult:
    query: str
    hits: tuple[LookupHit, ...] = ()
    suggestion: str | None = None  # "did you mean"


@dataclass(frozen=True, kw_only=True, slots=True)
class _Doc:
    topic: Topic
    shown: Shown  # its facts prepared for passages, on first use
    key: frozenset[str]
    title_tokens: Bag
    crumb_tokens: Bag  # title and section: "Route 53 > TTL" names both
    versus: bool  # the title compares two things ("CNAME vs Alias")
    all_tokens: Bag
    heads: Bag  # facts with bullets under them: where a concept is described
    terms: Bag  # the terms of `term : definition` facts


def _title_spellings(title: str, glossary: Glossary) -> list[str]:
    """Every spelling of the glossary names in a title, longest names first
    ("Price Classes" is a price class, not a price)."""
    words = title_words(title)
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            entry = glossary.entry(" ".join(words[i : i + n]))
            if entry is not None:
                out.extend(sorted(entry.spellings))
                i += n
                break
        else:
            i += 1
    return out


def subject(topic: Topic) -> str:
    """What a topic is about: a question's subject without its question words
    ("운영체제란 무엇일까요?" -> 운영체제, "What is CORS?" -> CORS); a heading
    written as a question is one too ("UDP란?" -> UDP)."""
    if topic.kind != "question" and not topic.title.rstrip().endswith("?"):
        return topic.title
    text = _QUESTION_TAIL.sub("", _QUESTION_HEAD.sub("", topic.title)).strip(" ,.")
    text = _WHAT_IS.sub("", text)
    return text or topic.title


def _quote(group: Group) -> str:
    # Tokens hold only letters and digits (text.py), so quoting cannot be escaped.
    return "(" + " OR ".join('"' + " ".join(p) + '"' for p in group.phrases if p) + ")"


def _score_of(row: tuple[int, float]) -> float:
    return row[1]


def _partial(holds: Holds, parts: tuple[tuple[frozenset[Item], ...], ...]) -> float:
    """bags.cover's credit for the parts of a multi-word concept it lacks whole."""
    if not parts:
        return 0.0
    return 0.3 * sum(any(map(holds, p)) for p in parts) / len(parts)


def _shares(
    doc: _Doc, plans: Sequence[Plan], has: Holds, title: Holds, crumb: Holds
) -> tuple[float, float, float, float]:
    """`_rank`'s coverage, in-title, in-breadcrumb and described shares of a
    topic: `cover` and its sums written out (the same additions in the same
    order, so the same numbers), since this runs for up to 80 topics a query.
    The title and the breadcrumb are parts of the whole topic: a group the
    topic lacks is in neither (nor in its described concepts). A topic that
    describes the concept (a bullet with bullets under it, or a `term :
    definition`) beats one that only mentions it."""
    coverage = in_title = in_crumb = described = 0.0
    heads, terms = doc.heads.items, doc.terms.items
    check = bool(heads or terms)
    for own, parts in plans:
        found = 1.0 if any(map(has, own)) else _partial(has, parts)
        coverage += found
        if found:
            in_title += 1.0 if any(map(title, own)) else _partial(title, parts)
            in_crumb += 1.0 if any(map(crumb, own)) else _partial(crumb, parts)
        if check:
            if found == 1.0 and any(map(heads.issuperset, own)):
                described += 1.0
            elif any(map(terms.issuperset, own)):
                described += 0.5
    n = len(plans)
    return coverage / n, in_title / n, in_crumb / n, described / n


class LookupIndex:
    """Search over a deck's topics. Build once; search is read-only."""

    def __init__(
        self,
        docs: list[_Doc],
        glossary: Glossary,
        conn: sqlite3.Connection,
        tokens: set[str],
        texts: dict[str, None],
        scorer: Scorer | None,
    ) -> None:
        self._docs = docs
        self._scorer = scorer
        self._glossary = glossary
        self._conn = conn
        weights = ", ".join(map(str, _WEIGHTS))
        self._select = f"SELECT rowid, bm25(docs, {weights}) FROM docs WHERE docs MATCH ?"
        self._latin: frozenset[str] = frozenset(t for t in tokens if not T.is_cjk(t))
        # Every distinct title, section and fact (in order), for the vocabulary.
        self._texts = tuple(texts)
        self._cjk_corpus = "\n".join(run for text in self._texts for run in T.cjk_runs(text))
        self._choices: dict[bool, list[str]] | None = None
        self._loans: Loanwords | None = None  # built at the first query that needs it
        self._spelling_keys: list[frozenset[str]] | None = None  # for autocomplete, on first use

    @classmethod
    def build(cls, deck: Deck, glossary: Glossary) -> LookupIndex:
        # Search also expands descriptive keywords ("번역" finds Translate), which
        # merging and question checks must not treat as names.
        # Other names found without the deck's glossary (the notes' own `X (Y)`
        # asides, the shipped IT term list); the deck's glossary wins.
        glossary = glossary.for_lookup().extended(alias_groups(deck))
        # A title's acronym only where it names nothing else: DFS is Depth-first
        # search unless the notes or a glossary already say what DFS is.
        glossary = glossary.extended(
            [pair for pair in title_acronyms(deck) if glossary.entry(pair[1]) is None]
        )
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "title, alias, section, body, tokenize = 'unicode61 remove_diacritics 0')"
        )
        docs: list[_Doc] = []
        rows: list[tuple[int, str, str, str, str]] = []
        vocabulary: set[str] = set()
        texts: dict[str, None] = {}
        # Titles and sections repeat (merged topics, every topic of a section):
        # each distinct text is tokenized once.
        seen: dict[str, list[str]] = {}

        def tokens(text: str) -> list[str]:
            found = seen.get(text)
            if found is None:
                found = seen[text] = T.tokens(text)
            return found

        for rowid, topic in enumerate(deck.topics()):
            facts = topic.all_facts()
            texts[topic.section] = texts[topic.title] = None
            texts.update(dict.fromkeys(f.text for f in facts))
            fact_segs = [T.tokens(f.text) for f in facts]
            extra_parts = [" ".join(c) for t in topic.tables for c in (t.header, *t.rows)]
            extra_parts += [i.alt for i in topic.images if i.alt.casefold() != "image"]
            body_segs = fact_segs + [T.tokens(part) for part in extra_parts]
            title_tok = tokens(topic.title)
            alias_segs = [tokens(s) for s in _title_spellings(topic.title, glossary)]
            section_tok = tokens(topic.section)
            # The headings between section and topic are where it sits too
            # ("라우팅 정책 > Failover" is a routing policy).
            path_segs = [tokens(h) for h in topic.path]
            if topic.kind == "intro":
                # A file's opening is titled with the file's name, which names
                # every part of the file: where it sits, not what it is about
                # ("TCP handshakes" opens with one line; its sections explain).
                path_segs = [title_tok, *alias_segs, *path_segs]
                title_tok, alias_segs = [], []
            title_bag = Bag.of([title_tok, *alias_segs])
            crumb_bag = title_bag.plus([section_tok, *path_segs])
            vocabulary.update(title_tok, section_tok, *path_segs, *alias_segs, *body_segs)
            docs.append(
                _Doc(
                    topic=topic,
                    shown=Shown(topic),
                    key=frozenset(concept_key(subject(topic), glossary)),
                    title_tokens=title_bag,
                    crumb_tokens=crumb_bag,
                    versus=not _VERSUS.isdisjoint(title_tok),
                    all_tokens=crumb_bag.plus(body_segs),
                    heads=Bag.of(s for f, s in zip(facts, fact_segs, strict=True) if f.children),
                    terms=Bag.of(tokens(f.term) for f in facts if f.term),
                )
            )
            rows.append(
                (
                    rowid,
                    " ".join(title_tok),
                    " ".join(chain.from_iterable(alias_segs)),
                    " ".join(chain(section_tok, *path_segs)),
                    " ".join(chain.from_iterable(body_segs)),
                )
            )
        conn.executemany(
            "INSERT INTO docs(rowid, title, alias, section, body) VALUES (?, ?, ?, ?, ?)", rows
        )
        # The columns as FTS5 reads them (tokens joined by spaces, split again).
        scorer = Scorer.exact_for([[col.split() for col in row[1:]] for row in rows], _WEIGHTS)
        return cls(docs, glossary, conn, vocabulary, texts, scorer)

    # -- public ----------------------------------------------------------------
    def titles(self) -> list[str]:
        return list(dict.fromkeys(d.topic.title for d in self._docs))

    def search(self, query: str, limit: int = 5) -> LookupResult:
        """Best topics for `query`; never raises on user text."""
        limit = max(1, min(int(limit), _MAX_LIMIT))
        try:
            return self._search(query, limit)
        except sqlite3.Error:
            # Every user word is quoted, so this is not expected; an empty answer
            # is still better than an error in a chat reply.
            return LookupResult(query=query)

    def complete(self, prefix: str, limit: int = 25) -> list[str]:
        """Topic titles for autocomplete: titles starting with the prefix, then
        containing it, then containing a spelling of a glossary name it starts
        ("lam" -> 람다), then fuzzy matches."""
        titles = self.titles()
        limit = max(1, min(int(limit), 100))
        key = glossary_key(prefix[:100])
        if not key:
            return titles[:limit]
        keyed = [(t, glossary_key(t)) for t in titles]
        starts = [t for t, k in keyed if k.startswith(key)]
        contains = [t for t, k in keyed if key in k]
        spellings = {
            s
            for keys in self._keys_of_spellings()
            if any(k.startswith(key) for k in keys)
            for s in keys
        }
        aliased = [t for t, k in keyed if any(s in k for s in spellings)]
        out = list(dict.fromkeys(starts + contains + aliased))
        if len(out) < 3 and len(key) >= 3:
            from rapidfuzz import fuzz, process

            for title, _, _ in process.extract(
                prefix[:100],
                titles,
                scorer=fuzz.WRatio,
                processor=T.normalize,
                limit=limit,
                score_cutoff=75,
            ):
                if title not in out:
                    out.append(title)
        return out[:limit]

    # -- search ----------------------------------------------------------------
    def _search(self, query: str, limit: int) -> LookupResult:
        q = analyse(query, self._glossary, self._known, self._correct)
        q = replace(q, groups=tuple(self._loanwords.widen(g) for g in q.groups))
        if not q.groups:
            return LookupResult(query=query)
        scores = self._rank(q.groups)
        if q.comparison and len(q.groups) >= 2:
            order = self._compare(q, scores)
        else:
            order = sorted(scores, key=lambda r: -scores[r])
        needs = Needs()
        hits = tuple(
            LookupHit(
                topic=self._docs[r].topic,
                score=round(scores[r], 4),
                text=passage(self._docs[r].shown, q.groups, needs, _TEXT_LIMIT),
            )
            for r in order[:limit]
        )
        suggestion = q.corrected
        if not hits and suggestion is None:
            suggestion = self._closest_title(query)
        return LookupResult(query=query, hits=hits, suggestion=suggestion)

    def _rank(self, groups: Sequence[Group]) -> dict[int, float]:
        parts = [p for g in groups for p in g.parts]
        if not any(any(g.phrases) for g in (*groups, *parts)):
            return {}
        # AND first (topics with every group), then the best of OR by bm25.
        rows = self._query(groups, True, _AND_LIMIT) if len(groups) > 1 else []
        rows += self._query((*groups, *parts), False, _OR_LIMIT)
        if not rows:
            return {}
        best = max(-b for _, b in rows) or 1.0
        full = frozenset(g.key for g in groups)
        # "운영체제란" names the topic whose subject is 운영체제.
        bare = full | {T.strip_particle(k) or k for k in full}
        wide = bare | {p.key for p in parts}
        # The first thing named is what the query is about ("aurora serverless"
        # asks about Aurora), so a title naming it ranks above one naming a part.
        head = groups[0].parts[0].key if groups[0].parts else groups[0].key
        needs = Needs()
        plans = [needs.plan(g) for g in groups]
        scores: dict[int, float] = {}
        for rowid, bm25 in rows:
            if rowid in scores:
                continue
            doc = self._docs[rowid]
            coverage, in_title, in_crumb, described = _shares(
                doc,
                plans,
                doc.all_tokens.items.issuperset,
                doc.title_tokens.items.issuperset,
                doc.crumb_tokens.items.issuperset,
            )
            named = 0.0
            if doc.key and doc.key <= bare:
                # The more of the query the title names, the surer the match.
                whole = len(doc.key) >= len(full)
                named = 2.0 if whole else 0.5 + 0.5 * len(doc.key) / len(full)
            elif doc.key and doc.key <= wide:
                named = 0.9 if head in doc.key else 0.5
            scores[rowid] = (
                3.0 * coverage
                + (-bm25 / best)
                + 1.5 * in_title
                + 0.5 * in_crumb
                + described
                + named
            )
        return scores

    def _query(self, groups: Sequence[Group], every: bool, limit: int) -> list[tuple[int, float]]:
        """The `limit` best rows holding a phrase of every group (`every`) or of
        any group, by bm25 (lower is better)."""
        phrases = [[p for p in g.phrases if p] for g in groups]
        phrases = [group for group in phrases if group]
        scorer = self._scorer
        if scorer is not None and phrases and scorer.exact([p for g in phrases for p in g]):
            return scorer.search(phrases, every, limit)
        return self._fts5(groups, every, limit)

    def _fts5(self, groups: Sequence[Group], every: bool, limit: int) -> list[tuple[int, float]]:
        """`_query` asked of FTS5 itself (tokens bm25.py cannot vouch for)."""
        match = (" AND " if every else " OR ").join(_quote(g) for g in groups if any(g.phrases))
        # Sorted here, not by `ORDER BY rank`: FTS5 serves that order by preparing
        # a statement of its own on every query, which cost more than the search
        # (0.6 ms against 0.2). The scan yields rows by rowid and the sort is
        # stable, so ties keep the order FTS5's sorter gives them.
        rows = self._conn.execute(self._select, (match,)).fetchall()
        rows.sort(key=_score_of)
        return [(int(r), float(b)) for r, b in rows[:limit]]

    def _compare(self, q: Query, scores: dict[int, float]) -> list[int]:
        """The notes' own comparison first (a topic naming both entities, or a
        comparison section or table covering them), then the best topic of each
        entity, so both sides come next to each other."""
        needs = Needs()
        owns = [needs.of(g) for g in q.groups]

        def compares(r: int) -> bool:
            doc = self._docs[r]
            title = doc.title_tokens.items.issuperset
            named = sum(any(map(title, own)) for own in owns)
            if named >= 2:
                return True
            if doc.versus:
                return False  # "CNAME vs Alias" compares two other things
            has = doc.all_tokens.items.issuperset
            covered = all(any(map(has, own)) for own in owns)
            return covered and not _COMPARING.isdisjoint(doc.crumb_tokens.items)

        order = sorted((r for r in scores if compares(r)), key=lambda r: -scores[r])
        for group in q.groups:
            own = self._rank([group])
            if own:
                best = max(own, key=lambda r: own[r])
                if best not in order:
                    order.append(best)
                    scores.setdefault(best, own[best])
        order += [r for r in sorted(scores, key=lambda r: -scores[r]) if r not in order]
        return order

    # -- vocabulary ----------------------------------------------------------------
    @property
    def _loanwords(self) -> Loanwords:
        if self._loans is None:
            self._loans = Loanwords(self._texts)
        return self._loans

    def _known(self, word: str, cjk: bool) -> bool:
        if cjk:
            found = word in self._cjk_corpus
        else:
            found = T.stem(word) in self._latin
        # A loanword the notes write in the other script is not a typo.
        return found or bool(self._loanwords.across(word))

    def _correct(self, word: str, cjk: bool) -> str | None:
        from rapidfuzz import fuzz, process

        choices = self._vocabulary()[cjk]
        cutoff = 66.0 if cjk else (80.0 if len(word) <= 5 else 75.0)
        found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        return None if found is None else str(found[0])

    def _vocabulary(self) -> dict[bool, list[str]]:
        if self._choices is None:
            words: set[str] = set()
            for doc in self._docs:
                for text in (doc.topic.title, *(f.text for f in doc.topic.all_facts())):
                    words.update(w for w, _, _ in T.words(text))
            for entry in self._glossary.entries:
                for s in entry.spellings:
                    words.update(w for w, _, _ in T.words(s))
            usable = sorted(w for w in words if len(w) >= 2 and not w.isdigit())
            self._choices = {
                True: [w for w in usable if T.is_cjk(w)],
                False: [w for w in usable if not T.is_cjk(w)],
            }
        return self._choices

    def _keys_of_spellings(self) -> list[frozenset[str]]:
        if self._spelling_keys is None:
            self._spelling_keys = [
                frozenset(k for k in map(glossary_key, e.spellings) if len(k) >= 2)
                for e in self._glossary.entries
            ]
        return self._spelling_keys

    def _closest_title(self, query: str) -> str | None:
        if not query.strip():
            return None
        from rapidfuzz import fuzz, process

        found = process.extractOne(
            query[:200], self.titles(), scorer=fuzz.WRatio, processor=T.normalize, score_cutoff=75
        )
        return None if found is None else str(found[0])
