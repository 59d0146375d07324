"""Statement choices that end in one form.

Notes write a list's lines in more than one way: '누락된 데이터를 그대로 놔두는
방법이다.', '누락된 데이터를 제거하는 방법이다.', then 'K-means, 평균값,
중앙값으로 대체하는 것'. Offered side by side, the one line ending on a noun
among sentences closed by a predicate ('…다.', '…です', '…ます') stands out by
its form: when it is the answer, the question is not asked. A full stop that
some choices have and others lack says nothing and is levelled: every choice
is shown without it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A sentence closed by its predicate: Korean '…다', '…요', Japanese '…です',
# '…ます', '…である', '…だ', read past a final full stop.
_CLOSED = re.compile(
    r"(?:(?<=[\uac00-\ud7a3])(?:다|요)|です|ます|である|(?<=[\u3040-\u30ff\u4e00-\u9fff])だ)"
    r"\s*[.。!！]?\s*$")
_FULL_STOP = re.compile(r"(?<![.。])[.。]\s*$")
_HANGUL_OR_HAN = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]")
# A statement: two words at least, or in Japanese and Chinese, written without
# spaces, eight characters at least (a name ends on '다' too: '람다').
_MIN_WORDS = 2
_MIN_UNSPACED = 8
_MIN_OTHERS = 2
# A name: a few words at most ('중기 스케줄러', 'Round Robin').
_MAX_NAME_WORDS = 3


def _statement(text: str) -> bool:
    return len(text.split()) >= _MIN_WORDS or (
        bool(_HANGUL_OR_HAN.search(text)) and len(text.strip()) >= _MIN_UNSPACED)


def _closed(text: str) -> bool:
    return bool(_CLOSED.search(text))


def odd_ending(right: str, wrong: Sequence[str]) -> bool:
    """Whether the right choice alone ends otherwise than every wrong one (a
    noun among predicates, or a predicate among nouns); statements only, read
    in Korean, Japanese and Chinese (English states by its words, not its end)."""
    if len(wrong) < _MIN_OTHERS or not all(_statement(c) for c in (right, *wrong)):
        return False
    if not all(_HANGUL_OR_HAN.search(c) for c in (right, *wrong)):
        return False
    theirs = {_closed(w) for w in wrong}
    return len(theirs) == 1 and _closed(right) not in theirs


def even_stops(choices: Sequence[str]) -> list[str]:
    """The choices without a closing full stop, when some have it and some do
    not; as written otherwise."""
    stops = [bool(_FULL_STOP.search(c)) for c in choices]
    if all(stops) or not any(stops):
        return list(choices)
    return [_FULL_STOP.sub("", c).rstrip() for c in choices]


# A phrase with an object and its verb ('정도를 조절', '値を返す'): something
# done, not a thing's name. Among names ('일괄처리', '중기 스케줄러') it stands
# out by its grammar, whichever choice is right (a badly nested list gives
# both kinds of line as siblings).
_OBJECT_AND_VERB = re.compile(r"[\uac00-\ud7a3](?:을|를)\s+[\uac00-\ud7a3]"
                              r"|[\u3040-\u30ff\u4e00-\u9fff]を[\u3040-\u30ff\u4e00-\u9fff]")


def _name(text: str) -> bool:
    return len(text.split()) <= _MAX_NAME_WORDS and not _closed(text)


# A full stop closing a Korean, Japanese or Chinese name ('중기 스케줄러.'). (Not
# a Latin one: 'Inc.', 'U.S.' end on their abbreviation's point.)
_NAME_STOP = re.compile(r"(?<=[가-힣぀-ヿ一-鿿])[.。]\s*$")


def even_name_stops(choices: Sequence[str]) -> list[str]:
    """Names without the full stop some close on and others lack. (Statements
    keep theirs: a stop may end a clause inside them.)"""
    stops = [bool(_FULL_STOP.search(c)) for c in choices]
    if all(stops) or not any(stops) \
            or any(len(c.split()) > _MAX_NAME_WORDS for c in choices):
        return list(choices)
    return [_NAME_STOP.sub("", c).rstrip() for c in choices]


def phrase_among_names(choices: Sequence[str]) -> bool:
    """Whether some choices are phrases (an object and its verb) and all the
    others names (a few words, no closing predicate): choices of two kinds.
    (Statements among statements are read by odd_ending.)"""
    phrases = [bool(_OBJECT_AND_VERB.search(c)) for c in choices]
    return any(phrases) and not all(phrases) \
        and all(_name(c) for c, phrase in zip(choices, phrases, strict=True) if not phrase)

