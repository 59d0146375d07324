"""A Hangul word typed apart: its letters left as loose jamo ('사용 할 ㅅ ㅜ있는'
for '수 있는', 'ㅎ ㅏㄴ다'). The line is a typo the reader has to undo, so it
is shown neither as a clue nor as a choice.

Loose consonants alone are no typo: 'ㄱ. ㄴ. ㄷ.' mark an exam's items and
'ㅋㅋ', 'ㅠㅠ' are laughter and tears. A consonant followed by a vowel, or a
lone vowel glued to a syllable, only comes from a word that lost its
composition.
"""

from __future__ import annotations

import re

__all__ = ["typed_apart"]

_CONSONANT = "\u3131-\u314e"  # ㄱ..ㅎ
_VOWEL = "\u314f-\u3163"  # ㅏ..ㅣ
_SYLLABLE = "\uac00-\ud7a3"  # 가..힣

# (A vowel after a vowel is crying, 'ㅠㅠ어렵다', not a lost syllable.)
_APART = re.compile(f"[{_CONSONANT}] ?[{_VOWEL}]|(?<![{_VOWEL}])[{_VOWEL}][{_SYLLABLE}]")


def typed_apart(line: str) -> bool:
    """Whether `line` holds a Hangul word typed apart into loose jamo."""
    return _APART.search(line) is not None
