"""Lines the author hedges or reports second-hand: not facts to quiz.

'보통 메인보드에 존재한다고 함' ('it is said to sit on the mainboard'), 'probably
the fastest', 'I think the limit is 5', 'オンプレミスより安いらしい', '据说默认是
3 个副本': the author marks the line as hearsay or a guess, and it is as often
wrong (L3 caches sit on the CPU die these days). Such a line is never a clue,
a blank or a choice.

Only the marked forms count. Korean '…다고 함' reports, '…라고 한다' after a noun
names ('이를 캐시 히트라고 한다' is a definition); 'may' in technical English
grants or states a possibility ('the request may be retried') and is no hedge,
nor is Chinese '可能会' (a risk the line states), nor Japanese 'ように' (so that).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.notes.literals import holds_any

_HEDGE = re.compile(
    # Korean: reported speech after a clause ('존재한다고 함', '빠르다고 한다',
    # '있다고 들었다', '좋다더라'), a guess ('…인 듯', '…한 것 같다', '아마'),
    # doubt ('확실하지 않', '잘 모르겠').
    r"다고\s*(?:함|한다|합니다|해요|하더라(?!도)|하네|들었|들음)|다더라(?!도)|"
    r"(?:[인한는을될할던]|있는|없는)\s?듯(?:하다|합니다|함|해요|싶|(?=\s*[.!…)]*\s*$))|"
    r"[것거]\s?같(?:다|음|아요?|습니다|네|은데)|"
    r"(?<![가-힣])아마(?:도)?(?![가-힣])|확실하지\s*않|잘\s*모르겠|"
    # English: the author's guess or someone else's word.
    r"\bprobably\b|\bI\s+(?:think|guess|believe|suppose|assume|heard)\b|\bmaybe\b|"
    r"\bperhaps\b|\bapparently\b|\ballegedly\b|\bsupposedly\b|\bpresumably\b|"
    r"\breportedly\b|\b(?:I'm|I am)\s+not\s+sure\b|\bnot\s+(?:100%\s+)?sure\b|"
    r"\bIIRC\b|\bAFAIK\b|\bif I (?:remember|recall) (?:correctly|right)\b|"
    # Japanese: hearsay ('…らしい', '…するそうだ'), a guess ('…と思う', 'かもしれない',
    # '…ようだ', 'たぶん', 'おそらく'). (Not 素晴らしい, 可愛らしい; not 'ように'.)
    r"(?<![晴愛])らしい|と思(?:う|います|われ)|かもしれ|かも(?=[。.!！]|$)|"
    r"(?:[るたいだ]|の|な)よう(?:だ|です)|"
    r"[るたいだ]そう(?:だ|です)(?!ね)|たぶん|多分|おそらく|恐らく|気がする|"
    # Chinese: hearsay ('据说', '听说'), a guess ('好像', '似乎', '大概', '应该是',
    # '可能是', '也许', '我觉得').
    r"据说|听说|好像|似乎|大概|应该是|應該是|可能是|也许|也許|或许|或許|"
    r"我(?:觉得|覺得|认为|認為|猜)|估计|貌似",
    re.IGNORECASE)
# Words one of which every match of `_HEDGE` holds (literals.py).
_HEDGE_WORDS = (
    "다고", "다더라", "듯", "같", "아마", "확실하지", "모르겠",
    "probably", "think", "guess", "believe", "suppose", "assume", "heard", "maybe", "perhaps",
    "apparently", "allegedly", "supposedly", "presumably", "reportedly", "sure", "iirc",
    "afaik", "remember", "recall",
    "らしい", "と思", "かも", "よう", "そう", "たぶん", "多分", "おそらく", "恐らく", "気がする",
    "据说", "听说", "好像", "似乎", "大概", "应该是", "應該是", "可能是", "也许", "也許", "或许",
    "或許", "我", "估计", "貌似")


@lru_cache(maxsize=1 << 14)
def hedged(text: str) -> bool:
    """The line marks itself as a guess or as hearsay."""
    return holds_any(text, _HEDGE_WORDS) and bool(_HEDGE.search(text))
