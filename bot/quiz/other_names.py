"""A line that only gives its subject another name ('텍스트(Text) 영역이라고도
합니다', 'Also known as the Calvin cycle.', '要約表とも呼ばれる。', '也称为快表'):
it says what the thing is called, not what it does. As a clue it hands the
member a second name of the answer, which only a giveaway check that knew
that name could catch; as a choice it is no statement of the thing. A line
that goes on to say something more ('… 라고도 하며, 실행할 코드가 저장된다') is
a fact with an aside, and stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.notes.literals import holds_any

__all__ = ["only_names_it_otherwise"]

# The whole line is the other name and the words that say it is one.
_OTHER_NAME = re.compile(
    # Korean: '(X)라고도 한다 / 합니다 / 함 / 부른다 / 불린다 / 불림 / 해요'.
    r"^[^,.;:]{1,40}?(?:이)?라고도\s?(?:한다|합니다|함|부른다|부릅니다|불린다|불립니다|불림|해요)"
    r"\s*[.。]?$"
    # Japanese: 'Xとも呼ぶ / 呼ばれる / 言う / いう'.
    r"|^[^、,。]{1,30}?とも(?:呼ぶ|呼びます|呼ばれる|呼ばれます|言う|言います|いう|いいます)\s*[。.]?$"
    # Chinese: '也称为X', '又称X', '也叫X'.
    r"|^(?:它|其)?(?:也|又)(?:称|叫)(?:为|作|做)?[^，,。]{1,30}[。.]?$"
    # English: 'Also called X.', 'Also known as X', 'a.k.a. X', 'It is also called X.'
    r"|^(?:(?:it|this|they)\s+(?:is|are)\s+)?(?:also\s+(?:called|known\s+as|named|referred\s+to\s+as)"
    r"|a\.?k\.?a\.?)\s+[^,;:]{1,40}?[.]?$",
    re.IGNORECASE)


def only_names_it_otherwise(text: str) -> bool:
    """The line says nothing but another name of its subject."""
    return bool(_OTHER_NAME.match(text.strip()))


# A clause giving something another name, anywhere in a line ('… 이 정보를
# 단순히 「통계 정보」라고도 한다', '…を「統計情報」とも呼ぶ', 'also known as …').
_CALLED = re.compile(
    r"(?:이)?라고도\s?(?:한다|합니다|하며|하고|함|부른다|부릅니다|부르며|불린다|불리며|불림)"
    r"|とも(?:呼ぶ|呼びます|呼ばれ|言う|言い|いう|いい)"
    r"|(?:也|又)(?:称|叫)"
    r"|\balso\s+(?:called|known\s+as|named|referred\s+to\s+as)\b|\ba\.k\.a\b",
    re.IGNORECASE)
# The words one of which every match of `_CALLED` holds (see bot.notes.literals).
_CALLED_WORDS = ("라고도", "とも", "也称", "也叫", "又称", "又叫", "also", "a.k.a")


def calls_it(line: str, name: str) -> bool:
    """The line gives something another name, and that name is `name`: the
    thing the line speaks of and `name` are one by the notes' own word
    (compared without spaces and brackets, as compact() reads names)."""
    flat = _flat_if_calling(line)
    if flat is None:
        return False
    key = re.sub(r"[\s()（）]+", "", name).casefold()
    return len(key) >= 2 and key in flat


# (Remembered: each line of a sibling's notes is read against every other
# sibling's name, and almost none gives another name.)
@lru_cache(maxsize=1 << 14)
def _flat_if_calling(line: str) -> str | None:
    """The line flattened as `calls_it` compares it, or None when it gives
    nothing another name."""
    if not (holds_any(line, _CALLED_WORDS) and _CALLED.search(line)):
        return None
    return re.sub(r"[\s「」『』\"'“”‘’()（）*`]+", "", line).casefold()
