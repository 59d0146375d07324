"""Rows of one kind in a table that lists things of several kinds.

A cheat sheet or summary table ('| 기능/서비스 | 설명 |') is written in runs:
a few features (User Data, Security Group), then the purchasing options
(On-Demand, Reserved, Spot, Dedicated Host), then storage classes or record
types. A question on one row whose wrong choices come from another run
('Spot' beside the descriptions of Security Group and User Data) is told
apart by domain, without any knowledge: a 50/50 guess at best.

What kind a row is, the rest of the notes say: its name stands among its own
kind there, as a heading beside its sibling headings ('#### 1. Simple',
'#### 2. Weighted' under '### 라우팅 정책') or in the first column of another
table ('| Spot Instance | 최대 90% | …' among the other purchasing options).
A run is a stretch of the table's rows that one such list of the notes names,
rows it names nowhere kept when they stand between two that it does. When a
table's rows fall into two or more separate runs, or its header names two
kinds ('기능/서비스', 'Feature/Service'), a row is asked only beside the rows
of its own run, and only when that run holds three rows or more.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.notes.model import Deck
from bot.quiz.naming import clean_name
from bot.quiz.text import name_parts


@dataclass(frozen=True, kw_only=True, slots=True)
class NameList:
    """Names the notes write as one list: the first column of a table (its
    rows from line `first`, one a line), or sibling headings (`first` -1)."""

    file: str
    first: int
    names: tuple[str, ...]
    header: str = ""
    # The heading sibling headings stand under ('' for a table).
    parent: str = ""


# A leading sequence label ('1. Simple', '3) ', '(2) ').
_SEQUENCE = re.compile(r"^\s*(?:\(?\d+[.)]|\(\d+\))\s*")
_SPLIT = re.compile(r"[\s\-_/.,:]+")
# A header naming two kinds of row ('기능/서비스', 'Feature / Service',
# 'Service & Feature', '개념·명령어'): the table mixes them. (Kind words only:
# 'TCP/IP' or 'Read/Write' over a column names no two kinds of row.)
_KIND_SEPARATOR = re.compile(r"\s*(?:/|&|·|\band\b|및)\s*", re.IGNORECASE)
_KIND_WORDS = frozenset("""
기능 서비스 개념 용어 항목 명령어 명령 도구 리소스 옵션 설정 구성요소 컴포넌트 특징 유형 종류
feature service concept term command tool resource option setting component type kind
機能 サービス 概念 用語 コマンド 功能 服务 概念 术语 命令 工具 资源
""".split())


def _two_kinds(header: str) -> bool:
    words = [_singular(w.strip().lower()) for w in _KIND_SEPARATOR.split(clean_name(header))]
    return len(words) == 2 and words[0] != words[1] and all(w in _KIND_WORDS for w in words)


def name_lists(deck: Deck, practice: Sequence[str] = ()) -> tuple[NameList, ...]:
    """Every list of names the deck writes: each table's first column and each
    set of sibling headings. (Not a practice question's option table, whose
    'A', 'B', 'C' name nothing: `practice` holds those topics' titles.)"""
    out: list[NameList] = []
    skip = set(practice)
    for section in deck.sections:
        siblings: dict[tuple[str, ...], list[str]] = {}
        for topic in section.topics:
            if topic.title in skip:
                continue
            if topic.kind == "heading":
                siblings.setdefault(topic.path, []).append(topic.title)
            for table in topic.tables:
                names = tuple(row[0] for row in table.rows if row)
                if len(names) >= 2:
                    out.append(NameList(file=table.source.file, first=table.source.line + 2,
                                        names=names,
                                        header=table.header[0] if table.header else ""))
        out.extend(NameList(file=section.source.file, first=-1, names=tuple(titles),
                            parent=path[-1] if path else section.title)
                   for path, titles in siblings.items() if len(titles) >= 2)
    levels: dict[tuple[str, int], list[str]] = {}
    for section in deck.sections:
        levels.setdefault((section.source.file, section.level), []).append(section.title)
    out.extend(NameList(file=file, first=-1, names=tuple(titles))
               for (file, _level), titles in levels.items() if len(titles) >= 2)
    return tuple(out)


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isascii():
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 14)
def _spellings(name: str) -> tuple[tuple[str, ...], ...]:
    """The name's words, for each way it is written ('Internet Gateway (IGW)':
    the whole, 'Internet Gateway', 'IGW'), lower-cased, singular, without a
    leading number."""
    out: list[tuple[str, ...]] = []
    for part in name_parts(clean_name(name.replace("*", "").replace("`", ""))):
        words = tuple(_singular(w) for w in _SPLIT.split(_SEQUENCE.sub("", part).lower()) if w)
        if words and words not in out:
            out.append(words)
    return tuple(out)


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _names(row: str, name: str) -> bool:
    """Whether a list's name is the row's thing: one written within the other,
    word for word ('Spot' and 'Spot Instance', 'A Record' and 'A')."""
    for a in _spellings(row):
        for b in _spellings(name):
            if _within(a, b) or _within(b, a):
                return True
    return False


def _own(lines: Sequence[tuple[str, int]], lists: Sequence[NameList]) -> NameList | None:
    """The table the lines are rows of."""
    for found in lists:
        if found.first >= 0 and all(
                file == found.file and found.first <= line < found.first + len(found.names)
                for file, line in lines):
            return found
    return None


def _kin(lists: Sequence[NameList]) -> list[int]:
    """A kind for each list: its own, or one shared with its cousins. Sibling
    headings under two headings that are themselves siblings ('#### 배열',
    '#### 연결 리스트' under '### 선형 자료구조'; '#### 트리' under '### 비선형
    자료구조') are two sorts of one kind of thing, not two kinds."""
    kind = list(range(len(lists)))

    def root(i: int) -> int:
        while kind[i] != i:
            i = kind[i]
        return i

    under: dict[tuple[str, str], list[int]] = {}
    for i, found in enumerate(lists):
        if found.first < 0 and found.parent:
            under.setdefault((found.file, found.parent), []).append(i)
    for found in lists:
        if found.first >= 0:
            continue
        cousins = [i for name in found.names for i in under.get((found.file, name), ())]
        for i in cousins[1:]:
            kind[root(i)] = root(cousins[0])
    return [root(i) for i in range(len(lists))]


def kind_mates(lines: Sequence[tuple[str, int]], lists: Sequence[NameList]
               ) -> Mapping[int, frozenset[int]] | None:
    """For rows of one table, by (file, line): each row's line and the lines of
    the rows of its own kind (itself among them), or None when the table is not
    one that mixes kinds (then any row may stand beside any other)."""
    table = _own(lines, lists)
    if table is None:
        return None
    others = [found for found in lists if found is not table]
    kin = _kin(others)
    rows = table.names
    kinds = [frozenset(kin[j] for j, found in enumerate(others)
                       if any(_names(row, name) for name in found.names)) for row in rows]
    runs: list[tuple[int, frozenset[int], int]] = []  # (kind, rows, rows it names)
    for j in sorted(set(kin)):
        run: list[int] = []
        pending: list[int] = []
        for at, kind in enumerate((*kinds, frozenset({-1}))):
            if j in kind:
                run.extend(pending)
                pending = []
                run.append(at)
            elif not kind and run:
                pending.append(at)  # named nowhere: of this run if one follows
            else:
                named = [r for r in run if j in kinds[r]]
                if len(named) >= 2:
                    runs.append((j, frozenset(run), len(named)))
                run, pending = [], []
    mixed = _two_kinds(table.header) or any(
        a[0] != b[0] and not a[1] & b[1] for a in runs for b in runs)
    if not mixed:
        return None
    out: dict[int, frozenset[int]] = {}
    for at in range(len(rows)):
        own = [run for run in runs if at in run[1]]
        line = table.first + at
        if not own:
            out[line] = frozenset({line})
            continue
        best = max(own, key=lambda run: (len(run[1]), run[2]))
        out[line] = frozenset(table.first + r for r in best[1])
    return out
