"""The parsed form of a study group's notes: pure values, no I/O.

A Deck holds Sections (the `###`-level headings, or the file itself when it has
none); a Section holds Topics (numbered items or sub-headings); a Topic holds
Facts (bullets, nested at any depth). Every element remembers where it came from
so that a question or a lookup hit can always point back to the notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceRef:
    """Where an element was written: file path (as given) and 1-based line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, kw_only=True, slots=True)
class Fact:
    """One bullet (or paragraph line) of the notes, with its nested bullets.

    `term`/`definition` are set for `term : definition` and `term -> definition`
    bullets; `depth` is the nesting level (0 = directly under the topic).
    `arrow` says how a line with `->` was read: "term" (term -> definition),
    "reversed" (definition -> term; `term` is the right-hand side), "flow"
    (a -> b -> c, no term) or "follows" (starts with `->`: it leans on the line
    before it, so it cannot stand alone).

    `kind` says what the line was: "bullet", "text" (a paragraph line), "step"
    (an item of an ordered list; `number` as written; an ordered list indented
    under a bullet stays "bullet" but keeps its `number` too), "row" (a table row;
    `cells` pairs each header with its value), "label" (a generic sub-heading
    such as 특징 / 문제점 / Pros, or a callout title: its facts are its
    children, so it is not a concept of its own) or "pre" (a line of an
    unlabelled code block, kept because people write notes in them).

    `link` marks a line whose words are a link's title alone (`[Queue FAQ](…)`,
    a bare address, at most one short word beside it): an entry of a reading
    list, which names a page to read and says nothing of the subject.
    """

    text: str
    source: SourceRef
    depth: int = 0
    term: str | None = None
    definition: str | None = None
    children: tuple[Fact, ...] = ()
    checkbox: bool = False
    arrow: str | None = None
    kind: str = "bullet"
    number: int | None = None
    cells: tuple[tuple[str, str], ...] = ()
    link: bool = False

    def walk(self) -> tuple[Fact, ...]:
        """This fact and all its descendants, in document order."""
        out: list[Fact] = [self]
        for child in self.children:
            out.extend(child.walk())
        return tuple(out)


@dataclass(frozen=True, kw_only=True, slots=True)
class CodeBlock:
    language: str
    text: str
    source: SourceRef


@dataclass(frozen=True, kw_only=True, slots=True)
class Image:
    alt: str
    target: str
    source: SourceRef


@dataclass(frozen=True, kw_only=True, slots=True)
class Table:
    """A Markdown table. `headerless`: written with no header row, its first
    row a row like the others (header_rows.header_is_data); `header` is then
    blank and `rows` holds that first row too."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    source: SourceRef
    headerless: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Topic:
    """A numbered item or sub-heading inside a section.

    `number` is the item number as written (None for heading topics);
    `kind` is "heading", "numbered", "section" (facts written straight under a
    section heading) or "question" (a `<details>` summary or a `Q:` heading:
    its facts are the answer); `path` holds the headings between the section
    and the topic (("Process",) for `#### PCB` under `### Process`);
    `also_in` lists other places in the deck that describe the same concept
    (duplicate topics are merged into the first occurrence; their facts are
    appended, and their sources kept here).
    """

    title: str
    section: str
    source: SourceRef
    number: int | None = None
    facts: tuple[Fact, ...] = ()
    code_blocks: tuple[CodeBlock, ...] = ()
    images: tuple[Image, ...] = ()
    tables: tuple[Table, ...] = ()
    also_in: tuple[SourceRef, ...] = ()
    kind: str = "heading"
    path: tuple[str, ...] = ()

    def all_facts(self) -> tuple[Fact, ...]:
        out: list[Fact] = []
        for fact in self.facts:
            out.extend(fact.walk())
        return tuple(out)

    @property
    def breadcrumb(self) -> str:
        return f"{self.section} > {self.title}"


@dataclass(frozen=True, kw_only=True, slots=True)
class Section:
    title: str
    source: SourceRef
    level: int = 3
    topics: tuple[Topic, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Warning:
    """Something in the notes the parser could not use as written."""

    message: str
    source: SourceRef

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True, kw_only=True, slots=True)
class AuthorCard:
    """A card the author wrote (bot/notes/cards.py reads the forms).

    `kind` is "basic" (question and answer) or "cloze" (`front` is the sentence
    with `___` where the deletion was, `back` the deleted text). `syntax` names
    the form it was written in; `reverse` marks the second card of a both-ways
    pair. `headings` is the path of headings above the card, outermost first.
    `choices` are the author's own options of a practice question (`back` is
    the one the author's answer names); empty for every other card. `note` is
    the author's explanation of a practice question's answer, when written;
    `note_titled` that it stands under a title saying so ('해설', 'Explanation');
    `others` the author's lines on the other options, when written option by option.
    """

    kind: str
    front: str
    back: str
    source: SourceRef
    syntax: str
    headings: tuple[str, ...] = ()
    reverse: bool = False
    choices: tuple[str, ...] = ()
    note: str = ""
    note_titled: bool = False
    others: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Skip:
    """Lines the parser read on purpose and left out (a table of contents,
    navigation links, front matter): reported by `content check`."""

    reason: str
    source: SourceRef
    lines: int = 1

    def __str__(self) -> str:
        return f"{self.source}: {self.reason} ({self.lines} line{'s' if self.lines != 1 else ''})"


@dataclass(frozen=True, kw_only=True, slots=True)
class QAPair:
    """A question the notes ask themselves and its answer: a `<details>` block,
    `Q:`/`A:` lines or a `## Q1: ...?` heading. Author cards are built on these."""

    question: str
    answer: str
    source: SourceRef  # where the question is written
    section: str
    answer_source: SourceRef | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Deck:
    name: str
    sections: tuple[Section, ...] = ()
    warnings: tuple[Warning, ...] = ()
    files: tuple[str, ...] = field(default=())
    cards: tuple[AuthorCard, ...] = ()
    skipped: tuple[Skip, ...] = ()
    qa: tuple[QAPair, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()  # front matter (key, value), in file order
    # Multiple-choice questions the author wrote without marking the right
    # option (an exam to try on one's own): never asked, as nothing tells which
    # choice is right; a deck of only these is told so, not 'yields none'.
    unanswered: tuple[SourceRef, ...] = ()

    def topics(self) -> tuple[Topic, ...]:
        return tuple(t for s in self.sections for t in s.topics)
