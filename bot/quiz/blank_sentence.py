"""What a blank's stem shows of its line: the sentence holding the blank, and
the sentences before it (its premise), never the ones after; and no line that
stops mid-way.

A line of prose may run on past the blank's sentence ('IPv4는 ___의 … 구성되어
있습니다. 서브넷 마스크로 …'): what follows says other things, lengthens the stem
and may lean on text the question does not show. What stands before stays: a
sentence may need the one before it ('Three tiers keep a minimum. Even if you
delete a file early, ___ is billed'). Every check reads the whole line (what
the stem leaves out may still tell or spoil the answer); only the stem shown
stops after the blank's sentence.

A line that ends on an ellipsis ('1991년에 로널드 라이베…', 'the service was
first released in…') is a link preview or a quotation cut short: its last word
may be a fragment, and a stem that stops mid-word is no sentence to fill.
(Many notes end their lines without a period, in noun-ending style '~함',
'~임', '~다' or on a noun: those are whole lines, and only an ellipsis marks a
cut.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.quiz.question import Question

__all__ = ["cut_off", "shown_through_blank", "through_blank"]

# A line stopped short: three dots or an ellipsis at its end, glued to a word
# or after a space ('라이베…', 'released in ...').
_CUT = re.compile(r"(?:\.{3,}|…+)\s*$")
# ... unless it closes a list ('S3, EBS, EFS...', '1, 2, 3, …'): more items
# of the same kind, not a cut.
_LIST_CLOSE = re.compile(r"[,，、]\s*[^,，、\s]+\s*(?:\.{3,}|…+)\s*$|[,，、]\s*(?:\.{3,}|…+)\s*$")
# A sentence's end: a stop after a word (not a figure: '1.5', '영역 1. …') with
# a space after it, or a CJK stop.
_END = re.compile(r"(?<=[A-Za-z\uac00-\ud7a3)\]%])[.!?](?=\s+\S)|[。！？](?=\s*\S)")
# Words a stop follows without ending the sentence ('e.g. S3', 'vs. EBS').
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:e\.g|i\.e|etc|vs|ex|cf|al|approx|no|[A-Z])$",
                           re.IGNORECASE)
_OPEN, _CLOSE = "([{（［", ")]}）］"


def cut_off(text: str) -> bool:
    """The line stops on an ellipsis that closes no list."""
    return bool(_CUT.search(text)) and not _LIST_CLOSE.search(text)


def through_blank(text: str, at: int) -> str:
    """`text` up to the end of the sentence that holds position `at` (the
    blank): the sentences after it are left out. A stop inside brackets ends
    no sentence of the line."""
    for m in _END.finditer(text, at):
        head = text[:m.end()]
        depth = sum(head.count(c) for c in _OPEN) - sum(head.count(c) for c in _CLOSE)
        if depth == 0 and not _ABBREVIATION.search(text[:m.start()]):
            return head
    return text


def shown_through_blank(question: Question, sentence: str, at: int) -> Question:
    """The question, its stem (which ends on `sentence`, the blank at `at`)
    shown only through the blank's sentence."""
    shown = through_blank(sentence, at)
    if shown == sentence or not question.prompt.endswith(sentence):
        return question
    return replace(question, prompt=question.prompt[: -len(sentence)] + shown)
