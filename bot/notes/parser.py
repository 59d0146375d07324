"""Markdown notes -> Deck: a line-oriented parser that never gives up.

Study notes are not CommonMark documents: they indent with tabs or spaces,
number their topics by hand (and skip numbers), put two spaces after a bullet
and paste JSON into the middle of a list. The parser reads one line at a time
(lines.py says what a line is) and keeps only the state it needs: the current
section and topic, the stack of open bullets, and an open code fence or table.
What it cannot use it records as a Warning with file and line, and goes on.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath

from bot.notes import lines as L
from bot.notes.builders import FactB as _FactB
from bot.notes.builders import SectionB as _SectionB
from bot.notes.builders import TopicB as _TopicB
from bot.notes.builders import freeze_deck
from bot.notes.cards import scan_cards
from bot.notes.model import CodeBlock, Deck, Image, SourceRef, Table, Warning


def _heading_levels(lines: list[str]) -> tuple[int | None, int | None]:
    """(title level, section level) from the headings outside code fences.

    A single heading at the shallowest level that comes first (`# AWS SAA`
    above `###` sections) names the deck rather than starting a section.
    """
    levels: list[int] = []
    fence: str | None = None
    for raw in lines:
        fm = L.FENCE_RE.match(raw)
        if fm:
            mark = fm.group(1)
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence):
                fence = None
            continue
        if fence is None:
            hm = L.HEADING_RE.match(raw)
            if hm:
                levels.append(len(hm.group(1)))
    if not levels:
        return None, None
    top = min(levels)
    rest = [lv for lv in levels if lv != top]
    if levels.count(top) == 1 and levels[0] == top and rest:
        return top, min(rest)
    return None, top


class _Parser:
    def __init__(self, text: str, file: str) -> None:
        self.file = file
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.title_level, self.section_level = _heading_levels(self.lines)
        self.name = PurePath(file).stem or file
        self.sections: list[_SectionB] = []
        self.warnings: list[Warning] = []
        self.stack: list[_FactB] = []  # open bullets, outermost first
        self.details: _FactB | None = None  # the <summary> fact of an open <details>
        self.last_fact: _FactB | None = None
        self.table_rows: list[tuple[int, str]] = []
        self.first_heading = next(
            (i for i, raw in enumerate(self.lines, start=1) if L.HEADING_RE.match(raw)), 0
        )

    # -- helpers -------------------------------------------------------------
    def warn(self, lineno: int, message: str) -> None:
        self.warnings.append(
            Warning(message=message, source=SourceRef(file=self.file, line=lineno))
        )

    def section(self, lineno: int) -> _SectionB:
        if not self.sections:
            self.sections.append(_SectionB(title=self.name, line=lineno, level=0))
        return self.sections[-1]

    def topic(self, lineno: int) -> _TopicB:
        sec = self.section(lineno)
        if not sec.topics:
            # Facts written straight under a section heading: the section is its own topic.
            sec.topics.append(_TopicB(title=sec.title, line=sec.line, number=None))
        return sec.topics[-1]

    def reset_block(self) -> None:
        self.stack.clear()
        self.details = None
        self.last_fact = None

    # -- main loop -----------------------------------------------------------
    def run(self) -> Deck:
        fence: tuple[str, str, int, list[str]] | None = None  # mark, language, line, body
        for lineno, raw in enumerate(self.lines, start=1):
            if fence is not None:
                fm = L.FENCE_RE.match(raw)
                mark = fm.group(1) if fm else ""
                if fm and mark[0] == fence[0][0] and len(mark) >= len(fence[0]) and not fm.group(2):
                    self.add_code(fence)
                    fence = None
                else:
                    fence[3].append(raw)
                continue
            if raw.strip() and not L.TABLE_SEP_RE.match(raw) and not raw.lstrip().startswith("|"):
                self.flush_table()
            if not raw.strip():
                self.flush_table()
                continue
            fm = L.FENCE_RE.match(raw)
            if fm:
                fence = (fm.group(1), fm.group(2), lineno, [])
                continue
            self.line(lineno, raw)
        if fence is not None:
            self.warn(fence[2], "code block is never closed; kept to the end of the file")
            self.add_code(fence)
        self.flush_table()
        return freeze_deck(
            name=self.name, file=self.file, sections=self.sections, warnings=self.warnings
        )

    def line(self, lineno: int, raw: str) -> None:
        hm = L.HEADING_RE.match(raw)
        if hm:
            self.heading(lineno, len(hm.group(1)), L.clean_inline(hm.group(2) or ""))
            return
        if L.THEMATIC_RE.match(raw):
            return
        if raw.lstrip().startswith("|"):
            self.table_rows.append((lineno, raw))
            return
        indent = L.indent_width(raw)
        stripped = raw.strip()
        images = L.IMAGE_RE.findall(stripped)
        if images and not L.IMAGE_RE.sub("", stripped).strip(" -*+"):
            self.add_images(lineno, images)
            return
        nm = L.NUMBERED_RE.match(raw)
        if nm and indent < 2:
            self.numbered_topic(lineno, int(nm.group(2)), nm.group(3) or "")
            return
        bm = L.BULLET_RE.match(raw) or nm
        if bm:
            text = bm.group(3) or ""
            self.bullet(lineno, indent, text, images)
            return
        self.paragraph(lineno, indent, raw)

    # -- structure -----------------------------------------------------------
    def heading(self, lineno: int, level: int, title: str) -> None:
        self.reset_block()
        if not title:
            self.warn(lineno, "empty heading ignored")
            return
        if (
            self.title_level is not None
            and level <= self.title_level
            and lineno == self.first_heading
        ):
            self.name = title
            return
        if self.section_level is None or level <= self.section_level:
            self.sections.append(_SectionB(title=title, line=lineno, level=level))
            return
        sec = self.section(lineno)
        sec.topics.append(_TopicB(title=title, line=lineno, number=None))
        sec.last_number = 0

    def numbered_topic(self, lineno: int, number: int, title: str) -> None:
        self.reset_block()
        sec = self.section(lineno)
        if number > sec.last_number + 1 and sec.last_number:
            self.warn(lineno, f"numbering skips from {sec.last_number} to {number}")
        elif number <= sec.last_number and number != 1:
            self.warn(lineno, f"number {number} comes after {sec.last_number}")
        sec.last_number = number
        clean = L.clean_inline(title)
        if not clean:
            self.warn(lineno, f"numbered item {number} has no title")
            clean = f"({number})"
        sec.topics.append(_TopicB(title=clean, line=lineno, number=number))

    def bullet(self, lineno: int, indent: int, text: str, images: list[tuple[str, str]]) -> None:
        checkbox = False
        cm = L.CHECKBOX_RE.match(text.strip())
        if cm:
            checkbox, text = True, cm.group(2)
        if images:
            self.add_images(lineno, images)
            text = L.IMAGE_RE.sub("", text)
        clean = L.clean_inline(text)
        if not clean:
            self.warn(lineno, "empty bullet ignored")
            return
        while self.stack and self.stack[-1].content_col > indent:
            self.stack.pop()
        fact = _FactB(
            text=clean, raw=text.strip(), line=lineno, content_col=indent + 2, checkbox=checkbox
        )
        self.attach(lineno, fact)

    def attach(self, lineno: int, fact: _FactB) -> None:
        if self.stack:
            self.stack[-1].children.append(fact)
        elif self.details is not None:
            self.details.children.append(fact)
        else:
            self.topic(lineno).facts.append(fact)
        self.stack.append(fact)
        self.last_fact = fact

    def paragraph(self, lineno: int, indent: int, raw: str) -> None:
        text = raw.strip()
        while text.startswith(">"):
            text = text[1:].strip()
        summary = L.SUMMARY_RE.search(text)
        if summary:
            self.reset_block()
            summary_text = L.clean_inline(summary.group(1)) or "?"
            fact = _FactB(text=summary_text, raw=summary_text, line=lineno, content_col=0)
            self.topic(lineno).facts.append(fact)
            self.details = fact
            self.last_fact = fact
            return
        if "</details>" in text.lower():
            self.reset_block()
        clean = L.clean_inline(text)
        if not clean:
            return
        if indent >= 2 and self.last_fact is not None:
            # A wrapped bullet ("\t(부팅 작업 자동화 ...)"): same fact, next line.
            target = self.last_fact
            for open_fact in reversed(self.stack):
                if open_fact.content_col <= indent:
                    target = open_fact
                    break
            target.text = f"{target.text} {clean}"
            target.raw = f"{target.raw} {text}"
            return
        self.stack.clear()
        self.attach(lineno, _FactB(text=clean, raw=text, line=lineno, content_col=indent + 1))

    # -- attachments -----------------------------------------------------------
    def add_images(self, lineno: int, images: list[tuple[str, str]]) -> None:
        topic = self.topic(lineno)
        src = SourceRef(file=self.file, line=lineno)
        for alt, target in images:
            topic.images.append(Image(alt=alt, target=target, source=src))

    def add_code(self, fence: tuple[str, str, int, list[str]]) -> None:
        _, language, lineno, body = fence
        block = CodeBlock(
            language=language.lower(),
            text="\n".join(body),
            source=SourceRef(file=self.file, line=lineno),
        )
        self.topic(lineno).code_blocks.append(block)

    def flush_table(self) -> None:
        if not self.table_rows:
            return
        rows = [(n, raw) for n, raw in self.table_rows if not L.TABLE_SEP_RE.match(raw)]
        first = self.table_rows[0][0]
        self.table_rows = []
        cells = [
            tuple(L.clean_inline(c) for c in raw.strip().strip("|").split("|")) for _, raw in rows
        ]
        if not cells:
            return
        table = Table(
            header=cells[0], rows=tuple(cells[1:]), source=SourceRef(file=self.file, line=first)
        )
        self.topic(first).tables.append(table)


def parse_file(text: str, file: str) -> Deck:
    """Parse one file's text; no merging of duplicate topics. The author's own
    cards (cards.py) ride along; cards that cannot be read become warnings."""
    deck = _Parser(text, file).run()
    scan = scan_cards(text, file)
    problems = tuple(Warning(message=p.message, source=p.source) for p in scan.problems)
    return replace(deck, cards=scan.cards, warnings=deck.warnings + problems)
