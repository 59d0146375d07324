"""Whole-file readings the line parser needs before it starts: front matter,
tables of contents, and which numbered lines are topics and which are steps.

Study notes number two different things. The seed deck numbers its topics
(`1. EC2` followed by bullets about EC2); other notes number the steps of a
procedure (`1. API Server 가 요청을 검토 2. etcd 에 저장 …`). A run of numbered
lines is read as topics when one of its items has bullets of its own, and as
ordered facts (steps) otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.notes import inline as I
from bot.notes import lines as L
from bot.notes.captions import caption_lines, code_caption_lines
from bot.notes.exam_items import exam_lines
from bot.notes.footnotes import footnote_lines
from bot.notes.formulas import formula_lines
from bot.notes.layout_fields import actor_items, field_headings, field_titles
from bot.notes.numbered_titles import numbered_titles
from bot.notes.prompt_lines import prompt_lines

_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$")
# Headings whose section is a table of contents, not notes.
_TOC_TITLES = frozenset(
    "목차 차례 contents tableofcontents toc index 索引 目次 인덱스".split()
)
# Titles that are also a subject of their own (a database index): a table of
# contents only when the section is mostly links.
_SUBJECT_TITLES = frozenset("index 索引 인덱스".split())
_KRAMDOWN_TOC = re.compile(r"^\s*+\{:\s*\.?toc\s*\}\s*$|^\s*+[-*]\s+toc\s*$", re.IGNORECASE)


@dataclass(kw_only=True, slots=True)
class Prepass:
    """What the parser should know about the lines before reading them one by one."""

    front_end: int = 0  # last line (1-based) of the front matter; 0 when there is none
    metadata: list[tuple[str, str]] = field(default_factory=list)
    skip: dict[int, str] = field(default_factory=dict)  # line -> reason
    steps: set[int] = field(default_factory=set)  # numbered lines that are steps
    labels: set[int] = field(default_factory=set)  # plain lines that head the list below
    # Sub-headings that are fields of the heading above them, and numbered
    # items that name who takes a step (layout_fields): labels, not topics.
    field_heads: set[int] = field(default_factory=set)
    actor_items: set[int] = field(default_factory=set)
    # Lines that look like '# …' headings but are commands typed at a prompt
    # (prompt_lines): skipped, and no heading for the file's outline.
    typed: set[int] = field(default_factory=set)
    # Lines of formulas set between '$$' lines (formulas): skipped.
    formulas: set[int] = field(default_factory=set)
    # Plain lines that title a numbered part ('5-9\\. 인공신경망 분석'): line ->
    # the title without its number (numbered_titles).
    titles: dict[int, str] = field(default_factory=dict)


def _front_matter(lines: list[str], out: Prepass) -> None:
    if not lines or lines[0].strip() not in ("---", "+++"):
        return
    mark = lines[0].strip()
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() == mark:
            out.front_end = i + 1
            for raw in lines[1:i]:
                m = _FRONT_KEY.match(raw)
                if m and not raw.startswith((" ", "\t")):
                    out.metadata.append((m.group(1), m.group(2).strip().strip("\"'")))
            return


def _key(title: str) -> str:
    return re.sub(r"[\W_\d]+", "", title).casefold()


def _fences(lines: list[str]) -> set[int]:
    """Indexes (0-based) of the lines inside or delimiting code fences."""
    inside: set[int] = set()
    fence = ""
    for i, raw in enumerate(lines):
        after = L.fence_after(raw, fence)
        if after is not None:
            fence = after
            inside.add(i)
        elif fence:
            inside.add(i)
    return inside


def _toc(lines: list[str], fenced: set[int], out: Prepass) -> None:
    """Mark tables of contents: a list whose items link to headings of the page,
    a section titled 목차 / Contents, kramdown's `{:toc}`, and navigation lines."""
    i = 0
    n = len(lines)
    while i < n:
        raw = lines[i]
        if i in fenced or i < out.front_end:
            i += 1
            continue
        hm = L.HEADING_RE.match(raw)
        if hm and _key(hm.group(2) or "") in _TOC_TITLES:
            level = len(hm.group(1))
            j = i + 1
            while j < n and j not in fenced:
                nxt = L.HEADING_RE.match(lines[j])
                if nxt and len(nxt.group(1)) <= level:
                    break
                j += 1
            body = [lines[k] for k in range(i + 1, j) if lines[k].strip()]
            links = sum(1 for b in body if I.LINK_RE.search(b) or I.WIKILINK_RE.search(b))
            if _key(hm.group(2) or "") in _SUBJECT_TITLES and links * 2 < len(body):
                i += 1  # "## 인덱스" of database notes: the notes about indexes
                continue
            for k in range(i, j):
                out.skip[k + 1] = "table of contents"
            i = j
            continue
        if _KRAMDOWN_TOC.match(raw):
            out.skip[i + 1] = "table of contents"
            i += 1
            continue
        if L.BULLET_RE.match(raw) or L.NUMBERED_RE.match(raw):
            j = i
            items: list[int] = []
            while j < n and j not in fenced and lines[j].strip() and (
                L.BULLET_RE.match(lines[j]) or L.NUMBERED_RE.match(lines[j])
            ):
                items.append(j)
                j += 1
            top = min(L.indent_width(lines[k]) for k in items)
            heads = [k for k in items if L.indent_width(lines[k]) == top]
            anchors = sum(1 for k in heads if I.anchor_link(lines[k]))
            links = sum(1 for k in items if I.link_only(_item_text(lines[k])))
            if len(heads) >= 2 and anchors * 2 >= len(heads):
                for k in items:
                    out.skip[k + 1] = "table of contents"
            elif len(items) >= 2 and links == len(items):
                for k in items:
                    out.skip[k + 1] = "list of links"
            i = j
            continue
        if not hm and I.link_only(raw.strip().lstrip(">").strip()):
            out.skip[i + 1] = "navigation links"
        i += 1


def _item_text(raw: str) -> str:
    m = L.BULLET_RE.match(raw) or L.NUMBERED_RE.match(raw)
    text = (m.group(3) or "") if m else raw
    cm = L.CHECKBOX_RE.match(text.strip())
    return cm.group(2) if cm else text


# How a line that says something ends, rather than one that names a topic: a
# full stop, or a Korean or Japanese predicate ('추가할 수 있음', '오버랩될 수
# 없음', '안됨', '…한다'; 'できる', 'しない', 'します'). A trailing aside
# ('… 올 수 없음. (RFC1918 IP 범위: …)') is read past.
_STATED_END = re.compile(
    r"(?:[.。!！]|(?<=[\uac00-\ud7a3])(?:음|함|됨|임|다|요)"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff])(?:する|できる|ない|ます|です|である|れる))$")
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_MIN_UNSPACED = 10
def _states(raw: str) -> bool:
    """A numbered item written as a whole statement ('2. CIDR는 기존 CIDR에 오버랩될
    수 없음'), not emphasised as a title ('1. **도청이 가능하다**')."""
    nm = L.NUMBERED_RE.match(raw)
    body = (nm.group(3) or "").strip() if nm else ""
    if not body or body.startswith(("**", "__", "#")):
        return False
    text = L.clean_inline(I.plain(body))
    text = L.without_closing_aside(text).strip()
    # (A one-word name can end like a predicate, '람다' for Lambda; a statement
    # runs to three words or more, or in Japanese and Chinese, written without
    # spaces, to ten characters or more.)
    long_enough = len(text.split()) >= 3 or (
        bool(_HAN_OR_KANA.search(text)) and len(text) >= _MIN_UNSPACED)
    return long_enough and bool(_STATED_END.search(text))


def _steps(lines: list[str], fenced: set[int], out: Prepass) -> list[list[int]]:
    """Numbered lines (not indented) that are steps rather than topics. A run
    whose every item is a statement of its own ('1. 기존의 VPC에 CIDR를 추가할 수
    있음', '2. … 오버랩될 수 없음') lists rules or facts, even when one of them
    has an example under it: a sentence names no topic, so its items are
    kept as lines of the section rather than turned into titles of nothing."""
    run: list[int] = []
    has_children = False
    topics: list[list[int]] = []  # the runs read as topics

    def close() -> None:
        nonlocal has_children
        if run and (not has_children
                    or (len(run) >= 2 and all(_states(lines[k]) for k in run))):
            out.steps.update(k + 1 for k in run)
        elif run:
            topics.append(list(run))
        run.clear()
        has_children = False

    gap = False  # a blank line since the last numbered line
    for i, raw in enumerate(lines):
        if i in fenced or (i + 1) in out.skip:
            continue
        if not raw.strip():
            gap = True
            continue
        nm = L.NUMBERED_RE.match(raw)
        if nm and L.indent_width(raw) < 2:
            run.append(i)
            gap = False
            continue
        if L.HEADING_RE.match(raw) or "<summary" in raw.lower() or "details>" in raw.lower():
            close()
            continue
        if run and L.BULLET_RE.match(raw):
            if gap and L.indent_width(raw) < 2:
                # A list after a blank line, not indented under the last item, is
                # a list of its own: steps spaced by blank lines stay steps.
                close()
                continue
            has_children = True
            gap = False
            continue
        if run and (L.indent_width(raw) >= 2 or not gap):
            # A wrapped step or its indented explanation; or a line right below
            # an item with no blank line between (indented by a full-width
            # space, '2. オプティマイザ' / '\u3000最適な…の決定'), which Markdown
            # reads as more of that item: the run of items goes on.
            continue
        close()
    close()
    return topics


_LABEL_WORDS = 5
_LABEL_CHARS = 50
_SENTENCE_END = tuple(".:;,。、：")


def _label_like(raw: str) -> bool:
    """A short plain line that could name what follows it ("NAT Gateways",
    "**보안 그룹**"), not a sentence, a definition or markup."""
    if raw[:1] in (" ", "\t") or L.HEADING_RE.match(raw) or L.BULLET_RE.match(raw):
        return False
    if L.NUMBERED_RE.match(raw) or raw.lstrip().startswith(("|", ">", "<", "!", "`", "[")):
        return False
    text = L.clean_inline(I.plain(raw.strip()))
    if not text or len(text) > _LABEL_CHARS or len(text.split()) > _LABEL_WORDS:
        return False
    if text.endswith(_SENTENCE_END) or L.split_term(raw.strip()).term is not None:
        return False
    return not I.link_only(raw.strip())


def _labels(lines: list[str], fenced: set[int], out: Prepass) -> None:
    """Plain lines used as headings: a short line after a blank line with a list
    right under it ("NAT Gateways" / "- redundant inside AZ"). Taken only when a
    file writes at least two, so one lead-in line above a list stays a line."""
    found = [
        i
        for i in range(len(lines) - 1)
        if i not in fenced
        and (i + 1) not in out.skip
        and (i == 0 or not lines[i - 1].strip())
        and L.BULLET_RE.match(lines[i + 1]) is not None
        and L.indent_width(lines[i + 1]) < 2
        and _label_like(lines[i])
    ]
    if len(found) >= 2:
        out.labels.update(i + 1 for i in found)


# A line wholly in bold ('**Queue**', '***Queue***', '__Queue__').
_BOLD_LINE = re.compile(r"^ {0,3}(\*{2,3}|_{2,3})(?=\S)(?P<text>.+?)(?<=\S)\1\s*$")


_COLON = (":", "：")


def _colon_title(raw: str) -> bool:
    """A short plain line that ends with a colon ('总结：', 'Data structures:'):
    with the colon taken off, a line that could name what follows it. Not an
    emphasised one ('**1️⃣ Internet Gateway**:'): those are a walkthrough's
    steps as often as titles, and the next step's lines would fall under it."""
    text = raw.rstrip()
    if not text.endswith(_COLON) or "**" in text or "__" in text:
        return False
    head = text.rstrip(":： ")
    return bool(head) and not head.endswith(_COLON) and _label_like(head)


def _table_titles(lines: list[str], fenced: set[int], out: Prepass) -> None:
    """A bold line on its own over a table ('**Queue**', a blank line, then
    '| enqueue | … |') titles the table, as a heading would: its rows are
    that thing's, not more of the sub-heading above (where they would be
    asked under the wrong name). One is enough: a table has a header row of
    its own, so the line over it is no lead-in to a sentence. So does a short
    plain line ending with a colon ('底层数据结构解析：' over a table of
    structures after the bullets of '### Sorted Set'): the colon says the
    table is what it announces, not more lines of the topic above. A generic
    word ('Example:', '정리:') only labels the topic (structure.plain_heading)."""
    for i, raw in enumerate(lines[:-1]):
        if i in fenced or (i > 0 and lines[i - 1].strip()):
            continue
        if not (_BOLD_LINE.match(raw) or _colon_title(raw)):
            continue
        nxt = i + 1
        if nxt < len(lines) - 1 and not lines[nxt].strip():
            nxt += 1  # (one blank line between)
        if nxt not in fenced and (nxt + 1) not in out.skip \
                and lines[nxt].lstrip().startswith("|") \
                and (_label_like(raw) or _colon_title(raw)):
            out.labels.add(i + 1)


def _asked_titles(lines: list[str], fenced: set[int], out: Prepass) -> None:
    """A bold line on its own that asks ('***해결책은?***', '***Context
    Switching* 이란?**', '**When to use?**') heads the lines after it, as a
    heading would: they answer it, and are no more lines of the sub-heading
    above ('객체 조립(Composition)…' is the answer to '해결책은?', not a
    drawback of 상속; 'Context Switching' is defined under it, not
    멀티프로세스)."""
    for i, raw in enumerate(lines):
        if i in fenced or (i > 0 and lines[i - 1].strip()):
            continue
        bold = _BOLD_LINE.match(raw.strip())
        text = L.clean_inline(I.plain(raw.strip())).strip("*_ ")
        if bold is not None and text.endswith(("?", "？")) \
                and len(text) <= _LABEL_CHARS and len(text.split()) <= _LABEL_WORDS:
            out.labels.add(i + 1)


def prepass(lines: list[str]) -> Prepass:
    out = Prepass()
    _front_matter(lines, out)
    fenced = _fences(lines)
    out.typed = {index + 1 for index in prompt_lines(lines, fenced)}
    for line in out.typed:
        out.skip[line] = "command typed at a prompt"
    _toc(lines, fenced, out)
    for line, reason in exam_lines(lines, fenced).items():
        out.skip.setdefault(line, reason)
    for index in caption_lines(lines, fenced):
        out.skip.setdefault(index + 1, "image caption")
    for index in code_caption_lines(lines, fenced):
        out.skip.setdefault(index + 1, "code caption")
    out.formulas = {index + 1 for index in formula_lines(lines, fenced)}
    for line in out.formulas:
        out.skip.setdefault(line, "formula")
    for index in footnote_lines(lines, fenced):
        out.skip.setdefault(index + 1, "footnote")
    out.actor_items = actor_items(lines, _steps(lines, fenced, out))
    out.titles = numbered_titles(lines, fenced, out.skip)
    _labels(lines, fenced, out)
    out.field_heads = field_headings(lines, fenced, out.skip)
    _table_titles(lines, fenced, out)
    _asked_titles(lines, fenced, out)
    out.field_heads |= field_titles(lines, fenced, out.skip, out.labels)
    return out
