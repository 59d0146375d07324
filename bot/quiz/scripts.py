"""Which writing systems a text uses, for the checks that can read only some.

The giveaway checks (gloss.py, terms.py, translit.py) know Korean and English.
A clue in Chinese or Japanese beside an answer in Latin letters ('管理持久连接'
for 'Connection', '传输编码' for 'Transfer-Encoding') may translate the answer,
and nothing here can tell: such a question is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Han ideographs (with extension A and compatibility forms) and both kana.
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def unread_script(text: str) -> bool:
    """Written in Chinese or Japanese: Han or kana, and no Hangul (Korean notes
    that add a word's Hanja stay readable)."""
    return bool(_HAN_OR_KANA.search(text)) and not _HANGUL.search(text)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")


def crosses_unread_language(clue: str, answer: str) -> bool:
    """Clue and answer are not in one language, and one of them is one the
    giveaway checks cannot read: the clue may be the answer translated. A
    Chinese or Japanese answer beside English words in its clue ('Chunked
    Transfer Encoding，可以…' for 分块传输编码, 'Lock' for 共有ロック) may be
    the answer's own English name."""
    if unread_script(clue) != unread_script(answer):
        return True
    if not unread_script(answer):
        return False
    own = {w.lower() for w in _LATIN_WORD.findall(answer)}
    return any(w.lower() not in own for w in _LATIN_WORD.findall(clue))


def latin_alone(answer: str, clue: str, others: Sequence[str]) -> bool:
    """A Chinese or Japanese answer holding an English word that its clue, in
    Chinese or Japanese too, does not write and no other choice has ('remove
    的几种情况' beside '删除的节点…'): the clue may be that word translated,
    which nothing here can read."""
    if not (unread_script(answer) and unread_script(clue)):
        return False
    known = {w.lower() for text in (clue, *others) for w in _LATIN_WORD.findall(text)}
    return any(w.lower() not in known for w in _LATIN_WORD.findall(answer))
