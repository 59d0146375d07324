"""A line that says its figure twice: once as the figure, once in other words.

'성공할 때마다 윈도우를 두 배로 늘려 2배' and 'doubles … (2x)' say a multiple
again; 'half of the nodes (50%)' or '절반' a half; '___나 여러 개' is one by its
contrast with several.

'Durability: 99.999999999% (11 nines)' counts the answer's nines; 'a single
NAT gateway (1 per AZ)' or '두 개의 서브넷' spells the count in words; '최소 1개의
스레드(메인 스레드)' names the one thing counted, and '2개 (퍼블릭, 프라이빗)' the
two. Blanking the figure leaves its other form in the stem, and the answer is
read off the line, not known.
"""

from __future__ import annotations

import re

# Number words of English, Korean, Japanese and Chinese, by value. Korean native
# numerals stand before a counter ('두 개', '세 가지'); alone they are other words
# ('네' is yes, '세' is tax), so they count only there.
_WORDS: dict[int, tuple[str, ...]] = {
    1: ("one", "single", "sole", "하나", "단일", "一つ", "一个", "单个", "唯一"),
    2: ("two", "dual", "double", "doubles", "doubled", "doubling", "twice", "twin", "둘",
        "이중", "二つ", "两个", "双", "倍増", "二倍", "两倍", "翻倍"),
    3: ("three", "triple", "triples", "tripled", "thrice", "셋", "삼중", "三つ", "三个", "三倍"),
    4: ("four", "넷", "四つ", "四个"),
    5: ("five", "다섯", "五つ", "五个"),
    6: ("six", "여섯"), 7: ("seven", "일곱"), 8: ("eight", "여덟"), 9: ("nine", "아홉"),
    10: ("ten", "열 개"), 11: ("eleven",), 12: ("twelve",),
}
_KOREAN_BEFORE_COUNTER = {1: "한", 2: "두", 3: "세", 4: "네"}
_COUNTER = r"\s?(?:개|가지|명|번|차례|종류|곳|배)"
# A half in words ('halves', '절반', '半分', '一半'): 50% or 0.5배 said again.
_HALF = re.compile(r"\bhal(?:f|ves|ved|ving)\b|절반|반으로|반만|半分|半数|半減|一半|减半|減半",
                   re.IGNORECASE)
# 'one' said by its contrast: '___나 여러 개의 뷰를 삭제', '___ or several nodes',
# '___または複数', '___或多个': a blank before 'or several' is one.
_ONE_OR_SEVERAL = re.compile(
    r"^\s*(?:이?나|또는|혹은|or|または|あるいは|或者?)\s*(?:여러|다수|복수|several|multiple|many|"
    r"複数|多个|多個)", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[a-z]+")
_KOREAN = re.compile(r"[가-힣 ]+")

# 'N nines', '9s', '나인': the durability figure counted by its nines.
_NINES_SAID = re.compile(r"nines\b|\b9s\b|나인|개의\s?9", re.IGNORECASE)

# An aside opening soon after the figure, in the same clause: what was counted.
_ASIDE = re.compile(r"^[^,.;:()\d]{0,15}?\s?[(（]([^()（）]{1,60})[)）]")
_ITEM_SEPARATOR = re.compile(r"\s*(?:[,/、，·+]|\band\b|\bor\b|및|또는)\s*")


def says_the_figure_again(text: str, start: int, end: int, value: float,
                          ladder: str) -> bool:
    """Whether the line, the figure at text[start:end] blanked, still states it."""
    rest = text[:start] + " " + text[end:]
    if ladder == "nines":
        return bool(_NINES_SAID.search(rest))
    if (value == 50 and "%" in text[start:end]) or (value == 0.5 and "배" in text[start:end]):
        return bool(_HALF.search(rest))
    if value == 1 and _ONE_OR_SEVERAL.match(text[end:]):
        return True
    # Only a count: '1년간 … 한번 할당' says once of another thing than the year.
    if ladder != "count" or value != int(value) or not 1 <= value <= 12:
        return False
    count = int(value)
    return _says_in_words(rest, count) or _aside_counts(text[end:], count)


def _says_in_words(rest: str, count: int) -> bool:
    lowered = rest.lower()
    latin = set(_LATIN_WORD.findall(lowered))
    for word in _WORDS.get(count, ()):
        if word.isascii():
            if word in latin:
                return True
        elif word not in rest:
            # (The plain look-up first: a pattern around a Hangul word costs a
            # millisecond to compile, and most lines write no number word.)
            continue
        elif _KOREAN.fullmatch(word):
            # A whole Korean word, or one with its particle ('하나의', '둘이').
            if re.search(rf"(?<![가-힣]){word}(?:[의가를은는이도만]|(?![가-힣]))", rest):
                return True
        else:  # Japanese and Chinese words are not spaced
            return True
    native = _KOREAN_BEFORE_COUNTER.get(count)
    return bool(native and native in rest
                and re.search(rf"(?<![가-힣]){native}{_COUNTER}", rest))


def says_count(text: str, count: int) -> bool:
    """The text says the count in words ('하나의', 'two', '세 번', '三つ')."""
    return _says_in_words(text, count)


def says_a_half(text: str) -> bool:
    """The text says a half in words ('절반', 'half of', '半分', '一半')."""
    return bool(_HALF.search(text))


def counts_in_words(text: str) -> list[int]:
    """The counts from two to twelve a text spells in words ('세개의 AZ', 'two
    replicas', '다섯 가지'), once each. (One is left out: 'one of', '한 번'
    say no count.)"""
    return [count for count in range(2, 13) if _says_in_words(text, count)]


def _aside_counts(after: str, count: int) -> bool:
    """The aside right after a count names as many things as the count: '1개의
    스레드(메인 스레드)', '2개 (퍼블릭, 프라이빗)'."""
    m = _ASIDE.match(after)
    if m is None:
        return False
    items = [i for i in _ITEM_SEPARATOR.split(m.group(1).strip()) if i.strip()]
    if any(re.search(r"\d", i) for i in items):
        return False  # '(1 per AZ)' is a rate, not the thing counted
    return len(items) == count
