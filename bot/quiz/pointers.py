"""Pointers: sentences that only send the reader elsewhere.

Notes link their pages: '5. **Recovery**: Handle gap-filling using No-Ops.
See [[Holes in the Log]].', '… (see §5.1)', '자세한 설명은 [Swapping](#15)을
참고!', '詳しくはロックの章を参照', '详见第三章'. The pointer says nothing about
the topic: shown in a clue it is a bare name out of context, and it may name
another choice. A trailing pointer sentence (or a pointing aside) is taken off
the line; a line that is only a pointer is no line of the notes at all.

('참고로 …' and '참조 무결성' are words of the subject, not pointers; 'A는 B를
참조한다' says what A does.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.notes.literals import holds_any
from bot.notes.model import Deck, Fact, Section, Topic

# A pointer sentence, as the whole of a sentence (from the line's start or after
# a sentence's end): English 'See X.', 'See also X', 'Refer to X', 'For more …,
# see X'; Korean 'X 참고', 'X를 참고하세요', 'X을 참조해 주세요'; Japanese 'X
# を参照', '詳しくはXを参照してください'; Chinese '参见X', '详见X', '请参考X'.
# (A dot inside a word, 'notes.md', or after a section's number, '15. Swapping',
# ends no sentence.)
_SPAN = r"(?:[^.!?。！？\n]|[.!?](?=\S)|(?<=\s\d)\.|(?<=\s\d\d)\.)"
_SENTENCE = (
    r"(?:(?:see(?:\s+also)?|refer\s+to|cf\.)\s+\S" + _SPAN + r"{0,80}?"
    r"|for\s+(?:more|further|the\s+details?|details?|the\s+detailed)\b" + _SPAN
    + r"{0,80}?,\s*see\s+\S" + _SPAN + r"{0,80}?"
    r"|" + _SPAN + r"{1,80}?\s*"
    r"(?:참고|(?:을|를)?\s*참조\s*(?=하세요|해\s*주세요|바랍니다|하시오|할\s*것))"
    r"(?:\s*(?:하세요|해\s*주세요|하시기\s*바랍니다|바랍니다|하시오|할\s*것|하자))?"
    r"|" + _SPAN + r"{1,80}?を参照(?:してください|して下さい|のこと|されたい|ください)?"
    r"|" + _SPAN + r"{0,40}?"
    r"(?:详见|詳見|参见|參見|参阅|參閱|请参考|請參考|请参阅|請參閱|具体见|详情见|詳情見)"
    + _SPAN + r"{1,80}?)"
    r"\s*[.!。！]*"
)
_TRAILING = re.compile(r"(?:^|(?<=[^\d\s][.!?])\s+|(?<=[。！？]))" + _SENTENCE + r"$",
                       re.IGNORECASE)
# A pointing aside: '(see §5.1)', '([[Lock]] 참조)', '（詳細は後述を参照）', '（参见下文）'.
_ASIDE = re.compile(
    r"\s*[(（]\s*(?:see(?:\s+also)?\s|refer\s+to\s|cf\.\s|参见|參見|详见|詳見|→)[^()（）]{0,60}[)）]"
    r"|\s*[(（][^()（）]{1,60}(?:참고|참조|を参照|参照)\s*[)）]",
    re.IGNORECASE)
# Words one of which every match of `_TRAILING` holds, and the brackets every
# `_ASIDE` opens with (literals.py: most lines point nowhere).
_POINTER_WORDS = (
    "see", "refer", "cf.", "참고", "참조", "参照",
    "详见", "詳見", "参见", "參見", "参阅", "參閱", "请参考", "請參考", "请参阅", "請參閱",
    "具体见", "详情见", "詳情見")
_ASIDE_OPENINGS = ("(", "（")


def unpointed(text: str) -> str:
    """The text without a trailing pointer sentence or a pointing aside ('Handle
    gap-filling using No-Ops. See Holes in the Log.' -> 'Handle gap-filling
    using No-Ops.'); '' when the text is only a pointer."""
    bare = _ASIDE.sub("", text).strip() if holds_any(text, _ASIDE_OPENINGS) else text.strip()
    return _TRAILING.sub("", bare).strip() if holds_any(bare, _POINTER_WORDS) else bare


def without_pointers(deck: Deck) -> Deck:
    """The deck with pointer sentences taken off its lines, and lines that are
    only pointers (with nothing under them) left out."""
    return replace(deck, sections=tuple(_section(s) for s in deck.sections))


def _section(section: Section) -> Section:
    return replace(section, topics=tuple(_topic(t) for t in section.topics))


def _topic(topic: Topic) -> Topic:
    return replace(topic, facts=_facts(topic.facts))


def _facts(facts: Sequence[Fact]) -> tuple[Fact, ...]:
    out: list[Fact] = []
    for fact in facts:
        children = _facts(fact.children)
        text = unpointed(fact.text)
        definition = None if fact.definition is None else unpointed(fact.definition)
        if (not text or definition == "") and not children:
            continue  # only a pointer ('See Failure Detection.', 'Recovery: See Log.')
        if not text or definition == "":
            out.append(replace(fact, children=children))
            continue
        cells = tuple((h, unpointed(v) or v) for h, v in fact.cells)
        out.append(replace(fact, text=text, definition=definition, cells=cells,
                           children=children))
    return tuple(out)
