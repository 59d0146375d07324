"""What a two-column table's value column holds, as a question can say it.

A table `| 조건 제거 | 방법 |` pairs each condition with the way to remove it:
'필요한 모든 자원을 한 번에 요청' is no description of '점유 대기', and a stem
asking for one ('점유 대기에 대한 설명으로 옳은 것은?') misleads. A value column
headed by what it holds (방법, Remedy, Port) is asked by that header ('점유
대기'의 방법에 해당하는 것은?'); one headed as a description (설명, Meaning,
説明) is asked as before. A header a stem can not say naturally (long, a
question, another language than the notes) leaves its table unasked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.quiz.naming import clean_name

# Headers that call their cells descriptions of the row's thing.
_DESCRIPTIVE = re.compile(
    r"설명|내용|의미|정의|특징|특성|개요|요약|뜻|비고|"
    r"説明|意味|特徴|概要|定義|内容|说明|含义|含義|描述|定义|特点|解释|"
    r"\b(?:descriptions?|describes?|meanings?|means|definitions?|defined|details?|notes?|"
    r"summary|overview|explanations?|explained|what\s+it\s+(?:is|does|means))\b",
    re.IGNORECASE)
# A header that asks ('왜?', 'When to use', 'How it works'): no noun to ask by.
_QUESTION = re.compile(
    r"[?？]|^\s*(?:what|why|how|when|where|which|who)\b|왜|무엇|어떻게|언제|어디|"
    r"なぜ|どう|いつ|什么|为什么|如何|何时", re.IGNORECASE)
_HANGUL_WORDS = re.compile(r"[\uac00-\ud7a3]+(?:\s+[\uac00-\ud7a3]+){0,2}")
_LATIN_WORDS = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+){0,2}")
_CJK_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,8}")
_SCRIPT = {"ko": _HANGUL_WORDS, "en": _LATIN_WORDS, "ja": _CJK_WORDS, "zh": _CJK_WORDS}
# Longer than this, a header is a phrase, not a word a stem can take.
_MAX_CHARS = 12


def descriptive(header: str) -> bool:
    """Whether a value column's header calls its cells descriptions (or says
    nothing of them: an empty header)."""
    plain = clean_name(header.replace("*", "").replace("`", "")).strip()
    return not plain or _DESCRIPTIVE.search(plain) is not None


# Headers of a column of asides: more on the row's thing, not what sets it
# apart ('| command | description | further |', '| 항목 | 설명 | 비고 |').
_ASIDES = re.compile(
    r"^(?:further|more|more\s+info|extra|notes?|remarks?|comments?|tips?|misc|etc|see\s+also"
    r"|additional(?:\s+info)?|비고|참고|기타|메모|부가\s*설명|추가\s*(?:설명|정보)?"
    r"|備考|補足|メモ|その他|备注|備註|补充|補充|其他|其它|注)$",
    re.IGNORECASE)


def aside_column(header: str) -> bool:
    """Whether a value column holds the author's asides on each row (further,
    notes, 비고, 備考, 备注): never a value the row is told by."""
    plain = clean_name(header.replace("*", "").replace("`", "")).strip()
    return bool(_ASIDES.match(plain))


@lru_cache(maxsize=256)
def column_name(header: str, language: str) -> str | None:
    """The header as a stem in `language` can say it ('방법'; 'Remedy' as
    'remedy'), or None when it can not: a question, a long phrase, or words
    of another language than the stem's."""
    plain = clean_name(header.replace("*", "").replace("`", "")).strip()
    pattern = _SCRIPT.get(language)
    if (pattern is None or len(plain) > _MAX_CHARS or _QUESTION.search(plain)
            or not pattern.fullmatch(plain)):
        return None
    if language == "en" and all(word[1:].islower() for word in re.split(r"[ -]", plain)):
        return plain.lower()  # 'Remedy' mid-sentence; 'TTL', 'Big-O' as written
    return plain
