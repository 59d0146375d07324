"""Giveaways in Chinese and Japanese: a word of the stem written in the answer.

Korean and English giveaways are read by their pieces and word roots
(text.pieces, build._root_shown). Chinese and Japanese write words without
spaces, so a word is read here as two characters side by side: a pair the
clue and the right choice share ('节点' in '一棵树最顶部的节点' and '根节点')
points at that choice when no other choice has it. One character carries
meaning too, in a name or a sentence of any length ('树' in '一棵树' and '二叉树',
'队' in '从尾部入队' and '队列', '锁' in '精确锁范围' and '优先使用行锁代替表锁'):
a reader matches it by sight, so it points as a word does, unless it is one of
the characters that build sentences ('的', '中', '后') rather than name things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import fields
from functools import cache, lru_cache

from bot.quiz.phrases import EN, JA, KO, ZH

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Han and katakana (with its long mark) build names; hiragana mostly grammar.
_WORD_RUN = re.compile(rf"[{_HAN}\u30a1-\u30fa\u30fc]+")
_HAN_CHAR = re.compile(rf"[{_HAN}]")
# Characters that build sentences or count, in Chinese and Japanese: shared by
# chance, they point at nothing ('中' of '其中' is no '中序遍历').
_GRAMMAR = frozenset(
    "的了是在和与及或而且并也都就其之为於于以由对把被从向到给让将这那此该各每某"
    "一二三四五六七八九十百千万两几个种些中上下内外前后後有无無不没非未可能会要用使"
    "等如若则即所者时時得地着过吗呢吧们多少大小最更很较性化式型第次已又还只再它他她"
    "我你您自己本人事物做作进行出入来去说看见好同相因何什么哪谁里处面方法样类日月年分"
    "号名成生"
)


_SLOT = re.compile(r"\{\w+\}")


@cache
def _template(text: str) -> re.Pattern[str]:
    # The generator's own sentence, its slots ('{name}') left to the notes.
    parts = _SLOT.split(text)
    return re.compile("(.+?)".join(map(re.escape, parts)) + r"\Z", re.DOTALL)


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[str, str, str], ...]:
    """Each sentence of the generator, with the words it opens and closes on
    (before its first slot, after its last): a line that does not is not
    that sentence. (Only the sentences a line might be are compiled and
    matched: some seventy patterns for every line was most of the time here.)"""
    found: list[tuple[str, str, str]] = []
    for words in (KO, EN, JA, ZH):
        for field in fields(words):
            value = getattr(words, field.name)
            if isinstance(value, str) and field.name != "language":
                parts = _SLOT.split(value)
                found.append((parts[0], parts[-1], value))
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def clue_text(stem: str) -> str:
    """The stem without the generator's own words: what the notes wrote."""
    kept: list[str] = []
    for line in stem.splitlines():
        line = line.strip()
        for opening, closing, text in _templates():
            if not (line.startswith(opening) and line.endswith(closing)):
                continue
            match = _template(text).match(line)
            if match is not None:
                line = " ".join(match.groups())
                break
        kept.append(line)
    return "\n".join(kept)


def _pairs(text: str) -> set[str]:
    return {run[i : i + 2] for run in _WORD_RUN.findall(text) for i in range(len(run) - 1)}


def _chars(text: str) -> set[str]:
    return set(_HAN_CHAR.findall(text)) - _GRAMMAR


def han_shown(right: str, stem: str, wrong: Sequence[str]) -> bool:
    """A word of the clue (two characters, or one meaningful character)
    written in the right choice and in no other, or its two characters
    written apart in one sentence of the right choice alone (see `_split_pair`)."""
    if not (_WORD_RUN.search(right) and _WORD_RUN.search(stem)):
        return False  # (most notes: nothing to read here)
    clue = clue_text(stem)
    shared = (_pairs(right) & _pairs(clue)) | (_chars(right) & _chars(clue))
    others = " ".join(wrong)
    if any(word not in others for word in shared):
        return True
    if any(_split_pair(pair, right) and not any(_split_pair(pair, w) or pair in w
                                                for w in wrong)
           for pair in _pairs(clue) - _pairs(right)):
        return True
    # The asked name itself spelled apart within one clause of the right
    # choice ('复用' over '你可以反复在不同集群、不同环境中使用它'): the reader
    # sees it there whatever the other choices write ('部署复杂应用' has 复…用
    # too, but as 复杂 and 应用, words of their own).
    return any(_split_pair(name, right, _CLAUSE_END) for name in asked_names(stem)
               if len(name) == 2)


def asked_names(stem: str) -> list[str]:
    """The names the generator's own sentences ask about ('复用' of
    '下列哪一项是对“复用”的正确描述？'), as the notes wrote them."""
    found: list[str] = []
    for line in stem.splitlines():
        line = line.strip()
        for opening, closing, text in _templates():
            if line.startswith(opening) and line.endswith(closing) and _SLOT.search(text):
                match = _template(text).match(line)
                if match is not None:
                    found.extend(g.strip() for g in match.groups())
                    break
    return found


# How far apart the two characters of a word may be written and still be read
# as that word: '复用' in '你可以反复在不同集群、不同环境中使用它' ('反复 … 使用',
# thirteen apart, in one sentence).
_SPLIT_REACH = 16
# Characters that only join words ('的' of '索引的选择性', '了', '是'): a pair
# with one of them spans two words of the clue ('引的'), and is no word.
_PARTICLES = frozenset("的了着过吗呢吧们之其而且并也都就是在和与及或把被从向到给让将"
                       "这那此该各每某个种些がのをにへとでやはもか")
_SENTENCE_END = re.compile(r"[。！？；.!?;\n]")
# The end of a clause as well: a comma or colon ('、' only lists within one).
_CLAUSE_END = re.compile(r"[。！？；.!?;\n，,：:]")


def _split_pair(pair: str, text: str, ends: re.Pattern[str] = _SENTENCE_END) -> bool:
    """The two Han characters of a clue's word written apart, in their order,
    within one sentence of the text: '复用' (reuse) read back from '反复 …
    使用' (use again and again). Not two characters that only build sentences
    ('作用' of 什么作用, both grammar), nor a pair across two words ('引的'),
    nor one doubled."""
    first, second = pair[0], pair[1]
    if first == second or not (_HAN_CHAR.match(first) and _HAN_CHAR.match(second)) \
            or (first in _GRAMMAR and second in _GRAMMAR) \
            or first in _PARTICLES or second in _PARTICLES:
        return False
    for sentence in ends.split(text):
        at = sentence.find(first)
        while at >= 0:
            if second in sentence[at + 2:at + 1 + _SPLIT_REACH]:
                return True
            at = sentence.find(first, at + 1)
    return False
