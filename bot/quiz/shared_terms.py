"""A line that defines a term the siblings' notes use too.

Under '索引列的顺序' the notes write '让选择性最强的索引列放在前面', then
'索引的选择性是指：不重复的索引值和记录总数的比值…'. The second line defines
selectivity; it says nothing of the column order that selectivity does not
say of every place it is used, and the notes use it under '前缀索引' as well
('前缀长度的选取需要根据索引选择性来确定'). Asked 'which is described', the
prefix index is as defensible as the key. A line that defines a term (by a
defining word: '是指', 'とは', '이란', 'refers to') other than the concept's
own name is about that term, and when a sibling's lines write the term too,
it is no clue for telling the siblings apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.quiz.text import compact, without_asides

# 'X是指…', 'X指的是…', 'Xとは…', 'Xというのは…', 'X이란 …', 'X란 …',
# 'X라는 것은 …', 'X refers to …', 'X is defined as …', 'X means …'.
_DEFINES = re.compile(
    r"^(?P<term>[^:：。，,、.!?]{2,40}?)\s*"
    r"(?:是指|指的是|的定义是|とは|というのは|って(?=[、，,\s])"
    r"|(?<=[\uac00-\ud7a3])(?:이란|란|라는\s*것은|이라\s*함은)(?=[\s,])"
    r"|\s+(?:refers?\s+to|is\s+defined\s+as|means)\b)")
# The word tying a term to what it is of: '索引的选择性', 'インデックスの選択性',
# '인덱스의 선택도', 'selectivity of an index'.
_OF = re.compile(r"的|の|(?<=[\uac00-\ud7a3])의(?=\s)|\s+of\s+(?:an?\s+|the\s+)?")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


@lru_cache(maxsize=1 << 14)
def defined_term(text: str) -> str:
    """The term a line defines by a defining word, or ''."""
    match = _DEFINES.match(text.strip())
    return match.group("term").strip(" `*_\"'“”「」") if match else ""


def _spellings(term: str) -> set[str]:
    """How another line may write the term: whole, without the word tying it
    to what it is of ('索引选择性'), or that head alone ('选择性',
    'selectivity'), closed up."""
    term = _ARTICLE.sub("", without_asides(term) or term)
    parts = [p for p in _OF.split(term) if p.strip()]
    found = {compact(term), compact("".join(parts))}
    if len(parts) == 2:
        # (The head: after 'の/的/의', before 'of'.)
        found.add(compact(parts[0] if " of " in f" {term} " else parts[1]))
    # A word of one or two letters, or two Latin letters, is any word's part.
    return {s for s in found if len(s) >= (3 if _CJK.search(s) else 5)}


def defines_shared_term(text: str, own_names: Iterable[str],
                        sibling_lines: Iterable[str]) -> bool:
    """Whether `text` defines a term other than the concept's own names that
    a sibling's line writes too."""
    term = defined_term(text)
    if not term:
        return False
    own = {compact(n) for n in own_names if len(compact(n)) >= 2}
    if compact(term) in own or any(o in compact(term) for o in own):
        return False
    spelled = _spellings(term)
    return bool(spelled) and any(s in compact(line) for line in sibling_lines for s in spelled)
