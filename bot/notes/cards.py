"""Cards the author wrote: question/answer pairs and cloze deletions in the notes.

Pure functions over the text of one file. The forms read are those of
Obsidian's Spaced Repetition plugin and of hand-written study notes:

- `question::answer` (one way) and `question:::answer` (both ways) on one line;
- multi-line cards: question lines, a line of `?` (one way) or `??` (both ways),
  answer lines; the card ends at a blank line or a heading;
- `Q:` / `A:` lines (also `Q.`, `Question:`, `질문:` / `답:`, `답변:`);
- practice questions: a `Question 3` heading (`문제 3`, `問題 3`) whose body is
  the question and its numbered or lettered options, followed by an `Answer`
  heading (`정답`, `解答`) naming one option: the author's own choices;
- cloze deletions: Anki's `{{c1::text}}` anywhere; `==highlight==` and
  `**bold**` only under a `#flashcards` tag (ordinary notes bold and
  highlight for emphasis, and those are not questions).

A separator inside a code fence, inline code or a URL is not a card, and
neither is a code-like `name::member` (C++, Rust, IPv6). Without a
`#flashcards` tag a `key:: value` with a one-word ASCII key is a Dataview
field, not a card. Cards that start but cannot be read (a `?` with nothing
above or below, an `A:` with no `Q:`) come back as problems with their line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.notes.inline import plain
from bot.notes.labels import is_reveal
from bot.notes.lines import clean_inline, without_leading_symbols, without_tags
from bot.notes.model import AuthorCard, SourceRef, Warning
from bot.notes.practice import answer_value, is_options_label, named_option, read_practice

CardKind = Literal["basic", "cloze"]

_FENCE_RE = re.compile(r"^\s*+(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_TAG_RE = re.compile(r"(?:^|\s)#flashcards(?:/[\w/-]+)?\b", re.IGNORECASE)
_INLINE_CODE_RE = re.compile(r"(`+)(.+?)\1")
_URL_RE = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)
_LIST_MARK_RE = re.compile(r"^\s*+(?:[-*+]|\d{1,4}[.)])\s+(?:\[[ xX]\]\s+)?")
_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CALL_RE = re.compile(r"[A-Za-z_~][A-Za-z0-9_]*\s*[(<]")
_Q_RE = re.compile(
    r"^(?:\*\*)?(?:Q|Question|질문|문)\s*\d*\s*[:.)](?:\*\*)?\s*(?P<text>.*)$", re.IGNORECASE
)
_A_RE = re.compile(
    r"^(?:\*\*)?(?:A|Answer|답|답변)\s*\d*\s*[:.)](?:\*\*)?\s*(?P<text>.*)$", re.IGNORECASE
)
_ANKI_RE = re.compile(
    r"\{\{c(?P<n>\d{1,3})::(?P<text>[^{}:]{1,300}(?::[^{}:]{1,300})*?)"
    r"(?:::(?P<hint>[^{}]{0,300}))?\}\}"
)
# A card is a line someone reads: longer lines, and more deletions in one line,
# are not cards (and would make the work grow with the square of the line).
MAX_CARD_LINE = 2000
MAX_CLOZES_PER_LINE = 10
_HIGHLIGHT_RE = re.compile(r"==(?P<text>[^=\n]{1,300})==")
_BOLD_RE = re.compile(r"\*\*(?P<text>[^*\n]{1,300})\*\*")
# An answer not written yet: the slot the author left ('...answer', 'TODO',
# 'TBD', '작성 중', '準備中', '待补充').
_PLACEHOLDER_RE = re.compile(
    r"^\W*(?:answer|answer here|todo|tbd|wip|coming soon|작성\s*중|준비\s*중|"
    r"準備中|作成中|待补充|待完善|待更新)\W*$", re.IGNORECASE)
_SOURCE_LINE_RE = re.compile(r"^\W*(?:Source|출처)\s*:", re.IGNORECASE)
_SUMMARY_RE = re.compile(
    r"<summary[^>]{0,200}>([^<]{0,2000}(?:<(?!/summary>)[^<]{0,2000}){0,50})</summary>",
    re.IGNORECASE,
)
GAP = "___"
# A heading that only numbers a practice question ("Question 1.", "문제 3").
_PRACTICE_RE = re.compile(
    r"^(?:\*\*)?(?:Question|Q|문제|질문|問題?|问题)\s*\d{1,4}\s*[.:)]?(?:\*\*)?$", re.IGNORECASE
)
# A heading that numbers a practice question, with its title or the question
# itself after the number ("Question 1 – Web Tier", "Q3. Which …?", "문제 2").
_NUMBERED_RE = re.compile(
    r"^(?:\*\*)?(?:Question|Q|문제|질문|問題?|问题)\s*\.?\s*\d{1,4}(?:\*\*)?"
    r"(?:\s*[.:)：]|\s+[-–—]|\s|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ANSWER_TITLE_RE = re.compile(
    r"^(?:\*\*)?(?:Answers?|Correct answer|정답|답|답안|解答|答え|答案)\s*[.:]?(?:\*\*)?$",
    re.IGNORECASE,
)
_EXPLANATION_TITLE_RE = re.compile(
    r"^(?:\*\*)?(?:Explanations?|해설|설명|풀이|解説|解释|解析)\s*[.:]?(?:\*\*)?$", re.IGNORECASE
)
# Lines of the author's explanation kept with a practice question.
MAX_NOTE_LINES = 3
# A line that opens a numbered question among other text: 'Q3.', '문제 2)',
# or a plain number before a line that asks ('**2.** Which …?').
_Q_START_RE = re.compile(
    r"^(?:\*\*)?(?:(?P<q>(?:Q|Question|문제|질문|問題?|问题)\s*\.?\s*\d{1,4})|\d{1,3})"
    r"\s*[.:)：](?:\*\*)?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"^\s*[-*+]\s+")
_OPTION_LOOK_RE = re.compile(r"^(?:\*\*)?(?:\(?[A-Da-d][.)]|\([A-Da-d]\)|[①-④])")
# How far a practice question among other text reaches: its stem's first
# lines are looked at for options, and it ends by this many lines.
MAX_STEM_LOOK = 10
# A heading that asks without a 'Q' is a card when its answer is this short.
MAX_ASKED_LINES = 15
MAX_BLOCK_LINES = 60
_STARS_RE = re.compile(r"[\s⭐★☆🌟]+$")
_QUOTE_MARK_RE = re.compile(r"^\s*(?:>\s?)+")


@dataclass(frozen=True, kw_only=True, slots=True)
class CardScan:
    cards: tuple[AuthorCard, ...]
    problems: tuple[Warning, ...]
    # Where a numbered question ('3. Which service …?') stands over its
    # options with no answer named: an exam left for the reader to try.
    unanswered: tuple[SourceRef, ...] = ()


def _plain(text: str) -> str:
    """Inline text as a reader sees it: list marker, emphasis markers gone (and
    the rest of the inline markup lines.clean_inline reads: '_slanted_', tags)."""
    text = _LIST_MARK_RE.sub("", text)
    text = text.replace("**", "").replace("==", "")
    return clean_inline(text)


def _unfolded(line: str) -> str:
    """The line without `<details>` tags and a reveal-only `<summary>`."""
    summary = _SUMMARY_RE.search(line)
    if summary is not None and is_reveal(without_tags(summary.group(1), " ")):
        line = line[: summary.start()] + line[summary.end():]
    return re.sub(r"</?details[^>]*>", " ", line, flags=re.IGNORECASE)


def _code_like(left: str, right: str) -> bool:
    """`std::vector`, `Foo::bar()`, `Vec::<T>`: a name path in code, not a card."""
    first = right[:1]
    if _IDENT_RE.fullmatch(left) and first and first.isascii():
        if first.isalnum() or first in "_~<":
            return True
    return bool(_CALL_RE.match(right))


def _without_code_and_urls(line: str) -> str:
    """The line with inline code and URLs blanked out (same length)."""
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    return _URL_RE.sub(blank, _INLINE_CODE_RE.sub(blank, line))


class _Scanner:
    def __init__(self, text: str, file: str) -> None:
        self.file = file
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.cards: list[AuthorCard] = []
        self.problems: list[Warning] = []
        self.headings: list[tuple[int, str]] = []
        # Level of the heading a `#flashcards` tag sits under (0 = whole file).
        self.tag_level: int | None = None
        self.used: set[int] = set()
        self.unanswered: list[int] = []

    def ref(self, index: int) -> SourceRef:
        return SourceRef(file=self.file, line=index + 1)

    def path(self) -> tuple[str, ...]:
        return tuple(title for _, title in self.headings)

    def add(self, index: int, kind: CardKind, front: str, back: str, syntax: str,
            *, reverse: bool = False, headings: tuple[str, ...] | None = None) -> None:
        self.cards.append(AuthorCard(
            kind=kind, front=front, back=back, source=self.ref(index), syntax=syntax,
            headings=self.path() if headings is None else headings, reverse=reverse,
        ))

    def problem(self, index: int, message: str) -> None:
        self.problems.append(Warning(message=message, source=self.ref(index)))

    def tagged(self) -> bool:
        return self.tag_level is not None

    # The scan ---------------------------------------------------------------

    def front_matter(self) -> int:
        """Lines of YAML front matter to skip; a `flashcards` tag there tags the file."""
        if not self.lines or self.lines[0].strip() != "---":
            return 0
        for j in range(1, len(self.lines)):
            if self.lines[j].strip() in ("---", "..."):
                block = "\n".join(self.lines[1:j])
                if re.search(r"\bflashcards\b", block, re.IGNORECASE):
                    self.tag_level = 0
                return j + 1
        return 0

    def run(self) -> CardScan:
        fence: str | None = None
        skip = self.front_matter()
        for i, raw in enumerate(self.lines):
            if i < skip:
                continue
            fm = _FENCE_RE.match(raw)
            if fm:
                mark = fm.group(1)
                if fence is None:
                    fence = mark
                elif mark[0] == fence[0] and len(mark) >= len(fence):
                    fence = None
                continue
            if fence is not None or i in self.used:
                continue
            self.line(i, raw)
        if self.unanswered:
            # (Said once for the file: one line per question would bury the rest.)
            n = len(self.unanswered)
            self.problem(self.unanswered[0],
                         f"{n} multiple-choice question{'s' if n != 1 else ''} without "
                         "an answer marked (no option named right): not asked")
        return CardScan(cards=tuple(self.cards), problems=tuple(self.problems),
                        unanswered=tuple(self.ref(i) for i in self.unanswered))

    def line(self, i: int, raw: str) -> None:
        hm = _HEADING_RE.match(raw)
        if hm:
            level = len(hm.group(1))
            if self.tag_level is not None and self.tag_level >= level:
                self.tag_level = None
            while self.headings and self.headings[-1][0] >= level:
                self.headings.pop()
            title = hm.group(2)
            if _TAG_RE.search(title):
                self.tag_level = level
            # (As a reader sees the heading, as the parser reads it: no markup,
            # no check mark or emoji it opens on.)
            shown = without_leading_symbols(clean_inline(plain(_TAG_RE.sub("", title))))
            self.headings.append((level, shown.strip()))
            if not self.practice_question(i, level, title):
                self.question_heading(i, level, title)
            return
        if len(raw) > MAX_CARD_LINE:
            return  # not a card, and its tags are not card tags either
        visible = _without_code_and_urls(raw)
        if _TAG_RE.search(visible):
            self.tag_level = self.headings[-1][0] if self.headings else 0
        stripped = raw.strip()
        if not stripped or stripped.startswith("|"):
            return
        if stripped.lower().startswith("<details"):
            self.details(i)
            return
        if stripped in ("?", "??"):
            self.multiline(i, both_ways=stripped == "??")
            return
        if self.practice_block(i, stripped):
            return
        if self.question_lines(i, stripped):
            return
        if not _ANKI_RE.search(visible) and self.inline(i, raw, visible):
            return
        self.cloze(i, raw, visible)

    def inline(self, i: int, raw: str, visible: str) -> bool:
        at = visible.find("::")
        if at < 0:
            return False
        both = visible.startswith(":::", at)
        width = 3 if both else 2
        if "::" in visible[at + width:]:  # "a::b::c", "::::": paths and code, not cards
            return False
        left = _plain(raw[:at])
        right = _plain(raw[at + width:])
        if _code_like(left, raw[at + width:]):
            return False
        if not left or not right:
            if self.tagged():
                self.problem(i, "card separator `::` with an empty side")
            return False
        if not self.tagged() and re.fullmatch(r"[A-Za-z][\w-]*", left):
            return False  # a Dataview field such as `status:: done`
        syntax = "inline-both" if both else "inline"
        self.add(i, "basic", left, right, syntax)
        if both:
            self.add(i, "basic", right, left, syntax, reverse=True)
        return True

    def block(self, start: int, step: int) -> list[int]:
        """Indexes of the non-blank, non-heading lines next to `start`."""
        out: list[int] = []
        j = start + step
        while 0 <= j < len(self.lines):
            text = self.lines[j]
            if not text.strip() or _HEADING_RE.match(text) or _FENCE_RE.match(text):
                break
            if text.strip() in ("?", "??"):
                break
            out.append(j)
            j += step
        return sorted(out)

    def multiline(self, i: int, *, both_ways: bool) -> None:
        above = [j for j in self.block(i, -1) if j not in self.used]
        below = self.block(i, +1)
        front = " ".join(_plain(self.lines[j]) for j in above).strip()
        back = "\n".join(_plain(self.lines[j]) for j in below).strip()
        if not front or not back:
            self.problem(i, "a `?` card line needs the question above it and the answer below")
            return
        # The question lines were scanned as ordinary lines already; their
        # inline forms must not count twice.
        first = above[0]
        self.cards[:] = [c for c in self.cards if c.source.line - 1 not in above]
        self.used.update(below)
        syntax = "multiline-both" if both_ways else "multiline"
        self.add(first, "basic", front, back, syntax)
        if both_ways:
            self.add(first, "basic", back, front, syntax, reverse=True)

    def question_lines(self, i: int, stripped: str) -> bool:
        text = _LIST_MARK_RE.sub("", stripped)
        qm = _Q_RE.match(text)
        if qm is None:
            return False
        question = _plain(qm.group("text"))
        answer: list[str] = []
        j = i + 1
        found = False
        while j < len(self.lines):
            nxt = _LIST_MARK_RE.sub("", self.lines[j].strip())
            if not nxt or _HEADING_RE.match(self.lines[j]) or _Q_RE.match(nxt):
                break
            am = _A_RE.match(nxt)
            if am and not found:
                found = True
                answer.append(_plain(am.group("text")))
            elif found:
                answer.append(_plain(nxt))
            else:
                question = f"{question} {_plain(nxt)}".strip()
            self.used.add(j)
            j += 1
        back = "\n".join(a for a in answer if a).strip()
        if not found:
            return False  # a line that starts with "Q." but has no answer: prose
        if not question or not back:
            self.problem(i, "a Q:/A: card needs both a question and an answer")
            return True
        self.add(i, "basic", question, back, "qa")
        return True

    def details(self, i: int) -> None:
        """`<details><summary>question</summary> answer </details>`."""
        depth = 0
        body: list[int] = []
        for j in range(i, len(self.lines)):
            low = self.lines[j].lower()
            depth += low.count("<details") - low.count("</details>")
            body.append(j)
            if depth <= 0:
                break
        else:
            self.used.update(body)  # read once: later <details> lines inside are not re-scanned
            self.problem(i, "<details> is never closed")
            return
        html = "\n".join(self.lines[j] for j in body)
        summary = _SUMMARY_RE.search(html)
        if summary is None:
            return  # a fold without a summary is layout, not a question
        front = _plain(without_tags(summary.group(1), " "))
        if is_reveal(front):
            # 'Show answer': the question is the paragraph right above the fold.
            above = [j for j in self.block(i, -1) if j not in self.used]
            asked = " ".join(_plain(self.lines[j]) for j in above).strip()
            if not asked.endswith(("?", "？")):
                return  # a fold that hides notes, not an answer
            self.cards[:] = [c for c in self.cards if c.source.line - 1 not in above]
            front, i = asked, above[0]
        rest = html[summary.end():]
        answer_lines = [_plain(without_tags(line, " ")) for line in rest.split("\n")]
        back = "\n".join(a for a in answer_lines if a and not _FENCE_RE.match(a)).strip()
        self.used.update(body)
        if not front or not back:
            self.problem(i, "a <details> card needs a <summary> question and an answer")
            return
        self.add(i, "basic", front, back, "details")

    def question_heading(self, i: int, level: int, title: str) -> None:
        """`## Q3: What is X?` followed by its answer (after an optional `Answer:`)."""
        qm = _Q_RE.match(title.strip())
        asked = _STARS_RE.sub("", _plain(qm.group("text") if qm else title))
        if not asked:
            return
        if qm is not None:
            body = self.section_body(i, level)
        else:
            # A heading that asks without a 'Q' ('## VPC는 왜 쓰나요?'): its own
            # short answer, up to the next heading, when it asks at all.
            body = self.own_lines(i)
            said = [j for j in body if self.lines[j].strip()]
            if not asked.endswith(("?", "？")) or not said or len(said) > MAX_ASKED_LINES:
                return
        # A fold around the answer ('<details><summary>답변 보기</summary>') is
        # layout: its tags and its reveal title are no part of the answer.
        # (A fence around the answer, '```bash', is layout too: its marks and
        # the language it names are no words of the answer.)
        kept = [_plain(_unfolded(self.lines[j])) for j in body
                if self.lines[j].strip() and not _FENCE_RE.match(self.lines[j])]
        if kept and _A_RE.match(kept[0]):
            first = _A_RE.match(kept[0])
            kept[0] = _plain(first.group("text")) if first else ""
        back = "\n".join(k for k in kept if k and not _SOURCE_LINE_RE.match(k)).strip()
        if not back or _PLACEHOLDER_RE.match(back):
            # ('...answer', 'TODO', '작성 중': a slot the author left to fill.)
            self.problem(i, "a question heading with no answer below it")
            return
        self.used.update(body)
        # The question is its own heading: the card sits under the ones above it.
        # (Stars that rate how often a question comes up, '⭐⭐⭐', are no part of it.)
        self.add(i, "basic", asked, back, "qa-heading",
                 headings=self.path()[:-1])

    def section_body(self, i: int, level: int) -> list[int]:
        """Indexes of the lines under the heading at `i`, up to the next heading
        of its level or above (headings inside code fences do not count)."""
        body: list[int] = []
        fence: str | None = None
        j = i + 1
        while j < len(self.lines):
            text = self.lines[j]
            fm = _FENCE_RE.match(text)
            if fm:
                fence = None if fence is not None else fm.group(1)
            elif fence is None:
                hm = _HEADING_RE.match(text)
                if hm and len(hm.group(1)) <= level:
                    break
            body.append(j)
            j += 1
        return body

    def own_lines(self, i: int) -> list[int]:
        """Indexes of the lines under the heading at `i` up to the next heading
        of any level (headings inside code fences do not count)."""
        return self.section_body(i, 6)

    def practice_question(self, i: int, level: int, title: str) -> bool:
        """A heading whose own lines are a question, its options and a line
        naming the right one (practice.py reads them): a card with the
        author's choices. The answer may also stand under an `Answer` heading
        right after (`### Question 1.` / `### Answer.`). One answer only ("1, 3"
        asks for two: not a single-choice question)."""
        title = title.strip()
        own = self.own_lines(i)
        headings = self.path()[:-1]
        if is_options_label(_plain(title)):
            # '## Question 10' over its question, then '### Options:' over the
            # options: the question is the heading above's, with its own lines.
            above = self.heading_above(i, level)
            if above is None or not (_NUMBERED_RE.match(above[1])
                                     or above[1].rstrip("* ").endswith(("?", "？"))):
                return False  # (a chapter's title is no question)
            at, title = above
            own = [*self.own_lines(at), *own]
            headings = self.path()[:-2]
        numbered = _NUMBERED_RE.match(title)
        if numbered is None and title.rstrip("* ").endswith(("?", "？")):
            numbered = _Q_START_RE.match(title)  # '### 3. Which port …?'
        rest = _plain(numbered.group("rest")) if numbered else _plain(title)
        answers = [j for j in own if answer_value(self.lines[j])]
        if len(answers) > 1:
            return False  # several questions under one heading: read one by one
        read = read_practice([self.lines[j] for j in own], rest)
        after = own[-1] + 1 if own else i + 1
        if read is not None and (not read.stem.strip() or is_options_label(read.stem)):
            read = None  # options under no question: nothing to ask
        if read is None:
            if _PRACTICE_RE.match(title) and self.answer_heading(after) is not None:
                self.problem(i, "a practice question needs its options and one answer naming one")
                return True
            return False
        answer, note, titled = read.answer, read.note, read.note_titled
        if answer is not None and not note:
            # '### Q1.' with its answer, then an '### Explanation' heading.
            note = self.explanation_after(after)
            titled = bool(note)
        if answer is None and not read.problem:
            found = self.answer_heading(after)
            if found is None:
                return False  # options without an answer: a list, or a flashcard
            at, said, answer_body = found
            answer = (named_option(said[0], read.keys, read.options)
                      if len(said) == 1 else None)
            note = self.explanation_after(answer_body[-1] + 1 if answer_body else at + 1)
            titled = bool(note)
        self.used.update(own)  # (read once: a problem is said once)
        if answer is None:
            self.problem(i, "a practice question needs its options and one answer naming one")
            return True
        # The heading is the question's own ('Question 5 – Database Caching'):
        # its title is written for that question and may name the answer, so
        # the question stands under the headings above it.
        self.cards.append(AuthorCard(
            kind="basic", front=read.stem, back=read.options[answer], source=self.ref(i),
            syntax="practice", headings=headings, choices=read.options, note=note,
            note_titled=titled, others=read.others,
        ))
        return True

    def heading_above(self, i: int, level: int) -> tuple[int, str] | None:
        """(index, title) of the nearest heading above line `i` of a level
        above `level`, or None."""
        for j in range(i - 1, -1, -1):
            hm = _HEADING_RE.match(self.lines[j])
            if hm is not None and len(hm.group(1)) < level:
                return j, hm.group(2).strip()
        return None

    def question_start(self, j: int) -> str | None:
        """The question's text when line `j` opens a numbered question ('Q3.
        …', '**2.** Which …?'), the number left out; else None."""
        text = _BULLET_RE.sub("", _QUOTE_MARK_RE.sub("", self.lines[j])).strip()
        m = _Q_START_RE.match(text)
        if m is None:
            return None
        asked = m.group("rest").strip()
        if m.group("q") or asked.rstrip("* ").endswith(("?", "？")):
            return asked
        return None

    def practice_block(self, i: int, stripped: str) -> bool:
        """A practice question among other text: a numbered question line, or
        a paragraph, right above its options and the line naming the answer
        (several of them may stand under one heading)."""
        asked = self.question_start(i)
        paragraph = asked is None
        if asked is None:
            above = self.lines[i - 1] if i else ""
            if above.strip() and not _HEADING_RE.match(above):
                return False  # not where a paragraph starts
            ahead = self.lines[i + 1 : i + 1 + MAX_STEM_LOOK]
            if not any(_OPTION_LOOK_RE.match(_BULLET_RE.sub("", a).strip()) for a in ahead):
                return False  # (a cheap look before the reading)
            asked = stripped
        stop = i + 1
        while stop < min(len(self.lines), i + MAX_BLOCK_LINES):
            if _HEADING_RE.match(self.lines[stop]) or self.question_start(stop) is not None:
                break
            stop += 1
        read = read_practice([asked, *self.lines[i + 1 : stop]], block=True, paragraph=paragraph)
        if read is not None and read.answer is None and not read.problem and not paragraph \
                and read.stem.rstrip("* ").endswith(("?", "？")):
            # A numbered question asked as a question, its options below and
            # no answer: an exam to try (a paragraph over a lettered list, or
            # 'Calculate …' over sub-tasks 'a. … b. …', is no such question).
            self.unanswered.append(i)
        if read is None or (read.answer is None and not read.problem):
            return False
        if read.answer is None:
            self.problem(i, "a practice question needs its options and one answer naming one")
            return False
        self.used.update(range(i + 1, i + read.end))
        self.cards.append(AuthorCard(
            kind="basic", front=read.stem, back=read.options[read.answer], source=self.ref(i),
            syntax="practice", headings=self.path(), choices=read.options, note=read.note,
            note_titled=read.note_titled, others=read.others,
        ))
        return True

    def answer_heading(self, after: int) -> tuple[int, list[str], list[int]] | None:
        """The `Answer` heading right after line `after`: (its index, its
        lines with words, its body), or None."""
        at = next((j for j in range(after, len(self.lines)) if self.lines[j].strip()), None)
        if at is None:
            return None
        hm = _HEADING_RE.match(self.lines[at])
        if hm is None or not _ANSWER_TITLE_RE.match(hm.group(2).strip()):
            return None
        body = self.section_body(at, len(hm.group(1)))
        said = [_LIST_MARK_RE.sub("", self.lines[j]).strip() for j in body
                if re.search(r"\w", self.lines[j])]  # (a `---` rule is no answer)
        return (at, said, body) if said else None

    def explanation_after(self, start: int) -> str:
        """The first lines of an `Explanation` heading right after the answer
        (links and rules left out): why the author's answer is right."""
        at = next((j for j in range(start, len(self.lines)) if self.lines[j].strip()), None)
        hm = _HEADING_RE.match(self.lines[at]) if at is not None else None
        if at is None or hm is None or not _EXPLANATION_TITLE_RE.match(hm.group(2).strip()):
            return ""
        kept: list[str] = []
        for j in self.section_body(at, len(hm.group(1))):
            text = _plain(_QUOTE_MARK_RE.sub("", self.lines[j]))
            if re.search(r"\w", _URL_RE.sub("", re.sub(r"\[[^\]]*\]\([^)]*\)", "", text))):
                kept.append(text)
            if len(kept) == MAX_NOTE_LINES:
                break
        return "\n".join(kept)

    def cloze(self, i: int, raw: str, visible: str) -> None:
        text = _LIST_MARK_RE.sub("", raw).strip()
        if _ANKI_RE.search(visible):
            numbers = sorted({int(m.group("n")) for m in _ANKI_RE.finditer(text)})
            numbers = numbers[:MAX_CLOZES_PER_LINE]
            for n in numbers:
                def gap(m: re.Match[str], n: int = n) -> str:
                    return GAP if int(m.group("n")) == n else m.group("text")

                front = _plain(_ANKI_RE.sub(gap, text))
                back = " / ".join(
                    m.group("text") for m in _ANKI_RE.finditer(text) if int(m.group("n")) == n
                )
                self.add(i, "cloze", front, _plain(back), "cloze-anki")
            return
        if not self.tagged():
            return
        for pattern, syntax in ((_HIGHLIGHT_RE, "cloze-highlight"), (_BOLD_RE, "cloze-bold")):
            found = [m for m in pattern.finditer(text) if m.group(0) in visible]
            found = found[:MAX_CLOZES_PER_LINE]
            for m in found:
                front = text[: m.start()] + GAP + text[m.end():]
                self.add(i, "cloze", _plain(front), _plain(m.group("text")), syntax)
            if found:
                return


def scan_cards(text: str, file: str) -> CardScan:
    """Every author card in one notes file, in document order, and the problems."""
    return _Scanner(text, file).run()
