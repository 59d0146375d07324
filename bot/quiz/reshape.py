"""Reading other people's list styles as the lists they are, before questions
are made (the parser keeps the lines as written; only the quiz reads them so).

- A run of paragraph lines opened by the same glyph ('● Database: …', '✓ 승인
  (Admitted) : …') is a bulleted list written without Markdown bullets.
- A short name on a line of its own ('NAT Gateways') with bullets right under
  it is the heading of those bullets: they describe it.
- Bullets holding a name alone ('- `Adjacency list`'), each followed by its own
  paragraph, are a definition list: each paragraph describes the name above it.
- A short inline code span (`ReadWriteOnce`, `A`) is a name in code style; the
  backticks are markup, not part of it.
- 'term – definition', 'term — definition', 'term - definition' and the
  full-width 'term：definition' are term lines as much as 'term: definition',
  when the left side is a name and the right side says something about it;
  in a numbered list too ('1. **死锁预防**：统一资源访问顺序'), as a numbered
  'term: definition' already is.
- A line that is a link's title alone ('- [Queue FAQ](…)') is an entry of a
  reading list, and a line over such entries only is its heading: neither is
  a fact of the subject (reading_lists.without_reading_links).
- A numbered step ending on a statement of code ('빈 객체의 생성 `let obj={};`',
  its example written on the line below) is the step its words say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.notes.lines import mask_brackets, split_term
from bot.notes.model import Deck, Fact, Topic
from bot.quiz.listed_kinds import kinds_read
from bot.quiz.material import is_concept_name, is_remark
from bot.quiz.reading_lists import without_reading_links
from bot.quiz.scenarios import scenario_line

# Glyphs people open list lines with when they do not use Markdown bullets.
_GLYPH = re.compile(r"^([●○■□▪▫◆◇▶►•·✓✔☑➤➜◎◉])\s*(?=\S)")
# A code span short enough to be a name or a value ('`eth0`', '`ReadWriteOnce`').
_SHORT_CODE = re.compile(r"`([^`\n]{1,40})`")
# The dash separators: an en or em dash, or a hyphen with spaces on both sides
# (not the one in 'Multi-AZ', 'Read-Only').
_DASH = re.compile(r"\s+[–—]\s+|\s+-\s+")
_FULL_COLON = "："


def reshaped(deck: Deck) -> Deck:
    deck = without_reading_links(deck)
    sections = tuple(replace(s, topics=tuple(_topic(t) for t in s.topics))
                     for s in deck.sections)
    return replace(deck, sections=sections)


def _topic(topic: Topic) -> Topic:
    return replace(topic, facts=_facts(topic.facts))


def _facts(facts: Sequence[Fact]) -> tuple[Fact, ...]:
    facts = _unglued([_uncoded(_separated(scenario_line(f))) for f in _unglyphed(facts)])
    out = kinds_read(_adopted(_described(facts)))
    return tuple(replace(f, children=_facts(f.children)) if f.children else f for f in out)


def unwrap_code(text: str) -> str:
    """Short code spans as plain words: '`A`: IPv4 주소로 매핑' -> 'A: IPv4 주소로 매핑'."""
    return _SHORT_CODE.sub(r"\1", text) if "`" in text else text


# Code statements ending a numbered step ('빈 객체의 생성 `let obj={};`', 'Return
# the object `return obj;`'): a statement of code, closed by ';' or assigning
# with '=', is the step's example (written on the line below it), never a word
# of the step's sentence as a name in code style is ('Run `kubectl apply`').
_TRAILING_STATEMENTS = re.compile(r"(?:\s*`[^`]*(?:;\s*|[^=!<>]=[^=][^`]*)`)+\s*$")


def _without_example(fact: Fact) -> Fact:
    """A step without the code statement it ends on, when words say the step."""
    if fact.kind != "step" or fact.term is not None or fact.arrow is not None:
        return fact
    words = _TRAILING_STATEMENTS.sub("", fact.text).strip()
    return replace(fact, text=words) if words and words != fact.text.strip() else fact


def _uncoded(fact: Fact) -> Fact:
    if "`" not in fact.text or fact.kind == "pre":
        return fact
    fact = _without_example(fact)
    if "`" not in fact.text:
        return fact
    text = unwrap_code(fact.text)
    if fact.term is None and fact.arrow is None:
        split = split_term(text)
        if split.term is not None and split.definition:
            return replace(fact, text=text, term=split.term, definition=split.definition)
        return replace(fact, text=text)
    return replace(fact, text=text,
                   term=unwrap_code(fact.term) if fact.term is not None else None,
                   definition=unwrap_code(fact.definition) if fact.definition else fact.definition)


def _unglyphed(facts: Sequence[Fact]) -> list[Fact]:
    """Paragraph lines in a run of two or more opened by one glyph become bullets
    (one such line alone may be a mark in a table's margin: '✗ 직접 접근 불가')."""
    glyphs = [_glyph(f) for f in facts]
    out: list[Fact] = []
    for i, fact in enumerate(facts):
        mark = glyphs[i]
        in_run = mark is not None and (
            (i > 0 and glyphs[i - 1] == mark) or (i + 1 < len(facts) and glyphs[i + 1] == mark))
        if not in_run:
            out.append(fact)
            continue
        text = _GLYPH.sub("", fact.text.strip(), count=1)
        split = split_term(text)
        out.append(replace(fact, text=text, kind="bullet", term=split.term,
                           definition=split.definition, arrow=split.arrow))
    return out


def _glyph(fact: Fact) -> str | None:
    if fact.kind != "text":
        return None
    match = _GLYPH.match(fact.text.strip())
    return match.group(1) if match else None


def _separated(fact: Fact) -> Fact:
    """A term line written with a dash or a full-width colon (bulleted, numbered
    or a paragraph line)."""
    if fact.term is not None or fact.arrow is not None \
            or fact.kind not in ("bullet", "text", "step"):
        return fact
    text = fact.text.strip()
    for left, right in _splits(text):
        left, right = left.strip(), right.strip()
        if _term_like(left) and _says_something(right):
            return replace(fact, term=left, definition=right)
    return fact


def _splits(text: str) -> list[tuple[str, str]]:
    """Where the line may divide into a term and its definition: at its first
    full-width colon or dash outside brackets (a colon in '（例：プライマリ）'
    is the example's own, as one in '(a: b)' is for `split_term`)."""
    out = []
    masked = mask_brackets(text)
    colon = masked.find(_FULL_COLON)
    if colon != -1:
        out.append((text[:colon], text[colon + 1:]))
    dashes = list(_DASH.finditer(masked))
    if dashes and not _chain(text, dashes):
        first = dashes[0]
        out.append((text[: first.start()], text[first.end():]))
    return out


def _chain(text: str, dashes: list[re.Match[str]]) -> bool:
    """'개념적 설계 - 논리적 설계 - 물리적 설계', 'Plan - Do - Check - Act': three
    names or more between dashes are the steps of a sequence, each of one kind,
    not a term and what it means (cut at the first dash, the rest reads as a
    piece of the sequence)."""
    if len(dashes) < 2:
        return False
    bounds = [0, *(at for m in dashes for at in (m.start(), m.end())), len(text)]
    parts = [text[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    return all(_term_like(part) for part in parts)


# A position in a list, not a name ('Level 0 - READ UNCOMMITTED' names the
# level by what follows the dash).
_POSITION = re.compile(r"^(?:level|step|phase|stage|part|option|case|rule|레벨|단계)\s*\d+$",
                       re.IGNORECASE)


def _term_like(text: str) -> bool:
    """A name on the left of a separator: short, no sentence, no figure first."""
    core = re.sub(r"\([^()]*\)", "", text).strip()
    return (1 <= len(core) <= 40 and len(core.split()) <= 5 and not core[:1].isdigit()
            and not re.search(r"[,.;!?。、]", core) and not _POSITION.match(core))


def _says_something(text: str) -> bool:
    """A description, not a bare value or another name ('READ UNCOMMITTED'):
    three words, or two with one in lower case, or a Korean, Chinese or Japanese
    phrase (the last two written without spaces)."""
    words = text.split()
    if len(text) < 3:
        return False
    if re.search(r"[\uac00-\ud7a3]", text):
        return len(words) >= 2
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return len(re.sub(r"\s+", "", text)) >= 4
    return len(words) >= 3 or (len(words) == 2 and any(w[:1].islower() for w in words))


# A name in Latin letters run straight into its Korean description: '1. Mutual
# Exclusion' with its paragraph '자원에 대해서 한개의 Process만이 점유할 수 있다'
# under it reads 'Mutual Exclusion 자원에 대해서 …' once the item is one line.
_GLUED = re.compile(
    r"^(?P<term>[A-Z][A-Za-z0-9]*(?:[ -][A-Za-z][A-Za-z0-9]*){0,4})\s+"
    r"(?P<definition>[\uac00-\ud7a3].*)$")
_GLUED_LIST = 3
# A sentence opening on the Latin word's own noun, as object or owner ('EC2
# 인스턴스를 시작한다', 'S3 버킷의 정책을 고친다'), or on the name's own particle
# written apart from it ('Static Provisioning 의 경우 …', 'Pod 는 …'): the name
# is part of it. (Split there, the line would read 'Static Provisioning: 의
# 경우 …'.)
_OBJECT_FIRST = re.compile(
    r"^(?:[\uac00-\ud7a3]+(?:을|를|의)|의|을|를|은|는|이|가|에|에서|와|과|로|으로|도|만)\s")


def _unglued(facts: list[Fact]) -> list[Fact]:
    """A list (a run of bullets or of numbered items) whose every item is a
    capitalised Latin name followed, with no separator, by a Korean description
    ('Mutual Exclusion 자원에 대해서 …', 'Hold and wait 최소한 하나의 자원을 …',
    'No Preemption …', 'Circular wait …') is a list of term lines: each name
    with what it is. Three items at least, each a different name; one item
    that reads otherwise (a Korean sentence, a separator, a name glued to its
    particle: 'EC2를 …') and the list is left as written, its Latin words part
    of its sentences."""
    out = list(facts)
    start = 0
    while start < len(out):
        end = start + 1
        while end < len(out) and out[end].kind == out[start].kind:
            end += 1
        if out[start].kind in ("bullet", "step"):
            out[start:end] = _term_run(out[start:end])
        start = end
    return out


def _term_run(items: list[Fact]) -> list[Fact]:
    if len(items) < _GLUED_LIST:
        return items
    found: list[tuple[str, str]] = []
    for fact in items:
        match = _GLUED.match(fact.text.strip())
        if match is None or fact.term is not None or fact.arrow is not None:
            return items
        term, definition = match.group("term"), match.group("definition").strip()
        if not _term_like(term) or not _says_something(definition) \
                or _OBJECT_FIRST.match(definition):
            return items
        found.append((term, definition))
    if len({term.lower() for term, _ in found}) < len(found):
        return items
    # Shown as a term line is shown ('Sid: 명령문의 식별자'), not run together.
    return [replace(f, text=f"{term}: {definition}", term=term, definition=definition)
            for f, (term, definition) in zip(items, found, strict=True)]


def _adopted(facts: list[Fact]) -> list[Fact]:
    """A name alone on a paragraph line, followed by bullets, holds those bullets
    (until the next paragraph line): 'VPCs' then '- logical data center …'."""
    out: list[Fact] = []
    i = 0
    while i < len(facts):
        fact = facts[i]
        j = i + 1
        while j < len(facts) and facts[j].kind == "bullet" and facts[j].depth == fact.depth:
            j += 1
        if j - i >= 2 and fact.kind == "text" and not fact.children and _heading_like(fact.text):
            kids = tuple(_deeper(f) for f in facts[i + 1 : j])
            out.append(replace(fact, kind="bullet", children=kids))
            i = j
            continue
        out.append(fact)
        i += 1
    return out


# A paragraph starts on the line after its name or after one blank line; one
# further away (below code or a picture) is the text's own, not the name's.
_NEAR_LINES = 2


def _described(facts: list[Fact]) -> list[Fact]:
    """Name-alone bullets each followed right away by paragraph lines hold those
    lines, when two or more bullets of the list are written so ('- `邻接表`'
    then '左侧为存储的顶点 …'): a definition list in bullets. One such bullet
    alone may be a label over the text that goes on."""
    runs: list[tuple[int, int]] = []
    for i, fact in enumerate(facts):
        # (A bullet among bullets is an item of a list, '* Stateless', and the
        # line after the list, '**Network ACLs:**', is no description of it.)
        alone = i == 0 or facts[i - 1].kind != "bullet" or facts[i - 1].depth != fact.depth
        if fact.kind != "bullet" or fact.children or fact.term is not None or not alone \
                or not _heading_like(fact.text):
            continue
        j = i + 1
        while (j < len(facts) and facts[j].kind == "text" and facts[j].depth == fact.depth
               and not facts[j].children
               and not facts[j].text.rstrip().endswith((":", "："))
               and facts[j].source.line - facts[j - 1].source.line <= _NEAR_LINES):
            j += 1
        if j > i + 1:
            runs.append((i, j))
    if len(runs) < 2:
        return facts
    out: list[Fact] = []
    i = 0
    for start, stop in runs:
        out.extend(facts[i:start])
        kids = tuple(_deeper(replace(f, kind="bullet")) for f in facts[start + 1 : stop])
        out.append(replace(facts[start], children=kids))
        i = stop
    out.extend(facts[i:])
    return out


def _deeper(fact: Fact) -> Fact:
    return replace(fact, depth=fact.depth + 1,
                   children=tuple(_deeper(c) for c in fact.children))


def _heading_like(text: str) -> bool:
    text = text.strip()
    return (not text.endswith((".", "。", ":", "：")) and not is_remark(text)
            and is_concept_name(text))
