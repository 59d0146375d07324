"""An acronym the notes spell out in Chinese or Japanese beside it:
'DNS（ドメインネームシステム）', 'CPU（中央处理器）', '中央处理器（CPU）'.

The acronym readers (bank._acronym_reader) take a long name with words
spaced apart ('Domain Name System'); one written in katakana or Han has no
spaces, and was never read. A stem that writes it ('中央处理器由运算器和控制器
组成') names *CPU* as much as 'Central Processing Unit' would; the right line
that writes it answers 'Which describes CPU?' at sight. These pairs join the
notes' spelled-out acronyms, and gloss.spells_out_term finds the long name
written whole in a text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff・ー"
# 'ACRONYM（long）': the long name closes the brackets it opens.
_AFTER = re.compile(
    rf"(?<![A-Za-z0-9])(?P<short>[A-Z][A-Z0-9]{{1,6}})\s*[（(]\s*(?P<long>[{_CJK}]{{2,16}})\s*[)）]")
# 'long（ACRONYM）': the long name is a katakana run, or a Han/kana run that
# opens the line or follows a stop, a space or a mark (else its start is
# another word's: '主要是中央处理器').
_BEFORE = re.compile(
    rf"(?:(?P<kana>[\u30a0-\u30ff・ー]{{3,16}})|(?:^|(?<=[\s，。、：:；;「『*`>-]))"
    rf"(?P<long>[{_CJK}]{{2,10}}))\s*[（(]\s*(?P<short>[A-Z][A-Z0-9]{{1,6}})\s*[)）]")


def cjk_pairs(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(acronym, long name in Chinese or Japanese) the texts write beside
    each other."""
    out: list[tuple[str, str]] = []
    for text in texts:
        if "(" not in text and "（" not in text:
            continue
        for found in _AFTER.finditer(text):
            out.append((found.group("short"), found.group("long")))
        for found in _BEFORE.finditer(text):
            out.append((found.group("short"), found.group("kana") or found.group("long")))
    return list(dict.fromkeys(out))


_ONLY_CJK = re.compile(rf"[{_CJK}]+")


def is_cjk_name(text: str) -> bool:
    """A long name written in Chinese or Japanese alone, no space."""
    return bool(_ONLY_CJK.fullmatch(text.strip()))


def written_whole(long: str, text: str) -> bool:
    """The Chinese or Japanese long name written in the text as it is."""
    return is_cjk_name(long) and long.strip() in "".join(text.split())
