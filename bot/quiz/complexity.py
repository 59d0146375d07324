"""Blanks on a running time the notes state ('퀵소트는 최악의 경우 O(n^2)',
'初期は O(V^2) だった', 'BST search takes O(log n)'): algorithm notes, prose
as often as bullets, say little else a member must know by heart.

Only a growth class of one variable is asked (1, log n, n, n log n, n², n³,
2ⁿ, n!): each has one name and its neighbours on that ladder are plainly other
answers. An expression of two variables ('O((V+E) log V)') is passed over,
since 'O(E log V)' may be as right. Every choice is written the same way (the
notation, variable and spacing of the one the notes wrote), so that none
stands out by its form; a class the rest of the line shows is never offered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.notes.model import Deck, SourceRef, Table, Topic
from bot.quiz.blank_sentence import cut_off, shown_through_blank
from bot.quiz.build import make, quote
from bot.quiz.cells import row_lines
from bot.quiz.figure_rules import drawn_from_figures, is_example, lacks_premise
from bot.quiz.material import (
    Leaf,
    Material,
    Statement,
    concept_key,
    goes_on,
    in_exercise,
    join_crumb,
    split_sentences,
    statement_rejection,
    topic_name,
)
from bot.quiz.naming import clean_name, without_sequence_label
from bot.quiz.phrases import Phrases
from bot.quiz.question import Question
from bot.quiz.text import GlossaryLike, refers_back

# 'O(n^2)', 'Θ(nlogn)', '$O(N \log N)$', 'O(log(n))'; one level of inner parentheses.
_BOUND = re.compile(r"(?<![A-Za-z0-9])(?P<mark>[OΘΩ])"
                    r"\((?P<inner>[^()]{1,20}(?:\([^()]{1,8}\)[^()]{0,8})?)\)")
_LOG = r"(?:\\?log|lg)(?:_?2|₂)?\s*"
# class -> pattern of its inner text, with {x} the variable.
_CLASSES: tuple[tuple[str, str], ...] = (
    ("1", r"1"),
    ("log", _LOG + r"\(?{x}\)?"),
    ("lin", r"{x}"),
    ("nlog", r"{x}\s*(?:\*|\\cdot|·)?\s*" + _LOG + r"\(?{x}\)?"),
    ("sq", r"{x}\s*(?:\^\s*\{?2\}?|²|\*\*\s*2|\s*\*\s*{x})"),
    ("cube", r"{x}\s*(?:\^\s*\{?3\}?|³|\*\*\s*3)"),
    ("exp", r"2\s*(?:\^\s*\{?{x}\}?|ⁿ)"),
    ("fact", r"{x}\s*!"),
)
_LADDER = tuple(name for name, _ in _CLASSES)
# Lines whose figure is worked out in the line itself ('= O(...)', 'a + b'): the
# blank is read off the arithmetic.
_ARITHMETIC = re.compile(r"=\s*[OΘΩ]\(|[OΘΩ]\([^()]*\)\s*[+=]")
MIN_WORDS = 2
# A bound the line compares against ('faster than O(n)', 'O(n)보다 빠른',
# 'O(n) 以下'): a threshold, which more than one class meets.
# (Or one it denies, 'O(1) not O(n)', 'instead of O(n)': every other class is
# not it either.)
_COMPARED_BEFORE = re.compile(r"(?:than|under|below|within|at most|at least|not|instead of|"
                              r"不是|而非)\s*\$?$", re.IGNORECASE)
# A line that reports a mistaken claim ('a common mistake is to say … O(n)'): the
# bound in it is the wrong one.
_MISTAKEN = re.compile(r"\bmistake|\bmisconception|\bwrongly\b|\bincorrect|\bmyth\b|"
                       r"실수|오해|잘못|误解|错误|間違|誤解", re.IGNORECASE)
# A sentence whose subject is only 'the time complexity' ('The time complexity is
# almost definitely O(n log n).'): of what, the sentence before it said.
_BARE_MEASURE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:the|its|this|that)\s+"
    r"(?:(?:time|space|running|worst[- ]case|average[- ]case)\s+)*"
    r"(?:complexity|time|cost)\s+(?:is|was|will|would|becomes|remains|stays)\b",
    re.IGNORECASE)
_COMPARED_AFTER = re.compile(
    r"^\$?\s*(?:보다|이하|이상|이내|미만|초과|以下|以上|以内|より|未満|比|[이가]?\s*아니|ではな)")


# The growth classes by their names, in the four languages: a line that names
# the class beside its bound ('scans input in linear time (O(n))', '선형 시간',
# '線形時間', '常数时间') works the blank out in words.
_CLASS_WORDS: dict[str, re.Pattern[str]] = {
    cls: re.compile(words, re.IGNORECASE) for cls, words in (
        ("1", r"\bconstant\b|상수\s?시간|상수\s?복잡도|定数時間|定数オーダー|常数|常量时间"),
        ("log", r"\blogarithmic|로그\s?시간|로그\s?복잡도|대수\s?시간|対数|对数"),
        ("lin", r"\blinear(?:ly)?\b|선형|線形|线性|線性"),
        ("nlog", r"\blinearithmic|\blog[- ]?linear|\bquasi[- ]?linear"),
        ("sq", r"\bquadratic|이차\s?시간|제곱\s?시간|二乗時間|2乗時間|平方时间|平方級|平方级"),
        ("cube", r"\bcubic|삼차\s?시간|세제곱\s?시간|三乗時間|立方时间"),
        ("exp", r"\bexponential|지수\s?시간|지수적|指数"),
        ("fact", r"\bfactorial|팩토리얼|階乗|阶乘"),
    )
}


def names_its_class(cls: str, rest: str) -> bool:
    """The line, its bound blanked, names the bound's class in words."""
    return bool(_CLASS_WORDS[cls].search(rest))


def complexity_questions(material: Material, glossary: GlossaryLike,
                         deck: Deck | None = None) -> list[Question]:
    """Blanks on the lines the material reads as statements, and (given the
    deck) on the sentences of its prose that state a bound (prose_leaves)."""
    out: list[Question] = []
    leaves = [*material.leaves, *(prose_leaves(deck, material) if deck is not None else ())]
    for leaf in leaves:
        text = leaf.statement.text
        bounds = list(_BOUND.finditer(text))
        if not bounds or _ARITHMETIC.search(text) or lacks_premise(text) \
                or _MISTAKEN.search(text) or _BARE_MEASURE.search(text.strip()):
            continue
        for m in bounds:
            question = _blank(leaf, m, bounds, material, glossary)
            if question is not None:
                out.append(question)
    return out


# A sentence a paragraph states a bound in may be longer than a bullet: it is
# shown whole, as the notes wrote it.
MAX_SENTENCE = 180


def prose_leaves(deck: Deck, material: Material) -> list[Leaf]:
    """The sentences of a paragraph (or of a bullet too long to be a statement
    whole) that state a bound: 'Determining if the element is present … is O(1)
    on average.' A paragraph on a heading that does not name its subject is not
    read as statements about that heading, yet each such sentence says what runs
    in that time in its own words. A sentence that goes on from the one before
    it ('This ensures …', 'It is …') says nothing alone."""
    read = {leaf.statement.text for leaf in material.leaves}
    out: list[Leaf] = []
    for topic in deck.topics():
        if in_exercise(topic):
            continue
        crumb = without_sequence_label(join_crumb(topic.section, topic.title))
        for fact in topic.all_facts():
            if fact.children or fact.kind not in ("text", "bullet") \
                    or not _BOUND.search(fact.text) or fact.text in read:
                continue
            for part in split_sentences(fact.text):
                if part in read or len(part) > MAX_SENTENCE or not _BOUND.search(part) \
                        or statement_rejection(replace(fact, text=part)) \
                        not in ("", "too short or long") \
                        or refers_back(part) or goes_on(part):
                    continue
                out.append(Leaf(statement=Statement(text=part, source=fact.source),
                                section=topic.section, topic=topic.title, crumb=crumb,
                                concept=topic_name(topic)))
    return out


def growth(inner: str) -> tuple[str, str] | None:
    """(class, variable) of a bound's inner text, or None when it is not a
    class of one variable."""
    flat = inner.strip().strip("$").strip()
    variables = set(re.findall(r"[A-Za-z]", re.sub(r"\\?log|lg|\\cdot", " ", flat)))
    if flat == "1":
        return ("1", "")
    if len(variables) != 1:
        return None
    x = variables.pop()
    for name, pattern in _CLASSES:
        if re.fullmatch(pattern.replace("{x}", re.escape(x)), flat):
            return (name, x)
    return None


def _render(cls: str, x: str, spaced: bool, caret: bool, paren: bool = False) -> str:
    gap = " " if spaced else ""
    log = f"log({x})" if paren else f"log{gap or ' '}{x}" if spaced else f"log{x}"
    inner = {"1": "1", "log": log, "lin": x,
             "nlog": f"{x}{gap}{log}" if paren else f"{x}{gap}log{gap}{x}",
             "sq": f"{x}^2" if caret else f"{x}²",
             "cube": f"{x}^3" if caret else f"{x}³", "exp": f"2^{x}",
             "fact": f"{x}!"}[cls]
    return inner


def _blank(leaf: Leaf, m: re.Match[str], bounds: Sequence[re.Match[str]], material: Material,
           glossary: GlossaryLike) -> Question | None:
    text = leaf.statement.text
    found = growth(m.group("inner"))
    if found is None:
        return None
    cls, x = found
    if not x:
        # O(1): take the variable the notes use elsewhere, or 'n'.
        others = [growth(b.group("inner")) for b in bounds]
        x = next((g[1] for g in others if g and g[1]), "n")
    start, end = m.span()
    # (A '$' of LaTeX around the bound goes with it.)
    if text[:start].endswith("$") and text[end:].startswith("$"):
        start, end = start - 1, end + 1
    before, after = text[:start], text[end:]
    mark = m.group("mark")
    if re.search(r"[~～\-–]\s*$", before) or re.match(r"^\s*[~～\-–]", after):
        return None  # one end of a range ('O(1)~O(n)')
    if drawn_from_figures(text, start):
        return None  # 'O(1+2t)의 비용, 즉 O(___)': worked out from the line
    if cut_off(text):
        return None  # a preview cut short: its last word may be a fragment
    if is_example(text, start, end) or _COMPARED_BEFORE.search(before) \
            or _COMPARED_AFTER.match(after) or re.search(r"(?:比|than)\s*\S{0,6}$", before):
        return None
    words = re.findall(r"[A-Za-z\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]{2,}", before + after)
    if len(words) < MIN_WORDS:
        return None  # a bare figure: nothing says what runs in that time
    shown = {g[0] for b in bounds if b is not m and (g := growth(b.group("inner")))}
    if cls in shown or names_its_class(cls, before + " " + after):
        return None  # the line states the answer elsewhere, or names it in words
    here = _LADDER.index(cls)
    near = sorted((c for c in _LADDER if c != cls and c not in shown),
                  key=lambda c: (abs(_LADDER.index(c) - here), _LADDER.index(c)))
    wrong_classes = near[:3]
    if len(wrong_classes) < 2:
        return None
    inner = m.group("inner")
    spaced = " " in inner.strip() or "\\" in inner
    caret = "²" not in inner and "³" not in inner
    correct = _render(cls, x, spaced, caret)
    wrong = [_render(c, x, spaced, caret) for c in wrong_classes]
    # Only the inside is blanked ('O(___)'): the notation stays where the notes
    # wrote it, and the choices are the growth classes themselves.
    sentence = f"{before}{mark}(___){after}"
    body = f"{material.words.fill_blank}\n- {sentence}"
    # (Shown through the blank's sentence only: see blank_sentence.)
    made = make(
        "cloze", sources=[text, f"bound:{m.start()}"], section=leaf.section, topic=leaf.topic,
        concept=concept_key(leaf.concept, glossary), context=leaf.crumb, body=body,
        correct=correct, wrong=wrong, explanation=quote([(text, leaf.statement.source)]),
        source=leaf.statement.source)
    return None if made is None else shown_through_blank(made, sentence, len(before))


# A column of running times ('| Operation | Big-O |', '| 연산 | 시간 복잡도 |').
_BOUND_HEADER = re.compile(
    r"big[\s-]?o|time|complexity|복잡도|複雑度|计算量|計算量|复杂度|時間|时间", re.IGNORECASE)
# A heading that only says what the table measures: the thing measured is named
# above it (or by the notes' own title).
_MEASURE_HEADING = re.compile(r"^(?:(?:time|space)\s+)?complexit(?:y|ies)|big[\s-]?o|"
                              r"(?:시간\s*|공간\s*)?복잡도|(?:时间|空间)?复杂度|(?:時間|空間)?計算量",
                              re.IGNORECASE)
# A mark after the bound that points at a footnote or a case ('O(1)*', 'O(1)†'):
# the bound holds only as the note says, which the question does not show.
_FOOTNOTE = re.compile(r"^\s*(?:\\?\*|†|‡|\^|\[\d)")
# A table of algorithms ('| Algorithm | Time |': Quicksort O(n log n)) gives one
# case of a running time that depends on the input (Quicksort is O(n²) at worst):
# asked only when the column says which case it gives.
_ALGORITHMS = re.compile(r"algorithms?|알고리즘|算法|アルゴリズム", re.IGNORECASE)
_CASE = re.compile(r"worst|average|best|avg|최악|평균|최선|最坏|平均|最好|最悪|最良",
                   re.IGNORECASE)


def table_complexity_questions(deck: Deck, words: Phrases,
                               glossary: GlossaryLike) -> list[Question]:
    """Blanks on a table of operations and their running times ('| Search |
    O(n) |' under '## Time complexity'): one per row whose cell is a class of
    one variable. The breadcrumb must name what is measured: a heading that
    only says 'Time complexity' takes the title of a note read alone (its
    front matter), or the table is passed over. A column that gives every row
    one class (a hash table's 'O(1)*' on average) asks nothing to tell apart,
    and such a summary is a typical case, where a worse class is also right."""
    title = next((v for k, v in deck.metadata if k.casefold() == "title" and v.strip()), "")
    out: list[Question] = []
    for topic in deck.topics():
        crumb = without_sequence_label(join_crumb(topic.section, topic.title))
        if all(_MEASURE_HEADING.match(level.strip()) for level in crumb.split(" > ")):
            if not title:
                continue
            crumb = join_crumb(title.strip(), crumb)
        for table in topic.tables:
            out.extend(_table_blanks(topic, table, crumb, words, glossary))
    return out


def _table_blanks(topic: Topic, table: Table, crumb: str, words: Phrases,
                  glossary: GlossaryLike) -> list[Question]:
    header = table.header
    rows = [r for r in table.rows if len(r) == len(header)]
    if len(rows) == 1 and len(table.rows) == 1 and len(header) >= 2 \
            and all(_CASE.search(h) for h in header):
        return _case_blanks(topic, table, crumb, words, glossary)
    if len(header) < 2 or len(rows) < 3:
        return []
    names = [clean_name(r[0]) for r in rows]
    if not all(names) or len(set(names)) != len(names):
        return []
    of_algorithms = bool(_ALGORITHMS.search(header[0]))
    out: list[Question] = []
    for column in range(1, len(header)):
        if not _BOUND_HEADER.search(header[column]) \
                or (of_algorithms and not _CASE.search(header[column])):
            continue
        cells = [r[column].strip() for r in rows]
        found = [(m, growth(m.group("inner"))) if (m := _BOUND.match(c)) else (None, None)
                 for c in cells]
        classes = {g[0] for _, g in found if g}
        if len(classes) < 2:
            continue
        # Every choice is written as the column writes its classes ('log(n)' and
        # so 'nlog(n)'; 'N' for 'logN'), an O(1) row too.
        written = [m.group("inner") for m, g in found if m and g and g[0] != "1"]
        style = next((w for w in written if re.search(r"log|lg", w)), written[0])
        variable = next((g[1] for _, g in found if g and g[1]), "n")
        # (Each row where it is written: two rows are two facts a sample may ask.)
        lines = row_lines(topic, rows, table.source)
        for name, cell, (m, g), line in zip(names, cells, found, lines, strict=True):
            if m is None or g is None or _FOOTNOTE.match(cell[m.end():]) \
                    or cell[m.end():].strip():
                continue
            question = _cell_blank(topic, line, crumb, name, header[column], m,
                                   (g[0], g[1] or variable), style, words, glossary)
            if question is not None:
                out.append(question)
    return out


def _case_blanks(topic: Topic, table: Table, crumb: str, words: Phrases,
                 glossary: GlossaryLike) -> list[Question]:
    """A table of one row whose columns are the cases ('| 평균 | 최선 | 최악 |'
    over 'Θ(nlogn) | Ω(nlogn) | O(nlogn)'): the running times of the one
    algorithm the breadcrumb names above its measure heading ('힙 소트 >
    시간복잡도'), one blank a case. A lower bound (Ω) is never blanked: every
    smaller class bounds the same running time from below, so more than one
    choice would be right."""
    name = next((level.strip() for level in reversed(crumb.split(" > "))
                 if not _MEASURE_HEADING.match(level.strip())), "")
    if not name:
        return []
    row = table.rows[0]
    line = row_lines(topic, [row], table.source)[0]
    out: list[Question] = []
    for label, cell in zip(table.header, row, strict=True):
        cell = cell.strip()
        m = _BOUND.match(cell)
        found = growth(m.group("inner")) if m else None
        if m is None or found is None or m.group("mark") == "Ω" \
                or cell[m.end():].strip():
            continue
        question = _cell_blank(topic, line, crumb, clean_name(name), label, m,
                               (found[0], found[1] or "n"), m.group("inner"), words, glossary)
        if question is not None:
            out.append(question)
    return out


def _cell_blank(topic: Topic, source: SourceRef, crumb: str, name: str, label: str,
                m: re.Match[str], found: tuple[str, str], inner: str, words: Phrases,
                glossary: GlossaryLike) -> Question | None:
    cls, x = found
    here = _LADDER.index(cls)
    wrong_classes = sorted((c for c in _LADDER if c != cls),
                           key=lambda c: (abs(_LADDER.index(c) - here), _LADDER.index(c)))[:3]
    spaced = " " in inner.strip() or "\\" in inner
    caret = "²" not in inner and "³" not in inner
    paren = bool(re.search(r"(?:log|lg)\s*\(", inner))
    correct = _render(cls, x, spaced, caret, paren)
    wrong = [_render(c, x, spaced, caret, paren) for c in wrong_classes]
    mark = m.group("mark")
    line = f"{name} | {m.group(0)}"
    body = f"{words.fill_blank}\n- {name} ({label}): {mark}(___)"
    return make(
        "cloze", sources=["bound-cell", crumb, name, label, m.group(0)], section=topic.section,
        topic=topic.title, concept=concept_key(name, glossary), context=crumb, body=body,
        correct=correct, wrong=wrong, explanation=quote([(line, source)]), source=source)
