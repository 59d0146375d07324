"""A Korean particle right after an aside that is taken out of a line.

'전체 오류항(v)는 …': the author chose '는' for the aside it follows ('v는'). A
clue without the aside reads '전체 오류항는', which is no Korean: the particle
must fit the word now before it ('오류항은'). Particles come in pairs chosen by
whether the word before ends on a consonant: 은/는, 이/가, 을/를, 과/와, 으로/로.
"""

from __future__ import annotations

import re

from bot.core.particles import choose

# Each particle as the generic form bot.core.particles fits to a word: the case
# particles must end their word (space, punctuation or the end: '(v)가격' is a
# word), '(으)로' may go on ('로서', '로써', '로는').
_GENERIC = {"은": "은(는)", "는": "은(는)", "이": "이(가)", "가": "이(가)",
            "을": "을(를)", "를": "을(를)", "과": "과(와)", "와": "과(와)",
            "으로": "(으)로", "로": "(으)로"}
_PARTICLE = re.compile(r"(?:으로|로)|(?:[은는이가을를과와])(?![\uac00-\ud7a3])")


def refit(before: str, after: str) -> str:
    """`after` (the text right after a removed aside) with its opening particle
    in the form that fits the end of `before` (as written when the end of
    `before` has no knowable reading)."""
    match = _PARTICLE.match(after)
    if match is None:
        return after
    generic = _GENERIC[match.group()]
    fitted = choose(before, generic)
    if fitted == generic:
        return after
    return fitted + after[match.end():]
