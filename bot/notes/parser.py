"""Markdown notes -> Deck: a line-oriented parser that never gives up.

Study notes are not CommonMark documents: they indent with tabs or spaces,
number their topics by hand (and skip numbers), put two spaces after a bullet
and paste JSON into the middle of a list. A pre-pass (blocks.py) finds what
needs the whole file (front matter, tables of contents, numbered steps); then
the parser reads one line at a time (lines.py says what a line is) and keeps
only the state it needs: the current section and topic, an open label
(`#### 특징`) or `<details>` answer, the stack of open bullets, and an open code
fence or table. What it cannot use it records as a Warning with file and line;
what it leaves out on purpose it records as a Skip; and it goes on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath

from bot.notes import inline as I
from bot.notes import labels, reflinks
from bot.notes import lines as L
from bot.notes.admonitions import admonitions_as_callouts
from bot.notes.blocks import prepass
from bot.notes.builders import FactB as _FactB
from bot.notes.builders import freeze_deck
from bot.notes.cards import scan_cards
from bot.notes.header_rows import header_is_data
from bot.notes.model import CodeBlock, Deck, Image, Skip, SourceRef, Table, Warning
from bot.notes.practice import answer_key_only
from bot.notes.setext import setext_as_atx
from bot.notes.structure import Structure
from bot.notes.table_scope import names_topics
from bot.notes.term_bodies import heads_a_body
from bot.notes.wrapping import continues, glued

_PRE_LANGUAGES = frozenset({"", "text", "txt", "plain", "plaintext", "md", "markdown"})
_QUOTE_RE = re.compile(r"^(\s*>\s?)+")
# Bullet levels kept as written; deeper ones are folded (see _Parser.bound_depth).
MAX_DEPTH = 24
_HTML_LIST_RE = re.compile(r"<(/?)(ul|ol|li)\b[^>]*>", re.IGNORECASE)
_BOX = str.maketrans("", "", "─│┌┐└┘├┤┬┴┼━┃┏┓┗┛═║╔╗╚╝╠╣╦╩╬▶◀▲▼")


# A pipe that parts two cells: not one escaped inside a cell ('[[Session (Layer
# 5)\|Session]]', an Obsidian link's alias in a table, 'a \| b').
_CELL_BORDER = re.compile(r"(?<!\\)\|")


def _outer_pipes(raw: str) -> str:
    """A table row without the pipes that open and close it (an escaped one at its
    end is the cell's own). A row closed by a full-width bar ('| 云服务商 | 背后全自动
    ｜', typed with a Chinese or Japanese input method on) is closed all the same:
    the bar is no word of the last cell."""
    row = raw.strip()
    row = row[1:] if row.startswith("|") else row
    if row.endswith("\uff5c"):
        return row[:-1].rstrip()
    return row[:-1] if row.endswith("|") and not row.endswith("\\|") else row


def _cells(raw: str) -> list[str]:
    return _CELL_BORDER.split(_outer_pipes(raw))


# A file's name written as a slug ('osi-layers-protocols', 'net_notes'): no title.
# A fact whose text starts further right than an unindented bullet's ('- x'
# reads from column 2) is written indented under the item above it.
_INDENTED_BODY = 3
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
# What a note opens on that titles it: a callout's title ('> [!info] OSI layers')
# or a line all in bold ('**OSI layers**').
_OPENING_CALLOUT = re.compile(r"^\s*>\s*\[!\w+\][+-]?\s*(?P<title>\S.{0,60}?)\s*$")
_OPENING_BOLD = re.compile(r"^\s*\*\*(?P<title>[^*]{2,60})\*\*\s*:?\s*$")


def _opening_title(lines: list[str]) -> str:
    """The title a note without front matter opens on, when its file name is a
    slug: the first line written, if it is a callout's title or all bold."""
    first = next((line for line in lines if line.strip()), "")
    match = _OPENING_CALLOUT.match(first) or _OPENING_BOLD.match(first)
    return match.group("title") if match else ""


class _Parser(Structure):
    def __init__(self, text: str, file: str) -> None:
        lines = reflinks.resolve(L.symbol_numbers_as_digits(setext_as_atx(admonitions_as_callouts(
            text.replace("\r\n", "\n").replace("\r", "\n").split("\n")))))
        self.pre = prepass(lines)
        # A post's front matter names it better than its file name does.
        titled = next((v for k, v in self.pre.metadata if k.casefold() == "title" and v), "")
        stem = PurePath(file).stem
        if not titled and _SLUG.fullmatch(stem):
            titled = _opening_title(lines[self.pre.front_end:])
        super().__init__(
            file=file,
            lines=lines,
            name=L.clean_inline(titled) or stem or file,
            skipped=set(self.pre.skip) | set(range(1, self.pre.front_end + 1)),
            not_headings=self.pre.typed,
        )
        self.field_lines = self.pre.field_heads
        self.table_rows: list[tuple[int, str]] = []
        self.skipped: list[Skip] = []
        self.in_comment: str | None = None  # "-->" or "%%" while a comment is open
        self.folding = False  # inside a run of bullets nested deeper than MAX_DEPTH
        self.html_lists: list[str] = []  # open `<ul>`/`<ol>` tags, outermost first
        # Column where the body of a numbered heading item (`1. ##### Title`)
        # starts; lines indented that far are its body, read as if not indented.
        self.item_body = 0
        # How many sub-headings were open when that item began: a heading in
        # its body ('3. ##### 상속' / '   ##### 상속의 단점') ends with the body.
        self.item_heads = 0
        self.after_blank = False  # a blank line came right before this one
        # The last line read as (a piece of) a fact: its number, the fact and its
        # words. A paragraph line right below it may go on with its sentence.
        self.line_above: tuple[int, _FactB, str] | None = None

    def skip(self, lineno: int, reason: str) -> None:
        last = self.skipped[-1] if self.skipped else None
        if last is not None and last.reason == reason and (
            last.source.line + last.lines >= lineno - 1
        ):
            self.skipped[-1] = Skip(reason=reason, source=last.source, lines=last.lines + 1)
            return
        self.skipped.append(
            Skip(reason=reason, source=SourceRef(file=self.file, line=lineno), lines=1)
        )

    # -- main loop -----------------------------------------------------------
    def run(self) -> Deck:
        fence: tuple[str, str, int, list[str]] | None = None  # mark, language, line, body
        for lineno, raw in enumerate(self.lines, start=1):
            if lineno <= self.pre.front_end:
                self.skip(lineno, "front matter")
                continue
            if fence is not None:
                fm = L.FENCE_RE.match(raw)
                mark = fm.group(1) if fm else ""
                if fm and mark[0] == fence[0][0] and len(mark) >= len(fence[0]) and not fm.group(2):
                    self.add_code(fence)
                    fence = None
                else:
                    fence[3].append(raw)
                continue
            if raw.strip() and not L.TABLE_SEP_RE.match(raw) and not self.table_line(lineno, raw):
                self.flush_table()
            if not raw.strip():
                self.flush_table()
                self.after_blank = True
                continue
            if self.comment(raw):
                continue
            reason = self.pre.skip.get(lineno)
            if reason is not None:
                self.skip(lineno, reason)
                continue
            fm = L.FENCE_RE.match(raw)
            if fm:
                fence = (fm.group(1), fm.group(2), lineno, [])
                continue
            self.line(lineno, raw)
            self.after_blank = False
        if fence is not None:
            self.warn(fence[2], "code block is never closed; kept to the end of the file")
            self.add_code(fence)
        self.flush_table()
        return freeze_deck(
            name=self.name,
            file=self.file,
            sections=self.sections,
            warnings=self.warnings,
            skipped=self.skipped,
            metadata=self.pre.metadata,
        )

    def table_line(self, lineno: int, raw: str) -> bool:
        """A row of a table: a line opening on a pipe, or one with pipes inside
        that heads a table (its next line a separator row of as many cells,
        '設定値|説明|' over '|:---|:---|', as GitHub reads it) or goes on with
        the table open above it ('a | b' under '| x | y |')."""
        if raw.lstrip().startswith("|"):
            return True
        if not _CELL_BORDER.search(raw):
            return False
        if self.table_rows:
            return True
        below = self.lines[lineno] if lineno < len(self.lines) else ""
        if not (L.TABLE_SEP_RE.match(below) and _CELL_BORDER.search(below)) \
                or L.BULLET_RE.match(raw) or L.NUMBERED_RE.match(raw) or L.HEADING_RE.match(raw):
            return False
        return len(_cells(raw)) == len(_cells(below)) >= 2

    def comment(self, raw: str) -> bool:
        """True while inside a multi-line `<!-- -->` or Obsidian `%% %%` comment."""
        if self.in_comment is not None:
            if self.in_comment in raw:
                self.in_comment = None
            return True
        stripped = raw.strip()
        for start, end in (("<!--", "-->"), ("%%", "%%")):
            if stripped.startswith(start) and end not in stripped[len(start) :]:
                self.in_comment = end
                return True
        return False

    def line(self, lineno: int, raw: str) -> None:
        raw = self.outdent_item_body(raw)
        quoted = raw.lstrip().startswith(">")
        if quoted:
            indent = L.indent_width(raw)
            raw = _QUOTE_RE.sub("", raw)
            if self.callout(lineno, raw.strip()) or not raw.strip():
                return
            if indent >= 2 and self.stack and self.quoted_item(lineno, indent, raw):
                return
            if indent >= 2 and self.stack and not (
                L.BULLET_RE.match(raw) or L.NUMBERED_RE.match(raw) or L.HEADING_RE.match(raw)
            ):
                # A quote indented under a bullet ("- Dirty Read" / "  > 커밋되지
                # 않은 …") says something about that bullet: one of its items.
                self.bullet(lineno, indent, raw.strip(), I.images(raw))
                return
        else:
            self.end_callout()
        lowered = raw.lower()
        if "<details" in lowered or "<summary" in lowered or "</details>" in lowered:
            if self.details_line(lineno, raw):
                self.html_lists.clear()
                return
        if self.html_lists or _HTML_LIST_RE.search(raw):
            self.html_list_line(lineno, raw)
            return
        hm = L.HEADING_RE.match(raw)
        if hm:
            title = L.unwrap_italic(L.clean_inline(I.plain(hm.group(2) or "")))
            self.heading(lineno, len(hm.group(1)), title)
            return
        if L.THEMATIC_RE.match(raw):
            self.flush_table()
            self.rule(lineno)
            return
        if self.table_line(lineno, raw):
            self.table_rows.append((lineno, raw))
            return
        indent = L.indent_width(raw)
        stripped = raw.strip()
        pictures = I.images(stripped)
        if pictures and not I.without_images(stripped).strip(" -*+>\t"):
            self.add_images(lineno, pictures)
            return
        if I.tags_only(stripped):
            self.skip(lineno, "tags")
            return
        numbered_title = self.pre.titles.get(lineno)
        if numbered_title:
            self.plain_heading(lineno, numbered_title)
            return
        if lineno in self.pre.labels:
            self.plain_heading(lineno, L.clean_inline(I.plain(stripped)))
            return
        nm = L.NUMBERED_RE.match(raw)
        # A numbered list inside a quote ('> 4. HTTPS需要向CA申请数字证书') is a
        # passage the author quotes, its items lines of it: never topics, under
        # which the notes after the quote would be read as if they were its parts.
        if nm and indent < 2 and not quoted and self.numbered_heading(lineno, nm):
            return
        if nm and indent < 2 and not quoted and lineno in self.pre.actor_items \
                and not self.in_details:
            self.label(lineno, L.clean_inline(I.plain(nm.group(3) or "")))
            return
        if nm and indent < 2 and not quoted:
            if lineno in self.pre.steps or self.in_details:
                self.step(lineno, int(nm.group(2)), nm.group(3) or "")
            else:
                self.numbered_topic(lineno, int(nm.group(2)), I.plain(nm.group(3) or ""))
            return
        bm = L.BULLET_RE.match(raw) or nm
        if bm:
            # An indented numbered item keeps its number: '전송 순서' over '1. 주제
            # 생성', '2. 구독 생성' is an order the notes teach, not a bag of bullets.
            number = int(nm.group(2)) if bm is nm and nm is not None else None
            self.bullet(lineno, indent, bm.group(3) or "", pictures, number=number)
            return
        self.paragraph(lineno, indent, raw)

    def quoted_item(self, lineno: int, indent: int, inner: str) -> bool:
        """A list inside a quote indented under a bullet ("- LRU" / "  > Reference
        bit" / "  > - 초기값은 0이다"): its items stay under that bullet, below
        the quote's own lines (a title such as 'Reference bit' says what they
        describe), never top-level lines of the topic. True when read."""
        m = L.BULLET_RE.match(inner) or L.NUMBERED_RE.match(inner)
        if m is None:
            return False
        # The quote's text lines sit at `indent` (see line()); its items one
        # level deeper, keeping any nesting written inside the quote.
        depth = indent + 2 + L.indent_width(inner)
        text = m.group(3) or ""
        number = int(m.group(2)) if m.re is L.NUMBERED_RE else None
        self.bullet(lineno, depth, text, I.images(text), number=number)
        return True

    def numbered_heading(self, lineno: int, nm: re.Match[str]) -> bool:
        """`1. ##### Read Uncommitted`: a numbered item written as a heading
        names a topic (never a step, even with no bullets under it); its body
        is the lines indented under it."""
        hm = L.HEADING_RE.match(nm.group(3) or "")
        title = L.clean_inline(I.plain(hm.group(2) or "")) if hm else ""
        if not title or self.in_details:
            return False
        self.numbered_topic(lineno, int(nm.group(2)), title)
        self.item_body = len(nm.group(0)[: nm.start(3)].expandtabs(4))
        self.item_heads = len(self.heads)
        return True

    def outdent_item_body(self, raw: str) -> str:
        """Inside a numbered heading item, its indented body loses that indent,
        so its paragraphs are lines of their own rather than one wrapped line,
        and its bullets nest as written; a line less indented ends the body."""
        if not self.item_body:
            return raw
        if L.indent_width(raw) < self.item_body:
            self.item_body = 0
            # ('4. ##### 다형성' after a heading written inside item 3 is item 3's
            # sibling, not a topic under that heading.)
            del self.heads[self.item_heads:]
            if not L.NUMBERED_RE.match(raw):
                # The list of items is over: what follows belongs to the
                # section, not to its last item.
                self.reset_block()
                self.current = None
            return raw
        expanded = raw.expandtabs(4)
        return expanded[self.item_body :]

    # -- facts ---------------------------------------------------------------
    def html_list_line(self, lineno: int, raw: str) -> None:
        """`<ul>/<ol>` lists written in HTML (common inside `<details>`): each
        `<li>` is a bullet, nested as the lists are; text between items
        continues the open item."""
        pos = 0
        item_open = False
        for m in _HTML_LIST_RE.finditer(raw):
            self.html_text(lineno, raw[pos : m.start()], item_open)
            pos = m.end()
            closing, tag = m.group(1) == "/", m.group(2).lower()
            if tag in ("ul", "ol"):
                if closing:
                    if self.html_lists:
                        self.html_lists.pop()
                else:
                    self.html_lists.append(tag)
                item_open = False
            elif closing:
                item_open = False
            else:
                depth = max(len(self.html_lists) - 1, 0)
                end = _HTML_LIST_RE.search(raw, pos)
                text = raw[pos : end.start() if end else len(raw)]
                self.bullet(lineno, 2 * depth, text, I.images(text))
                pos = end.start() if end else len(raw)
                item_open = True
        self.html_text(lineno, raw[pos:], item_open)

    def html_text(self, lineno: int, text: str, item_open: bool) -> None:
        """Text around HTML list tags: the open item's next words (a wrapped
        `<li>`), or a line of its own."""
        clean = L.clean_inline(I.plain(text))
        if not clean:
            return
        if (item_open or self.html_lists) and self.last_fact is not None:
            self.last_fact.text = f"{self.last_fact.text} {clean}"
            self.last_fact.raw = f"{self.last_fact.raw} {I.plain(text).strip()}"
            self.last_fact.link = self.last_fact.link and I.link_only(text)
            return
        self.paragraph(lineno, 0, text)

    def step(self, lineno: int, number: int, text: str) -> None:
        self.stack.clear()
        clean = L.clean_inline(I.plain(text))
        if not clean:
            return
        # (The raw text is read for 'term: definition': as a bullet's, without
        # link markup, so '[[Holes in the Log|Holes]]' reads 'Holes'.)
        fact = _FactB(text=clean, raw=I.plain(text).strip(), line=lineno, content_col=2,
                      kind="step", number=number, link=I.reading_entry(text))
        self.attach(lineno, fact)
        self.line_above = (lineno, fact, clean)

    def bullet(self, lineno: int, indent: int, text: str, pictures: list[tuple[str, str]],
               number: int | None = None) -> None:
        checkbox = False
        cm = L.CHECKBOX_RE.match(text.strip())
        if cm:
            checkbox, text = True, cm.group(2)
        if pictures:
            self.add_images(lineno, pictures)
        clean = L.clean_inline(I.plain(text))
        if not clean:
            if not pictures:
                self.warn(lineno, "empty bullet ignored")
            return
        while self.stack and self.stack[-1].content_col > indent:
            self.stack.pop()
        self.bound_depth(lineno)
        fact = _FactB(
            text=clean, raw=I.plain(text).strip(), line=lineno, content_col=indent + 2,
            checkbox=checkbox, number=number, link=I.reading_entry(text),
        )
        self.attach(lineno, fact)
        self.line_above = (lineno, fact, clean)

    def bound_depth(self, lineno: int) -> None:
        """Keep a new bullet within MAX_DEPTH levels: one nested deeper becomes a
        sibling of the deepest allowed level (its words are kept). Every later
        stage walks facts recursively, and no study note needs more levels; a
        list nested thousands deep must neither overflow the stack nor make
        parsing quadratic. One warning per run of folded lines names its first."""
        if len(self.stack) < MAX_DEPTH:
            self.folding = False
            return
        del self.stack[MAX_DEPTH - 1 :]
        if not self.folding:
            self.folding = True
            self.warn(
                lineno,
                f"list nested deeper than {MAX_DEPTH} levels; "
                f"the deeper items are kept at level {MAX_DEPTH}",
            )

    def paragraph(self, lineno: int, indent: int, raw: str) -> None:
        text = raw.strip()
        clean = L.clean_inline(I.plain(text))
        if not clean or labels.is_answer_marker(clean) or answer_key_only(text):
            # ('**답 : ④**' over an exam question's worked answer: the key alone.)
            return
        above = self.line_above
        if self.after_formula(lineno) and glued(clean):
            # ('로 표현됩니다.' under a formula: the formula is the word its
            # particle is of. Written plainly ('df=NT-k') it is read back into
            # the sentence; in TeX the line is no statement alone.)
            formula = self.formula_above(lineno)
            if indent < 2 and not self.after_blank and formula and above is not None \
                    and self.right_above(above[0], lineno):
                self.run_on(lineno, above[1], f"{formula}{text}", f"{formula}{clean}")
            else:
                self.skip(lineno, "goes on from a formula")
            return
        if indent < 2 and not self.after_blank and above is not None \
                and self.right_above(above[0], lineno) and continues(above[2], clean):
            # A hard-wrapped paragraph or list item ('… why would we want to
            # throw away' / 'information like constant factors …'): one
            # sentence, read as one fact (see wrapping.py).
            self.run_on(lineno, above[1], text, clean)
            return
        bare = clean.strip("*: ")
        if labels.is_generic(bare) and (text.startswith("**") or text.endswith(":")):
            self.label(lineno, bare)
            return
        if indent >= 2 and self.last_fact is not None:
            if self.opens_a_body(lineno, indent, clean):
                # A glossary entry's description under the bullet naming it
                # ('* CMM' / '\t高品質の…'): a line nested under it (term_bodies).
                fact = _FactB(text=clean, raw=I.plain(text), line=lineno,
                              content_col=indent, kind="bullet", link=I.reading_entry(text))
                self.attach(lineno, fact)
                self.line_above = (lineno, fact, clean)
                return
            # A wrapped bullet ("\t(부팅 작업 자동화 ...)"): same fact, next line.
            target = self.last_fact
            for open_fact in reversed(self.stack):
                if open_fact.content_col <= indent:
                    target = open_fact
                    break
            self.run_on(lineno, target, text, clean)
            return
        self.stack.clear()
        if indent < 2 and self.after_blank and self.list_is_over(lineno):
            # The list's items carry their descriptions indented under them; a
            # paragraph back at the list's own margin after a blank line is
            # about the part of the notes the list sits in, not its last item.
            self.reset_block()
            assert self.current is not None
            self.current = self.parent_of(self.current.level, lineno)
        fact = _FactB(text=clean, raw=I.plain(text), line=lineno, content_col=indent + 1,
                      kind="text", link=I.reading_entry(text))
        self.attach(lineno, fact)
        self.line_above = (lineno, fact, clean)

    def after_formula(self, lineno: int) -> bool:
        """Line `lineno` comes right after a formula set between '$$' lines."""
        return lineno - 1 in self.pre.formulas

    def formula_above(self, lineno: int) -> str:
        """The formula right above line `lineno` when it is written plainly (no
        TeX command, short: 'df=NT-k'), else ''."""
        inner: list[str] = []
        n = lineno - 2  # (line lineno - 1 is the closing '$$')
        while n >= 1 and n in self.pre.formulas and self.lines[n - 1].strip() != "$$":
            inner.insert(0, self.lines[n - 1].strip())
            n -= 1
        formula = " ".join(inner)
        return formula if formula and "\\" not in formula and len(formula) <= 40 else ""

    def right_above(self, above: int, lineno: int) -> bool:
        """Line `above` is the one right above line `lineno`, or only a formula
        set between '$$' lines stands between them: a sentence the formula
        interrupts goes on below it (formulas.py)."""
        return all(n in self.pre.formulas for n in range(above + 1, lineno))

    def opens_a_body(self, lineno: int, indent: int, clean: str) -> bool:
        """Whether an indented line with no bullet is the first line of the
        description of the bullet right above it, a one-line name (see
        term_bodies), rather than that bullet's next words."""
        fact = self.last_fact
        # (Not under a link's title alone, '- [아카이브 스토리지](…)': the words
        # below make it a line that says something, no reading-list entry.)
        return (fact is not None and fact.kind == "bullet" and fact.line == lineno - 1
                and not fact.children and not fact.link and fact.content_col <= indent
                and self.line_above is not None and self.line_above[1] is fact
                and self.line_above[0] == fact.line and heads_a_body(fact.text, clean))

    def run_on(self, lineno: int, target: _FactB, text: str, clean: str) -> None:
        """The next line of `target`'s sentence: its words are added to it."""
        # (A line opening on a particle is glued to the word it belongs to.)
        space = "" if glued(clean) else " "
        target.text = f"{target.text}{space}{clean}"
        target.raw = f"{target.raw}{space}{I.plain(text)}"
        target.link = target.link and I.link_only(text)
        self.line_above = (lineno, target, clean)

    def list_is_over(self, lineno: int) -> bool:
        """True when the open topic is a numbered item of a list whose items
        are described by lines indented under them ('1. Block contexts' /
        '    - one per line'): only then is an unindented paragraph no part of
        the last item. In a list written '1. TCP' / blank / 'TCP is …' the
        paragraphs are the items' descriptions."""
        topic = self.current
        if topic is None or topic.kind != "numbered" or self.in_details:
            return False
        if self.item_follows(lineno):
            return False  # a paragraph between two items may still be the first's
        sec = self.section(topic.line)
        for item in reversed(sec.topics):
            if item.kind != "numbered":
                return False
            if any(f.content_col >= _INDENTED_BODY for f in item.facts):
                return True
        return False

    def item_follows(self, lineno: int) -> bool:
        """Another unindented numbered line comes after line `lineno` before
        the next heading (outside code fences)."""
        fence = ""
        for raw in self.lines[lineno:]:
            fm = L.FENCE_RE.match(raw)
            if fm:
                fence = "" if fence else fm.group(1)
                continue
            if fence:
                continue
            if L.HEADING_RE.match(raw):
                return False
            if L.NUMBERED_RE.match(raw) and L.indent_width(raw) < 2:
                return True
        return False

    # -- attachments -----------------------------------------------------------
    def add_images(self, lineno: int, pictures: list[tuple[str, str]]) -> None:
        topic = self.topic(lineno)
        src = SourceRef(file=self.file, line=lineno)
        for alt, target in pictures:
            topic.images.append(Image(alt=alt, target=target, source=src))

    def add_code(self, fence: tuple[str, str, int, list[str]]) -> None:
        _, language, lineno, body = fence
        block = CodeBlock(
            language=language.lower(),
            text="\n".join(body),
            source=SourceRef(file=self.file, line=lineno),
        )
        self.topic(lineno).code_blocks.append(block)
        if language.lower() not in _PRE_LANGUAGES:
            return
        # Notes written inside an unlabelled block are still notes.
        self.stack.clear()
        for offset, raw in enumerate(body, start=1):
            text = L.clean_inline(raw.translate(_BOX))
            if len(text) >= 2:
                self.attach_flat(_FactB(text=text, raw=text, line=lineno + offset,
                                        content_col=0, kind="pre"))

    def names_section_topics(self, first_column: list[str]) -> bool:
        """The table's first column names two or more topics of the open
        section (table_scope): its rows are about the section."""
        if not self.sections or self.current is None or self.current is self.own:
            return False
        titles = [t.title for t in self.sections[-1].topics if t is not self.own]
        return names_topics(first_column, titles)

    def flush_table(self) -> None:
        if not self.table_rows:
            return
        rows = [(n, raw) for n, raw in self.table_rows if not L.TABLE_SEP_RE.match(raw)]
        first = self.table_rows[0][0]
        indent = L.indent_width(self.table_rows[0][1])
        self.table_rows = []
        cells = [
            (n, tuple(L.clean_inline(I.plain(c.replace("\\|", "|")))
                      for c in _CELL_BORDER.split(_outer_pipes(raw))))
            for n, raw in rows
        ]
        if not cells:
            return
        header = cells[0][1]
        headerless = header_is_data(header, [row for _, row in cells[1:]])
        if headerless:
            # '| EAL 1 | 기능 시험 |' over '| EAL 2 | 구조 시험 |': a table written
            # without a header row; its first row is read as the others are.
            cells = [(cells[0][0], header), *cells]
            header = ("",) * len(header)
        if self.names_section_topics([row[0] for _, row in cells[1:] if row]):
            # A summary of the section's topics, not more of the last topic.
            # A title line over it ('总结：') read as a topic of its own is left
            # with nothing: it is dropped rather than kept as an empty topic.
            last = self.current
            if last is not None and not (last.facts or last.tables or last.code_blocks
                                         or last.images):
                self.sections[-1].topics.remove(last)
            self.reset_block()
            self.current = None
        table = Table(
            header=header,
            rows=tuple(c for _, c in cells[1:]),
            source=SourceRef(file=self.file, line=first),
            headerless=headerless,
        )
        self.topic(first).tables.append(table)
        parent = self.stack[-1] if self.stack and indent >= self.stack[-1].content_col else None
        for n, row in cells[1:]:
            if not any(row):
                continue
            labelled = tuple(zip(header, row, strict=False))
            text = " | ".join(v for v in row if v)
            fact = _FactB(text=text, raw=text, line=n, content_col=indent + 1, kind="row",
                          cells=labelled)
            if parent is not None:
                parent.children.append(fact)
            else:
                self.attach_flat(fact)


def parse_file(text: str, file: str) -> Deck:
    """Parse one file's text; no merging of duplicate topics. The author's own
    cards (cards.py) ride along; cards that cannot be read become warnings."""
    deck = _Parser(text, file).run()
    scan = scan_cards(text, file)
    return replace(deck, cards=scan.cards, warnings=deck.warnings + scan.problems,
                   unanswered=scan.unanswered)


__all__ = ["Warning", "parse_file"]
