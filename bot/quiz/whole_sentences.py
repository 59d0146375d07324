"""A line broken off before its end: no choice, clue or statement.

Notes cut lines wherever the author stopped typing or the parser split them:
a formula whose bracket never closes ('… using dp[w] = max(dp[w]'), an aside
left open ('… into pieces (each piece has a price'), code or math left open
(a lone backtick or '$'), an arrow or an equals sign with nothing after it,
a clause ending on the word that joins it to the next ('… filling a table
where', '… 복원할 수 있고', '…を使って', '…并且') or on a bare verb stem ('…
익숙하지 않', cut inside '않은'). Shown as a choice, such a
half sentence stands out and cannot be judged true or false; shown as a clue,
it leans on what was cut. (material's _FRAGMENT and _CUT_OFF already catch a
trailing comma, 'and', an article or a preposition: these are the rest.)
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["broken_off"]

_OPENERS = "([{（［｛【「『"
_CLOSERS = ")]}）］｝】」』"
# ('$5', '$10': prices, no math; a '$' before anything else opens or closes it.)
_MATH_MARK = re.compile(r"(?<!\\)\$(?!\d)")
# An arrow or an equals sign with nothing after it: the right side was cut.
_OPEN_RIGHT = ("->", "→", "=>", "⇒", "⟶", "=")
# A word that joins the clause to one that is not there. ('and', 'or', the
# articles and the prepositions are read by material's _FRAGMENT and _CUT_OFF.)
_EN_JOINER = re.compile(
    r"(?<![\w-])(?:but|nor|where|which|that|who|whose|whom|because|while|whereas|although|"
    r"though|unless|if|when|whenever|including|such as|via|i\.e\.|e\.g\.)\s*$",
    re.IGNORECASE)
# A verb that cannot go without its object, left last after the word that
# makes it a bare verb ('Removing it does not eliminate', 'Backups cannot
# guarantee', 'used to determine'): the object was cut, or went on in the next
# bullet. (Not after 'what', 'which', 'that': 'what a backup cannot replace'
# has its object before it.)
_EN_OBJECTLESS = re.compile(
    r"(?<![\w-])(?:not|n't|cannot|can|could|must|should|will|would|may|might|to)\s+"
    r"(?:eliminate|guarantee|ensure|prevent|remove|replace|require|include|provide|contain|"
    r"affect|cause|create|define|determine|enable|avoid|address|solve|imply|reveal|"
    r"produce|reduce|protect|explain|mean|need|give|take|make|get|use|allow)\s*$",
    re.IGNORECASE)
_EN_OBJECT_BEFORE = re.compile(r"\b(?:what|which|that|whatever|whom)\b", re.IGNORECASE)
# A Korean connective ending on a verb or an adjective ('있고', '걸리며', '크지만',
# '쓰는데', '가능하므로', '하면서'): '-고' only after a verbal stem, since nouns
# end on it too ('창고', '참고', '보고').
_KO_JOINER = re.compile(
    r"(?:(?:있|없|하|되|이|였|었|았|했|됐|않|같|지|주|오|쓰|크|작|많|적|높|낮|빠르|느리)고"
    r"|[가-힣]며"
    r"|[가-힣](?:지만|는데|은데|므로|면서|어서|아서|해서|니까|거나|려면|도록|든지))$")
# A verb or adjective stem with no ending at all, as a line's last word ('유저
# 입장에서는 익숙하지 않', '…가 필요하지'): the line was cut inside the word
# ('않은 지연이 …'). (No noun ends on these syllables.)
_KO_BARE_STEM = re.compile(r"(?:(?<![가-힣])(?:않|없|있|같)|[가-힣](?:하|되)지)$")
# A line opening on a noun that never stands first ('경우 특정 키 탐색에 더
# 빠를 수 있다', '수 있다', '것이 좋다', '때 사용'): the words it belonged to
# ('B- 트리 같은 경우') were cut off before it. ('경우에 따라' opens a line whole.)
_KO_HEADLESS = re.compile(
    r"^(?:경우(?!에\s*따라)|것|때|수|데|뿐)(?:에는|에도|에서|에|엔|은|는|이|가|을|를|도|만)?(?:\s|$)")
# (The last syllables those endings close on: any other is read no further.)
_KO_LAST = frozenset("고며만데로서까나면록지않없있같")
# (Also a word that only qualifies a noun to come: a quote's 'という' / 'といった'
# ('…「次に実行可能なジョブを選ぶ」という' / 'アルゴリズムで…'), 'ような', 'による',
# 'における', 'に対する', 'に関する', 'ための', or a joining 'および', 'または'.)
_JA_JOINER = re.compile(
    r"(?:ので|けど|けれど|けれども|ため|つつ|ながら|たり|[ぁ-んァ-ヶ一-龥][てで]、?|し、|"
    r"という|といった|ような|による|における|に対する|に関する|ための|および|及び|または|並びに)$")
_ZH_JOINER = re.compile(r"(?:并且|而且|以及|或者|但是|因为|所以|如果|虽然|然后|和|或|但|与|及)$")


_TAIL = 24


@lru_cache(maxsize=1 << 14)
def broken_off(text: str) -> bool:
    """Whether the line stops before its end (see the module's note)."""
    text = text.strip().rstrip(" \t")
    if not text:
        return False
    if _unclosed(text) or _KO_HEADLESS.match(text):
        return True
    if text.count("`") % 2 or len(_MATH_MARK.findall(text)) % 2:
        return True
    # (The end is read on the last characters only: every pattern below is
    # anchored there, and a search from every character of a long line costs.)
    end = text.rstrip(".。")[-_TAIL:]
    if end.rstrip().endswith(_OPEN_RIGHT):
        return True
    if text.endswith((".", "。")):
        # (A full stop closes a sentence that is whole: 'Shift the traffic.'
        # The joiners are read only on a line that stops without one.)
        return False
    if _EN_OBJECTLESS.search(end) and not _EN_OBJECT_BEFORE.search(text):
        return True
    return bool(_EN_JOINER.search(end)
                or (end[-1] in _KO_LAST and (_KO_JOINER.search(end) or _KO_BARE_STEM.search(end)))
                or _JA_JOINER.search(end) or _ZH_JOINER.search(end))


def _unclosed(text: str) -> bool:
    """More brackets opened than closed, of any shape ('[0, 1)' is a closed
    interval of the two; 'max(dp[w]' leaves two open and closes one), or the
    last one opened never closed ('x) y (z'). (A closing one alone, 'a) the
    first option', is a label, not a cut.)"""
    opened = sum(text.count(c) for c in _OPENERS)
    if not opened:
        return False
    if opened > sum(text.count(c) for c in _CLOSERS):
        return True
    last = max(text.rfind(c) for c in _OPENERS)
    return not any(c in text[last:] for c in _CLOSERS)
