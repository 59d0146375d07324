"""Other names of things, found without a hand-made glossary.

Three sources, used by lookup only (merging topics and question checks keep
the deck's own glossary, so these can never change a question's identity):

- the notes themselves: `읽기 전용 복제본 (Read Replica)`, `Critical
  Section(임계영역)`, `Dead Letter Queue (DLQ)`, `KMS (Key Management
  Service)`, `EBS : Elastic Block Store`, a title `EFS` whose first fact is
  `Elastic File System`;
- a general Korean-English IT term list shipped with the package
  (data/it_terms.txt), not tied to one deck;
- loanwords written in the other script (뮤텍스 / mutex, 레플리카셋 /
  ReplicaSet): `skeleton` reduces both to the consonants a Korean reader
  hears, so a word in the query can be matched to a word the notes use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from bot.notes import text as T
from bot.notes.initials import SMALL_WORDS as _SMALL
from bot.notes.initials import abbreviates as _abbreviates
from bot.notes.model import Deck
from bot.notes.spelled_rows import spelled_row

_INNER_RE = re.compile(r"\(([^()]{1,60})\)")
_ABBR_RE = re.compile(r"^[A-Z][A-Za-z0-9]{1,6}$")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_MAX_WORDS = 6


@lru_cache(maxsize=1)
def it_terms() -> tuple[tuple[str, ...], ...]:
    """The shipped term list: one tuple of spellings per concept."""
    text = resources.files("bot.notes").joinpath("data/it_terms.txt").read_text("utf-8")
    out: list[tuple[str, ...]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            names = tuple(n.strip() for n in line.split("|") if n.strip())
            if len(names) >= 2:
                out.append(names)
    return tuple(out)


def _bridge(a: str, b: str) -> bool:
    """One side Korean, the other Latin, both short enough to be names."""
    ko = [x for x in (a, b) if _HANGUL_RE.search(x)]
    la = [x for x in (a, b) if _LATIN_RE.search(x) and not _HANGUL_RE.search(x)]
    return len(ko) == 1 and len(la) == 1 and all(len(x.split()) <= _MAX_WORDS for x in (a, b))


def _pairs_in(text: str, whole: bool) -> list[tuple[str, str]]:
    """`X (Y)` pairs in a title or the start of a fact (`whole`), or anywhere
    when Y abbreviates the words before it."""
    out: list[tuple[str, str]] = []
    start = 0  # where the text before the current "(" begins (linear, no backtracking)
    for m in _INNER_RE.finditer(text):
        before, inner = text[start : m.start()].strip(" :-*"), m.group(1)
        at_start = start == 0
        start = m.end()
        if len(before) > 200:
            before = before[-200:]
        for part in (p.strip() for p in re.split(r"[,/;·]", inner)):
            if not part or not before:
                continue
            words = before.split()
            if _ABBR_RE.match(part) and len(words) >= 2:
                n = len(part)
                for k in range(min(len(words), n + 3), 1, -1):
                    if _abbreviates(part, " ".join(words[-k:])):
                        out.append((" ".join(words[-k:]), part))
                        break
            elif _ABBR_RE.match(before) and _abbreviates(before, part):
                out.append((before, part))
            elif len(words) >= 2 and _ABBR_RE.match(last := words[-1].strip("$*_`")) \
                    and _abbreviates(last, part):
                # 'Amazon RDS (Relational Database Service)': the acronym is the
                # name's last word, after a vendor or a qualifier; or closes a
                # formula or a mark ('$2 \times MSL$ (Maximum Segment Lifetime)').
                out.append((last, part))
            elif whole and at_start and _bridge(before, part):
                out.append((before, part))
    return out


# An acronym said to stand for its long name: 'HTTP stands for Hypertext
# Transfer Protocol', 'HTTP는 HyperText Transfer Protocol의 약자',
# 'HTTPはHypertext Transfer Protocolの略', 'HTTP 是 … 的缩写', 'HTTP 全称 …'.
_ACRONYM = r"(?<![A-Za-z0-9])(?P<short>[A-Z][A-Za-z0-9]{1,6})(?![A-Za-z0-9])"
_QUOTE_OPEN = "\"“'‘「『"
_QUOTE_CLOSE = "\"”'’」』"
_STANDS_FOR = (
    re.compile(_ACRONYM + r"\s+(?:stands\s+for|is\s+short\s+for|is\s+(?:an?\s+)?"
               r"(?:acronym|abbreviation)\s+(?:for|of))\s+"
               rf"[{_QUOTE_OPEN}]?(?P<long>[A-Za-z][A-Za-z -]{{3,60}}?)"
               rf"(?=[{_QUOTE_CLOSE}.,;:()]|\s+(?:and|which|that|is|was|or)\b|$)"),
    re.compile(_ACRONYM + r"\s*(?:은|는|이란|란|이|是|为|為|とは|は)?\s*"
               rf"[{_QUOTE_OPEN}]?(?P<long>[^\s(),.{_QUOTE_OPEN}{_QUOTE_CLOSE}]"
               rf"[^(),.{_QUOTE_OPEN}{_QUOTE_CLOSE}]{{2,60}}?)[{_QUOTE_CLOSE}]?\s*"
               r"(?:의\s*(?:약자|약어|줄임말)|の(?:略|頭文字)|的(?:缩写|簡稱|简称|縮寫))"),
    re.compile(_ACRONYM + r"\s*(?:的)?全称(?:是|为|為)?\s*[：:]?\s*"
               r"(?P<long>[A-Za-z][A-Za-z -]{3,60}?)(?=[，。,.;；()（]|$)"),
)


def _stood_for(text: str) -> list[tuple[str, str]]:
    """(acronym, long name) pairs a line says one stands for: a Latin long name
    whose initials spell the acronym, or a long name in Hangul or Han that the
    line plainly calls its abbreviation ('…의 약자', '…の略', '…的缩写')."""
    out: list[tuple[str, str]] = []
    for pattern in _STANDS_FOR:
        for m in pattern.finditer(text):
            short, long = m.group("short"), m.group("long").strip(" -")
            if len(long.split()) < 2 and not _HANGUL_RE.search(long) \
                    and not _HAN_RE.search(long):
                continue
            if _LATIN_RE.search(long) and not _HANGUL_RE.search(long) \
                    and not _abbreviates(short, long):
                continue
            out.append((short, long))
    return out


def mine(deck: Deck) -> list[tuple[str, str]]:
    """Pairs of names the notes give for one thing."""
    out: list[tuple[str, str]] = []
    for topic in deck.topics():
        out += _pairs_in(topic.title, whole=True)
        facts = topic.all_facts()
        for fact in facts:
            out += _pairs_in(fact.text, whole=True)
            if fact.kind == "row" and (spelled := spelled_row(fact.cells)) is not None:
                out.append((spelled.short, spelled.long))
            out += _stood_for(fact.text)
            if fact.term and fact.definition and _ABBR_RE.match(fact.term):
                head = " ".join(fact.definition.split()[: len(fact.term) + 2])
                for k in range(len(head.split()), 1, -1):
                    name = " ".join(head.split()[:k]).strip(",.;:")
                    if _abbreviates(fact.term, name):
                        out.append((fact.term, name))
                        break
        if _ABBR_RE.match(topic.title) and facts and _abbreviates(topic.title, facts[0].text):
            out.append((topic.title, facts[0].text))
    return list(dict.fromkeys(out))


def heading_pairs(deck: Deck) -> list[tuple[str, str]]:
    """Pairs of names the headings above the topics give ('Amazon SQS (Simple
    Queue Service)' over its subsections), which `mine` reads on the topics'
    own titles only."""
    titles = dict.fromkeys(t for topic in deck.topics() for t in (topic.section, *topic.path))
    # (Acronym pairs only: a heading's opening words bridge to nothing.)
    return list(dict.fromkeys(p for title in titles if title
                              for p in _pairs_in(title, whole=False)))


_TITLE_WORD = re.compile(r"^[A-Za-z]+$")


def title_acronyms(deck: Deck) -> list[tuple[str, str]]:
    """(title, acronym) for English titles of three to five words whose acronym
    the notes use somewhere without spelling it out: `Depth-first search` is
    DFS when another topic says "DFS"."""
    found: dict[str, str] = {}
    for topic in deck.topics():
        words = [w for w in topic.title.replace("-", " ").split() if w.casefold() not in _SMALL]
        if 3 <= len(words) <= 5 and all(_TITLE_WORD.match(w) for w in words):
            found.setdefault("".join(w[0] for w in words).upper(), topic.title)
    if not found:
        return []
    text = "\n".join(
        t for topic in deck.topics() for t in (topic.title, *(f.text for f in topic.all_facts()))
    )
    pattern = r"\b(" + "|".join(map(re.escape, found)) + r")\b"
    used = {u.upper() for u in re.findall(pattern, text, re.IGNORECASE)}
    return [(title, acronym) for acronym, title in found.items() if acronym in used]


def alias_groups(deck: Deck) -> list[tuple[str, ...]]:
    """Mined pairs first (the notes' own words), then the general term list."""
    return [*mine(deck), *it_terms()]


# -- loanwords --------------------------------------------------------------------
_INITIAL = "k k n t t l m p p s s _ s s s k t p _".split()
_FINAL = ["", *"k k k n n n t l l m l l l p l m p p t s nk s s k t p _".split()]
_EN_RULES = tuple((re.compile(p), r) for p, r in (
    (r"ph", "p"), (r"th", "s"), (r"sh", "s"), (r"ch", "s"), (r"ck", "k"), (r"qu", "k"),
    (r"ti(?=[aeiou])", "s"), (r"c(?=[eiy])", "s"), (r"g(?=[eiy])", "s"), (r"x", "ks"),
    (r"r(?![aeiouy])", ""), (r"re$", ""), (r"[aeiouyhw]", ""), (r"[cq]", "k"), (r"g", "k"),
    (r"[bfv]", "p"), (r"d", "t"), (r"[jz]", "s"), (r"r", "l"),
))


def _collapse(chars: Iterable[str]) -> str:
    out: list[str] = []
    for ch in chars:
        if ch and ch != "_" and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonants of a word as a Korean reader hears them: 뮤텍스 and
    mutex are both "mtks", 레플리카셋 and replicaset both "lplkst"."""
    word = T.normalize(word)
    if _HANGUL_RE.search(word):
        parts: list[str] = []
        for ch in word:
            code = ord(ch) - 0xAC00
            if 0 <= code < 11172:
                parts.append(_INITIAL[code // 588])
                parts.extend(_FINAL[code % 28])
        return _collapse(parts)
    latin = re.sub(r"[^a-z]", "", word)
    for pattern, repl in _EN_RULES:
        latin = pattern.sub(repl, latin)
    return _collapse(latin)
