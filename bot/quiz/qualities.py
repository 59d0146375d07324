"""Clues that say only what every product says of itself.

'이해 및 관리할 수 있는 손쉬운 인터페이스 제공' (an easy interface to understand
and manage … what?), 'Can span multiple AZs' beside 'High availability without
manual intervention', 'simple, flexible and cost-effective': each is a merit any
managed service claims (ease, scale, availability, automation, low cost, speed,
security), or a bare verb with nothing it acts on. The notes may say it of one
product only, yet in the world its siblings have it too, so a question naming
the product from it has more than one right answer. A clue needs at least two
words that say what the thing does or holds beyond those merits.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Openings of words (English lower case, Korean at the start of a word) that
# praise or qualify without saying what a thing is or does.
_QUALITY_EN = (
    "eas", "simpl", "flexib", "efficien", "effective", "cost-effective", "scal", "elastic",
    "secur", "safe", "reliab", "resilien", "durab", "availab", "highly", "high", "fast",
    "quick", "rapid", "seamless", "powerful", "convenien", "cheap", "low", "lower",
    "automat", "manual", "intervention", "managed", "fully", "multi", "multiple", "many",
    "span", "across", "az", "azs", "zone", "zones", "region", "regions", "redundan",
    "fault", "toleran", "performan", "great", "best", "better", "good", "optimi",
    "improv", "enhanc", "increas", "reduc", "minimi", "maximi", "without", "no",
    "any", "all", "every", "various", "wide", "broad", "cost", "costs", "price",
    "pricing", "upfront", "demand", "on-demand", "pay", "capacity", "workload",
    "workloads", "need", "needs", "use", "used", "using", "provid", "support",
    "allow", "enabl", "let", "lets", "help", "offer", "manag", "understand", "make",
    "can", "also", "more", "most", "less", "way", "ways", "feature", "features",
    "service", "services", "solution", "solutions", "tool", "tools", "interface",
)
_QUALITY_KO = (
    "손쉬", "손쉽", "쉽", "쉬운", "간단", "간편", "편리", "편하", "유연", "효율", "효과",
    "비용", "저렴", "경제", "확장", "축소", "탄력", "안전", "안정", "보안", "신뢰", "내구",
    "가용", "고가용", "신속", "빠르", "빠른", "빨리", "고속", "성능", "퍼포먼스",
    "뛰어", "우수", "강력", "향상", "개선", "증가", "감소", "최적", "최소", "최대",
    "자동", "수동", "관리", "완전", "다양", "여러", "다중", "모든", "전체", "높은", "높",
    "낮은", "낮", "많은", "대규모", "이해", "제공", "지원", "가능", "사용", "이용", "활용",
    "필요", "원하", "도움", "수행", "처리", "구성", "인터페이스", "기능", "서비스", "솔루션",
    "도구", "방법", "방식", "선결제", "온디맨드", "요금", "지불", "없이", "없는", "할", "수",
    "있는", "있음", "및", "또는", "그리고", "등", "한층", "더", "가장", "매우", "아주",
)
_STOP_EN = frozenset(
    "a an the and or of to in on at by for with from as is are be been it its this that "
    "these those your you we our their them which who what when where into than then".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*|[\uac00-\ud7a3]+|[0-9][0-9.,]*[A-Za-z%]*")
_PARTICLE = re.compile(
    r"(?:으로|에서|에게|까지|부터|하는|하여|해서|하고|하게|하며|하다|한다|된다|되는|할|한|함|됨|을|를|은|는|"
    r"이|가|의|에|로|와|과|도|만|며|고)$")


@lru_cache(maxsize=1 << 14)
def _quality(word: str) -> bool:
    # (startswith with the whole tuple: one call for all the openings.)
    if _LATIN_START.match(word):
        low = word.lower()
        return low in _STOP_EN or low.startswith(_QUALITY_EN)
    if word[:1].isdigit():
        return False
    bare = _PARTICLE.sub("", word) if len(word) >= 2 else word
    return not bare or bare.startswith(_QUALITY_KO) or word.startswith(_QUALITY_KO)


_LATIN_START = re.compile(r"[A-Za-z]")


_ONE_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")


@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> tuple[str, ...]:
    """The words of a text that say more than a merit or a bare verb."""
    # (A Korean syllable alone, '고 가용성', is a cut prefix or a particle.)
    return tuple(w for w in _WORD.findall(text)
                 if not _quality(w) and not _ONE_SYLLABLE.fullmatch(w))


# Fewer words than this beyond the merits: the clue fits any product.
MIN_CONTENT = 2


# Chinese and Japanese words are not read here (no spaces part them).
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def only_merits(text: str) -> bool:
    """Whether a clue says nothing but merits any product claims."""
    return not _CJK.search(text) and len(content_words(text)) < MIN_CONTENT


# A line that ends on something *getting* hard ('버킷에 사용자와 데이터가
# 많아질수록 관리하기가 어려워짐', 'becomes difficult to manage'): the problem the
# notes go on to solve with the thing, not the thing. Asked 'which is
# described?', it describes no choice. (What *is* hard, '수평 확장이 어려움', is
# a limit of the thing itself and stays a clue.)
_DIFFICULTY = re.compile(
    r"(?:어려워짐|어려워진다|어려워지다|어려워집니다|힘들어짐|힘들어진다|"
    r"복잡해짐|복잡해진다|복잡해집니다)\s*[.!]?$"
    r"|\b(?:becomes?|gets?|getting|grows?)\s+(?:very\s+|more\s+|too\s+)?"
    r"(?:hard|difficult|harder|complex|cumbersome)\b",
    re.IGNORECASE)


def states_a_problem(text: str) -> bool:
    """Whether a clue says only that something gets hard (see _DIFFICULTY)."""
    return bool(_DIFFICULTY.search(text.strip()))


# 'No servers to manage, no infrastructure to know' ('사용자가 직접 인프라
# 리소스를 구성할 필요가 없고', '인프라에 대한 지식이 없어도 배포 가능', 'without
# provisioning servers'): what every managed or serverless service says of
# itself (Lambda, Fargate, Elastic Beanstalk alike), however the notes word
# it for one of them.
_HANDS_OFF = re.compile(
    r"(?:인프라|서버|infrastructure|servers?)\S*\s+(?:\S+\s+){0,4}?"
    r"(?:\S*필요\s*(?:가|는|도)?\s*없|\S*없어도|\S*없이|\S*않아도)"
    r"|(?:필요\s*(?:가|는|도)?\s*없|없이|않아도)\S*\s+(?:\S+\s+){0,2}?(?:인프라|서버)"
    r"|\b(?:no|without|never)\s+(?:\w+\s+){0,3}?(?:infrastructure|servers?)\b",
    re.IGNORECASE)


def claims_hands_off(text: str) -> bool:
    """Whether a clue says one needs no servers or infrastructure of one's own
    (see _HANDS_OFF): a merit, never a clue to one service."""
    return bool(_HANDS_OFF.search(text))
