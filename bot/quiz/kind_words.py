"""Words that say what kind of thing a name is, when the name ends on them.

A name closing on a kind word ('Fan Out 패턴', 'Retry policy', '轮询方式')
names a pattern, a policy or a way of doing, and among names of services or
modes that lack it, it stands out by kind. And a term closing on a category
word in the plural ('Reclaim Policies', 'Volume Types', '인스턴스 종류',
'存储类型') names a whole list, never one item of it: offered beside the
items, it is no rival.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.notes.lines import without_closing_aside
from bot.notes.literals import holds_any
from bot.quiz.naming import names_a_task

# The kind word a name ends on, by its meaning: the same kind in any language
# is one key ('패턴' and 'pattern' are both 'pattern').
_KINDS: dict[str, tuple[str, ...]] = {
    "pattern": ("pattern", "패턴", "模式", "パターン"),
    "policy": ("policy", "정책", "策略", "ポリシー"),
    "way": ("방식", "기법", "方式", "方法"),
    "mode": ("mode", "모드", "モード"),
    "strategy": ("strategy", "전략", "戦略", "战略"),
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words}
_LATIN_LAST = re.compile(r"([A-Za-z]+)\s*$")

# Category words in the plural (English) or category nouns (Korean, Chinese,
# Japanese) that a list's own title closes on.
_CATEGORY_PLURAL = re.compile(
    r"\b(?:types|kinds|modes|policies|classes|categories|levels|strategies|patterns|options)\s*$",
    re.IGNORECASE)
_CATEGORY_CJK = re.compile(r"(?:종류|유형|목록|种类|類型|类型|種類|一覧)\s*$")


# A grade on a scale: a scale word and its rank ('Sev 1', 'SEV-2', 'Level 3',
# 'Tier II', 'Priority A', 'P1', '심각도 1', '1등급', 'レベル2', '1級', '3级'),
# the whole name or all of it before a gloss ('Sev 1 / 심각도 높음', 'P2 -
# major', 'Level 3: …'). It is one step of a scale, no thing of the kind of
# the phases, roles or tools it may be written beside (a severity among
# detect, triage, mitigate is told apart by its form alone). A word after
# the rank makes a name of its own ('Level 1 cache', 'Tier 2 storage').
_GRADE_WORD = (
    r"(?:(?:sev(?:erity)?|level|lvl|lv|tier|grade|priority|prio|rank|"
    r"심각도|등급|레벨|우선\s*순위|티어|レベル|ランク|優先度|重大度|深刻度|等级|级别|優先級|优先级)"
    r"\s*[-#.]?\s*(?:\d{1,2}|[IVX]{1,4}|[A-F])"
    r"|[Pp][0-4]"
    r"|\d{1,2}\s*(?:등급|레벨|級|级|等級))")
_GRADE = re.compile(_GRADE_WORD + r"\s*(?:$|[/:：(（\-–—|])", re.IGNORECASE)
_OPENS_ON_GRADE = re.compile(_GRADE_WORD + r"(?![A-Za-z0-9.])", re.IGNORECASE)


def names_a_grade(name: str) -> bool:
    """'Sev 1', 'Level 3 / 심각도 높음', '1등급': a name that is a grade on a
    scale (see _GRADE)."""
    return bool(_GRADE.match(without_closing_aside(name).strip()))


# A name that opens on a word of praise ('좋은 스케줄링', 'Good scheduling',
# '理想的なスケジューラ', '好的调度'): a heading on what makes a thing of
# its kind good, whose lines are goals and criteria. It is no kind of that
# thing: beside '선점 스케줄링' or 'Round Robin' it stands out by what it is,
# and a question that asks it among them is answered by that alone. (English
# 'best' and 'bad' open names of their own: 'Best Effort', 'Bad Gateway'.)
_PRAISE = re.compile(
    r"(?:좋은|바람직한|이상적인|올바른|훌륭한)\s+\S"
    r"|(?:good|ideal|desirable)\s+[A-Za-z]"
    r"|(?:良い|よい|望ましい|理想的な)\S"
    r"|(?:好的|理想的|良好的)\S", re.IGNORECASE)


def praises_its_kind(name: str) -> bool:
    """'좋은 스케줄링', 'Good scheduling': a name that says what a good thing
    of its kind is, not one of its kinds (see _PRAISE)."""
    return bool(_PRAISE.match(without_closing_aside(name).strip()))


def one_form_kind(a: str, b: str) -> bool:
    """Whether two names are of one kind by their form alone: both grades on a
    scale or neither, both headings on what a good one is or neither. The one
    test every picker of wrong choices asks (concepts' siblings, matching's
    definitions), so a new kind told by form is added here once."""
    return (names_a_grade(a) == names_a_grade(b)
            and praises_its_kind(a) == praises_its_kind(b))


def opens_on_grade(text: str) -> bool:
    """'Sev 1 when the whole service is down', '1등급은 …': a line that opens
    on a grade on a scale, of which it speaks, not a step done in turn."""
    return bool(_OPENS_ON_GRADE.match(text.strip()))


@lru_cache(maxsize=1 << 12)
def kind_word(name: str) -> str:
    """The kind the name says it is by its last word ('pattern' for 'Fan Out
    패턴'), 'task' for a task ('노드 상태 확인하기'), 'grade' for a grade on a
    scale ('Sev 1', '1등급'), 'praise' for a heading on what a good one is
    ('좋은 스케줄링'), or '' for a plain name."""
    core = without_closing_aside(name).strip()
    # A task ('구성 요소의 상태 확인', 'Creating a VPC') is something to do,
    # beside things of any kind.
    if names_a_task(core):
        return "task"
    if names_a_grade(core):
        return "grade"
    if praises_its_kind(core):
        return "praise"
    if core.lower() in _KIND_OF:
        return ""  # ('정책' alone is a thing of its own, no name of a kind)
    latin = _LATIN_LAST.search(core)
    if latin:
        return _KIND_OF.get(latin.group(1).lower(), "")
    for word, kind in _KIND_OF.items():
        if not word.isascii() and core.endswith(word):
            return kind
    return ""


def of_other_kinds(answer: str, others: Sequence[str]) -> list[int]:
    """Indexes of `others` whose kind word is not the answer's: a pattern
    beside services, a service beside patterns, a task beside either."""
    kind = kind_word(answer)
    return [i for i, other in enumerate(others) if kind_word(other) != kind]


def names_a_category(term: str) -> bool:
    """'Reclaim Policies', 'Volume Types', '스토리지 종류': a name closing on a
    category word, the title of a list of things."""
    core = without_closing_aside(term).strip()
    return bool(_CATEGORY_PLURAL.search(core) or _CATEGORY_CJK.search(core))


_ITEM_SEPARATOR = re.compile(r"\s*[,，、/]\s*")


def lists_names(text: str) -> bool:
    """'Retain, Delete, Recycle', '保留、删除': a run of two or more short
    names, what a list's title is given, never a description."""
    parts = [p for p in _ITEM_SEPARATOR.split(text.strip().rstrip(".。")) if p]
    return len(parts) >= 2 and all(len(p) <= 24 and len(p.split()) <= 3 for p in parts)


def a_list_title(term: str, definition: str, shown: bool) -> bool:
    """A term closing on a category word whose line lists members (or shows
    nothing to ask by): the title of a list, not an item. ('S3 Glacier
    storage classes: long-term archive' is one thing described, and stays.)"""
    return names_a_category(term) and (not shown or lists_names(definition))


# The word that leaves a list open ('… 등', '…, etc.', '…など', '…等'): what
# the items are examples of is said elsewhere, in the line the list belongs to.
_OPEN_END = re.compile(
    r"(?:(?<=\S)\s*(?:등등|등|など|等等|等)|[,，]?\s+(?:etc|and\s+so\s+on|and\s+more)\b)"
    r"[\s.。)）]*$", re.IGNORECASE)
# Words one of which every match of `_OPEN_END` holds (literals.py: most lines
# leave no list open, and the pattern tries each branch at every character).
_OPEN_END_WORDS = ("등", "など", "等", "etc", "and")
_AND_OR = re.compile(r"\s+(?:및|또는|and|or)\s+", re.IGNORECASE)
# A word bearing a Korean particle or ending on a verb: a clause, no item.
_CLAUSE_WORD = re.compile(r"\S(?:을|를|에서|으로|하여|해서|한다|합니다|된다|됩니다)(?:\s|$)")


def bare_enumeration(text: str) -> bool:
    """'CPU, 메모리, 우선순위, 영구 볼륨(PV) 등', 'pods, secrets, configmaps,
    etc.', 'CPU、メモリ、優先度など': a run of names left open, with no
    predicate. It says what the items are, of what it does not: a line the
    reader can only place by the line it glossed or the heading it stood
    under, no clue nor statement on its own."""
    text = text.strip()
    end = _OPEN_END.search(text) if holds_any(text, _OPEN_END_WORDS) else None
    if end is None:
        return False
    head = _AND_OR.sub(", ", text[:end.start()].rstrip(" ,，、"))
    parts = [p for p in _ITEM_SEPARATOR.split(head) if p]
    return len(parts) >= 2 and lists_names(head) and not _CLAUSE_WORD.search(head)



# The words a definition names its term's kind by ('모든 파드를 한 번에 교체하는
# 전략', 'A strategy that replaces …'): the kind words above, and the words of
# a field whose values are kinds (a type, an option, a class, a level).
_GENUS: dict[str, tuple[str, ...]] = {
    **_KINDS,
    "type": ("type", "유형", "타입", "タイプ", "类型", "類型"),
    "option": ("option", "옵션", "オプション", "选项"),
    "class": ("class", "클래스", "クラス"),
    "level": ("level", "레벨", "レベル", "级别"),
}
_GENUS_OF = {word: kind for kind, words in _GENUS.items() for word in words}
_TRAILING = re.compile(r"[\s.。!！)）]+$")
# An English definition opening on its genus: 'A strategy that …', 'The
# deployment strategy where …', 'An update strategy.'.
# ('A service type reachable inside the cluster': a participle or an adjective
# in -able after it too.)
_EN_GENUS = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+?)s?(?:\s+(?:that|which|where|"
                       r"in\s+which|for|to|of|used|with|[a-z]+(?:ed|able|ible|ing))\b|[.,;:]|$)",
                       re.IGNORECASE)


def _genus(definition: str) -> str:
    """The kind a definition says its term is, by the word it closes on (in
    any language) or, in English, the noun it opens on after an article."""
    text = _TRAILING.sub("", definition.strip())
    english = _EN_GENUS.match(text)
    if english and _singular(english.group(1)) in _GENUS_OF:
        return _GENUS_OF[_singular(english.group(1))]
    last = text.rsplit(None, 1)[-1] if text else ""
    latin = _LATIN_LAST.search(last)
    if latin:
        return _GENUS_OF.get(_singular(latin.group(1)), "")
    for word, kind in _GENUS_OF.items():
        if not word.isascii() and last.endswith(word):
            return kind
    return ""


def names_their_kind(term: str, others: Sequence[str]) -> bool:
    """'strategy : 어떤 방식으로 업데이트를 할 것인가' beside 'Recreate : 모든 파드를
    한 번에 교체하는 전략' and 'RollingUpdate : … 전략': a term that is itself the
    kind two of its siblings' definitions name them by is the field they are
    values of, their umbrella; beside them it is no rival (and the values are
    no rivals of a field)."""
    core = without_closing_aside(term).strip()
    kind = _GENUS_OF.get(_singular(core)) if " " not in core else None
    if not kind:
        return False
    return sum(_genus(o) == kind for o in others) >= 2


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# An item of a list of kinds: a short name, no clause ('Weighted 가중치 기반',
# 'Latency based 지연 시간 기반', '加重ルーティング').
_ITEM_WORDS = 5
_CLAUSE_END = re.compile(r"(?:다|요|음|함|됨|[.。:：])\s*$")


# (Remembered: every sibling's heading and lines are read again for each
# concept they stand beside.)
@lru_cache(maxsize=1 << 14)
def _closing_kind(text: str) -> str:
    """The kind word (or category noun) a heading or a line closes on:
    'policy' for 'Route 53 - Routing 정책' and 'Route 53이 지원하는 라우팅 정책:'."""
    core = without_closing_aside(text).strip().rstrip(":：").strip()
    latin = _LATIN_LAST.search(core)
    if latin:
        return _GENUS_OF.get(_singular(latin.group(1)), "")
    for word, kind in _GENUS_OF.items():
        if not word.isascii() and core.endswith(word):
            return kind
    category = _CATEGORY_CJK.search(core)
    return "type" if category else ""


def heads_its_kinds(name: str, said: Sequence[str]) -> bool:
    """'### Route 53 - Routing 정책' over '- Route 53이 지원하는 라우팅 정책' and
    its items 'Simple 단순', 'Weighted 가중치 기반', 'Failover 장애 조치', …: a
    heading closing on a kind word whose own lines announce the kinds (a line
    closing on the same word) and list three or more of them. It names the
    collection, a section of kinds, never a thing beside things ('CNAME',
    'Alias'), in Korean where a noun has no plural as in 'Routing policies'."""
    return _heads_its_kinds(name, tuple(said))


# (Remembered: asked of each sibling for every concept beside it.)
@lru_cache(maxsize=1 << 14)
def _heads_its_kinds(name: str, said: tuple[str, ...]) -> bool:
    kind = _closing_kind(name)
    if not kind:
        return False
    lines = list(said)
    for at, line in enumerate(lines):
        if line.strip() == name.strip() or _closing_kind(line) != kind:
            continue
        items = 0
        for item in lines[at + 1:]:
            if len(item.split()) > _ITEM_WORDS or _CLAUSE_END.search(item):
                break
            items += 1
        if items >= 3:
            return True
    return False
