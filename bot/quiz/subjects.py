"""Whether a line under a heading speaks of another named thing than the heading's.

Notes list the terms of a subject under its heading: under '二叉树',
'根节点: 一棵树最顶部的节点'; under 'VPC', 'Public subnet: a subnet with a route
to the internet'. Such a line defines its own term, by the kind of thing the
term is ('…的节点' for 根节点, 'a subnet …' for 'Public subnet'): it describes
that term, not the heading, so it is no clue for naming the heading. A value
or a part written after a label ('Expedited : 1~5분 이내', 'Sid: 명령문의 식별자')
says what the heading's thing has, and stays a clue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.quiz.text import compact, without_asides

# 'term: definition', 'term：definition', 'term - definition', and the sentence
# forms 'term是…', 'termとは…', 'termは…', 'term은 …', 'term is a …'.
_DEFINED = re.compile(
    r"^(?P<term>[^:：。，,]{1,40}?)\s*"
    r"(?:[:：]\s*|\s-\s|是|とは|は|(?<=[\uac00-\ud7a3])(?:은|는|이란|란)\s+|\s+(?:is|are)\s+)"
    r"(?P<definition>\S.*)$")
# What closes a definition without naming a kind: a copula, a full stop.
_CLOSING = re.compile(r"(?:である|です|だ|이다|입니다|임|[.。．!！])+$")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_ARTICLE = re.compile(r"^(?:a|an|the|one)\s+", re.IGNORECASE)
# Words an English definition names its kind within ('a private subnet with …').
MAX_KIND_WORDS = 4


def _head(term: str) -> str:
    """The word naming the kind of thing a term is: its last word, or the last
    two characters of a Chinese, Japanese or Korean word ('根节点' -> '节点')."""
    words = without_asides(term).split()
    if not words:
        return ""
    last = words[-1].strip("`*_\"'“”「」")
    if _CJK_CHAR.search(last) and len(last) > 2:
        return last[-2:]
    return last


def _names_kind(definition: str, head: str) -> bool:
    core = _CLOSING.sub("", without_asides(definition).strip(" `*_")).strip()
    if _CJK_CHAR.search(head):
        return core.endswith(head)
    if not _ARTICLE.match(core):
        return False
    words = [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z0-9-]+", core)]
    return head.lower().rstrip("s") in words[1 : 1 + MAX_KIND_WORDS]


def defines_another(text: str, spellings: Iterable[str]) -> bool:
    """A line that defines a named term other than the heading's thing, by the
    kind of thing that term is: '根节点: 一棵树最顶部的节点' under 二叉树."""
    match = _DEFINED.match(text.strip())
    if match is None:
        return False
    term = match.group("term").strip(" `*_")
    own = {compact(s) for s in spellings}
    if not term or compact(term) in own or len(_head(term)) < 2:
        return False
    return _names_kind(match.group("definition"), _head(term))
