"""Counts a reader cannot answer from the notes, or reads off the question.

A count cloze ('SOLID라고 부르는 ___ 설계 원칙', '비용, 성능, 보안, 내결함성 ___
범주') is worth asking only when the question does not show what is counted:

- an acronym of as many letters as the count, beside a count of the kind of
  thing acronyms are made to remember (principles, properties, conditions):
  S-O-L-I-D spells five principles, A-C-I-D four properties;
- a list of as many items written next to the count ('A, B, C의 ___ 유형',
  '3 types: A, B and C', '3つのタイプ：A、B、C'), two names joined by 과/와,
  이나, and, or, と, や, 和, 及 ('Shared Lock(공유락) 과 Exclusive Lock(베타락)
  으로 ___ 유형', '共有ロックと排他ロックの___'), names in brackets before the
  count, or names numbered in turn ('① … ② …'); or a heading of the
  breadcrumb that lists them ('OOP 특징 (캡슐화, 상속, 다형성, 추상화)'), or
  the heading right over a count of kinds when it is nothing but a list of as
  many names ('Shared Lock과 Exclusive Lock' over '___ 유형이 있다').

Nor is a count worth asking that the notes themselves give softly or two ways:
'보통 3개', '크게 4가지', 'usually 3', '3가지 또는 4가지', '3 or 4', or a count of
the same thing another line of the same topic gives otherwise ('4가지 특징'
here, '3가지 특징' there): the reader cannot know which one the key holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.quiz.restated import counts_in_words

# An acronym: capitals only, three letters or more ('SOLID', 'ACID', 'CRUD'); two
# letters ('AZ', 'IP') abbreviate a name far more often than they spell a list.
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])([A-Z]{3,8})(?![A-Za-z0-9])")
# What an acronym is made to remember: principles, properties, conditions, steps.
_MNEMONIC_KIND = re.compile(
    r"원칙|원리|특성|속성|성질|조건|요소|단계|연산|기준|특징|"
    r"principles?|propert(?:y|ies)|rules?|conditions?|elements?|steps?|operations?|"
    r"criteria|letters?|guarantees?|characteristics?|features?|"
    r"原則|原则|特性|属性|性質|性质|条件|要素|要件|步骤|手順|操作|特征|特徴",
    re.IGNORECASE)
# How far after the count its noun may stand ('5가지 설계 원칙', '5 design principles').
_NOUN_SPAN = 16


def spelled_by_acronym(text: str, start: int, end: int, count: int, crumb: str = "") -> bool:
    """An all-capital acronym in the line or its breadcrumb has as many letters as
    the count, and what is counted is what acronyms spell (principles,
    properties): the reader counts the letters."""
    if count < 3 or not _MNEMONIC_KIND.search(text[end:end + _NOUN_SPAN]):
        return False
    shown = text[:start] + " " + text[end:] + " " + crumb
    return any(len(m.group(1)) == count for m in _ACRONYM.finditer(shown))


# Items of a written list: short, joined by commas, 및, and, or, 또는,
# 와/과 (written apart or not: '공유 락 과 배타 락', as bold markup leaves it),
# 이나, the ideographic comma, a middle dot, a slash with spaces round it
# ('DBMS의 구조 / Buffer 관리 정책'; 'TCP/UDP', one name of two sides, is read
# as a slash pair elsewhere), or a Chinese or Japanese conjunction written
# between two names without spaces ('共享锁和排他锁', '共有ロックと排他ロック').
_NAME_EDGE = r"A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff"
_SEPARATOR = re.compile(
    r"\s*(?:[,、，;；·・]|\s[/／](?=\s)|(?<=[\w)）])(?:\s?(?:와|과)|이나)(?=\s)"
    r"|\s(?:및|또는|혹은|and|or|與|与|和|及|や)(?=\s)"
    r"|(?<=[" + _NAME_EDGE + r")）])(?:及び|および|または|以及|或者|和|与|與|及|或|と|や)"
    r"(?=[" + _NAME_EDGE + r"])"
    r"|,?\s+(?:and|or)\s+)\s*", re.IGNORECASE)
# A bracketed aside after a name ('Shared Lock(공유락)'): a gloss of the item,
# not a stop of the clause.
_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]")
# An item of a list is a name or a short phrase, not a clause.
_ITEM_WORDS = 4
_ITEM_CHARS = 30
# Words between a list and its count ('A, B, C의 ___', 'A, B 등 ___', 'A and B: ___',
# 'A과 B로 ___', 'AとBの___'): a particle or two, after a bracket at most.
_LIST_TAIL = re.compile(r"(?:\s*[(（]([^()（）]*)[)）])?(?:\s*(?:의|등의|등|총|모두|이렇게|까지|"
                        r"으로|로|이라는|라는|[:：]|の|で|など|的|等|共|these|all))*\s*$",
                        re.IGNORECASE)
# A clause ends: a sentence stop, a colon or a bracket opening what follows.
_CLAUSE_STOP = re.compile(r"[.。!?！？;；:：(（\[\]]|다\s|음\s|함\s")
# After the count: its noun, then a colon or bracket, then the list.
# (A dash only with spaces round it: 'Multi-AZ' is one name.)
_LIST_HEAD = re.compile(r"^[^.。:：(（]{0,20}?(?:[:：(（]|\s[—–-]\s)\s*")


def _items(run: str) -> list[str]:
    parts = [p.strip() for p in _SEPARATOR.split(run)]
    return [p for p in parts if p]


def _short(item: str) -> bool:
    return len(item) <= _ITEM_CHARS and len(item.split()) <= _ITEM_WORDS


# Where a clause's first item starts: after the word that opens the clause
# with its topic or verb ('Lock은 Shared Lock과 …', 'locks come as shared and
# …', '行ロックは共有ロックと…'). (Not after 이, 가, 의, 로, 도: names end so
# too, '게이트웨이', '경로', '속도'.)
_OPENER = re.compile(
    r"^.*(?:(?<=\S)(?:은|는|을|를|에|에서|에는|으로|에게)\s|"
    r"\b(?:is|are|was|were|has|have|as|of|in|into|with|by|to|for|be|between|both|either|"
    r"like|including|such as)\s|[はがをにで是为為])", re.IGNORECASE)
# The item touching the count ends as no name does: a particle of place or
# object, a verb's ending ('EC2에 2개', '연결하는 2가지', '考える3つ').
_NOT_A_NAME_END = re.compile(r"(?:을|를|에|에서|에게|하는|되는|있는|없는|[\u3040-\u309f])$")


def _trailing_list(head: str) -> int:
    """How many items the list that ends `head` names (0 without a list). A
    bracketed aside after an item glosses it ('Shared Lock(공유락) 과 Exclusive
    Lock(베타락) 으로 ___'); a bracket right before the count may hold the list
    itself ('락(공유락, 베타락) ___')."""
    tail = _LIST_TAIL.search(head)
    body = head[: tail.start()] if tail else head
    if tail and tail.group(1):
        inner = _items(tail.group(1))
        if len(inner) >= 2 and all(_short(i) for i in inner):
            return len(inner)
    body = _GLOSS.sub("", body)
    stops = list(_CLAUSE_STOP.finditer(body))
    clause = body[stops[-1].end():] if stops else body
    items = _items(clause)
    if len(items) < 2:
        return 0
    # The first item may open the clause with other words ('Trust Advisor는
    # 비용 최적화', 'Lock은 Shared Lock'): read it from the word that opens the
    # clause, and count from the end while items stay short.
    opened = _OPENER.match(items[0])
    if opened and items[0][opened.end():].strip():
        items[0] = items[0][opened.end():].strip()
    n = 0
    for item in reversed(items):
        if not _short(item):
            break
        n += 1
    listed = items[len(items) - n:]
    # The item touching the count is one of its kind, no longer than the others
    # ('inbound, outbound 각각 규칙 2개' counts rules, not the two directions),
    # and reads as a name ('EC2와 RDS에 2개': what is put there is counted).
    if n < 2 or len(listed[-1].split()) > max(len(i.split()) for i in listed[:-1]) \
            or _NOT_A_NAME_END.search(listed[-1]):
        return 0
    return n


def _leading_list(tail: str) -> int:
    """How many items the list after the count's colon or bracket names."""
    m = _LIST_HEAD.match(tail)
    if m is None:
        return 0
    rest = tail[m.end():]
    if not m.group(0).rstrip().endswith(("(", "（")):
        rest = _GLOSS.sub("", rest)  # ': Shared Lock(공유락)과 Exclusive Lock(베타락)'
    run = re.split(r"[.。)）\]\n]", rest, maxsplit=1)[0]
    items = _items(run)
    return len(items) if len(items) >= 2 and all(_short(i) for i in items) else 0


def _listed_in(heading: str, noun: str) -> Iterable[int]:
    """Sizes of the lists a heading writes beside the noun counted ('특징:
    캡슐화, 상속, 다형성, 추상화', 'Features (A, B, C)'). A heading that lists
    other things ('RDS, Aurora, ElastiCache' over a count of AZs) counts nothing
    of the line's."""
    parts = [(heading[: m.start()], heading[m.end():]) for m in re.finditer(r"[:：]", heading)]
    parts += [(heading[: m.start()], m.group(1))
              for m in re.finditer(r"[(（]([^()（）]+)[)）]", heading)]
    for before, run in parts:
        items = _items(run)
        if noun in _noun_words(before) and len(items) >= 2 and all(_short(i) for i in items):
            yield len(items)


def _noun_words(text: str) -> set[str]:
    return {_noun(w) for w in re.findall(r"[가-힣]{2,}|[A-Za-z]{3,}|[\u4e00-\u9fff]{1,4}", text)}


# Items numbered in turn ('① 공유락 ② 베타락', '(1) … (2) …', '1) … 2) …', '1. …
# 2. …'): the last number says how many there are. ('1.25 Gbps', '(1개 VPN': no
# numbering.)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_NUMBERED = re.compile(r"(?<![\w.])(?:[(（](\d{1,2})[)）]|(\d{1,2})[)）](?!\d)|(\d{1,2})\.(?=\s))")


def _enumerated(text: str) -> int:
    """How many items the text numbers 1, 2, … in turn (0 when it numbers none)."""
    for seq in ([_CIRCLED.index(c) + 1 for c in text if c in _CIRCLED],
                [_PAREN_DIGITS.index(c) + 1 for c in text if c in _PAREN_DIGITS],
                [int(next(g for g in m.groups() if g)) for m in _NUMBERED.finditer(text)]):
        if len(seq) >= 2 and seq == list(range(1, len(seq) + 1)):
            return len(seq)
    return 0


# A count of kinds: '2가지', '3종류', '2개 유형', '3 types', '2つのタイプ', '3种类型'.
_KIND_AFTER = re.compile(
    r"\s*(?:가지|종류|種類|种类|种|種|"
    r"(?:개|つ|个|個)?\s*(?:의\s*|の|的)?\s*(?:유형|타입|types?\b|kinds?\b|sorts?\b|"
    r"categor(?:y|ies)\b|タイプ|类型|類型))", re.IGNORECASE)


def _counts_kinds(text: str, start: int) -> bool:
    return bool(_KIND_AFTER.match(re.sub(r"^[\d,]+", "", text[start:])))


def _heading_of_names(heading: str, text: str) -> int:
    """How many names a heading is a list of, and nothing else ('Shared Lock과
    Exclusive Lock', '共有ロックと排他ロック'), or lists after its colon or in
    its brackets ('잠금 유형: 공유 잠금, 배타 잠금', 'Locks (shared, exclusive)'),
    when the line names none of them: a line about one of them ('TCP와 UDP'
    over 'TCP는 2가지 …') counts that one's things."""
    runs = [_GLOSS.sub("", heading)]
    runs += [heading[m.end():] for m in re.finditer(r"[:：]", heading)][-1:]
    runs += re.findall(r"[(（]([^()（）]+)[)）]", heading)[-1:]
    for run in runs:
        items = _items(_GLOSS.sub("", run))
        if len(items) >= 2 and all(_name_like(i) for i in items) \
                and not any(i.casefold() in text.casefold() for i in items):
            return len(items)
    return 0


def lists_the_items(text: str, start: int, end: int, count: int, crumb: str = "") -> bool:
    """The line lists as many items as the count right beside it, or numbers as
    many; or a heading of the breadcrumb lists them beside the noun counted, or
    the heading right over a count of kinds is a list of as many names: the
    reader counts them."""
    if count < 2:
        return False
    if _trailing_list(text[:start]) == count or _leading_list(text[end:]) == count:
        return True
    nearest = crumb.split(" > ")[-1] if crumb else ""
    if count in (_enumerated(text[:start] + " ___ " + text[end:]), _enumerated(nearest)):
        return True
    if _counts_kinds(text, start) and _heading_of_names(nearest, text) == count:
        return True
    noun = counted_after(text, end)
    return bool(noun) and any(n == count for heading in crumb.split(" > ")
                              for n in _listed_in(heading, noun))


# 'usually', 'broadly', 'mostly': the notes' own count is a rule of thumb, or a
# grouping the author chose ('크게 4가지 특징': others count three).
_SOFT = re.compile(
    r"(?:보통|대개|대체로|일반적으로|주로|흔히|크게|대표적으로|대부분|통상|"
    r"\busually|\btypically|\bgenerally|\bcommonly|\boften|\bmostly|\bmainly|\bbroadly|"
    r"\bnormally|\bin general|通常|一般的に|主に|大きく|たいてい|大体|一般|主要|大致)"
    r"[^,.;:。，、()（）]{0,12}$", re.IGNORECASE)
# '3가지 또는 4가지', '3 or 4', '3개나 4개', '3/4', '三つか四つ': the count given two ways.
_OR = r"(?:또는|혹은|이나|나|or|/|或者?|または|か|乃至)"
_OTHER_BEFORE = re.compile(r"\d+\s*[^\s\d,.]{0,3}\s*" + _OR + r"\s*$", re.IGNORECASE)
_OTHER_AFTER = re.compile(r"^\s*" + _OR + r"\s*\d", re.IGNORECASE)


def soft_count(text: str, start: int, end: int) -> bool:
    """The line says the count is usual or broad, or gives another beside it."""
    before = text[:start]
    return bool(_SOFT.search(before) or _OTHER_BEFORE.search(before)
                or _OTHER_AFTER.match(text[end:]))


# What a count counts: the word after its counter, set apart from it by a space
# or a particle of possession ('4가지 특징을' -> 특징, '3 types' -> types, '5つの
# 原則' -> 原則, '4个特性' -> 特性); '15개까지', '2개가' end on a particle, not a
# noun.
_NOUN_AFTER = (r"(?:의\s+|\s+|の|的|(?=[\u4e00-\u9fff]))"
               r"([가-힣]{2,}|[A-Za-z]{3,}|[\u4e00-\u9fff]{1,4})")
_COUNTER_AND_NOUN = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:가지|개|대|종류|종|つ|个|個|种|種類|種|項目|項)?" + _NOUN_AFTER)
_PARTICLE_END = re.compile(r"(?:을|를|이|가|은|는|의|에|도|와|과|로|으로|만)$")


def _noun(word: str) -> str:
    return _PARTICLE_END.sub("", word).lower() if len(word) > 2 else word.lower()


def counted(text: str) -> dict[str, set[int]]:
    """Every count a text gives, by the noun it counts ('4가지 특징' -> 특징: {4})."""
    out: dict[str, set[int]] = {}
    for m in _COUNTER_AND_NOUN.finditer(text):
        out.setdefault(_noun(m.group(2)), set()).add(int(m.group(1)))
    return out


def counted_after(text: str, end: int) -> str:
    """The noun the count ending at `end` counts ('' when none follows)."""
    m = re.match(_NOUN_AFTER, text[end:])
    return _noun(m.group(1)) if m else ""


# A list anywhere in the line, or in its nearest heading ('Standard, IA, Glacier,
# Deep Archive 중에서 고르는 ___ 옵션', '## 키 유형: 고객 관리형, AWS 관리형, AWS
# 소유' over '___ 키'): the reader counts its items whatever stands between. Three
# items at least, joined by commas: two names joined ('A와 B') are as often two
# sides of one thing as a list.
_COMMA = re.compile(r"[,、，·・]")
# An item in the middle of a list is a name or a short phrase, not a clause
# ('만들고, 옮기며, 지운다' lists acts, not things to count).
_MIDDLE_WORDS = 3
_CLAUSE_WORD = re.compile(r"(?:을|를|에서|하고|하며|하여|해서|되고|되며|다)$")


def _name_like(item: str) -> bool:
    words = item.split()
    return 0 < len(words) <= _MIDDLE_WORDS and len(item) <= _ITEM_CHARS \
        and not any(_CLAUSE_WORD.search(w) for w in words)


def list_sizes(text: str) -> list[int]:
    """Sizes of the lists of three items or more a text writes with commas ('A,
    B, C', 'A, B, C 및 D'): two commas at least, a name between each two.
    (One comma and a 와 may be a clause: '있는데, 아래와 같다'.)"""
    sizes = []
    for clause in _CLAUSE_STOP.split(text):
        commas = list(_COMMA.finditer(clause))
        run = 0
        for at, comma in enumerate(commas):
            run += 1
            following = commas[at + 1].start() if at + 1 < len(commas) else len(clause)
            if at + 1 == len(commas) or not _name_like(clause[comma.end():following]):
                # The list's last item may be joined by a word ('…, C 및 D').
                joined = _LAST_JOIN.match(clause[comma.end():following])
                if run >= 2:
                    sizes.append(run + 1 + bool(joined))
                run = 0
    return sizes


# '…, C 및 D', '…, C and D', '…, C와 D': one more item after the last comma.
_LAST_JOIN = re.compile(r"^\s*[^\s,、，]+(?:\s[^\s,、，]+)?(?:와|과|\s및|\sand|\s또는|\sor)\s",
                        re.IGNORECASE)


def listed_nearby(text: str, start: int, end: int, count: int, crumb: str = "") -> bool:
    """The line, or the heading right over it, lists as many items as the count
    (three or more), wherever in it the list stands."""
    if count < 3:
        return False
    rest = text[:start] + " ___ " + text[end:]
    nearest = crumb.split(" > ")[-1] if crumb else ""
    return count in list_sizes(rest) or count in list_sizes(nearest)


# Two names joined by a slash ('Blocking/Non-blocking', 'Sync/Async'): two sides
# of one axis. (A letter alone, 'I/O', is one name.)
_SLASH_GROUP = re.compile(r"(?<![\w/])[^\W\d_][\w-]+(?:/[^\W\d_][\w-]+)+(?![\w/])")
# A number written as one, not part of a name ('EC2', 'S3', 'gp3', 'HTTP/2').
_NUMBER = re.compile(r"(?<![A-Za-z0-9.\-/:~_])\d+(?:\.\d+)?")
_HEADING_OPERATOR = re.compile(r"\d\s*[×x*+=]\s*\d", re.IGNORECASE)


def heading_arithmetic(crumb: str) -> bool:
    """A heading writes a sum or a product ('조합 (2 × 2)'): a figure under it may
    be its result."""
    return bool(_HEADING_OPERATOR.search(crumb))


def _given_counts(text: str) -> list[float]:
    """Counts a text gives without digits: in words ('세개의 AZ'), or as the
    sides of a slash pair ('Blocking/Non-blocking' has two). (A list's size is
    asked of its own count alone: as a term of a sum it meets any number.)"""
    out: list[float] = [float(n) for n in counts_in_words(text)]
    out += [float(m.group(0).count("/") + 1) for m in _SLASH_GROUP.finditer(text)]
    return out


# A count said with one thing in or out ('5계층(물리계층포함)', 'eight, including
# the root'): the count without it, or with it, is one off.
_INCLUSION = re.compile(r"포함|제외|빼고|빼면|\binclud\w*|\bexclud\w*|\bplus\b|"
                        r"含む|含め|除く|包括|包含|不含|除外", re.IGNORECASE)


def derivable_count(text: str, start: int, end: int, count: int, crumb: str = "") -> bool:
    """The count is the product, sum or quotient of two numbers the question
    shows, where one of them stands in the breadcrumb, is spelt in words or
    counts the sides of a slash pair ('읽기 2개, 쓰기 3개' over '모두 ___';
    '2가지 축' of two sides each, '___ 조합'; '세개의 AZ' and '6개의 카피' for
    '각 AZ에 ___'), or one off another count said with one thing in or out.
    (Two digits of the line alone are shows_arithmetic's.)"""
    rest = text[:start] + " " + text[end:]
    written = [float(m.group(0)) for m in _NUMBER.finditer(rest)]
    given = _given_counts(rest) + _given_counts(crumb) + [
        float(m.group(0)) for m in _NUMBER.finditer(crumb)]
    if _INCLUSION.search(rest) and any(abs(w - count) == 1 for w in written):
        return True  # '___의 소프트웨어 층 … 현재는 5계층(물리계층 포함)': 5 - 1
    operands = given + written  # (the given first: one of each pair is given)
    for i, a in enumerate(given):
        for j, b in enumerate(operands):
            if i != j and (count in (a * b, a + b) or count * b == a or count * a == b):
                return True
    return False
