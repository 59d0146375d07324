"""A two-choice stem that denies what the other choice's name says.

Asked between *NAT Instance* and *NAT Gateway*, the clue 'EC2에 구성하지 않고
AWS에서 제공하고 관리하는 서비스' rules the instance out by its name alone: EC2 is
what the notes call an 'EC2 instance', and 'not on EC2' is 'not an instance'.
With two choices, ruling one out names the other. So do 'without a server'
beside *Server*-something, 'X가 아닌', 'X 없이', 'not on X', 'instead of X'.

A denied word is read out of the stem only where the denial is of the word
itself: 'X 없이', 'X가/이 아닌', 'X 불필요'; 'X에(서) … 구성/설치/배포/실행/
호스팅/운영하지 않고' (not placed on X), 'X를/을 사용/이용/거치지 않고' (not
using X); 'without X', 'not on/in/via/using X', 'not a X', 'instead of X'. A
subject's verb denied ('인스턴스가 중단되지 않고') denies no word. The word
counts by its own senses and by what the term lists, the notes or the
glossary spell it out to (EC2 -> 'EC2 instance'), less the product line's
generic words (elastic, cloud, managed). It gives the question away when such
a sense is a word of the other choice's name and not of the answer's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.gloss import GENERIC_EXPANSION_WORDS, senses, spelled_out

_WORD = r"(?P<word>[A-Za-z][A-Za-z0-9-]*|[\uac00-\ud7a3]{2,})"
_PLACED = r"(?:구성|설치|배포|실행|호스팅|운영|구축|배치)"
_USED = r"(?:사용|이용|경유|거치|필요로\s*)"
_DENIALS = (
    re.compile(rf"{_WORD}\s*없이"),
    re.compile(rf"{_WORD}(?:이|가)\s*아닌"),
    re.compile(rf"{_WORD}\s*불필요"),
    re.compile(rf"{_WORD}(?:에서|에)\s*(?:직접\s*)?{_PLACED}(?:하|되)?지\s*않"),
    re.compile(rf"{_WORD}(?:를|을)\s*{_USED}(?:하)?지\s*않"),
    re.compile(rf"\bwithout\s+(?:an?\s+|the\s+|any\s+){{0,1}}{_WORD}", re.IGNORECASE),
    re.compile(rf"\bnot\s+(?:on|in|via|using|an?)\s+(?:an?\s+|the\s+)?{_WORD}",
               re.IGNORECASE),
    re.compile(rf"\binstead\s+of\s+(?:an?\s+|the\s+)?{_WORD}", re.IGNORECASE),
)


# Words '없이' makes an adverb of, no thing denied: '필요 없이' (needlessly),
# '관계없이', '상관없이' (regardless), '제한 없이', '중단 없이', '비용 없이'.
_IDIOMS = frozenset({"필요", "관계", "상관", "구분", "제한", "중단", "예외", "비용", "문제",
                     "변경", "추가", "차이"})


def denied_words(stem: str) -> list[str]:
    """The words the stem says a thing is without or not on (see module doc)."""
    return [m.group("word") for pattern in _DENIALS for m in pattern.finditer(stem)
            if m.group("word") not in _IDIOMS]


def _meanings(word: str) -> frozenset[str]:
    """The word's senses and those of what it is spelled out to, generic
    product-line words left out."""
    out = set(senses(word))
    for phrase in spelled_out(word):
        out |= senses(phrase)
    return frozenset(s for s in out if " " not in s and s not in GENERIC_EXPANSION_WORDS)


def denies_the_other(stem: str, right: str, wrong: Sequence[str]) -> bool:
    """Whether, of two choices, the stem denies a word of the wrong one's name
    that the right one's lacks (see module doc)."""
    if len(wrong) != 1:
        return False
    denied = denied_words(stem)
    if not denied:
        return False
    other, own = senses(wrong[0]), senses(right)
    return any(s in other and s not in own for word in denied for s in _meanings(word))
