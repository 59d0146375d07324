"""A word said to be false says its opposite.

A table row 'Blocking: ✗ | Synchronous: ✗' tells the reader the thing is *not
synchronous*, that is asynchronous: it points at 'Async I/O' among Blocking and
Non-blocking I/O as plainly as '비동기' would. So do 'not synchronous' and
'동기가 아닌'. The table below pairs words with their opposite (English, as the
term lists read them); `negated_words` finds the words a text negates, and
gloss reads each as the senses of its opposite.
"""

from __future__ import annotations

import re
from functools import lru_cache

# one side | the other side: each side's spellings, in the term lists' English.
_PAIRS = """
synchronous, sync | asynchronous, async
blocking | non-blocking, nonblocking
stateful | stateless
preemptive | non-preemptive
connection-oriented | connectionless
mutable | immutable
volatile | non-volatile
symmetric | asymmetric
public | private
static | dynamic
full | empty
open | closed
online | offline
internal | external
inbound | outbound
horizontal | vertical
active | passive
maximum, max | minimum, min
automatic, auto | manual
"""

# A label's value saying no: a mark, or the word for it ('Blocking: ✗',
# '동기: X', 'Stateful: No').
_NO = r"(?:✗|✘|❌|×|✕|❎|X|x|No|NO|no|False|false|아니오|아니요|없음)"
# One line 'label: no' (a bullet mark before it allowed): the label is negated.
_LABEL_NO = re.compile(rf"^[\s\-*•]*(?P<word>[^:：\n]{{1,40}}?)\s*[:：]\s*{_NO}\s*$",
                       re.MULTILINE)
# 'not synchronous', 'not a blocking call'.
_NOT = re.compile(r"\bnot\s+(?:an?\s+)?(?P<word>[A-Za-z][A-Za-z-]*)", re.IGNORECASE)
# '동기가 아닌', '동기식이 아니며', 'Blocking이 아님': the word before the particle.
_KO_NOT = re.compile(
    r"(?P<word>[\uac00-\ud7a3A-Za-z-]+?)(?:이|가)?\s*아(?:닌|님|니다|니며|니고|니라|니므로)")
# '자동으로 되지 않아', '동기적으로 하지 않는', '자동화되지 않은': the way a thing
# is said not to happen (a word made an adverb by 으로/로/적으로, or one closed
# up with 되지/하지): 'not done automatically' is done by hand.
_KO_NOT_DONE = re.compile(
    r"(?P<word>[\uac00-\ud7a3A-Za-z-]+?)(?:적으로|으로|로|이|가)?\s*(?:되|하)지\s*(?:않|못)")


def negated_words(text: str) -> tuple[str, ...]:
    """The words (or labels) the text says are not so."""
    if not any(mark in text for mark in ("✗", "✘", "❌", "×", "✕", "❎", ":", "：", "not",
                                         "Not", "NOT", "아", "않", "못")):
        return ()
    found = [m.group("word").strip() for m in _LABEL_NO.finditer(text)]
    found += [m.group("word") for m in _NOT.finditer(text)]
    found += [m.group("word") for m in _KO_NOT.finditer(text)]
    if "지" in text:
        found += [m.group("word") for m in _KO_NOT_DONE.finditer(text)]
    return tuple(w for w in found if w)


@lru_cache(maxsize=1)
def opposites() -> dict[str, frozenset[str]]:
    """Each word -> the spellings of its opposite."""
    out: dict[str, set[str]] = {}
    for line in _PAIRS.strip().splitlines():
        one, _, other = line.partition("|")
        sides = [{w.strip() for w in side.split(",") if w.strip()} for side in (one, other)]
        for this, that in (sides, sides[::-1]):
            for word in this:
                out.setdefault(word, set()).update(that)
    return {word: frozenset(other) for word, other in out.items()}
