"""Two table cells that are grades of one scale.

A column of grades ('| Hot | Low |', '| Cold | High |', '| Archive | Highest |')
ranks its rows: 'High' and 'Highest' share no word, yet a row whose cell is
'Highest' is high too, so a clue 'Access Cost: High' fits both rows (by the
notes and by the world). The same holds for 'Lowest' beside 'Low', '매우 높음'
or '가장 높음' beside '높음', '最も高い' beside '高い', '最高' or '较高' beside
'高'. Two cells are on one scale when each, without its degree words, is the
same grade word, or when a word of one is a graded form of a word of the other
('cheaper' and 'cheap').
"""

from __future__ import annotations

import re

# Words and openings that say how much of a grade ('very', '가장', '最も', '较').
_DEGREE_WORDS = frozenset("""
very most more less least extremely relatively slightly fairly quite rather super ultra
highly somewhat much
매우 가장 아주 더 제일 꽤 약간 조금 상대적으로 비교적 덜 다소 극히
""".split())
_CJK_DEGREE = re.compile(r"^(?:最も|もっと|とても|非常に|極めて|比較的|やや|より|非常|"
                         r"相对|相對|比较|比較|最|较|較|更|很|极|極|超|偏|稍)")
# Asides and marks around a grade: 'High ($$$)', '높음 (★★★)', 'Low*'.
_ASIDE = re.compile(r"\([^)]*\)|（[^）]*）|[^\w\s]")
# Endings a Korean or Japanese grade word takes ('높음', '높은', '높다', '高い').
_KO_JA_ENDING = re.compile(r"(?<=\w)(?:음|은|다|い)$")
_WORD = re.compile(r"[A-Za-z]+")
# Graded English forms: 'high' -> 'higher', 'highest'; 'large' -> 'larger';
# 'big' -> 'bigger'; 'easy' -> 'easier'.
_GRADED = re.compile(r"^(?P<stem>[a-z]{2,}?)(?P<double>[b-df-hj-np-tv-z])?(?:i?er|i?est)$")


def _bare(cell: str) -> str:
    """The cell's grade word without degree words, asides or endings."""
    words = [w for w in _ASIDE.sub(" ", cell.lower()).split() if w not in _DEGREE_WORDS]
    if len(words) != 1:
        return ""
    word = words[0]
    while True:
        shorter = _CJK_DEGREE.sub("", word)
        if shorter == word or not shorter:
            break
        word = shorter
    word = _KO_JA_ENDING.sub("", word)
    return _base(word) if word.isascii() else word


def _base(word: str) -> str:
    """An English word without a grade ending ('highest' -> 'high')."""
    match = _GRADED.match(word)
    if match is None:
        return word
    stem = match["stem"]
    double = match["double"]
    ending = word[len(stem) + (1 if double else 0):]
    if double and stem.endswith(double):
        return stem  # 'bigg' + 'er' -> 'big'
    if double:
        stem += double
    if ending.startswith("i"):
        return stem + "y"  # 'easier' -> 'easy'
    return stem


def _graded_forms(word: str) -> frozenset[str]:
    """What an English word of a grade may be the graded form of: 'larger' of
    'large' or 'larg'; 'higher' of 'high'."""
    base = _base(word)
    if base == word:
        return frozenset()
    return frozenset({base, base + "e"})


# The top or bottom of a scale: 'most', 'least', '가장', '제일', '最も', '最'.
_SUPERLATIVE = re.compile(r"\b(?:most|least)\b|가장|제일|最", re.IGNORECASE)


def superlative(cell: str, other: str) -> bool:
    """Whether the cell is its scale's end where the other is a lesser grade
    ('Highest' beside 'High', '가장 높음' beside '높음', '最高' beside '高'):
    no row graded lower is it, so it still names its row."""
    if _SUPERLATIVE.search(cell):
        return True
    theirs = {w.lower() for w in _WORD.findall(other)}
    return any(w.lower().endswith("est") and _graded_forms(w.lower()) & theirs
               for w in _WORD.findall(cell))


def same_scale(cell: str, other: str) -> bool:
    """Whether the two cells are grades of one scale ('High' and 'Highest',
    '높음' and '매우 높음', '高' and '最高')."""
    mine, theirs = _bare(cell), _bare(other)
    if mine and mine == theirs and cell.strip().lower() != other.strip().lower():
        return True
    words = {w.lower() for w in _WORD.findall(cell) if len(w) >= 3}
    others = {w.lower() for w in _WORD.findall(other) if len(w) >= 3}
    return any(_graded_forms(w) & others for w in words) \
        or any(_graded_forms(w) & words for w in others)
