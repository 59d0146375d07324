"""One cell of a wide table as a question: which row has this value.

A row question (rows.py) shows a row's whole profile, which it cannot do for a
spreadsheet of ten columns, long cells, or rows that a first column sorts into
groups ('| Fiber Optic | OM1 | … |', '| Fiber Optic | OM2 | … |'): there the
rows' names stand in the second column. Such a table still says of a row one
thing no other row says ('| InfiniBand | FDR | 56 Gbps | … |'), and that value
names its row: 'Which one does this describe? - Speed: 56 Gbps'.

Only a value that shares no figure and no word with the same column of any
other row is asked ('Up to 10 Gbps' and '10 Gbps' say the same speed, 'Low
($)' and 'Low-Medium ($$)' the same cost): one row is right by the notes,
and a near value of another row cannot be right by the world either. One
value per row, the leftmost such column (the notes put the defining columns
first), and the wrong choices are rows of the same group.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bot.notes.model import Deck, SourceRef, Table, Topic
from bot.notes.spelled_rows import spelled_table
from bot.quiz.build import make
from bot.quiz.concepts import _words
from bot.quiz.confusables import confusable
from bot.quiz.families import in_family
from bot.quiz.file_titles import titled_crumb
from bot.quiz.flags import only_options
from bot.quiz.gloss import gives_away
from bot.quiz.grades import same_scale, superlative
from bot.quiz.material import is_concept_name, join_crumb
from bot.quiz.naming import clean_name, is_aspect, is_bare_number
from bot.quiz.phrases import Phrases
from bot.quiz.question import Question
from bot.quiz.reshape import unwrap_code
from bot.quiz.rows import MIN_ROWS, row_questions_of, settings_table, sideways
from bot.quiz.text import NoGlossary, compact, leaked, name_pieces, pieces, telling

MAX_VALUE = 60
# A row's telling cell shown beside its number ('Layer: 4' with its functions).
MAX_TELLING = 200
MAX_CHOICES = 4
# A file's name standing for a heading ('osi-layers-protocols', 'net_notes_2').
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
# A figure with its unit ('10 Gbps', '6.2 miles', '15.4 Watts'), or a bare number.
_FIGURE = re.compile(r"(\d+(?:[.,]\d+)?)\s*([A-Za-z]+)?")
_WORD = re.compile(r"[^\W\d_]{3,}")
# Words that tie no two values together ('Up to 10 Gbps' and 'Up to 1 Gbps').
_FILLER = frozenset("""
and the for with from into over per only both all any not but are its
up to or of at on in by as
""".split())
# Empty cells: nothing is said of the row.
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "na", "none", "?", "x"})


def cell_questions(deck: Deck, words: Phrases) -> list[Question]:
    out: list[Question] = []
    for topic in deck.topics():
        for table in topic.tables:
            if row_questions_of(topic, table, words):
                continue  # its rows are asked whole
            if spelled_table(table):
                continue  # asked as short forms and their descriptions (material.read_term)
            out.extend(_table(topic, table, words, deck))
    return out


def _plain(cell: str) -> str:
    return " ".join(clean_name(unwrap_code(cell)).split())


def marks(value: str) -> frozenset[str]:
    """What a value says, as pieces two values may share: its figures with
    their units, and its words ('Up to 1 Gbps (Gigabit)' -> {'1 gbps', 'gigabit'})."""
    text = value.lower()
    figures = {f"{number.replace(',', '.')} {unit or ''}".strip()
               for number, unit in _FIGURE.findall(text)}
    rest = _FIGURE.sub(" ", text)
    found = {w for w in _WORD.findall(rest) if w not in _FILLER}
    return frozenset(figures | found)


# A span of figures in one unit: '1 Gbps to 100 Gbps+', '25-40 Gbps', 'up to 2 Gbps'.
_SPAN = re.compile(r"(?:(?P<low>\d+(?:\.\d+)?)\s*(?P<low_unit>[A-Za-z]+)?\s*(?:to|-|–|~)\s*"
                   r"|(?P<upto>up to|upto|max(?:imum)?|<=?|≤)\s*)"
                   r"(?P<high>\d+(?:\.\d+)?)\s*(?P<unit>[A-Za-z]+)", re.IGNORECASE)


def _within(value: str, other: str) -> bool:
    """A figure of `value` inside a span another row gives ('40 Gbps' within
    '1 Gbps to 100 Gbps+'): that row has it too, by the notes' own reading."""
    figures = [(float(n.replace(",", ".")), (u or "").lower())
               for n, u in _FIGURE.findall(value)]
    for span in _SPAN.finditer(other):
        unit = span["unit"].lower()
        if span["low_unit"] and span["low_unit"].lower() != unit:
            continue
        low = 0.0 if span["upto"] else float(span["low"])
        high = float(span["high"])
        if any(u == unit and low <= n <= high for n, u in figures):
            return True
    return False


def _key_column(header: Sequence[str], rows: Sequence[Sequence[str]]) -> int | None:
    """The column that names the rows: the first, or the second when the first
    sorts them into groups (a value repeated down it) or numbers them (an OSI
    table's '| 7 | Application | … |': the layer is a value of the row)."""
    for column in (0, 1):
        if column >= len(header) - 1:
            return None
        keys = [_plain(r[column]) for r in rows]
        counts = Counter(compact(k) for k in keys)
        unique = [k for k in keys if counts[compact(k)] == 1]
        if column == 0 and len(unique) == len(keys):
            if all(_names_thing(k) for k in keys):
                return 0
            if not all(is_bare_number(k) for k in keys):
                return None
            continue  # a number column: the names stand next to it
        if column == 0:
            continue  # a group column: the names stand next to it
        if len(unique) >= MIN_ROWS and all(_names_thing(k) for k in unique):
            return 1
    return None


def _names_thing(key: str) -> bool:
    # (A bare number, 'Class 1' written '1', is a label without its header.)
    return is_concept_name(key) and not is_aspect(key) and not is_bare_number(key)


def _table(topic: Topic, table: Table, words: Phrases, deck: Deck) -> list[Question]:
    header = [_plain(h) for h in table.header]
    rows = [r for r in table.rows if len(r) == len(header)]
    if len(header) < 3 or len(rows) < MIN_ROWS or sideways(table.header):
        return []
    key_at = _key_column(header, rows)
    if key_at is None or settings_table(topic, [[c for at, c in enumerate(r) if at != key_at]
                                                for r in rows]):
        return []
    keys = [_plain(r[key_at]) for r in rows]
    counts = Counter(compact(k) for k in keys)
    named = [i for i, k in enumerate(keys) if counts[compact(k)] == 1]
    # (A column of numbers, one to a row, groups nothing.)
    group_at = 0 if key_at == 1 and len({compact(_plain(r[0])) for r in rows}) < len(rows) \
        else None
    groups = [_plain(r[0]) if group_at is not None else "" for r in rows]
    shown_group = group_at is not None and len(set(groups)) > 1
    lines = row_lines(topic, rows, table.source)
    # ('### Fiber Versions and Speeds:' is a heading, its colon no part of it.)
    crumb = join_crumb(clean_name(topic.section).rstrip(":： "),
                       clean_name(topic.title).rstrip(":： "))
    # (A file's slug standing for the heading it lacks: the words of it the notes write.)
    crumb = titled_crumb(crumb, table.source.file, deck)
    out: list[Question] = []
    for i in named:
        kin = [j for j in named if j != i and groups[j] == groups[i]]
        if len(kin) < 2:
            continue
        # Rows that a number column places in order are asked by their place
        # alone: their names may be rules ('等価条件のカラムを先に') whose reasons
        # say one thing in other words ('範囲を絞り込む' / '絞り込み効果を最大化').
        columns = [0] if key_at == 1 and group_at is None else range(len(header))
        for column in columns:
            if column in (key_at, group_at) or not header[column]:
                continue
            question = _asked(i, column, kin, header, rows, keys, groups if shown_group else None,
                              crumb, topic, lines, words,
                              numbered=key_at == 1 and group_at is None)
            if question is not None:
                out.append(question)
                break  # one value per row
    return out


def _value(row: Sequence[str], column: int) -> str:
    return _plain(row[column])


def _asked(i: int, column: int, kin: Sequence[int], header: Sequence[str],
           rows: Sequence[Sequence[str]], keys: Sequence[str], groups: Sequence[str] | None,
           crumb: str, topic: Topic, lines: Sequence[SourceRef],
           words: Phrases, numbered: bool = False) -> Question | None:
    value = _value(rows[i], column)
    if value.lower() in _EMPTY or len(value) > MAX_VALUE:
        return None
    if only_options(value):
        return None  # '-o yaml' runs with many commands: it tells none apart
    # Words every value of the column has ('liters per minute') speak of the
    # column, not of a row.
    column_words = frozenset.intersection(*(marks(_value(r, column)) for r in rows))
    own = marks(value) - column_words
    if not own:
        return None
    # The value is unlike the same column of every other row of the table.
    for j, row in enumerate(rows):
        if j == i:
            continue
        other = _value(row, column)
        if own & marks(other) or compact(other) == compact(value) \
                or _within(value, other):
            return None
        # ('High' beside 'Highest', '높음' beside '가장 높음': a row graded
        # higher is high too, so the clue fits it as well. 'Highest' itself
        # fits no row graded 'High'.)
        if same_scale(value, other) and not superlative(value, other):
            return None
    # A value naming another row ('conflicts with the exclusive lock') reads as
    # a pointer to that choice, not as a trait of its own row.
    if any(compact(k) in compact(value) for j, k in enumerate(keys) if j != i and len(k) >= 2):
        return None
    # Wrong choices: rows of the group that say something else there, the
    # nearest rows first (a table orders its rows: NDR's neighbours are HDR and
    # EDR, and the first rows alone would make the largest figure stand out).
    # Never a row that is a real-world near twin of the asked one (Savings Plans
    # beside Reserved Instances, Dedicated Instance beside Dedicated Host): one
    # cell that the notes give the one may hold for the other too.
    # (Nor its umbrella or a kind of it: RDS beside Aurora, see families.)
    twins = [j for j in kin if confusable([keys[i]], [keys[j]]) or in_family(keys[i], keys[j])]
    wrong_rows = sorted((j for j in kin if _value(rows[j], column).lower() not in _EMPTY
                         and j not in twins),
                        key=lambda j: (abs(j - i), j))
    wrong_rows = wrong_rows[: MAX_CHOICES - 1]
    if len(wrong_rows) < 2:
        return None
    # A twin sharing a word of the name ('Dedicated …') is of the answer's kind:
    # with fewer than two such rows left beside it, the answer stands out by
    # its name ('다른 고객과 하드웨어 비공유' -> the one 'Dedicated' choice).
    own = _words(keys[i])
    if any(_words(keys[j]) & own for j in twins) \
            and sum(bool(_words(keys[j]) & own) for j in wrong_rows) < 2:
        return None
    wrong = [keys[j] for j in wrong_rows]
    facts = [f"- {header[column]}: {value}"]
    if groups is not None:
        facts.insert(0, f"- {header[0]}: {groups[i]}")
    glossary = NoGlossary()
    answer = name_pieces(keys[i], glossary)
    others = [name_pieces(w, glossary) for w in wrong]
    if numbered:
        # A bare place ('Layer: 1') says what it numbers only under a heading
        # that names the table; a row's telling cell (its functions) says it
        # anywhere, when it names neither the row nor another one.
        told = _telling_cell(i, (column, 1), header, rows, keys, answer, others)
        if told:
            facts.append(told)
        elif _SLUG.fullmatch(crumb):
            return None
    body = words.which_is_described + "\n" + "\n".join(facts)
    if leaked(answer, body, others):
        return None
    # A cell that writes the name in Hangul or translates it ('클러스터 내부 IP'
    # for ClusterIP, '노드 포트로 외부 노출' for NodePort) gives the row away.
    if gives_away(keys[i], body, wrong):
        return None
    label = header[column]
    explanation = [(keys[j], f"{label} {_value(rows[j], column)}") for j in (i, *wrong_rows)]
    return make(
        "match", sources=["cell", header[column], *rows[i]], section=topic.section,
        topic=topic.title, concept=compact(keys[i]), context=crumb, body=body,
        correct=keys[i], wrong=wrong, explanation=explanation, source=lines[i])


def _telling_cell(i: int, skip: Sequence[int], header: Sequence[str],
                  rows: Sequence[Sequence[str]], keys: Sequence[str], answer: frozenset[str],
                  others: Sequence[frozenset[str]]) -> str:
    """The row's first other cell that says something of it without naming it
    or another row ('- Key Functions: Ensures end-to-end communication …')."""
    for column, label in enumerate(header):
        if column in skip or not label:
            continue
        value = _value(rows[i], column)
        if value.lower() in _EMPTY or len(value) > MAX_TELLING:
            continue
        if any(compact(k) in compact(value) for j, k in enumerate(keys) if j != i and len(k) >= 2):
            continue
        # Not one that another row's cell says in other words ('絞り込み効果を
        # 最大化' beside '範囲を絞り込む効果が高い'): the number alone would decide.
        if any(telling(value) & telling(_value(r, column)) for j, r in enumerate(rows) if j != i):
            continue
        fact = f"- {label}: {value}"
        if not leaked(answer, fact, others) and not answer & pieces(fact) \
                and not clips(keys[i], value):
            return fact
    return ""


_LETTERS = re.compile(r"[A-Za-z]+")


def clips(name: str, text: str) -> bool:
    """Whether the text writes a word of the name cut short ('High-Level Apps'
    for *Application*, 'config' for *Configuration*): the name by another
    spelling of it."""
    words = [w.lower() for w in _LETTERS.findall(name) if len(w) >= 5]
    for word in _LETTERS.findall(text):
        short = word.lower()
        short = short[:-1] if len(short) > 3 and short.endswith("s") else short
        if len(short) >= 3 and short not in _FILLER \
                and any(w.startswith(short) and len(w) > len(short) + 1 for w in words):
            return True
    return False


def row_lines(topic: Topic, rows: Sequence[Sequence[str]], table: SourceRef) -> list[SourceRef]:
    """Where each row is written (the parser keeps it on the row's fact), so that
    two rows of one table are two facts a sample may both ask."""
    written = {tuple(v for _, v in f.cells): f.source
               for f in topic.all_facts() if f.kind == "row"}
    return [written.get(tuple(r), table) for r in rows]
