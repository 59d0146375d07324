"""A blank that a word of variety governs: 'various ___', '다양한 ___'.

'상황에 맞는 다양한 ___을(를) 고려할 수 있음' asks for one of many: whatever
kind of network the notes list beside the answer ('오버레이 네트워크',
'라우팅 기반 네트워크') fills 'various ___' as truly as the heading over them.
A blank right after a word that says many, several or various kinds ('다양한',
'여러', 'various', 'several', '様々な', '各种') has no single right fill, and
the question is dropped.
"""

from __future__ import annotations

import re

_BLANK = "___"
# Words that say 'many kinds of', as they stand right before a noun.
_VARIETY = re.compile(
    r"(?:"
    r"(?<![\uac00-\ud7a3])(?:다양한|여러\s*가지|여러|각종|갖가지|온갖|많은|수많은|다수의|몇몇|몇\s*가지)"
    r"|(?<![A-Za-z])(?:various|several|many|multiple|numerous|diverse|different|"
    r"a\s+variety\s+of|all\s+kinds\s+of|a\s+number\s+of|a\s+range\s+of)"
    r"|様々な|さまざまな|色々な|いろいろな|多様な|複数の|各種の?|多くの"
    r"|各种|各種|多种|多種|许多|許多|多个|多個|不同的?|多样的?|多樣的?|诸多|諸多"
    r")\s*$", re.IGNORECASE)


def variety_blank(sentence: str) -> bool:
    """Whether a blank in `sentence` stands right after a word of variety."""
    at = sentence.find(_BLANK)
    while at >= 0:
        if _VARIETY.search(sentence[:at]):
            return True
        at = sentence.find(_BLANK, at + len(_BLANK))
    return False
