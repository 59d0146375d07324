"""Exam questions copied into the notes: a scenario, a question, its options.

'## 13.' / '데이터 분석 회사에서 … 1분 연기해야 합니다.' / '회사에 제안할 솔루션은
다음 중 무엇입니까?' / '- 제한 시간 초과를 사용하여 … 1분 …' / '- 지연 대기열을
사용하여 …': only one option is right (here none is even marked), and the
scenario's figures are the story's. Read as notes, every option would be a
fact and the scenario a rule ('처음에 배치 그룹당 12개의 인스턴스로 제한되므로
…' is a wrong option, false in reality). These lines are left out of the notes
(skipped, as a table of contents is); the author's explanation after them
stays. The author's own questions with an answer named are read apart, from
the text, by cards.py.

A question is a line ending in '?' (or on a 'choose two' aside) with three
options or more right under it: a run of list items at one depth with nothing
nested, or a code block of numbered or lettered lines. So far an interview
note reads the same ('**Why cache?**' over the reasons), so one more sign is
needed that these are options:
- the question asks which of the options ('다음 중', 'which of the
  following', '次のうち', '以下哪', '(2개 선택)', 'Choose two'),
- the options are keyed by letters ('A.', '(b)'), or one is marked as the
  pick or the answer ('(정답)', '(선택)', '✅'),
- or a scenario leads to the question in one paragraph, and the paragraph
  is numbered as a question ('## 13.', '4. 여러분은 …', 'Q3') or tells a
  story (bot.notes.scenes).
The scenario (the paragraph's lines above the question) is left out with it,
but for a numbered line that opens the question: the parser files what
follows under it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.notes import inline as I
from bot.notes import lines as L
from bot.notes.scenes import sets_a_scene

REASON = "exam question: its scenario and options are no facts"
MIN_OPTIONS = 3

_CHOOSE = (r"\d+\s*개\s*(?:선택|고르)|복수\s*선택|choose\s+\w+|select\s+\w+|"
           r"\d+\s*つ(?:選択|選んで)|选择?\s*\w{1,2}\s*项|多选")
# The question's own words for 'which of the options'.
_WHICH = re.compile(
    r"다음\s*중|아래\s*중|보기\s*중|옳은\s*것은|옳지\s*않은\s*것은|"
    r"\bwhich\s+(?:of\s+the\s+following|option|statement|answer)|\bthe\s+following\s+is\b|"
    r"次のうち|次の(?:どれ|中で)|以下の(?:どれ|うち)|以下哪|下列哪|下面哪|"
    + _CHOOSE, re.IGNORECASE)
_ASKED_END = re.compile(rf"[?？]\s*(?:[(（]\s*(?:{_CHOOSE})\s*[)）])?$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,2}[.)]|\(?[A-Ea-e][.)])\s+\S")
_LETTERED = re.compile(r"^\s*(?:[-*+]\s+)?\(?[A-Ea-e][.)]\s+\S")
_MARKED = re.compile(r"[(（\[]\s*(?:정답|선택|answer|correct|正解|答案|✓|✔|o|x)\s*[)）\]]|[✅✔✓❌]",
                     re.IGNORECASE)
# A paragraph numbered as a question: a heading of a number alone ('## 13.',
# '### Q3', '## 문제 4'), or the paragraph's first line opens on a number.
_NUMBER_HEADING = re.compile(r"^\s*(?:Q|Question|문제|問題?|问题)?\s*\d{1,3}\s*[.)]?\s*$",
                             re.IGNORECASE)
_NUMBERED_OPENING = re.compile(r"^\s*(?:\*\*)?(?:Q|Question|문제|問題?|问题)?\s*\d{1,3}[.)]\s",
                               re.IGNORECASE)


def _text(raw: str) -> str:
    return L.clean_inline(I.plain(raw.strip())).strip("*_ ")


def _options(lines: list[str], start: int, fenced: Collection[int]) -> list[int]:
    """Indexes of the options from line `start` on (after one blank line at
    most): a run of list items at one depth with nothing nested, or the
    lines of a code block right there when each is a list item."""
    j = start
    if j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines):
        return []
    if j in fenced and L.FENCE_RE.match(lines[j]):
        body: list[int] = []
        k = j + 1
        while k < len(lines) and not L.FENCE_RE.match(lines[k]):
            body.append(k)
            k += 1
        items = [b for b in body if lines[b].strip()]
        # (Marked as options, left to the parser: a code block is no fact, and
        # its fence lines must stay for the parser to see where it ends.)
        if len(items) >= MIN_OPTIONS and all(_LIST_ITEM.match(lines[b]) for b in items):
            return items
        return []
    first = _LIST_ITEM.match(lines[j])
    if first is None or j in fenced:
        return []
    depth = len(first.group(1))
    out: list[int] = []
    while j < len(lines) and lines[j].strip() and j not in fenced:
        m = _LIST_ITEM.match(lines[j])
        if m is None or len(m.group(1)) != depth:
            if m is not None and len(m.group(1)) > depth:
                return []  # an item with lines of its own: a list of notes
            break
        out.append(j)
        j += 1
    return out if len(out) >= MIN_OPTIONS else []


def _paragraph_above(lines: list[str], i: int, fenced: Collection[int]) -> list[int]:
    """Indexes of the lines of the question's paragraph above it (up to a
    blank line, a heading, a list item or a code block)."""
    out: list[int] = []
    j = i - 1
    while j >= 0 and lines[j].strip() and j not in fenced \
            and not L.HEADING_RE.match(lines[j]) and not L.BULLET_RE.match(lines[j]):
        out.append(j)
        if L.NUMBERED_RE.match(lines[j]):
            break  # the question's numbered opening
        j -= 1
    return sorted(out)


def _numbered_as_question(lines: list[str], paragraph: list[int], i: int) -> bool:
    first = paragraph[0] if paragraph else i
    if _NUMBERED_OPENING.match(lines[first]):
        return True
    j = first - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    heading = L.HEADING_RE.match(lines[j]) if j >= 0 else None
    return heading is not None and bool(_NUMBER_HEADING.match(_text(heading.group(2) or "")))


def exam_lines(lines: list[str], fenced: Collection[int]) -> dict[int, str]:
    """Line number (1-based) -> why skipped, for each exam question's
    scenario, question and options."""
    out: dict[int, str] = {}
    for i, raw in enumerate(lines):
        if i in fenced or not raw.strip() or L.HEADING_RE.match(raw) \
                or L.BULLET_RE.match(raw):
            continue
        asked = _text(raw)
        if not _ASKED_END.search(asked):
            continue
        options = _options(lines, i + 1, fenced)
        if not options:
            continue
        paragraph = _paragraph_above(lines, i, fenced)
        shown = [lines[k] for k in options]
        if not (_WHICH.search(asked)
                or sum(1 for s in shown if _LETTERED.match(s)) >= MIN_OPTIONS
                or any(_MARKED.search(s) for s in shown)
                or (paragraph and (_numbered_as_question(lines, paragraph, i)
                                   or any(sets_a_scene(lines[k]) for k in paragraph)))):
            continue
        for k in (*paragraph, i, *options):
            # (A numbered line opening the question is a topic the parser
            # files the author's answer and explanation under: it stays, and
            # its text, a question or a story, is never a fact anyway.)
            if k not in fenced and not L.NUMBERED_RE.match(lines[k]):
                out[k + 1] = REASON
    return out
