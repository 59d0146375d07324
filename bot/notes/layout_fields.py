"""Headings and numbered items that are slots of the notes' layout, not things.

Comparison notes write one record per thing with the same sub-headings:
'### CA型' / '#### ユースケース' / '#### 構成方針', then '### AP型' /
'#### ユースケース' / '#### 構成方法', and so on. A sub-heading repeated under
sibling headings is a field of each: its lines describe the heading above it
('ユースケース' of CA型 is CA型's use case). Read as a topic of its own, the
three 'ユースケース' would merge into one concept holding every type's use
cases, offered as a choice beside the types it is a part of: two right
answers, and choices of two kinds. The prepass marks such headings, and the
parser reads them as labels of their parent (as it does '特徴', 'Pros').

A sub-heading is a field when its title is written under three sibling
headings or more (same level, same heading above them), or when it holds a
place of a layout its siblings share: two siblings whose lists of
sub-headings have the same length and share at least half their titles at
the same places are two records of one layout ('構成方針' beside
'ユースケース' in CA型 holds the place of '構成方法' in AP型). Under two
headings alone, one title is no layout: '#### append' under both 'Ring
Buffer' and 'Skip List', beside 'drain' and 'search', names an operation of
each. A title the shipped term list knows, or an
acronym, names a thing written under two parts ('TCP' under 'Week 1' and
'Week 2'), and stays a topic.

Numbered items likewise: a numbered list whose item titles repeat ('1.
クライアント', '2. サーバー', '3. クライアント', …) lists the steps of a
procedure by who takes them. An item's lines tell what happens at that step,
not what the client is; merged by name, the client's four steps would be asked
as 'which one is this?' beside 'サーバー'. Such items are labels of the
topic they stand in (`actor_items`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection
from functools import lru_cache

from bot.notes import lines as L
from bot.notes.aliases import it_terms

_ASIDE = re.compile(r"[（(][^()（）]*[)）]")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}s?$")
# Two siblings sharing this share of their sub-headings, place by place, are
# records of one layout.
_SAME_PLACES = 0.5
_MIN_PLACES = 2
# Three records share a title: two may be two things with one operation each.
_MIN_RECORDS = 3


def _key(title: str) -> str:
    """A title as compared here: no asides, markup, punctuation or case."""
    plain = L.clean_inline(_ASIDE.sub(" ", title))
    return re.sub(r"[\W_]+", "", plain).casefold()


@lru_cache(maxsize=1)
def _known_terms() -> frozenset[str]:
    return frozenset(_key(name) for names in it_terms() for name in names)


def _names_a_thing(title: str) -> bool:
    bare = L.clean_inline(_ASIDE.sub(" ", title)).strip()
    return bool(_ACRONYM.match(bare)) or _key(title) in _known_terms()


def _headings(lines: list[str], fenced: Collection[int],
              skipped: Collection[int]) -> list[tuple[int, int, str]]:
    """(index, level, title) of every heading outside code fences."""
    out = []
    for i, raw in enumerate(lines):
        if i in fenced or (i + 1) in skipped:
            continue
        hm = L.HEADING_RE.match(raw)
        if hm and (hm.group(2) or "").strip():
            out.append((i, len(hm.group(1)), hm.group(2).strip()))
    return out


def field_headings(lines: list[str], fenced: Collection[int],
                   skipped: Collection[int] = ()) -> set[int]:
    """Line numbers (1-based) of sub-headings that are fields of the heading
    above them (see the module's docstring)."""
    heads = _headings(lines, fenced, skipped)
    parent: dict[int, int] = {}  # heading index in `heads` -> its parent's, -1 for none
    stack: list[int] = []
    for at, (_, level, _) in enumerate(heads):
        while stack and heads[stack[-1]][1] >= level:
            stack.pop()
        parent[at] = stack[-1] if stack else -1
        stack.append(at)
    children: dict[int, list[int]] = defaultdict(list)
    for at, up in parent.items():
        if up >= 0:
            children[up].append(at)
    # Sibling parents: headings with sub-headings, by (the heading above, level).
    families: dict[tuple[int, int], list[int]] = defaultdict(list)
    for up in children:
        families[(parent[up], heads[up][1])].append(up)
    fields: set[int] = set()
    for siblings in families.values():
        if len(siblings) < 2:
            continue
        under = Counter(key for up in siblings
                        for key in {_key(heads[c][2]) for c in children[up]})
        for up in siblings:
            for c in children[up]:
                if under[_key(heads[c][2])] >= _MIN_RECORDS:
                    fields.add(c)
        for up in siblings:
            mine = [_key(heads[c][2]) for c in children[up]]
            if len(mine) < _MIN_PLACES:
                continue
            for other in siblings:
                theirs = [_key(heads[c][2]) for c in children[other]]
                if other == up or len(theirs) != len(mine):
                    continue
                same = sum(a == b for a, b in zip(mine, theirs, strict=True))
                if same >= max(1, _SAME_PLACES * len(mine)):
                    fields.update(children[up])
    return {heads[c][0] + 1 for c in fields if not _names_a_thing(heads[c][2])}


def field_titles(lines: list[str], fenced: Collection[int], skipped: Collection[int],
                 titles: Collection[int]) -> set[int]:
    """Line numbers (1-based) of plain title lines (`titles`: a bold line over a
    table or list, read as a heading) whose title recurs under MIN_RECORDS
    headings or more ('**举例分析**' over a table under each ratio): the same
    slot of each record, as a repeated sub-heading is, never a thing."""
    heads = [i for i, _, _ in _headings(lines, fenced, skipped)]
    under: dict[str, set[int]] = defaultdict(set)
    keyed: dict[int, str] = {}
    for line in titles:
        above = max((i for i in heads if i < line - 1), default=-1)
        title = L.clean_inline(lines[line - 1]).strip("*_:： ")
        key = _key(title)
        if key and not _names_a_thing(title):
            under[key].add(above)
            keyed[line] = key
    return {line for line, key in keyed.items() if len(under[key]) >= _MIN_RECORDS}


def actor_items(lines: list[str], runs: Collection[Collection[int]]) -> set[int]:
    """Line numbers (1-based) of the items of numbered runs (`runs`: 0-based
    line indexes of each run's items) in which a title recurs: steps named by
    who takes them, labels of the topic around them."""
    out: set[int] = set()
    for run in runs:
        titles = Counter(_key(_item_title(lines[i])) for i in run)
        titles.pop("", None)
        if titles and max(titles.values()) >= 2:
            out.update(i + 1 for i in run)
    return out


def _item_title(raw: str) -> str:
    nm = L.NUMBERED_RE.match(raw)
    return (nm.group(3) or "") if nm else ""
