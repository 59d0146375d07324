"""A Chinese or Japanese choice that is another choice negated, and a stem
that negates the same word.

Chinese and Japanese make a name's opposite with a negating first character:
无状态 beside 有状态, 非阻塞 beside 阻塞, 非同期 beside 同期, 不揮発 beside 揮発.
A stem that says the word with a negation of its own ('服务器不保存客户端的状态',
'状態を持たない', '同期しない') points at the negated choice by its form: a
reader matches the 不 or the ない to the 无 or 非 without knowing either
name. Read only when the negated choice is the answer and no other choice is
negated so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A negating first character (or word) of a name.
_NEGATED_NAME = re.compile(
    r"^(?:没有|無し|不|无|無|非|未|没)(?P<root>[\u4e00-\u9fff\u30a0-\u30ff]{2,})$")
# An affirming one, the other side of the pair ('有状态', '可变').
_AFFIRMED = re.compile(r"^(?:有|可)(?P<root>[\u4e00-\u9fff\u30a0-\u30ff]{2,})$")
# A clause: what stands between two stops.
_CLAUSE = re.compile(r"[^，。、；;,.!?！？：:\n（）()]+")
# Negation before the word (Chinese: '不保存…状态', '无需…'), a few characters
# away at most; or after it (Japanese: '状態を持たない', '同期せず').
_NEG_BEFORE = "不|无|無|没|沒|非|未|别|別"
_NEG_AFTER = "ない|なし|無し|ず(?![っ])|ません|ぬ"
_GAP = 6
# The first characters of a root that are its head word (状态 of 状态服务).
_HEAD = 2


def _root(choice: str, others: Sequence[str]) -> str:
    """The word a choice negates, when another choice is that word (or it
    affirmed): '状态' of 无状态 beside 有状态; else ''."""
    found = _NEGATED_NAME.match(choice.strip())
    if found is None:
        return ""
    root = found.group("root")
    for other in others:
        other = other.strip()
        affirmed = _AFFIRMED.match(other)
        if other == root or (affirmed is not None and affirmed.group("root") == root):
            return root
    return ""


def negates(text: str, word: str) -> bool:
    """Whether a clause of the text says the word with a negation close to it."""
    before = re.compile(rf"(?:{_NEG_BEFORE})[^\s]{{0,{_GAP}}}?{re.escape(word)}")
    after = re.compile(rf"{re.escape(word)}[^\s]{{0,{_GAP}}}?(?:{_NEG_AFTER})")
    return any(before.search(clause) or after.search(clause)
               for clause in _CLAUSE.findall(text) if word in clause)


def negation_shown(stem: str, right: str, wrong: Sequence[str]) -> bool:
    """The right choice is another choice negated ('无状态' beside '有状态'),
    and the stem negates the same word ('不保存…状态'), no wrong choice being
    negated so."""
    root = _root(right, wrong)
    # (The root's head word too: '状态' of 无状态服务.)
    if not root or not (negates(stem, root) or negates(stem, root[:_HEAD])):
        return False
    return not any(_root(w, [right, *wrong]) for w in wrong)
