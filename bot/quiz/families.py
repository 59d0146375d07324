"""A thing and its umbrella: never each other's distractor.

Aurora is an RDS engine: what describes Aurora (a writer endpoint, up to 15
read replicas) holds of RDS too, so 'RDS' offered beside the answer 'Aurora' is
a second right answer in the real world, whatever the notes say. The same goes
the other way (a kind holds much of what describes its umbrella: Glacier is
S3 storage), and for a feature written with its service's name beside that
service or its kinds ('S3 Versioning' beside S3 or Glacier: a feature among
storage classes, which versions Glacier's objects too).

Three sources tell a family:
- the names themselves: one holds the other as whole words ('Aurora
  Serverless' and 'Aurora', 'Application Load Balancer' and 'Load Balancer',
  '오로라 서버리스' and '오로라'), or, in Chinese and Japanese, closes on it
  ('完全二叉树' and '二叉树'); a word that takes it back ('Non-blocking',
  '非クラスタ化') makes an opposite, not a kind;
- a shipped list of well-known umbrellas (data/families.txt: 'RDS: Aurora',
  'LLC: DSAP, SSAP'), each name with its spellings, read through the deck's
  glossary as well (a deck whose glossary spells RDS its own way); two names
  the list holds are told by it alone ('S3 Standard-IA' is S3 Standard's
  peer, though it holds its words);
- the notes' own words, set while a deck's questions are built: a line that
  calls its subject a kind, an engine or one of another ('RDS의 엔진 중 하나',
  'a type of load balancer', 'RDSの一種'), see `said_families`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from bot.notes.literals import holds_any
from bot.notes.model import Deck, Fact
from bot.quiz.covering import UNSAYING
from bot.quiz.text import GlossaryLike, compact, without_asides

# The words of a name: split at spaces, hyphens, slashes, '@' and dots.
_WORD_BREAK = re.compile(r"[\s\-_/@:.,·]+")
_VENDOR_WORD = frozenset({"aws", "amazon"})
# Words that make a name the other's opposite or its peer, not its kind
# ('Non-blocking', 'Semi-synchronous'; a tier 'Standard-IA' beside 'Standard').
_UNSAYING = UNSAYING | {"비", "무", "미", "불", "반", "un", "in", "anti", "de", "semi", "half",
                        "pseudo", "quasi", "partial", "ia"}
# Words a name has at most (a longer text is a statement).
_MAX_WORDS = 8
# The same, as the first character of a Chinese or Japanese word
# ('非クラスタ化', '半同步', '无状态').
_UNSAYING_HAN = frozenset("非不無无未反半逆")
# A word of Chinese or Japanese letters (no spaces between its parts).
_HAN_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


@lru_cache(maxsize=1 << 15)
def words(name: str) -> tuple[str, ...]:
    """A name's words, lower-cased, without asides and a vendor word ('Amazon
    Aurora Serverless' -> aurora, serverless)."""
    found = [w for w in _WORD_BREAK.split(without_asides(name).lower()) if w]
    while len(found) > 1 and found[0] in _VENDOR_WORD:
        found.pop(0)
    return tuple(found)


@lru_cache(maxsize=1 << 15)
def _key(name: str) -> str:
    return compact(" ".join(words(name)))


def _holds(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether `shorter` stands in `longer` as whole words, in a row, and the
    words added take nothing back ('Non-blocking I/O' is no 'Blocking I/O',
    '거의 실시간' no '실시간')."""
    n = len(shorter)
    if not n or n >= len(longer):
        return False
    for i in range(len(longer) - n + 1):
        if tuple(longer[i:i + n]) == tuple(shorter):
            added = {*longer[:i], *longer[i + n:]}
            return not added & _UNSAYING
    return False


# -- the shipped list --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tree:
    """The list read: node ids by spelling key, spellings (as words) by node,
    and each node's ancestors."""

    by_key: dict[str, frozenset[int]]
    by_words: dict[tuple[str, ...], frozenset[int]]
    ancestors: tuple[frozenset[int], ...]


def _members(text: str) -> list[list[str]]:
    return [[s.strip() for s in member.split("|") if s.strip()]
            for member in text.split(",") if member.strip()]


@lru_cache(maxsize=1)
def _tree() -> _Tree:
    text = resources.files("bot.notes").joinpath("data/families.txt").read_text("utf-8")
    lines: list[tuple[list[str], list[list[str]]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        head, tail = line.split(":", 1)
        lines.append((_members(head)[0], _members(tail)))
    # One node for every name, names that share a spelling being one.
    node_of: dict[str, int] = {}
    spelled: dict[int, set[str]] = {}

    def node(spellings: list[str]) -> int:
        keys = [k for k in map(_key, spellings) if k]
        found = next((node_of[k] for k in keys if k in node_of), len(spelled))
        spelled.setdefault(found, set()).update(spellings)
        for k in keys:
            node_of.setdefault(k, found)
        return found

    parents: dict[int, set[int]] = {}
    for parent_names, children in lines:
        above = node(parent_names)
        for child in children:
            parents.setdefault(node(child), set()).add(above)
    count = len(spelled)
    ancestors: list[frozenset[int]] = []
    for start in range(count):
        seen: set[int] = set()
        todo = list(parents.get(start, ()))
        while todo:
            up = todo.pop()
            if up not in seen and up != start:
                seen.add(up)
                todo.extend(parents.get(up, ()))
        ancestors.append(frozenset(seen))
    by_key: dict[str, set[int]] = {}
    for k, n in node_of.items():
        by_key.setdefault(k, set()).add(n)
    by_words: dict[tuple[str, ...], set[int]] = {}
    for n, names in spelled.items():
        for name in names:
            if words(name):
                by_words.setdefault(words(name), set()).add(n)
    return _Tree(by_key={k: frozenset(v) for k, v in by_key.items()},
                 by_words={k: frozenset(v) for k, v in by_words.items()},
                 ancestors=tuple(ancestors))


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a name stands in the list: the nodes it is; else those it is a
    kind of, closing on their name ('IP 기반 라우팅 정책', 'Application Load
    Balancer'), and those whose name it opens on or holds, as a feature's name
    does ('S3 Versioning', 'RDS 다중 AZ')."""

    exact: frozenset[int] = frozenset()
    kind_of: frozenset[int] = frozenset()
    feature_of: frozenset[int] = frozenset()


@lru_cache(maxsize=1 << 14)
def _placed(spelling: str) -> _Place:
    tree = _tree()
    exact = tree.by_key.get(_key(spelling), frozenset())
    if exact:
        return _Place(exact=exact)
    own = words(spelling)
    kind_of: set[int] = set()
    feature_of: set[int] = set()
    for run in _inner_runs(spelling):
        for n in tree.by_words.get(run, ()):
            (kind_of if own[-len(run):] == run else feature_of).add(n)
    return _Place(kind_of=frozenset(kind_of), feature_of=frozenset(feature_of - kind_of))


# -- what the notes and the glossary add -------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reading:
    glossary: GlossaryLike | None
    # The parents' words the notes say of a child, by the child's key.
    said: dict[str, tuple[tuple[str, ...], ...]]
    # Each thing's profile, for this deck's reading (kinds ask the same names).
    profiles: dict[tuple[str, ...], _Profile] = field(default_factory=dict, compare=False,
                                                     hash=False)


_READING: ContextVar[_Reading | None] = ContextVar("families_reading", default=None)


@contextmanager
def reading_families(glossary: GlossaryLike | None,
                     said: Iterable[tuple[str, str]] = ()) -> Iterator[None]:
    """Within the block, a name also reads as its glossary spellings, and the
    (child, parent) pairs the notes say (`said_families`) are families too."""
    parents: dict[str, list[tuple[str, ...]]] = {}
    for child, parent in said:
        if _key(child) and words(parent):
            parents.setdefault(_key(child), []).append(words(parent))
    token = _READING.set(_Reading(glossary, {k: tuple(v) for k, v in parents.items()},
                                  _profiles_for(glossary)))
    try:
        yield
    finally:
        _READING.reset(token)


# Profiles read through a glossary, kept for the next build with that same
# glossary (a bot rebuilds its deck's bank with the one it loaded): the
# glossary itself is kept with them, so that its id names no other.
_PROFILES: dict[int, tuple[GlossaryLike | None, dict[tuple[str, ...], _Profile]]] = {}
_MAX_GLOSSARIES = 4


def _profiles_for(glossary: GlossaryLike | None) -> dict[tuple[str, ...], _Profile]:
    kept = _PROFILES.get(id(glossary))
    if kept is not None and kept[0] is glossary:
        return kept[1]
    if len(_PROFILES) >= _MAX_GLOSSARIES:
        _PROFILES.pop(next(iter(_PROFILES)))
    profiles: dict[tuple[str, ...], _Profile] = {}
    _PROFILES[id(glossary)] = (glossary, profiles)
    return profiles


_ASIDE = re.compile(r"\(([^()]*)\)")


@lru_cache(maxsize=1 << 14)
def _own_spellings(name: str) -> tuple[str, ...]:
    # ('Amazon EMR (Elastic MapReduce)': the name and its aside. Never the
    # parts of a list, '프로토콜, 도메인, 경로 분리': one word of it is no name.)
    return tuple(dict.fromkeys(p for p in (name, *_ASIDE.findall(name)) if words(p)))


def _spellings(names: Sequence[str], reading: _Reading | None) -> tuple[str, ...]:
    own = [p for name in names for p in _own_spellings(name)]
    glossary = reading.glossary if reading is not None else None
    if glossary is not None:
        own += [a for p in list(own) for a in sorted(glossary.aliases(p)) if words(a)]
    return tuple(dict.fromkeys(own))


def _place(spellings: Sequence[str]) -> _Place:
    """Where a name stands in the list, by any of its spellings."""
    places = [_placed(s) for s in spellings]
    exact = frozenset().union(*(p.exact for p in places))
    if exact:
        return _Place(exact=exact)
    return _Place(kind_of=frozenset().union(*(p.kind_of for p in places)),
                  feature_of=frozenset().union(*(p.feature_of for p in places)))


def _listed(one: _Place, other: _Place) -> bool:
    """One is the other's ancestor by the list; or one is a name the list does
    not hold, a kind of a node that is the other or above it ('IP 기반 라우팅
    정책' beside 'Routing Policy'), or a feature of a node that is the other,
    above it or below it ('RDS 다중 AZ' beside Aurora: a feature of RDS is a
    feature of its engines; 'S3 Versioning' beside Glacier)."""
    if not (one.exact or other.exact):
        return False  # (most names: the list holds neither)
    up = _tree().ancestors
    if any(x in up[y] or y in up[x] for x in one.exact for y in other.exact):
        return True
    for xs, place in ((one.exact, other), (other.exact, one)):
        for x in xs:
            if any(x == y or x in up[y] for y in place.kind_of):
                return True
            if any(x == y or x in up[y] or y in up[x] for y in place.feature_of):
                return True
    return False


@lru_cache(maxsize=1 << 15)
def _inner_runs(spelling: str) -> frozenset[tuple[str, ...]]:
    """The shorter runs of a spelling's words that it holds as a kind or a
    feature does: what is added takes nothing back (see `_holds`)."""
    own = words(spelling)
    n = len(own)
    if not 2 <= n <= _MAX_WORDS:
        return frozenset()  # (a longer text is a statement, no name)
    # (A run is held only with no word taking it back outside it: it starts
    # at or before the first such word and ends at or after the last.)
    back = [i for i, w in enumerate(own) if w in _UNSAYING]
    first, last = (back[0], back[-1] + 1) if back else (n, 0)
    return frozenset(own[i:j] for i in range(min(first, n - 1) + 1)
                     for j in range(max(i + 1, last), n + 1) if j - i < n)


@lru_cache(maxsize=1 << 15)
def _han_endings(spelling: str) -> frozenset[str]:
    """The Chinese or Japanese names a spelling closes on (see `_closes_on`)."""
    flat = compact(spelling)
    if not flat or flat[0] in _UNSAYING_HAN or not _HAN_WORD.search(flat):
        return frozenset()
    return frozenset(flat[i:] for i in range(1, len(flat) - 1) if _closes_on(flat, flat[i:]))


@dataclass(frozen=True, slots=True)
class _Profile:
    """One thing's names read once: their words, the runs they hold, the
    Chinese or Japanese names they close on, and where they stand in the list."""

    keys: frozenset[str]
    runs: frozenset[tuple[str, ...]]
    inner: frozenset[tuple[str, ...]]
    flat: frozenset[str]
    endings: frozenset[str]
    place: _Place


def _profile(names: tuple[str, ...], reading: _Reading | None, glossed: bool) -> _Profile:
    key = (*names, "\0") if glossed else names
    found = reading.profiles.get(key) if reading is not None else None
    if found is None:
        found = _profile_of(names, reading if not glossed else None)
        if reading is not None:
            reading.profiles[key] = found
    return found


def _profile_of(names: tuple[str, ...], reading: _Reading | None) -> _Profile:
    spellings = _spellings(names, reading)
    # (Chinese or Japanese spellings only for the endings, which are all in
    # those letters.)
    han = [s for s in spellings if _HAN_WORD.search(s)]
    return _Profile(keys=frozenset(map(_key, spellings)),
                    runs=frozenset(map(words, spellings)),
                    inner=frozenset().union(*map(_inner_runs, spellings)),
                    flat=frozenset(map(compact, han)),
                    endings=frozenset().union(*map(_han_endings, han)),
                    place=_place(spellings))


def _said(one: _Profile, other: _Profile, reading: _Reading | None) -> bool:
    if reading is None or not reading.said:
        return False
    return any(w == parent or _holds(parent, w)
               for key in one.keys for parent in reading.said.get(key, ()) for w in other.runs)


def _related(one: _Profile, other: _Profile, reading: _Reading | None) -> bool:
    if _said(one, other, reading) or _said(other, one, reading):
        return True
    if _listed(one.place, other.place):
        return True
    # (Two the list holds are told by it alone: 'S3 Standard-IA' is no kind
    # of 'S3 Standard', though it holds its words.)
    if one.place.exact and other.place.exact:
        return False
    return bool(one.runs & other.inner or other.runs & one.inner
                or one.flat & other.endings or other.flat & one.endings)


def in_family(one: str, other: str) -> bool:
    """Whether one name is the other's umbrella or under it (by their words,
    the shipped list read through the glossary, or the notes' own words)."""
    return any_in_family((one,), (other,))


def _closes_on(longer: str, shorter: str) -> bool:
    """A Chinese or Japanese name that closes on another, which is its kind
    ('完全二叉树' on '二叉树', '複合インデックス' on 'インデックス'), unless what
    comes before takes it back ('非クラスタ化インデックス', '半同步复制')."""
    a, b = compact(longer), compact(shorter)
    if len(b) < 2 or len(a) <= len(b) or not a.endswith(b):
        return False
    if not _HAN_WORD.fullmatch(b) or not _HAN_WORD.fullmatch(a[-len(b) - 1]):
        return False
    return a[0] not in _UNSAYING_HAN


def family_among(right: str, wrong: Sequence[str]) -> bool:
    """Whether a wrong choice is the right one's umbrella or under it."""
    return any(in_family(right, w) for w in wrong)


def any_in_family(names: Iterable[str], others: Iterable[str], *,
                  glossed: bool = False) -> bool:
    """Whether one thing (all its names) and another are a family: one the
    other's umbrella, or under it. `glossed`: the names already hold every
    spelling the glossary gives them (a concept's names, see Material)."""
    mine = tuple(n for n in names if n.strip())
    theirs = tuple(n for n in others if n.strip())
    if not mine or not theirs:
        return False
    reading = _READING.get()
    return _related(_profile(mine, reading, glossed), _profile(theirs, reading, glossed),
                    reading)


# -- what the notes say ------------------------------------------------------------

# The parent a line names when it calls its subject a kind, an engine or one of
# it: 'RDS의 엔진 중 하나', 'S3의 한 종류', 'EC2 구매 옵션 중 하나', 'a type of
# load balancer', 'one of the RDS engines', 'RDSの一種', 'RDS的一种'.
_NAME = r"[0-9A-Za-z\uac00-\ud7a3][0-9A-Za-z\uac00-\ud7a3\-]*"
_KIND_KO = r"(?:한\s*)?(?:종류|일종|엔진|유형|하위\s*(?:서비스|유형|개념))"
_SAID = (
    re.compile(rf"(?P<parent>{_NAME}(?:\s+{_NAME}){{0,2}}?)\s*의\s*{_KIND_KO}"),
    re.compile(rf"(?P<parent>{_NAME}(?:\s+{_NAME}){{0,2}})\s*(?:중|가운데)\s*(?:하나|한\s*가지)"),
    re.compile(rf"\b(?:a|an|one)\s+(?:type|kind|sort|form|variant|flavou?r|subtype|member)s?\s+of"
               rf"\s+(?:the\s+|an?\s+)?(?P<parent>{_NAME}(?:\s+{_NAME}){{0,2}}?)"
               r"(?=\s*(?:[.,;:)]|$|\s(?:that|which|with|for|in|used|where|to)\b))",
               re.IGNORECASE),
    re.compile(rf"\bone\s+of\s+(?:the\s+)?(?P<parent>{_NAME}(?:\s+{_NAME}){{0,2}}?)"
               r"(?=\s*(?:[.,;:)]|$|\s(?:that|which|with|for|in|used|where|to)\b))",
               re.IGNORECASE),
    re.compile(rf"\b(?:an?|the)\s+(?P<parent>{_NAME})\s+engine\b", re.IGNORECASE),
    re.compile(r"(?P<parent>[^\s、。,，の的]{1,20})(?:の(?:一種|一つ|エンジン)|的一种|之一)"),
)
# A line that names its own subject first: 'Aurora는 …', 'Aurora is …'.
_SUBJECT = re.compile(r"^\s*(?P<child>[^\s,.:]{1,30}(?:\s[^\s,.:]{1,30}){0,2}?)"
                      r"(?:\s*(?:은|는)\s|\s+is\s|\s*(?:は|是))")
_MAX_NAME = 40


# Words one of which every match of `_SAID` holds: a line without any is read
# no further (most lines; literals.py).
_SAID_WORDS = (
    "종류", "일종", "엔진", "유형", "하위", "하나", "가지",
    "type", "kind", "sort", "form", "variant", "flavo", "member", "one", "engine",
    "一種", "一つ", "エンジン", "一种", "之一")


def _said_in(text: str, subject: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not holds_any(text, _SAID_WORDS):
        return out
    for pattern in _SAID:
        for found in pattern.finditer(text):
            parent = found.group("parent")
            # ('Aurora는 RDS의 엔진': the subject may be caught in the parent's words.)
            inside = _SUBJECT.match(parent)
            if inside is not None:
                parent = parent[inside.end():]
                named: re.Match[str] | None = inside
            else:
                named = _SUBJECT.match(text[:found.start()] + " ")
            child = named.group("child") if named else subject
            if child and parent and _key(child) != _key(parent) and len(child) <= _MAX_NAME:
                out.append((child, parent))
    return out


def said_families(deck: Deck) -> list[tuple[str, str]]:
    """(child, parent) for each line of the notes that calls its subject (the
    topic, the bullet it stands under, its own term, or a subject it names
    first) a kind, an engine or one of another thing."""
    out: list[tuple[str, str]] = []

    def walk(fact: Fact, subject: str) -> None:
        own = subject
        text = fact.text
        if fact.term and fact.definition:
            own, text = fact.term, fact.definition
        out.extend(_said_in(text, own))
        under = own if not fact.children or len(fact.text) > _MAX_NAME else fact.text
        for child in fact.children:
            walk(child, under)

    for topic in deck.topics():
        for fact in topic.facts:
            walk(fact, topic.title)
    return out
