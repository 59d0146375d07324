"""(c) Numeric cloze: one number-with-unit blanked, plausible numbers as distractors.

Rules from trials: match the longest unit first (6개월 is not 6개); never blank
identifiers (S3, EC2, t2.micro, ports, versions); skip ranges (1~5분, 1일에서
35일까지) rather than blank half of one; read a percentage by its context
(availability/durability take nines, discounts stay in 0-100) and skip a figure
that fits no sensible ladder (a typo such as seven nines of durability).
Wrong values are believable: bits are widths (powers of two), a share of a
whole stays within 100%, and no choice stands apart by its size.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.quiz.blank_sentence import cut_off, shown_through_blank
from bot.quiz.build import assemble, quote
from bot.quiz.count_clues import (
    counted,
    counted_after,
    derivable_count,
    heading_arithmetic,
    listed_nearby,
    lists_the_items,
    soft_count,
    spelled_by_acronym,
)
from bot.quiz.count_names import name_counts
from bot.quiz.example_values import in_worked_example, variable_value
from bot.quiz.figure_rules import (
    EITHER,
    LAYER_UNITS,
    bare_numbers,
    drawn_from_figures,
    false_side,
    highest_layer,
    is_example,
    lacks_premise,
    points_elsewhere,
    range_ceiling,
    shows_arithmetic,
    threshold_rule,
)
from bot.quiz.filled_otherwise import filled_otherwise, written_lines
from bot.quiz.material import Leaf, Material, Statement, concept_key
from bot.quiz.naming import without_sequence_label
from bot.quiz.phrases import Phrases
from bot.quiz.question import Question
from bot.quiz.restated import says_the_figure_again
from bot.quiz.stem_arithmetic import acts_counted, one_added_or_removed, worked_from_shown
from bot.quiz.text import NINES, GlossaryLike, fix_particle_after_blank
from bot.quiz.unit_rates import illustrates_unit

_UNITS = ("개월", "밀리초", "밀리 초", "시간", "퍼센트", "가지", "계층", "IOPS", "GB", "TB", "PB",
          "MB", "KB", "Gbps", "Mbps", "GiB", "TiB", "개", "건", "분", "초", "일", "년", "배", "명",
          "%", "비트", "바이트",
          "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
          "minute", "seconds", "second", "ms", "years", "year", "bits", "bytes",
          "characters", "times")
_NUM = re.compile(
    r"(?<![A-Za-z0-9.\-/:~_])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<sep> ?)(?P<unit>"
    + "|".join(re.escape(u) for u in _UNITS) + r")(?![A-Za-z0-9])"
)
_RANGE_BEFORE = re.compile(r"(?:[~\-–]|에서|부터)\s*$")
_RANGE_AFTER = re.compile(r"^\s*(?:[~\-–]|에서\s*\d|부터\s*\d)")
# "1년 내내" (all year round), "한 번에": idioms, not figures to learn.
_IDIOM_AFTER = re.compile(r"^\s*(?:내내|만에|동안 내내)")
# "합이 100일 필요 없음", "1일 수도": 일 is the copula there, not days.
_COPULA_AFTER = re.compile(r"^\s*(?:필요|수\b|수도|때|경우|것|뿐|지도|리가|거|테)")
# "약 15개", "about 100 ms", "10초 정도": a rough figure, and a near value is
# as right as the answer.
_ROUGH_BEFORE = re.compile(r"(?:약|대략|거의|approximately|approx\.?|about|around|roughly|nearly"
                           r"|~|≈)\s*$", re.IGNORECASE)
_ROUGH_AFTER = re.compile(r"^\s*(?:정도|가량|내외|남짓|안팎|or so)", re.IGNORECASE)
# '128TB 까지': a ceiling written after the figure.
_UP_TO = re.compile(r"^\s*(?:까지|이내|up to)")
# The units a tally counts its kinds in ('3가지').
_COUNT_UNIT = re.compile(r"가지")
_NINES_CONTEXT = re.compile(r"가용성|내구성|availability|durability", re.IGNORECASE)
_DISCOUNT_CONTEXT = re.compile(r"할인|discount", re.IGNORECASE)

# A year written with 년/year from this one on is a date on the calendar.
_FIRST_YEAR = 1000
# Beyond this a "number" is a typo or an identifier, and float arithmetic stops
# being exact; nothing in study notes is asked at that size.
_LARGEST = 1e15
_COUNT = (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 16, 20, 25, 30, 50, 100, 200, 500, 1000, 5000,
          10000)
_LADDERS: dict[str, tuple[float, ...]] = {
    "분": (1, 2, 3, 5, 10, 15, 20, 30, 45, 60),
    "초": (1, 2, 5, 10, 15, 30, 60, 100),
    "밀리초": (1, 2, 5, 10, 20, 50, 100),
    "시간": (1, 2, 3, 4, 6, 8, 12, 24, 48, 72),
    "일": (1, 3, 7, 14, 30, 35, 45, 60, 90, 180, 365),
    "개월": (1, 2, 3, 6, 9, 12, 18, 24),
    "년": (1, 2, 3, 5, 7, 10),
    "size": (1, 5, 10, 16, 32, 64, 100, 128, 256, 500, 512, 1000),
    # Bandwidth: the steps links and gateways are sold in.
    "Gbps": (1, 5, 10, 25, 40, 45, 50, 100, 200, 400),
    "Mbps": (1, 10, 50, 100, 200, 500, 1000),
    "IOPS": (1000, 3000, 5000, 10000, 16000, 32000, 64000, 100000),
    # Bits: widths are powers of two (an address, a key, a hash), and '12비트'
    # beside '128비트' is no width anyone believes.
    "bits": (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096),
    "%": (10, 20, 25, 30, 40, 50, 60, 75, 80, 100, 200, 300, 400, 500),
    "discount": (10, 20, 30, 40, 50, 60, 70, 72, 80, 90),
    "nines": NINES,
}


@dataclass(frozen=True, kw_only=True, slots=True)
class Figure:
    start: int
    end: int
    value: float
    text: str
    unit: str
    sep: str
    commas: bool
    ladder: str


_UNIT_KEYS = {"밀리 초": "밀리초", "퍼센트": "%", "ms": "밀리초", "GiB": "GB", "TiB": "TB",
              "month": "개월", "months": "개월", "week": "주", "weeks": "주", "day": "일",
              "days": "일", "hour": "시간", "hours": "시간", "minute": "분", "minutes": "분",
              "second": "초", "seconds": "초", "year": "년", "years": "년",
              "비트": "bits", "바이트": "bytes"}


def unit_key(unit: str) -> str:
    """One key per unit however written ('days', 'day', '일')."""
    return _UNIT_KEYS.get(unit, unit)


@dataclass(frozen=True, kw_only=True, slots=True)
class Skipped:
    """A number with a unit that is no figure to blank, and why (bench.quiz_drops)."""

    text: str
    start: int
    why: str


def read_figures(text: str) -> list[Figure | Skipped]:
    """Every number with a unit in the text: a Figure that can be blanked, or
    why not (a range, an idiom, a rough figure, 일 as the copula, zero)."""
    out: list[Figure | Skipped] = []
    for m in _NUM.finditer(text):
        why = _not_a_figure(text, m.start(), m.end(), m.group("unit"))
        value = float(m.group("num").replace(",", ""))
        if not why and not 0 < value < _LARGEST:
            why = "zero or huge"  # 0초 is a setting, not a figure to learn; 10^400 is none
        if why:
            out.append(Skipped(text=m.group(0), start=m.start(), why=why))
            continue
        unit = unit_key(m.group("unit"))
        if unit == "년" and value >= _FIRST_YEAR:
            # '2011년 8월에 릴리즈': a date, not a span; among '5년', '7년', '10년'
            # it is the one of another kind.
            out.append(Skipped(text=m.group(0), start=m.start(), why="a calendar year"))
            continue
        ladder = unit
        if unit == "%":
            if _NINES_CONTEXT.search(text) or value >= 99:
                ladder = "nines"
            elif _DISCOUNT_CONTEXT.search(text):
                ladder = "discount"
        elif unit in ("GB", "TB", "PB", "MB", "KB"):
            ladder = "size"
        elif unit == "bits":
            ladder = "bits"
        elif unit not in _LADDERS:
            ladder = "count"
        out.append(Figure(start=m.start(), end=m.end(), value=value, text=m.group(0),
                          unit=m.group("unit"), sep=m.group("sep"),
                          commas="," in m.group("num"), ladder=ladder))
    return out


# '7월 20일까지', '2024년 3월 5일': a day of the month is a date on the calendar
# (a deadline, a course's schedule), not a span to learn.
_MONTH_BEFORE = re.compile(r"\d{1,2}\s?월\s*$")


# '1분기', '3분석', '초기': a unit's syllable opening a word of its own (분기, a
# quarter of the year): a blank there cuts the word apart ('___기').
_WORD_AFTER = {"분": re.compile(r"^(?:기|석|류|산|할|야)"), "초": re.compile(r"^(?:기|반)"),
               "개": re.compile(r"^념")}


def _not_a_figure(text: str, start: int, end: int, unit: str) -> str:
    before, after = text[:start], text[end:]
    word = _WORD_AFTER.get(unit)
    if word is not None and word.match(after):
        return "the unit opens another word"
    if unit == "일" and _MONTH_BEFORE.search(before):
        return "a calendar date"
    if _RANGE_AFTER.match(after) or (_RANGE_BEFORE.search(before)
                                     and not range_ceiling(text, end)):
        return "range"
    if _IDIOM_AFTER.match(after):
        return "idiom"
    if _ROUGH_BEFORE.search(before) or _ROUGH_AFTER.match(after):
        return "rough figure"
    if unit == "일" and _COPULA_AFTER.match(after):
        return "copula 일"
    return ""


def figures(text: str) -> list[Figure]:
    """Numbers with a unit that can be blanked (no ranges, no identifiers)."""
    return [f for f in read_figures(text) if isinstance(f, Figure)]


def _render(value: float, like: Figure) -> str:
    number = f"{value:,.0f}" if like.commas else (
        f"{value:g}" if value < 1e6 and value != int(value) else f"{int(value)}")
    if like.ladder == "nines":
        number = f"{value:.9f}".rstrip("0").rstrip(".")
    unit = like.unit
    if unit.isascii() and unit.isalpha() and unit.islower() and unit != "ms":
        unit = unit.removesuffix("s") + ("" if value == 1 else "s")  # 1 day, 3 days
    return f"{number}{like.sep}{unit}"


def distractors(fig: Figure, pool: Sequence[float], side: int = EITHER,
                *, like: str | None = None, ceiling: float = _LARGEST) -> list[float]:
    """Three plausible wrong values: nearest on the unit's ladder or elsewhere in the
    deck, none within 10% of the answer or of each other, and only on `side` of
    the answer when a bound makes the other side true as well; only of shape
    `like` when given; none above `ceiling` (the top layer the notes write)."""
    ladder = _COUNT if fig.ladder == "count" else _LADDERS[fig.ladder]

    def on_side(v: float) -> bool:
        return side == EITHER or (v - fig.value) * side > 0

    if fig.ladder == "nines":
        if fig.value not in ladder:
            return []  # not a figure anyone publishes: likely a typo in the notes
        candidates = [v for v in ladder if v != fig.value and on_side(v)]
        candidates.sort(key=lambda v: abs(ladder.index(v) - ladder.index(fig.value)))
        return candidates[:3]
    if not 0 < fig.value < _LARGEST:
        return []
    # Only positive, finite values have a ratio to the answer: a "0초" elsewhere in
    # the deck is no distractor (and its logarithm does not exist).
    usable = {v for v in (*ladder, *pool)
              if 0 < v < _LARGEST and v <= ceiling and on_side(v)
              and (like is None or shape(v) == like)}
    candidates = sorted(usable - {fig.value},
                        key=lambda v: (abs(math.log(v / fig.value)), v))
    picked: list[float] = []
    for v in candidates:
        if fig.ladder == "discount" and v > 100:
            continue
        if all(abs(math.log(v / p)) > 0.095 for p in [fig.value, *picked]):
            picked.append(v)
        if len(picked) == 3:
            break
    return picked


# Any number in the stem, with or without a unit ('MSS is 1460 bytes', '3 duplicate
# ACKs'); not part of an identifier (EC2, HTTP/1.1, 10.0.0.0/16).
_BARE_NUMBER = re.compile(r"(?<![A-Za-z0-9.\-/:~_])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![0-9.]\d)")


def _near_in_stem(value: float, stem: str) -> bool:
    """The stem states the answer or a neighbour of it ('MTU 1500 bytes, so MSS is
    1460 bytes' for 1500): a reader reads the blank off the sentence."""
    for m in _BARE_NUMBER.finditer(stem):
        other = float(m.group(1).replace(",", ""))
        if other > 0 and abs(math.log(other / value)) <= 0.095:
            return True
    return False


def shape(value: float) -> str:
    """How a figure looks: a small digit, a round one (a multiple of 5) or an odd
    one (18, 256). An answer alone in its shape among the choices is picked by
    its look ('18%' among 20%, 25%, 30%)."""
    if value != int(value):
        return "fraction"
    if value < 10:
        return "digit"
    return "round" if value % 5 == 0 else "odd"


# How far, as a ratio, a choice may stand from its nearest neighbour among the
# choices before it stands out by its size alone ('128비트' beside '12비트' and
# '16비트', '660년' beside '5년', '7년', '10년'): the ladders step by 2 to 3.
_APART = math.log(8)


def _stands_apart(at: int, values: Sequence[float]) -> bool:
    """values[at] lies far from every other value, farther than twice the
    widest step between the others ('10TB, 100TB, 1000TB' step evenly: none
    stands apart)."""
    others = sorted(v for i, v in enumerate(values) if i != at)
    gap = min(abs(math.log(values[at] / v)) for v in others)
    steps = [math.log(b / a) for a, b in itertools.pairwise(others)]
    return gap >= _APART - 1e-9 and gap > 2 * max(steps, default=0.0)


def believable(answer: float, wrong: Sequence[float]) -> list[float] | None:
    """The wrong values without any that stands apart by size; None when the
    answer does (the reader picks it by its size, not by knowing it)."""
    values = [answer, *wrong]
    if _stands_apart(0, values):
        return None
    return [v for at, v in enumerate(values) if at and not _stands_apart(at, values)]


# A share of a whole is at most all of it ('온디맨드 요금의 최대 ___까지 비용 절감',
# '___ of the budget'): a percentage above 100 is believed only where the line
# speaks of growth ('300% 향상', 'grew by 200%').
_GROWTH = re.compile(
    r"증가|향상|늘어|늘리|늘었|늘려|성장|빨라|개선|상승|"
    r"\bincreas|\bimprov|\bgr[eo]w|\bfaster\b|\bboost|\bgain|\bspeed-?up|\bhigher\b|"
    r"上昇|増加|向上|高速化|增长|提升|提高|增加", re.IGNORECASE)
_WHOLE = 100.0


def _shared_shape(answer: float, wrong: Sequence[float]) -> bool:
    # A single digit is as natural as any figure beside 10, 12, 15 (and 10 beside
    # 1, 2, 5): no look of its own.
    shapes = {shape(v) for v in wrong}
    return shape(answer) in shapes or "digit" in shapes | {shape(answer)}


@dataclass(frozen=True, kw_only=True, slots=True)
class Verdict:
    """What became of one number of a line: its question, or why none
    (bench.quiz_drops counts the reasons)."""

    leaf: Leaf
    figure: Figure | Skipped
    result: Question | str


def cloze_questions(material: Material, glossary: GlossaryLike) -> list[Question]:
    return [v.result for v in cloze_verdicts(material, glossary)
            if isinstance(v.result, Question)]


def cloze_verdicts(material: Material, glossary: GlossaryLike) -> list[Verdict]:
    pools: dict[str, set[float]] = {}
    found: list[tuple[Leaf, Figure | Skipped, str]] = []
    # A line counting the kinds listed under it is asked for its count alone.
    items = {t.leaf: t.items for t in material.tallies}
    for leaf in (*material.leaves, *items):
        read = read_figures(leaf.statement.text)
        figs = [f for f in read if isinstance(f, Figure)]
        for figure in figs:
            pools.setdefault(figure.ladder + unit_key(figure.unit), set()).add(figure.value)
        # A later figure of a line is a fact of its own ('1년 혹은 3년 등 예약'): the
        # line's question when the first makes none, but only a plain value: a bound on a
        # figure the world keeps raising ('400개가 넘는 전송 지점', '최대 5개의
        # 보조리전') holds for the false side as well, and the notes' first
        # figure already carries the rule.
        for item in read:
            if isinstance(item, Skipped):
                found.append((leaf, item, item.why))
            elif leaf in items and not _COUNT_UNIT.match(item.unit):
                found.append((leaf, item, "a tally's other figure"))
            elif item is figs[0] or (
                    false_side(leaf.statement.text, item.start, item.end) == EITHER
                    and not _UP_TO.match(leaf.statement.text[item.end:])):
                found.append((leaf, item, ""))
            else:
                found.append((leaf, item, "a later figure with a bound"))
    given = _counts_by_topic((*material.leaves, *items))
    # Layers are numbered from 1 to the top one the notes write ('7계층', 'L4'):
    # an '8계층' beside them is no layer at all, and no one picks it.
    top = highest_layer(leaf.statement.text for leaf in material.leaves)
    lists = _lists((*material.leaves, *items))
    # One blank per line: two blanks of one line each print the other's answer
    # ('기본 노드는 ___이며, 5개의 복제본' beside '기본 노드는 1개이며, ___의
    # 복제본'), so the line's first figure that makes a question is its one.
    asked: set[Leaf] = set()
    out: list[Verdict] = []
    written = written_lines(material)
    for leaf, fig, why in found:
        if isinstance(fig, Skipped) or why:
            out.append(Verdict(leaf=leaf, figure=fig, result=why))
            continue
        if leaf in asked:
            out.append(Verdict(leaf=leaf, figure=fig, result="another figure of the line is asked"))
            continue
        if leaf.statement.source in material.premises:
            # ('- 자동 백업을 켜면 …' over '  - ___ 동안 보관'): the stem would show
            # the indented line alone, and what it is said of is not shown.
            out.append(Verdict(leaf=leaf, figure=fig, result="nested under a line not shown"))
            continue
        if illustrates_unit(unit_key(fig.unit), (leaf.crumb, *lists[_list_key(leaf)])):
            out.append(Verdict(leaf=leaf, figure=fig, result="illustrates a unit of time"))
            continue
        if unit_key(fig.unit) == "%" and leaf.statement.source in material.share_lines:
            out.append(Verdict(leaf=leaf, figure=fig, result="a share of a whole"))
            continue
        text = leaf.statement.text
        if filled_otherwise(text[:fig.start], text[fig.end:], text, written):
            out.append(Verdict(leaf=leaf, figure=fig, result="written again with another figure"))
            continue
        if _given_otherwise(leaf, fig, given):
            out.append(Verdict(leaf=leaf, figure=fig, result="the notes give the count two ways"))
            continue
        ceiling = top if fig.unit in LAYER_UNITS else _LARGEST
        result = _cloze(leaf, fig, sorted(pools[fig.ladder + unit_key(fig.unit)]), glossary,
                        material.words, ceiling, items.get(leaf, ()))
        if isinstance(result, Question):
            asked.add(leaf)
        out.append(Verdict(leaf=leaf, figure=fig, result=result))
    return out


ListKey = tuple[str, str, str]


def _list_key(leaf: Leaf) -> ListKey:
    return (leaf.section, leaf.topic, leaf.crumb)


def _lists(leaves: Sequence[Leaf]) -> dict[ListKey, list[str]]:
    """The lines of each list (one heading, one breadcrumb): a line is read with
    the lines beside it ('단위 시간당 완료된 프로세스 수' over '1초에 몇 개의
    프로세스를 끝냈는지')."""
    out: dict[ListKey, list[str]] = {}
    for leaf in leaves:
        out.setdefault(_list_key(leaf), []).append(leaf.statement.text)
    return out


# A line or heading of a topic, and the counts it gives by noun ('특징' -> {4}).
Counted = tuple[str, dict[str, set[int]]]
TopicKey = tuple[str, str]


def _counts_by_topic(leaves: Sequence[Leaf]) -> dict[TopicKey, list[Counted]]:
    """Each topic's lines and headings with the counts they give, by noun."""
    out: dict[TopicKey, list[Counted]] = {}
    for leaf in leaves:
        lines = out.setdefault((leaf.section, leaf.topic), [])
        lines.append((leaf.statement.text, counted(leaf.statement.text)))
        if not any(text == leaf.crumb for text, _ in lines):
            lines.append((leaf.crumb, counted(leaf.crumb)))
    return out


def _given_otherwise(leaf: Leaf, fig: Figure, given: dict[TopicKey, list[Counted]]) -> bool:
    """Another line or heading of the topic counts the same thing otherwise ('4가지
    특징' here, '3가지 특징' there): which one the key holds, the reader cannot
    know."""
    if fig.ladder != "count" or fig.value != int(fig.value):
        return False
    noun = counted_after(leaf.statement.text, fig.end)
    if not noun:
        return False
    return any(values - {int(fig.value)}
               for text, counts in given.get((leaf.section, leaf.topic), ())
               if text != leaf.statement.text
               for values in (counts.get(noun, set()),))


def _count_shown(text: str, fig: Figure, crumb: str) -> str:
    """Why a count is read off the question or given softly ('' when it is not)."""
    if fig.ladder != "count" or fig.value != int(fig.value):
        return ""
    count = int(fig.value)
    if spelled_by_acronym(text, fig.start, fig.end, count, crumb):
        return "an acronym spells the count"  # 'SOLID라고 부르는 ___ 설계 원칙'
    if lists_the_items(text, fig.start, fig.end, count, crumb):
        return "the items counted are listed"  # '비용, 성능, 보안, 내결함성 ___ 범주'
    if listed_nearby(text, fig.start, fig.end, count, crumb):
        return "a list of as many items"  # 'A, B, C, D 중에서 고르는 ___ 옵션'
    if derivable_count(text, fig.start, fig.end, count, crumb):
        return "arithmetic in the stem"  # '읽기 2개, 쓰기 3개 > 모두 ___'
    if soft_count(text, fig.start, fig.end):
        return "a soft count"  # '크게 ___ 특징', '3가지 또는 4가지'
    return ""


def _crumb_states(fig: Figure, crumb: str) -> bool:
    """A heading of the breadcrumb states the figure or a neighbour of it in the same
    unit ('커버리지 87% 달성 > … 12%→___ 달성' for 83%): the blank is read off the
    heading, or the notes give the figure two ways."""
    key = unit_key(fig.unit)
    return any(unit_key(other.unit) == key and abs(math.log(other.value / fig.value)) <= 0.095
               for other in figures(crumb))


def _bare_value(text: str, fig: Figure) -> bool:
    """'Standard : 12시간': a label and nothing but the figure, which says what is
    measured only to one who already knows (a retrieval time, here)."""
    label, colon, value = text.partition(":")
    if not colon or fig.start < len(label) or len(label.split()) > 2:
        return False  # '동시에 처리하는 최대 함수 실행 수 : 1000건' says what it counts
    return not re.search(r"[A-Za-z\uac00-\ud7a3]{2,}", value.replace(fig.text, " "))


# A particle or a unit word glued to a figure ('3초마다', '5分ごと', '每3秒'):
# letters, at most this many, of the figure's own word.
_LETTERS = re.compile(r"[^\W\d_]")
_FEW_LETTERS = 3


def _figure_alone(text: str, fig: Figure) -> bool:
    """'3초마다' under a line listing when a log is flushed: the figure and a
    particle glued to it, no other word, which say what the figure is of only
    beside the line above (a breadcrumb does not show a long line,
    material._label). ('가용성 99.99%' names what it measures.)"""
    start = text.rfind(" ", 0, fig.start) + 1
    end = text.find(" ", fig.end)
    end = len(text) if end < 0 else end
    glued = text[start:fig.start] + text[fig.end:end]
    return not _LETTERS.search(text[:start] + text[end:]) \
        and len(_LETTERS.findall(glued)) <= _FEW_LETTERS


# A name and how many of it, a colon and a label at most after ('VPC 1개', 'IP
# 512개', 'Public subnet 2개: Bastion'): an item of an inventory, which says
# nothing of what the thing is or does ('IP ___' is no sentence).
_INVENTORY_HEAD = re.compile(r"^[^\W\d_][\w./+-]*(?:\s[^\W\d_][\w./+-]*)?\s?$")
_INVENTORY_TAIL = re.compile(r"^\s*(?:[:：].*)?$")


def _inventory_item(text: str, fig: Figure) -> bool:
    return fig.ladder == "count" and bool(_INVENTORY_HEAD.match(text[: fig.start])) \
        and bool(_INVENTORY_TAIL.match(text[fig.end:]))


def _named_count(text: str, fig: Figure, crumb: str) -> bool:
    """A blanked count that a name in the stem or its breadcrumb says ('Singleton
    패턴은 객체를 ___만 생성', 'Dual-Stack 호스트는 ___의 스택'): the name glosses
    the blank (count_names)."""
    if fig.ladder != "count" or fig.value != int(fig.value):
        return False
    return int(fig.value) in name_counts(f"{text[:fig.start]} {text[fig.end:]} {crumb}")


def _cloze(leaf: Leaf, fig: Figure, pool: Sequence[float], glossary: GlossaryLike,
           words: Phrases, ceiling: float = _LARGEST,
           items: Sequence[Statement] = ()) -> Question | str:
    """The question blanking `fig`, or why there is none. `items`: the lines a
    tally counts, shown in the lesson and asked with it (a question on one of
    them shows the tally in its breadcrumb)."""
    text = leaf.statement.text
    if is_example(text, fig.start, fig.end):
        return "an example"
    # (A figure of the example the notes work: 'n개(6개)', a line below 'n=6인
    # 트리', a count equal to the 'n = 4' an earlier line set: example_values.)
    source = leaf.statement.source
    if variable_value(text, fig.start) \
            or in_worked_example(source.file, source.line, fig.value, fig.unit):
        return "a worked example's value"
    if cut_off(text):
        return "the line is cut off"  # '… 로널드 라이베…': a preview cut short
    if lacks_premise(text):
        return "lacks its premise"
    if points_elsewhere(text, fig.start):
        return "points at what is not shown"
    crumb = without_sequence_label(leaf.crumb)  # ('2. 혼잡제어': a label, no figure)
    if shows_arithmetic(text, fig.value, fig.start, fig.end) or heading_arithmetic(crumb):
        return "arithmetic in the stem"
    if worked_from_shown(text, fig.start, fig.end, fig.value, crumb):
        return "arithmetic in the stem"  # '페이지 100KB / 4 > … ___', 'four parts … ___ per part'
    if drawn_from_figures(text, fig.start):
        return "a conclusion drawn from figures"  # '1씩 늘린다. 즉, 한 주기 후 ___'
    others = [(f.value, unit_key(f.unit)) for f in figures(text) if f.start != fig.start]
    if one_added_or_removed(text, fig.start, fig.end, others, fig.value, unit_key(fig.unit)):
        return "one added to a count shown"  # '10개의 행 … 새로운 행을 추가 … ___'
    if acts_counted(text, fig.start, fig.end, fig.value, fig.unit):
        return "a multiple counting the acts shown"  # 'Delete 후 Insert … ___의 작업'
    if threshold_rule(text, fig.start, fig.end):
        return "no side safely false"
    if _bare_value(text, fig):
        return "a label and the bare figure"
    if _figure_alone(text, fig):
        return "the figure alone"
    if _inventory_item(text, fig):
        return "an inventory item"
    if _named_count(text, fig, leaf.crumb):
        return "a name says the count"  # 'Singleton 패턴은 … ___만 생성'
    if says_the_figure_again(text, fig.start, fig.end, fig.value, fig.ladder):
        return "states the figure again"  # '99.999999999% (11 nines)', '1개의 스레드(메인 스레드)'
    shown_count = _count_shown(text, fig, crumb)
    if shown_count:
        return shown_count
    if _crumb_states(fig, leaf.crumb):
        return "the breadcrumb states the figure"
    side = false_side(text, fig.start, fig.end)
    if fig.ladder in ("%", "discount") and fig.value <= _WHOLE and not _GROWTH.search(text):
        ceiling = min(ceiling, _WHOLE)
    wrong = distractors(fig, pool, side, ceiling=ceiling)
    if len(wrong) < 2:
        return "fewer than 2 distractors"
    rest = text[: fig.start] + text[fig.end :]
    if _near_in_stem(fig.value, rest):
        return "answer near a number of the stem"  # the reader reads it off the line
    shown = {f.value for f in figures(rest)}
    if fig.value in shown or fig.value in bare_numbers(rest):
        return "answer in the stem"  # "3 duplicate ACKs … ___ times"
    wrong = [v for v in wrong if v not in shown][:3]
    if not _shared_shape(fig.value, wrong):
        # Distractors that look like the answer, or no question.
        wrong = [v for v in distractors(fig, pool, side, like=shape(fig.value), ceiling=ceiling)
                 if v not in shown][:3]
    if len(wrong) < 2:
        return "fewer than 2 distractors of its shape"
    kept = believable(fig.value, wrong)
    if kept is None:
        return "the answer stands apart by its size"  # '128비트' among '12비트', '16비트'
    if len(kept) < 2:
        return "fewer than 2 believable distractors"
    wrong = kept
    rest_text = text[fig.end :]
    if words.particles():
        rest_text = fix_particle_after_blank(rest_text)
    sentence = text[: fig.start] + "___" + rest_text
    body = f"{words.fill_blank}\n- {sentence}"
    correct = _render(fig.value, fig)
    explanation = quote([(text, leaf.statement.source)]) + "".join(
        f"\n  - {item.text}" for item in items)
    made = assemble(
        "cloze", sources=[text, str(fig.start)], section=leaf.section, topic=leaf.topic,
        concept=concept_key(leaf.concept, glossary), context=leaf.crumb, body=body,
        correct=correct, wrong=[_render(v, fig) for v in wrong], explanation=explanation,
        source=leaf.statement.source,
        asks=[leaf.statement.source, *(item.source for item in items)] if items else ())
    # (Shown through the blank's sentence only: see blank_sentence.)
    return shown_through_blank(made, sentence, fig.start) if isinstance(made, Question) else made
