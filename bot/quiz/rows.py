"""Rows of a comparison table as questions: which row do these values belong to.

A table whose first column names things and whose other columns describe them
('| Algorithm | Time | Space |', '| Level | Dirty Read | Phantom Read |') says
of each row what sets it apart. A row is asked only when its values, taken
together, belong to no other row (Bubble, Insertion and Selection sort share
O(n²) and O(1): none of them is asked by those), and the wrong choices are the
other rows' names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.labels import label_key
from bot.notes.model import Deck, Table, Topic
from bot.quiz.build import make
from bot.quiz.columns import aside_column, descriptive
from bot.quiz.figure_choices import around
from bot.quiz.gloss import gives_away
from bot.quiz.material import in_exercise, is_concept_name, join_crumb
from bot.quiz.naming import clean_name, is_bare_number, is_label
from bot.quiz.phrases import Phrases
from bot.quiz.question import Question
from bot.quiz.reshape import unwrap_code
from bot.quiz.setting_values import settings_record
from bot.quiz.table_kinds import NameList, kind_mates
from bot.quiz.text import NoGlossary, compact, leaked, name_pieces

MIN_ROWS = 3
# A cell that says nothing of its row: empty, a dash, a question mark.
_UNSAID = frozenset({"", "-", "–", "—", "?", "？", "n/a", "na", "tbd"})
# First-column headings of a sideways comparison.
ASPECT_HEADERS = frozenset("""
feature aspect item items property properties attribute attributes category criteria criterion
dimension comparison 기준 항목 구분 비교 특징 項目 区分 比較 项目 特性 对比 比较 區分 对比项 比较项
""".split())
# First-column headings that name the kind of the things listed ('| 옵션 |
# 할인율 | 조건 |', '| 종류 | … |'): generic words, yet the rows are things.
_KIND_HEADERS = frozenset("""
옵션 종류 유형 이름 option options kind kinds type types name names 種類 名前 类型 名称
""".split())
MAX_CELL = 60
# A name written as a code ('1XX', '4xx', 'HTTP/2'): short, letters and digits.
_CODE = re.compile(r"^[0-9A-Za-z][\w./+-]{0,9}$")


def row_questions(deck: Deck, words: Phrases,
                  lists: Sequence[NameList] = ()) -> list[Question]:
    """Row questions of every table; with the notes' name `lists`, a table that
    mixes kinds asks each row among the rows of its own kind (table_kinds)."""
    out: list[Question] = []
    for topic in deck.topics():
        for table in topic.tables:
            out.extend(_table(topic, table, words, lists))
    return out


def row_questions_of(topic: Topic, table: Table, words: Phrases) -> list[Question]:
    """The row questions one table yields (cells.py asks a table these leave)."""
    return _table(topic, table, words)


def sideways(header: Sequence[str]) -> bool:
    """A comparison written sideways ('| Feature | SG | NACL |', '| 項目 | … |'):
    its first column lists aspects, not things, and the things are columns."""
    first = clean_name(header[0]).strip() if header else ""
    if not first or first.lower() in ASPECT_HEADERS:
        return True
    return is_label(first) and label_key(first) not in _KIND_HEADERS


def settings_table(topic: Topic, values: Sequence[Sequence[str]]) -> bool:
    """A table of what a task sets for each row ('| cart | cartsvc:3.1 |
    checkout | 2 |' under 'Task 6: Deploy three services'): its values are
    settings (setting_values), and neither a row nor a cell of it is a fact."""
    cells = [unwrap_code(v).strip() for row in values for v in row]
    return settings_record(cells, in_exercise=in_exercise(topic))


def _key(text: str) -> str:
    text = unwrap_code(text).strip()
    # A code keeps its marks ('/28', '.NET'); a name loses markup and emoji.
    return text if _CODE.match(text.lstrip("/.")) else clean_name(text)


def _names_things(keys: Sequence[str]) -> bool:
    # (A bare number, an OSI table's layer '7', is a column's value, not a name.)
    return all(k and (is_concept_name(k) or _CODE.match(k.lstrip("/."))) and not is_bare_number(k)
               for k in keys) and \
        len({compact(k) for k in keys}) == len(keys)


def _table(topic: Topic, table: Table, words: Phrases,
           lists: Sequence[NameList] = ()) -> list[Question]:
    header = table.header
    if sideways(header) and not table.headerless:
        return []
    # A column of asides ('further', '비고') tells no row apart: it is left out
    # of each row's profile (and a row with no aside is asked as well).
    shown = [k for k in range(1, len(header)) if not aside_column(header[k])]
    kept = [(at, r) for at, r in enumerate(table.rows)
            if len(r) == len(header) and r[0].strip()
            and all(r[k].strip().lower() not in _UNSAID for k in shown)]
    rows = [r for _, r in kept]
    # (Each row's line: the header's, the rule's, then one a row; with no
    # header, the first row's, the rule's, then the others'.)
    lines = [table.source.line + (at + 2 if not table.headerless else at + 1 if at else 0)
             for at, _ in kept]
    if len(header) < 3 or len(rows) < MIN_ROWS or not shown:
        return []
    keys = [_key(r[0]) for r in rows]
    if not _names_things(keys):
        return []
    values = [tuple(unwrap_code(r[k]).strip() for k in shown) for r in rows]
    if any(len(v) > MAX_CELL for row in values for v in row):
        return []  # long cells are sentences: a row is then a paragraph, not a profile
    if settings_table(topic, values):
        return []
    labels = [unwrap_code(header[k]).strip() for k in shown]
    if not all(labels) and not table.headerless:
        return []
    crumb = join_crumb(topic.section, topic.title)
    # A table of things of several kinds: each row among its own kind only.
    kinds = kind_mates([(table.source.file, line) for line in lines], lists) if lists else None
    out: list[Question] = []
    profiles = [tuple(_said(v) for v in row) for row in values]
    for i, (key, own) in enumerate(zip(keys, values, strict=True)):
        if profiles.count(profiles[i]) > 1:
            continue  # another row has the same values: two right answers
        mates = kinds.get(lines[i], frozenset()) if kinds is not None else None
        if mates is not None and len(mates) < MIN_ROWS:
            continue
        # Rows most alike first: the choice is made on what differs.
        others = sorted((j for j in range(len(rows))
                         if j != i and (mates is None or lines[j] in mates)),
                        key=lambda j: -sum(a == b for a, b in zip(values[j], own, strict=True)))
        # Wrong rows of one profile rule each other out ('Insertion', 'Selection'
        # and 'Bubble sort', all O(n²) and O(1), beside Heapsort: were one of them
        # right, all would be): one row of each profile only.
        # Figures ('/24' among '/25' … '/32') are offered by value: the rows
        # around the answer, not the same rows with every answer.
        nearby = around(key, [keys[j] for j in others])
        if nearby is not None:
            others = [others[n] for n in nearby]
        picked: list[int] = []
        for j in others:
            if len(picked) < 3 and all(profiles[j] != profiles[k] for k in picked):
                picked.append(j)
        others = picked
        wrong = [keys[j] for j in others]
        if len(wrong) < 2:
            continue
        body = words.which_is_described + "\n" + "\n".join(
            f"- {_shown(label, value)}" for label, value in zip(labels, own, strict=True))
        glossary = NoGlossary()
        if leaked(name_pieces(key, glossary), body, [name_pieces(w, glossary) for w in wrong]):
            continue
        if gives_away(key, body, wrong):
            continue  # '용도: 리소스 삭제' for DELETE: the row translates its name
        def profile(row: Sequence[str]) -> str:
            return ", ".join(f"{label} {value}".strip()
                             for label, value in zip(labels, row, strict=True))

        explanation = [(key, profile(own)), *((keys[j], profile(values[j])) for j in others[:3])]
        question = make(
            "match", sources=["row", *table.header, *rows[i]], section=topic.section,
            topic=topic.title, concept=compact(key), context=crumb, body=body,
            correct=key, wrong=wrong, explanation=explanation, source=table.source)
        if question is not None:
            out.append(question)
    return out


# A footnote's mark on a cell ('99,99%<sup>*</sup>', shown '99,99%(*)'; '5 GB†',
# '1 ms [1]'): a remark below the table, not what the cell says. (A raised
# digit, '10²', is a power.)
_FOOTNOTE_MARK = re.compile(r"\s*(?:\((?:\*+|[†‡§]+)\)|\[(?:\*+|\d{1,2})\]|\*+|[†‡§]+)\s*$")


_EMPHASIS = re.compile(r"\*\*|__|`")


def _said(cell: str) -> str:
    """What a cell says, for telling rows apart: without emphasis, case, spacing
    and a footnote's mark ('**99,99%**<sup>*</sup>' says what '99,99%' does; a
    row asked by those values has two right answers)."""
    text = _FOOTNOTE_MARK.sub("", _EMPHASIS.sub("", cell).strip())
    return " ".join(text.split()).lower()


def _shown(label: str, value: str) -> str:
    """A row's value as its clue shows it: a description as the notes write it
    ('k8s의 리소스 조회', not 'description: k8s의 리소스 조회'), any other value
    under its column's header ('TTL: Minutes to hours')."""
    return value if not label or descriptive(label) else f"{label}: {value}"
