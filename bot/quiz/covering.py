"""Two lines of a comparison written alike, one span apart, that do not say
opposite things: one covers the other, and neither is true of its side alone.

'다른 호스트 이름을 가리키는 호스트명' (CNAME) and 'AWS Resource를 가리키는
호스트명' (Alias) share their frame and differ in the object only; an AWS
resource's host name is a host name too, so the first line is true of Alias and
the second of CNAME. The notes set them side by side, yet they contrast
nothing. Spans that contradict each other keep the contrast: a negation ('루트
도메인 불가' / '모두 가능'), an opposite word ('stateful' / 'stateless'),
different figures, a word taken back ('거의 실시간'), or 'only' ('오직 …에만').
A span that covers the other is one that leaves its object open ('다른', 'any
other': any host, an AWS one too) or one with fewer words ('백업 가능' beside
'자동 백업 가능').
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.quiz.opposites import opposites
from bot.quiz.text import bare_word, differing_spans, negations, numbers, without_asides

# A word added that takes back what the line says ('거의 실시간', 'not
# encrypted'); another word added only narrows it ('자동 백업 가능' is still
# '백업 가능': true of both sides).
UNSAYING = frozenset({"거의", "안", "못", "덜", "not", "no", "never", "non", "nearly", "almost",
                      "near", "ほぼ", "几乎", "不"})
# Words that leave a span's object open ('다른 호스트 이름': any other host) or
# tie it to the one spoken of ('같은 리전'); the two kinds against each other
# ('다른' / '같은') are a contrast, one alone is not.
_OPEN = frozenset({"다른", "기타", "임의", "임의의", "어떤", "모든", "any", "other", "another",
                   "arbitrary", "all", "같은", "동일한", "same"})
# Words that close a line to its own side.
_ONLY = frozenset({"오직", "only", "solely", "just", "전용"})


@lru_cache(maxsize=1 << 14)
def covers(one: str, other: str) -> bool:
    """Whether two lines are parallel (the same words before and after one
    span each) and their spans do not contradict: neither line is true of its
    side alone."""
    span_a, span_b, shared = differing_spans(_words(one), _words(other))
    if shared == 0 or not (span_a or span_b) or _contradict(span_a, span_b):
        return False
    wider = set(span_a) <= set(span_b) or set(span_b) <= set(span_a)
    return wider or (bool(_OPEN & set(span_a)) != bool(_OPEN & set(span_b)))


def _words(text: str) -> tuple[str, ...]:
    # (The examples in asides differ on every line: '(e.g. app.mydomain.com)'.)
    return tuple(bare_word(w.strip(".,;:!?·")) for w in without_asides(text).split())


def _contradict(span_a: Sequence[str], span_b: Sequence[str]) -> bool:
    text_a, text_b = " ".join(span_a), " ".join(span_b)
    if negations(text_a) != negations(text_b) or numbers(text_a) != numbers(text_b):
        return True
    words = {*span_a, *span_b}
    if words & (UNSAYING | _ONLY) or any(w.endswith("만") for w in words):
        return True
    opposite = opposites()
    return any(opposite.get(w, frozenset()) & set(span_b) for w in span_a)
