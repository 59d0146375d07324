"""A list of `term : definition` lines nested under an item, when the notes
list those terms again elsewhere, defines those terms, not the item.

'- Failed : 컨테이너가 비정상 종료된 경우' over '- Always : 항상 종료된 컨테이너를
재시작 함', '- OnFailure : …', '- Never : …', the restart policies the notes
list again under '재시작 정책': the nested lines say what each policy does.
Shown as what 'Failed' is, they describe no pod phase at all (blind round
other-13579 Q5). Such lines are never the item's clue; they stay the clues
of their own terms.

Only terms written as a list of their own elsewhere count: a list written
under its item alone is the item's own (the values of 'concurrencyPolicy',
the retrieval options of 'Glacier Flexible Retrieval', 'simple' and
'composite' under '단순 속성과 복합 속성'). So are its attributes: a field
word as the key ('장점 : …', 'Pros: …') or a value for a definition
('Timeout: 900', 'Memory: 최대 10GB').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from bot.notes.labels import is_generic
from bot.notes.model import Fact, SourceRef, Topic
from bot.quiz.setting_values import is_literal
from bot.quiz.text import compact

MIN_TERMS = 2
# A value with a figure ('최대 15분', 'up to 10 GB'): a setting of the item.
_VALUE_WORDS = 3
_DIGIT = re.compile(r"\d")

TermOf = Callable[[Fact], "tuple[str, str] | None"]


def term_places(topics: Iterable[Topic], term_of: TermOf) -> dict[str, set[SourceRef]]:
    """Each term written on a `term : definition` line (compacted) -> where the
    lines it is listed under start (the item above it, or its topic)."""
    out: dict[str, set[SourceRef]] = {}

    def under(facts: Sequence[Fact], place: SourceRef) -> None:
        for fact in facts:
            pair = term_of(fact)
            if pair is not None:
                out.setdefault(compact(pair[0]), set()).add(place)
            under(fact.children, fact.source)

    for topic in topics:
        under(topic.facts, topic.source)
    return out


def defines_others(item: Fact, term_of: TermOf,
                   places: Mapping[str, set[SourceRef]]) -> set[SourceRef]:
    """Where the `term : definition` lines nested under `item` are written,
    when they list other things the notes list again elsewhere; else none."""
    keyed = [(c, p) for c in item.children if c.kind == "bullet"
             and (p := term_of(c)) is not None]
    if len(keyed) < MIN_TERMS or any(is_generic(term) for _, (term, _) in keyed):
        return set()
    if any(is_literal(d) or len(d.split()) < 2
           or (_DIGIT.search(d) and len(d.split()) <= _VALUE_WORDS) for _, (_, d) in keyed):
        return set()
    again = sum(1 for _, (term, _) in keyed
                if places.get(compact(term), set()) - {item.source})
    return {c.source for c, _ in keyed} if again >= MIN_TERMS else set()
