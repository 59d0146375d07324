"""A clue that says only what a thing is used for, or the one domain it is
restricted to ('座標変換などに用いる', '정방행렬에만 정의된다', 'used for
coordinate changes', '仅用于方阵'), states a property many things share: many
transforms serve coordinate changes, many decompositions need a square
matrix. Alone it names nothing, however specific its object sounds; beside a
second fact it may still narrow the answer.

Read by the predicate the line closes on (or, in English and Chinese, opens
with) and by its length: a short line whose only statement is the use or the
restriction. A longer line says more than that and is left to the other rules.
"""

from __future__ import annotations

import re

# Longest a bare use or restriction runs: in words for spaced scripts, in
# characters for Chinese and Japanese.
_MAX_WORDS = 8
_MAX_CJK_CHARS = 18

# Closing predicates: '…に用いる', '…で使われる', '…にのみ定義される',
# '…에 사용된다', '…에만 적용', '…로 쓰인다'.
_CLOSING = re.compile(
    r"(?:"
    r"(?:に|で|として)(?:用い|使|使用|利用|応用)[^。、]{0,6}"
    r"|(?:に|で)(?:のみ|だけ)[^。、]{0,10}"
    r"|(?:에|에서|으로|로)\s?(?:사용|쓰|이용|활용|적용)[^.,]{0,5}"
    r"|(?:에만|에서만|에 한해|에 한하여)\s?[^.,]{0,10}"
    r")[。.]?\s*$")
# Opening predicates: 'used for …', 'only defined for …', '用于…', '仅…'.
_OPENING = re.compile(
    r"^(?:(?:it\s+is\s+|is\s+)?(?:often\s+|mainly\s+|mostly\s+|commonly\s+)?"
    r"(?:used|applied|useful)\s+(?:for|in|to|when)\b"
    r"|(?:is\s+)?only\s+(?:defined|used|valid|applicable|applies|works)\b"
    r"|(?:defined|valid)\s+only\s+(?:for|on|when)\b"
    r"|(?:常|主要|通常)?(?:用于|用来|用於|用來|适用于|適用於)"
    r"|(?:仅|只)(?:适用|用于|定义|对)"
    r")", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"\S+")


def _short(text: str) -> bool:
    if len(_CJK.findall(text)) > len(text) / 2:
        return len(text.strip()) <= _MAX_CJK_CHARS
    return len(_WORD.findall(text)) <= _MAX_WORDS


def only_a_use(text: str) -> bool:
    """Whether the line is a short one that says only what the thing is used
    for or restricted to ('座標変換などに用いる', 'only defined for square
    matrices'): a property shared too widely to name anything alone."""
    line = text.strip().strip("-*• ").strip()
    if not line or not _short(line):
        return False
    return bool(_CLOSING.search(line) or _OPENING.match(line))
