"""The head word two Japanese or Chinese names share, written without spaces.

Korean and English names part their words with spaces ('가상 프라이빗 게이트웨이',
'NAT Gateway'): names sharing a word are things of one kind, asked among each
other. Japanese and Chinese write a compound as one run ('仮想プライベート
ゲートウェイ', 'NATゲートウェイ', '哈希索引', '前缀索引'): the word they share is
their common ending. An ending is a word only when the writing shows it is:
two Han characters or more ('索引', '调度'), or kana that some name writes as a
run of its own after another script ('NATゲートウェイ', '中継用ゲートウェイ');
'ケーション', shared by 'アプリケーション' and 'ロケーション', is never written so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_KANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_MIN_HAN = 2
_MIN_KANA = 3


def _common_ending(a: str, b: str) -> str:
    at = 0
    while at < min(len(a), len(b)) and a[-1 - at] == b[-1 - at]:
        at += 1
    return a[len(a) - at:] if at else ""


@lru_cache(maxsize=1 << 14)
def _kana_runs(text: str) -> frozenset[str]:
    return frozenset(_KANA.findall(text))


def kana_runs(texts: Iterable[str]) -> frozenset[str]:
    """Every run of kana the texts write, each whole ('中継用ゲートウェイ' writes
    'ゲートウェイ')."""
    return frozenset().union(*(_kana_runs(t) for t in texts))


def shared_head(a: str, b: str, written: Callable[[], frozenset[str]] = frozenset) -> str:
    """The word both names end on ('ゲートウェイ', '索引'), or '' when they share
    none: the longest part of their common ending, shorter than both names,
    that is all Han (two characters or more) or all kana that one of the
    names, or the notes (`written`: their kana runs, read only when needed),
    write as a whole run of its own ('プライベートゲートウェイ' and
    'インターネットゲートウェイ' end alike on 'トゲートウェイ'; the word is
    'ゲートウェイ')."""
    a, b = a.strip(), b.strip()
    ending = _common_ending(a, b)
    if len(ending) >= min(len(a), len(b)):
        ending = ending[1:]
    for at in range(len(ending)):
        part = ending[at:]
        if _HAN.fullmatch(part):
            return part if len(part) >= _MIN_HAN else ""
        if _KANA.fullmatch(part) and len(part) >= _MIN_KANA \
                and (part in _kana_runs(a) or part in _kana_runs(b) or part in written()):
            return part
    return ""
