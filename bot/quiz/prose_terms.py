"""Which sentences of prose define a term, beyond their 'X는 …이다' shape.

A paragraph of notes is full of sentences of the shape 'X는 …이다': most of
them go on about something the notes explain ('실제 데이터는 10 만건인데 …
결과를 낳을 수도 있는 것이다', said of an index that fills up with deleted
rows), and their subject is no term the reader learns. A sentence defines a
term when its subject is a name the notes treat as a concept (a heading
names it, a `term : definition` line or the glossary has it) or when it is
written as a definition ('X란 …', '…을 의미한다', 'Xとは…', 'X refers to …').

And a sentence closing on a reason ('…적합하기 때문이다', '…ためである',
'这是因为…', 'This is because …') explains the sentence before it: it says
why, not what its subject is, and does not stand alone as a clue or choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A sentence closing on its reason: Korean '…기 때문이다/입니다/임', Japanese
# '…ためだ/である/です', '…からだ/である/です', Chinese '…是因为…' (the reason
# standing as the predicate), English '… is because …'.
_REASON = re.compile(
    r"때문(?:이다|입니다|이에요|이야|임|이었다|였다|이지요|이죠)[.!。]?$|"
    r"(?:ため|から)(?:だ|である|です|であろう)[.。]?$|"
    r"(?:^|[，,。])\s*(?:这|這|那|此|它)?(?:是|都是)?(?:因为|因為|由于|由於)[^，,。]*[。.]?$|"
    r"^(?:(?:this|that|it)\s+is|(?:this|that|it)'s)\s+because\b|\bis\s+because\b",
    re.IGNORECASE)


def reason_clause(text: str) -> bool:
    """'Primary Key는 … 물리적 정렬 기준으로 적합하기 때문이다.': the reason for
    the sentence before it, no statement of its own."""
    return bool(_REASON.search(text.strip()))


# What may follow a Korean name in a heading: a particle (or none), then the
# word's end ('함수적 종속성이란 무엇인가?', '트랜잭션(Transaction)이란').
_KO_PARTICLES = ("이란", "란", "은", "는", "이", "가", "을", "를", "의", "와", "과", "에",
                 "에서", "으로", "로", "도", "이다", "이라", "vs")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_WORD_CHAR = re.compile(r"[\w\uac00-\ud7a3]")


def _cjk(char: str) -> bool:
    return "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff"


def _named_at(title: str, term: str, at: int) -> bool:
    """Whether `term` found at `at` in `title` stands as a word there."""
    before = title[at - 1] if at else ""
    if before and _WORD_CHAR.match(before) and not (_cjk(before) or _cjk(term[0])):
        return False  # a piece of a longer word: '데이터' in '빅데이터'
    rest = title[at + len(term):]
    word = re.match(r"[\w\uac00-\ud7a3]*", rest)
    tail = word.group(0) if word else ""
    if not tail or _cjk(term[-1]):
        return True
    if _HANGUL.match(term[-1]):
        return tail in _KO_PARTICLES
    return False  # 'Solow Models' names no 'Solow Model' word for word


# A Latin word written as part of a proper name: a capital first ('Direct'),
# or an acronym ('AWS').
_PROPER_WORD = re.compile(r"[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*")


# A Latin word with a capital past its first letter: 'DaemonSet', 'TCP', 'IPv6'.
_INNER_CAPITAL = re.compile(r"[A-Za-z0-9]+[A-Z][A-Za-z0-9]*")


def proper_name(term: str, sentence: str = "") -> bool:
    """'AWS Direct Connect', 'Recursive Descent', 'DaemonSet', 'A Pod is …': a
    name of two Latin words or more, each capitalised, a word with a capital
    inside, or a capitalised word the sentence does not open on, is a thing's
    proper name wherever it stands ('Peptide bond formation' and '실제 데이터'
    are common words a sentence opens on)."""
    words = term.split()
    if len(words) >= 2:
        return all(_PROPER_WORD.fullmatch(w) for w in words)
    if len(words) != 1:
        return False
    if _INNER_CAPITAL.fullmatch(words[0]):
        return True
    opening = sentence.lstrip(" -*•>").strip()
    return bool(_PROPER_WORD.fullmatch(words[0])) and bool(opening) \
        and not opening.startswith(words[0])


def named_in(term: str, titles: Iterable[str]) -> bool:
    """Whether a heading names `term` ('Primary Index' in 'Primary Index vs
    Secondary Index', '트랜잭션' in '트랜잭션(Transaction)이란 무엇인가?'), as a
    word of its own, case aside."""
    want = " ".join(term.lower().split())
    if not want:
        return False
    for title in titles:
        low = " ".join(title.lower().split())
        at = low.find(want)
        while at >= 0:
            if _named_at(low, want, at):
                return True
            at = low.find(want, at + 1)
    return False
