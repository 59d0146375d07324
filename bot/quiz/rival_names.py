"""A wrong choice the question's own words name: two right answers.

A name question shows lines and offers names; a wrong name the lines say in
other words, nearly whole, fits them as well as the answer does. Notes in two
languages title their sections in one and write them in the other: the clue
'경제 성장은 … 자산의 축적 … 생산성 향상' says *Economic Growth* and most of
*Factor Accumulation and Productivity growth*, offered beside the keyed
*Growth Theories*. (A wrong name whose own words the lines write is left out
already, concepts._points_at; this reads them through the term lists, as
gloss's giveaway check reads the answer's.)

The same holds of the answer's own section: a section that says a sibling's
name ('특히, 두 기간의 패널 데이터가 있는 경우' under *Policy Analysis with Panel
Data*, beside the sibling *Two-Period Panel Data*) is written on that
sibling's topic, and what it says is true of the sibling too: a part and its
whole, or two overlapping topics, never each other's distractor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.quiz.gloss import senses, shown_senses

# Letters of Korean, Japanese and Chinese, and Latin letters.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")

# A name said nearly whole: two of its words at least, and all of them but one.
_MIN_SHOWN = 2
_MAY_MISS = 1


@lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> frozenset[str]:
    """The single-word senses of a name ('Two-Period Panel Data': two, period,
    panel, data)."""
    return frozenset(s for s in senses(name) if " " not in s)


def _other_script(name: str, text: str) -> bool:
    """Whether a name is written in Latin letters and the text mostly in
    Korean, Japanese or Chinese, or the other way round. (A name written as
    the text writes it is read by the checks of its own words, which let a
    mention pass: '논리 데이터 모델이 … 하드웨어에 표현' keys *물리적 데이터
    모델링* fairly beside *논리적 데이터 모델링*, and a section on S3 objects
    names their bucket.)"""
    name_cjk = bool(_CJK.search(name))
    text_cjk = len(_CJK.findall(text)) > len(_LATIN.findall(text))
    return name_cjk != text_cjk


_TOKEN = re.compile(r"[A-Za-z0-9]+|[\uac00-\ud7a3]+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


def _written_out(name: str, text: str) -> bool:
    """Whether the text writes the name's own words as they are ('… CloudWatch
    로 전송' names CloudWatch in a Korean line): a mention, read by the checks
    of a name's own words."""
    lowered = text.lower()
    return all(t.lower() in lowered for t in _TOKEN.findall(name))


def says_name(name: str, text: str, answer: str) -> bool:
    """Whether `text` says the name `name` nearly whole in another language
    (two of its words or more, all but one), one of the words said being no
    word of the answer's name (else the text says the answer's words as
    much)."""
    words = _name_words(name)
    if len(words) < _MIN_SHOWN or not _other_script(name, text) or _written_out(name, text):
        return False
    shown = shown_senses(name, text) & words
    return len(shown) >= _MIN_SHOWN and len(words - shown) <= _MAY_MISS \
        and bool(shown - _name_words(answer))


# Two names of one topic share a phrase of it ('Panel Data'); one shared word
# ('Amazon S3 Standard', 'Amazon S3 Infrequent Access') makes siblings, whose
# lines name each other to compare them.
_SHARED = 2


def overlapping_topics(name: str, lines: tuple[str, ...], other: str,
                       other_lines: tuple[str, ...]) -> bool:
    """Whether two names that share two words ('… Panel Data') head
    overlapping topics: the lines under either say the other's name nearly
    whole, in another language."""
    if len(_name_words(name) & _name_words(other)) < _SHARED:
        return False
    return says_name(other, " ".join(lines), name) or says_name(name, " ".join(other_lines), other)
