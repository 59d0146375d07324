"""The parser's structural state: sections, topics, labels and `<details>` answers.

Which heading level starts a section is decided once per file: the shallowest
level used at least twice (a single `# Title` above them names the deck).
That way one `## New part` added at the end of a deck of `###` sections is one
more section, and the rest of the deck reads as before. Headings below the
section level are topics, except generic ones (특징, 문제점, Pros …): those
become a label fact of the topic they belong to, the nearest shallower heading.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.notes import inline as I
from bot.notes import labels
from bot.notes import lines as L
from bot.notes.builders import FactB, SectionB, TopicB
from bot.notes.model import SourceRef, Warning

_QUESTION_RE = re.compile(r"^Q\s*\d*\s*[:.)]\s*", re.IGNORECASE)
_STARS = re.compile(r"[⭐★☆]+")


def heading_levels(
    lines: list[str], skipped: Collection[int] = (), not_headings: Collection[int] = ()
) -> tuple[int | None, int | None]:
    """(title level, section level) from the headings outside code fences.

    The first heading, at the shallowest level, names the deck when it is the
    only one at that level, or when every heading at that level only groups
    deeper ones (`# Part 2` with nothing of its own before its `###` sections):
    adding a part to a deck of `###` sections keeps its sections as they were.
    """
    heads: list[tuple[int, bool]] = []  # level, has lines of its own
    fence: str | None = None
    for lineno, raw in enumerate(lines, start=1):
        fm = L.FENCE_RE.match(raw)
        if fm:
            mark = fm.group(1)
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence):
                fence = None
            if heads:
                heads[-1] = (heads[-1][0], True)
            continue
        if fence is not None:
            continue
        hm = None if lineno in not_headings else L.HEADING_RE.match(raw)
        if hm and (hm.group(2) or "").strip():
            heads.append((len(hm.group(1)), False))
        elif heads and raw.strip() and lineno not in skipped:
            heads[-1] = (heads[-1][0], True)
    if not heads:
        return None, None
    levels = [lv for lv, _ in heads]
    top = min(levels)
    title = None
    parts = all(not own for lv, own in heads if lv == top)
    if levels[0] == top and len(set(levels)) > 1 and (levels.count(top) == 1 or parts):
        # `# AWS SAA` above the sections names the deck; `# Part 2` added later
        # only groups sections too.
        title = top
        heads = [h for h in heads if h[0] != top]
    levels = [lv for lv, _ in heads]
    repeated = sorted(lv for lv in set(levels) if levels.count(lv) >= 2)
    return title, (repeated[0] if repeated else min(levels))


class Structure:
    def __init__(self, *, file: str, lines: list[str], name: str, skipped: Collection[int],
                 not_headings: Collection[int] = ()) -> None:
        self.file = file
        self.lines = lines
        self.name = name
        self.titled = False  # the file opens with a `# Title` naming it
        self.title_level, self.section_level = heading_levels(lines, skipped, not_headings)
        self.sections: list[SectionB] = []
        self.warnings: list[Warning] = []
        self.current: TopicB | None = None
        self.own: TopicB | None = None  # the current section's own topic
        self.heads: list[tuple[int, str]] = []  # open headings below the section
        self.stack: list[FactB] = []  # open bullets, outermost first
        self.group: FactB | None = None  # an open label: facts go under it
        self.callout_outer: FactB | None = None
        self.in_callout = False
        self.in_details = False
        self.before_details: tuple[TopicB | None, FactB | None] = (None, None)
        self.last_fact: FactB | None = None
        # Sub-headings that are fields of the heading above them ('ユースケース'
        # under each of 'CA型', 'AP型', 'CP型'; layout_fields), set by the parser.
        self.field_lines: Collection[int] = ()
        self.first_heading = next(
            (i for i, raw in enumerate(lines, start=1)
             if i not in not_headings and L.HEADING_RE.match(raw)), 0
        )

    def warn(self, lineno: int, message: str) -> None:
        where = SourceRef(file=self.file, line=lineno)
        self.warnings.append(Warning(message=message, source=where))

    # -- where facts go ------------------------------------------------------
    def section(self, lineno: int) -> SectionB:
        if not self.sections:
            self.sections.append(SectionB(title=self.name, line=lineno, level=0))
        return self.sections[-1]

    def section_topic(self, lineno: int) -> TopicB:
        """The section itself as a topic, for facts written straight under it."""
        sec = self.section(lineno)
        if self.own is None:
            # Lines before the first section are the file's opening: its title
            # is the file's name (an "intro" topic, lookup reads it as a crumb).
            kind, title = ("section" if sec.level else "intro"), sec.title
            if _QUESTION_RE.match(title):  # `## Q3: Why ...?` asks; its text answers
                kind, title = "question", _QUESTION_RE.sub("", title).strip() or title
            self.own = TopicB(title=title, line=sec.line, number=None, level=sec.level,
                              kind=kind)
            sec.topics.insert(0, self.own)
        return self.own

    def topic(self, lineno: int) -> TopicB:
        if self.current is None:
            self.current = self.section_topic(lineno)
        return self.current

    def attach(self, lineno: int, fact: FactB) -> None:
        if self.stack:
            self.stack[-1].children.append(fact)
        elif self.group is not None:
            self.group.children.append(fact)
        else:
            self.topic(lineno).facts.append(fact)
        self.stack.append(fact)
        self.last_fact = fact

    def attach_flat(self, fact: FactB) -> None:
        """A fact that opens no list (a table row, a line of a code block)."""
        if self.group is not None:
            self.group.children.append(fact)
        else:
            self.topic(fact.line).facts.append(fact)
        self.last_fact = fact

    def reset_block(self) -> None:
        self.stack.clear()
        self.group = None
        self.in_callout = False
        self.last_fact = None

    # -- headings --------------------------------------------------------------
    def heading(self, lineno: int, level: int, title: str) -> None:
        self.stack.clear()
        self.last_fact = None
        title = L.without_leading_symbols(L.without_code_marks(_STARS.sub("", title)).strip())
        if not title:
            self.warn(lineno, "empty heading ignored")
            return
        if self.in_details:
            # A heading inside an answer labels part of the answer.
            self.label(lineno, title)
            return
        self.reset_block()
        if (
            self.title_level is not None
            and level <= self.title_level
            and lineno == self.first_heading
        ):
            self.name = title
            self.titled = True
            return
        if self.section_level is None or level <= self.section_level:
            # A generic section (`## Description` under `# OSPF`) is about the
            # file's subject: its facts belong to the deck's title, labelled.
            generic = self.titled and labels.describes_subject(title)
            self.sections.append(SectionB(title=self.name if generic else title,
                                          line=lineno, level=level))
            self.current, self.own, self.heads = None, None, []
            if generic:
                self.label(lineno, title)
            return
        if labels.is_answer_marker(title):
            return
        if labels.is_generic(title) or lineno in self.field_lines:
            self.current = self.parent_of(level, lineno)
            self.label(lineno, title)
            return
        while self.heads and self.heads[-1][0] >= level:
            self.heads.pop()
        path = tuple(t for _, t in self.heads)
        self.heads.append((level, title))
        kind = "heading"
        if _QUESTION_RE.match(title):
            kind, title = "question", _QUESTION_RE.sub("", title).strip() or title
        sec = self.section(lineno)
        self.current = TopicB(title=title, line=lineno, number=None, level=level, kind=kind,
                              path=path)
        sec.topics.append(self.current)
        sec.last_number = 0

    def rule(self, lineno: int) -> None:
        """A horizontal rule (`---`) after a sub-heading's lines ends them: what
        follows without a heading of its own ('일반 큐의 단점 …, 원형 큐' after
        the lines of '##### isFull') is a new part of the section, not more of
        that sub-heading, and read under it a line would be asked under the
        wrong name. A rule right under its heading (nothing written yet) only
        underlines it; inside an answer it separates parts of the answer."""
        topic = self.current
        if self.in_details or topic is None or topic is self.own:
            return
        if not (topic.facts or topic.code_blocks or topic.tables or topic.images):
            return
        self.reset_block()
        self.current = None

    def parent_of(self, level: int, lineno: int) -> TopicB:
        """The topic a generic sub-heading at `level` belongs to."""
        sec = self.section(lineno)
        for topic in reversed(sec.topics):
            if topic is not self.own and topic.level < level:
                return topic
        return self.section_topic(lineno)

    def label(self, lineno: int, title: str) -> None:
        """Start a labelled group of facts (특징, Pros, an answer's sub-heading)."""
        self.stack.clear()
        text = labels.clean_label(title)
        fact = FactB(text=text, raw=text, line=lineno, content_col=0, kind="label")
        self.topic(lineno).facts.append(fact)
        self.group = fact
        self.last_fact = fact

    def plain_heading(self, lineno: int, title: str) -> None:
        """A plain line that heads the list under it (blocks._labels): a topic
        one level below the open heading; a generic one labels the topic."""
        title = L.without_leading_symbols(title.strip("*:： "))
        # (One recurring over each of several records is a slot of theirs:
        # layout_fields.field_titles.)
        if self.in_details or labels.is_generic(title) or lineno in self.field_lines:
            self.label(lineno, title)
            return
        self.reset_block()
        sec = self.section(lineno)
        level = (self.heads[-1][0] if self.heads else sec.level) + 1
        self.current = TopicB(title=title, line=lineno, number=None, level=level,
                              kind="heading", path=tuple(t for _, t in self.heads))
        sec.topics.append(self.current)

    def numbered_topic(self, lineno: int, number: int, title: str) -> None:
        self.reset_block()
        sec = self.section(lineno)
        if number > sec.last_number + 1 and sec.last_number:
            self.warn(lineno, f"numbering skips from {sec.last_number} to {number}")
        elif number <= sec.last_number and number != 1:
            self.warn(lineno, f"number {number} comes after {sec.last_number}")
        sec.last_number = number
        clean = L.without_code_marks(L.clean_inline(title))
        if not clean:
            self.warn(lineno, f"numbered item {number} has no title")
            clean = f"({number})"
        level = (self.heads[-1][0] if self.heads else sec.level) + 1
        self.current = TopicB(title=clean, line=lineno, number=number, level=level,
                              kind="numbered", path=tuple(t for _, t in self.heads))
        sec.topics.append(self.current)

    # -- callouts and <details> -------------------------------------------------
    def callout(self, lineno: int, text: str) -> bool:
        """`> [!note] Title`: a labelled group for the quoted lines below it."""
        m = re.match(r"^\[!(\w+)\][+-]?\s*(.*)$", text)
        if m is None:
            return False
        self.callout_outer = self.group if not self.in_callout else self.callout_outer
        self.label(lineno, m.group(2).strip() or m.group(1))
        self.in_callout = True
        return True

    def end_callout(self) -> None:
        if self.in_callout:
            self.in_callout = False
            self.group = self.callout_outer
            self.stack.clear()

    def details_line(self, lineno: int, raw: str) -> bool:
        """Read `<details>`, `<summary>` and `</details>` (alone or on one line);
        True when nothing else on the line is left to read."""
        lowered = raw.lower()
        summary = L.SUMMARY_RE.search(raw)
        if "<details" in lowered and not self.in_details:
            self.before_details = (self.current, self.group)
            self.in_details = True
        if summary is not None and labels.is_reveal(L.clean_inline(summary.group(1))):
            # 'Show answer': the fold belongs to the topic it stands in.
            summary = None
            raw = L.SUMMARY_RE.sub(" ", raw)
        if summary is not None:
            question = L.clean_inline(summary.group(1)) or "?"
            self.reset_block()
            sec = self.section(lineno)
            base = self.before_details[0]
            level = (base.level if base is not None else sec.level) + 1
            path = tuple(t for _, t in self.heads)
            self.current = TopicB(title=question, line=lineno, number=None, level=level,
                                  kind="question", path=path)
            sec.topics.append(self.current)
            self.in_details = True
        rest = L.SUMMARY_RE.sub(" ", raw)
        rest = re.sub(r"</?details[^>]*>", " ", rest, flags=re.IGNORECASE)
        closing = "</details>" in lowered
        if rest.strip() and L.clean_inline(rest):
            self.paragraph_text(lineno, rest)
        if closing:
            self.reset_block()
            self.in_details = False
            self.current, self.group = self.before_details
        return True

    def paragraph_text(self, lineno: int, text: str) -> None:
        clean = L.clean_inline(I.plain(text))
        if clean:
            self.attach_flat(FactB(text=clean, raw=I.plain(text).strip(), line=lineno,
                                   content_col=0, kind="text", link=I.link_only(text)))
