"""A table whose description column only glosses its labels: a table of
contents or a glossary of meanings, no facts to match.

'| トラブルシューティング | よくある問題と解決方法 |', '| 発見 | バグ検出 |',
'| パブリックリポジトリ | オープンソース |', '| General Purpose | balanced |':
each description is a few words saying what the label itself says, in other
words. Matching a label to its gloss asks for a translation, not for what was
studied, and the reader picks it by the meaning of the words. Such a table is
known by all its descriptions together: every one a short noun phrase, with
no figure and no predicate (no verb, no ending that states something). A
table of which one row says something ('| S3 | 객체를 버킷에 저장한다 |')
is a table of facts, and is asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Few words: a gloss, not a description.
_MAX_LATIN_WORDS = 3
_MAX_HANGUL_WORDS = 3
_MAX_CJK_CHARS = 12

_DIGIT = re.compile(r"\d")
# Punctuation that joins clauses or lists things: a description, not a gloss.
_CLAUSES = re.compile(r"[,.;:!?，。；：、()（）/·•→=]|->| - ")
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Predicates: a Korean ending that states ('저장한다', '가능', '있음', '됨', '함'),
# a Japanese verb or adjective ending ('する', 'できる', '保存される', '速い'),
# a Chinese verb of being, having or doing ('是', '有', '可以', '用于').
# (Not a modifier: '자주 쓰는 명령', '간단한 설정' are noun phrases.)
_KO_PREDICATE = re.compile(
    r"(?:다|요|음|함|됨|임|있음|없음|가능|불가|해야|하여|하고|하며)(?![가-힣])")
_JA_PREDICATE = re.compile(r"(?:[るすたうくつぬむ]|ない|いい|しい|[^\u3040-\u309f]い)$|"
                           r"(?:する|される|できる|ます|です|である)")
_ZH_PREDICATE = re.compile(r"[是有能会可让使把被将给用]")
# English: a verb of the third person or a modal opening a clause ('stores
# objects', 'can scale', 'is managed').
_EN_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|can|cannot|may|must|will|should|has|have|"
                           r"does|do)\b|\b\w+(?:es|s)\s+(?:a|an|the|data|all|each|every|your|"
                           r"it|them)\b", re.IGNORECASE)


def is_gloss(text: str) -> bool:
    """A few words naming, not saying: a short noun phrase, no figure, no
    predicate."""
    text = text.strip()
    if not text or _DIGIT.search(text) or _CLAUSES.search(text):
        return False
    if _HANGUL.search(text):
        words = text.split()
        return len(words) <= _MAX_HANGUL_WORDS and not _KO_PREDICATE.search(text)
    if _HAN_KANA.search(text):
        if len(re.sub(r"\s", "", text)) > _MAX_CJK_CHARS:
            return False
        if re.search(r"[\u3040-\u30ff]", text):  # kana: Japanese
            return not _JA_PREDICATE.search(text)
        return not _ZH_PREDICATE.search(text)
    return len(text.split()) <= _MAX_LATIN_WORDS and not _EN_PREDICATE.search(text)


def glosses_only(rows: Sequence[tuple[str, str]]) -> bool:
    """Every (label, description) row of the table glosses its label."""
    return len(rows) >= 3 and all(is_gloss(description) for _, description in rows)
