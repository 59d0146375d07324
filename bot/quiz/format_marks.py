"""Marks of form that set one choice apart from the rest.

A member picks the right choice by its look when it alone has a mark every
other choice lacks, or alone lacks a mark every other choice has: among three
lines each giving a command in backticks ('`swapoff -a` …', '`modprobe
br_netfilter` …'), the one plain line ('节点间通讯可能被拦截') is the reason
column of a table, not a command, and stands out whatever is asked. The marks:
a code span and a web address. (Figures are read by build.figureless_alone.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CODE_SPAN = re.compile(r"`[^`\n]+`")
_ADDRESS = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)
_MARKS = (_CODE_SPAN, _ADDRESS)
# The choices a mark is read on: the answer and two wrong ones at least, so
# that 'all the others' is a pattern, not chance.
_MIN_WRONG = 2


def mark_alone(right: str, wrong: Sequence[str]) -> bool:
    """Whether the right choice alone has a mark of form (a code span, a web
    address) that no wrong choice has, or alone lacks one that every wrong
    choice has."""
    if len(wrong) < _MIN_WRONG:
        return False
    for mark in _MARKS:
        theirs = [bool(mark.search(w)) for w in wrong]
        mine = bool(mark.search(right))
        if mine and not any(theirs):
            return True
        if not mine and all(theirs):
            return True
    return False


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")
_PLAIN_WORD = re.compile(r"^[A-Za-z][a-z]+$")


def words_among_acronyms(choices: Sequence[str]) -> bool:
    """Whether every choice but one is a bare acronym ('FIFO', 'LRU', 'LFU')
    and that one is a phrase of plain words ('Practical Defaults'): a heading
    of remarks among the policies it follows, or a name of another form,
    told from the rest by its look."""
    if len(choices) < 3:
        return False
    shapes = [bool(_ACRONYM.match(c.strip())) for c in choices]
    if shapes.count(False) != 1:
        return False
    odd = choices[shapes.index(False)].split()
    return len(odd) >= 2 and all(_PLAIN_WORD.match(w) for w in odd)


# Two names joined into one choice: 'A와 B', 'A과 B', 'A 및 B', 'A/B', 'A・B',
# 'A和B', 'A与B', 'A及B', 'A and B', 'A & B'. A Korean joiner is read on a word
# of two syllables or more (or one ending in Latin letters or digits), so that
# '결과', '효과' end in no joiner.
_KO_JOINED = re.compile(
    r"(?:[A-Za-z0-9)]|[\uac00-\ud7a3]{2})(?:와|과)\s+\S|\S\s+및\s+\S")
# A Korean phrase with a marked object, owner or place ('데이터를 복사할 소스와
# 목적지', '서브넷 내부와 외부의 트래픽', '첨부로 업로드된 파일 확인 및 저장') is a
# statement whose '와', '및' join words of a sentence, not two names.
_KO_PHRASE = re.compile(
    r"[\uac00-\ud7a3A-Za-z0-9)](?:의|을|를|에|에서|으로|로|하는|할|된)(?:\s|$)")
# 'Stop and Wait', 'Hold and wait condition' are one name each: English 'and'
# and '&' join two names only when a side holds an identifier ('ReplicaSet and
# Deployment', 'IAM User & Groups', 'EC2 & EBS').
_EN_JOINED = re.compile(r"^(?P<left>.+?)\s+(?:and|&)\s+(?P<right>.+)$", re.IGNORECASE)
_IDENTIFIER = re.compile(r"[A-Z]{2}|[a-z][A-Z]|[A-Za-z]\d")
# 'gp2/gp3', 'Linker/Loader': a choice of slashed names, each two characters
# or more and of three words at most ('I/O' is one name; 'CI/CD 集成' in a
# longer phrase is read as written).
_SLASH = re.compile(r"\s*/\s*")
_MAX_SLASHED_WORDS = 3
# '・' is also written between the words of one katakana name ('ラウンド・ロビン'):
# joined only when neither side is katakana.
_DOT_JOINED = re.compile(r"[^\s\u30a0-\u30ff]\s*・\s*[^\s\u30a0-\u30ff]")
_CJK = r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9]"
_ZH_JOINED = re.compile(rf"{_CJK}{{2}}\s*(?:和|与|與|及)\s*{_CJK}{{2}}")
# An aside ('점유대기(Hold and wait)') glosses the name; it joins nothing.
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")
# Names, not statements: a joined choice of more words is a sentence's 'and'.
_MAX_NAME_WORDS = 6


def _slashed(choice: str) -> bool:
    parts = _SLASH.split(choice)
    return len(parts) >= 2 and all(
        len(p) >= 2 and len(p.split()) <= _MAX_SLASHED_WORDS for p in parts)


def _en_joined(choice: str) -> bool:
    match = _EN_JOINED.match(choice)
    return match is not None and any(
        _IDENTIFIER.search(match.group(side)) for side in ("left", "right"))


def _joined(choice: str) -> bool:
    core = _ASIDE.sub("", choice).strip()
    if _KO_JOINED.search(core) and not _KO_PHRASE.search(core):
        return True
    return _slashed(core) or _en_joined(core) or bool(
        _DOT_JOINED.search(core) or _ZH_JOINED.search(core))


def mixed_joined_names(choices: Sequence[str]) -> bool:
    """Whether some name choices join two names ('단일값 속성과 다중값 속성',
    'gp2/gp3') and others are one name ('파생 속성', 'st1'): the set is of two
    forms, and the one of its own form is picked by its look (when it is the
    answer) or left out by it (when the answer is the other form). Statements
    are not read: their 'and' is a sentence's."""
    if len(choices) < 3 or any(len(c.split()) > _MAX_NAME_WORDS for c in choices):
        return False
    joined = [_joined(c) for c in choices]
    return any(joined) and not all(joined)
