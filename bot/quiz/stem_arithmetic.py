"""Figures a reader works out from the sentence without the notes.

Two sums the line makes in words rather than in digits:

- one thing added or taken away between two counts of the same unit ('10개의
  행을 조회했는데, 새로운 행을 추가해서 다음 조회 시 11개가 나옴', 'a node is
  added to the 3-node cluster, which then has 4 nodes', '1行追加して11件'):
  either count is the other one plus or minus one;
- a multiple of the work done that counts the acts the line chains ('Delete를
  발생시킨 후, Insert 작업을 진행하여 2배의 작업이 소요', 'deletes the entry, then
  inserts it again: twice the work'): as many acts, so many times the work.

And sums where the line's own digits (figure_rules.shows_arithmetic) do not
reach: a heading's 'a OP b' ('100KB / 4' over '한 세그먼트는 ___'), or a count or
a half said in words beside a number ('four parts … ___ each', '절반').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.restated import counts_in_words, says_a_half

# Adding or taking away one thing: the verb of it, not a bare 'new' (a new
# version, a new feature say nothing of a count).
_ONE_CHANGED = re.compile(
    r"추가|삽입|삭제|제거|늘어|줄어|하나\s?더|"
    r"\b(?:add|adds|added|adding|insert|inserts|inserted|append|appends|appended|"
    r"remove|removes|removed|delete|deletes|deleted|one more|another)\b|"
    r"追加|挿入|削除|除去|新增|添加|插入|删除|移除|多一",
    re.IGNORECASE)


def one_added_or_removed(text: str, start: int, end: int, unit_of: Sequence[tuple[float, str]],
                         value: float, unit: str) -> bool:
    """The line says a thing was added or taken away, and another of its counts
    in the blank's unit is one off the blank: the reader adds one. `unit_of`:
    the line's other figures with their units."""
    if value != int(value) or not _ONE_CHANGED.search(text[:start] + " " + text[end:]):
        return False
    return any(other_unit == unit and abs(other - value) == 1 for other, other_unit in unit_of)


# A multiple: '2배', '2x', '2 times', '2倍'.
_MULTIPLE_UNITS = frozenset({"배", "times", "x", "倍"})
# What the multiple measures: work, time or cost spent, which the count of acts
# makes ('2배의 작업이 소요', 'twice the work', '2倍の処理'); not a speed or a
# size ('2배 빨라진다' is no count of acts).
_WORK_AFTER = re.compile(
    r"^\s*(?:의|만큼|로|으로|of|the|の|的)?\s*"
    r"(?:작업|연산|비용|시간|부하|오버헤드|처리|쓰기|읽기|I/O|IO|"
    r"work|cost|operations?|writes?|reads?|time|overhead|load|I/Os?|"
    r"作業|処理|コスト|時間|負荷|工作|开销|成本|操作|时间|负载)",
    re.IGNORECASE)
# One act after another: 'A 후 B', 'A한 다음 B', 'A, then B', 'A after B',
# 'AしてからB', 'Aした後B', 'A之后B', 'A然后B'.
_THEN = re.compile(
    r"(?<=[가-힣])\s?(?:후|후에|다음|다음에|뒤|뒤에)(?=[\s,])|"
    r"\b(?:then|afterwards|followed by|after that)\b|"
    r"してから|した後|たあと|た後|之后|然后|再(?=[\u4e00-\u9fff])",
    re.IGNORECASE)


def acts_counted(text: str, start: int, end: int, value: float, unit: str) -> bool:
    """A multiple of the work a line spends is as many as the acts it chains
    before the blank: 'Delete를 발생시킨 후, Insert 작업을 진행하여 ___의 작업'."""
    if unit not in _MULTIPLE_UNITS or value != int(value) or value < 2:
        return False
    if not _WORK_AFTER.match(text[end:]):
        return False
    sentence = re.split(r"[.!?。！？](?:\s|$)", text[:start])[-1]
    return len(_THEN.findall(sentence)) + 1 == int(value)


# Two numbers of a heading joined by an operator ('페이지 100KB / 4', '디스크 12 -
# 4', '3 ÷ 2'); a dash or minus only between spaces or as the sign itself, since
# '5-1. IP 주소' numbers a heading and '1-2초' is a range.
_CRUMB_SUM = re.compile(
    r"(?<![\d.,])(?P<a>\d+(?:[.,]\d+)*)\s*[A-Za-z가-힣%]{0,4}\s*"
    r"(?P<op>[×x*/÷+−]|\s-\s)\s*(?P<b>\d+(?:[.,]\d+)*)(?![\d.,]*\d)",
    re.IGNORECASE)
# Numbers spelt in digits, as figure_rules reads them.
_DIGITS = re.compile(r"(?<![A-Za-z0-9.\-/:~_])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)")


def _results(a: float, b: float) -> tuple[float, ...]:
    """What two numbers make: sum, both differences, product, both quotients."""
    return (a + b, a - b, b - a, a * b, *((a / b,) if b else ()), *((b / a,) if a else ()))


def _crumb_results(crumb: str) -> list[float]:
    """What each 'a OP b' a heading writes comes to."""
    out: list[float] = []
    for m in _CRUMB_SUM.finditer(crumb):
        a, b = (float(m.group(g).replace(",", "")) for g in ("a", "b"))
        op = m.group("op").strip()
        out.append({"×": a * b, "x": a * b, "X": a * b, "*": a * b, "+": a + b,
                    "-": a - b, "−": a - b}.get(op, a / b if b else -1.0))
    return out


def worked_from_shown(text: str, start: int, end: int, value: float, crumb: str = "") -> bool:
    """The blanked figure is what numbers the question shows make, where a pair
    of the line's digits (figure_rules.shows_arithmetic) does not look: a sum,
    difference, product or quotient a heading writes ('페이지 100KB / 4' over '한
    세그먼트는 ___'), or one of a count or a half the line says in words and a
    number it writes ('세 개의 가용 영역에 … 각 영역에 ___씩 … 전체는 90GB',
    'Splitting 100 GB into four parts gives ___ per part', 'Half of the 64 GB
    memory, ___'). The reader works the blank out instead of knowing it."""
    if any(abs(r - value) < 1e-9 for r in _crumb_results(crumb)):
        return True
    rest = text[:start] + " " + text[end:]
    said = [float(n) for n in counts_in_words(rest)] + ([2.0] if says_a_half(rest) else [])
    if not said:
        return False
    written = [float(m.group(0).replace(",", "")) for m in _DIGITS.finditer(rest)]
    return any(abs(r - value) < 1e-9 for a in said for b in written for r in _results(a, b))
