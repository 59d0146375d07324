"""Lines that liken what they speak of to another thing ('kube-controller-manager와
마찬가지로, …', 'As with S3, …', 'Lambdaと同様に…', '与TCP一样…'): what they
say is true of that other thing too, so they tell neither apart. Such a line,
and a line it leads in to (the next line of its paragraph, the lines nested
under it), is no clue nor choice in a question that sets the two apart.

Lines that only fill a slot of a form ('≪ blank ≫', 'TBD', 'N/A', '빈칸') or
give a note's metadata ('Expected Time: 10-12 minutes', 'Difficulty: Easy',
'작성일: 2024-01-02') say nothing of the subject: neither a fact nor a choice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.notes.literals import holds_any
from bot.notes.model import Fact

# A thing likened to: a word (or a closing mark) right before the Korean,
# Japanese or Chinese marker, or a word right after the English one.
_ALIKE = re.compile(
    r"\S\s*(?:와|과|이랑|랑|하고)\s*(?:마찬가지로|마찬가지|같이|동일하게|똑같이|비슷하게|유사하게)|"
    r"[\w)\]'\"`]처럼|"
    r"\S\s*(?:と同様に?|と同じく|と同じように|のように|みたいに)|"
    r"(?:与|和|跟|同)\s*\S{1,40}?\s*(?:一样|一樣|类似|類似|相同|相似)|"
    r"(?:^|[,;(]\s*)(?:just\s+)?like\s+(?:the\s+|a\s+|an\s+)?[A-Za-z0-9]|"
    r"\b(?:works?|behaves?|acts?|looks?|functions?|is|are|much|exactly)\s+like\s+\S|"
    r"\b(?:as\s+with|same\s+as|similar\s+to|similarly\s+to|just\s+like|"
    r"the\s+same\s+way\s+as|in\s+the\s+same\s+way\s+as)\s+\S",
    re.IGNORECASE)
# Words one of which every match of `_ALIKE` holds (literals.py).
_ALIKE_WORDS = (
    "마찬가지", "같이", "동일하게", "똑같이", "비슷하게", "유사하게", "처럼",
    "と同様", "と同じ", "のように", "みたいに", "一样", "一樣", "类似", "類似", "相同", "相似",
    "like", "with", "same", "similar")


# 'As if' and 'like one X', a manner, not a thing likened ('마치 같은 네트워크인
# 것처럼 연결', '같은 네트워크처럼 동작', 'ローカルにあるかのように'): the line
# says how the thing behaves, no other thing shares it.
_AS_IF = re.compile(r"것\s*처럼|마치|같은\s+\S+처럼|하나(?:의\s+\S+)?처럼|かのように|"
                    r"同じ\S*のように|一つの\S*のように|好像|仿佛|似的")
_AS_IF_REACH = 16


@lru_cache(maxsize=1 << 14)
def likens(text: str) -> bool:
    """Whether the line says what it speaks of is like another thing."""
    if not holds_any(text, _ALIKE_WORDS):
        return False
    return any(not _AS_IF.search(text[max(0, m.start() - _AS_IF_REACH):m.end()])
               for m in _ALIKE.finditer(text))


# A line whose very claim is the likeness ('… is structured similarly to
# deadlock detection', 'works like a queue', 'Redis와 유사한 구조', 'Xに似ている',
# '类似于X'): the two are alike as a whole. A likeness leading in to a claim of
# its own ('As with S3, …', 'X와 마찬가지로, …', 'Xと同様に…') shares that one
# claim only, and only that line is set aside (led_in_by_likeness).
_WHOLESALE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:similar(?:ly)?\s+to|(?:much\s+|just\s+)?like)\s"
    r"|\bresembles?\b|\b(?:works?|behaves?|functions?)\s+(?:much\s+|just\s+)?like\s"
    r"|(?:와|과)\s*(?:비슷|유사)(?:하다|합니다|함|한\s*구조|한\s*방식)"
    # (Doing what the other does: 'NAT 인스턴스와 동일한 기능을 수행', 'does the same
    # job as', 'serves the same function as', 'と同じ機能', '与X相同的功能'.)
    r"|(?:와|과)\s*(?:동일한|같은|똑같은|비슷한|유사한)\s*(?:기능|역할|동작|일)을?\s*(?:수행|하|담당)"
    r"|\bsame\s+(?:function|role|job|purpose|thing)s?\s+as\b"
    r"|と同(?:じ|様の)(?:機能|役割)|(?:相同|一样|一樣|类似|類似)的(?:功能|作用)"
    r"|(?:に|と)似て|に類似|と類似|类似于|相似于|与\S{1,40}?(?:类似|相似)\s*[。.]?$",
    re.IGNORECASE)


def likened_to(line: str, name: str) -> bool:
    """Whether the line's claim is that what it speaks of is like `name` ('The
    Banker's algorithm … is structured similarly to deadlock detection' for
    Detection): the name written as a word of its own in a sentence whose
    likeness is its claim (a name of one letter or two, 'C', is read nowhere)."""
    key = " ".join(name.split())
    if len(key) < 3:
        return False
    for sentence, folded in _wholesale_sentences(line):
        at = folded.find(key.casefold())
        if at >= 0 and _own_word(sentence, key, at):
            return True
    return False


# (Remembered: each line of a sibling's notes is read against every other
# sibling's name, some 16 000 pairs a build, and almost no line likens.)
@lru_cache(maxsize=1 << 14)
def _wholesale_sentences(line: str) -> tuple[tuple[str, str], ...]:
    """The line's sentences whose claim is a likeness, each with its casefold."""
    return tuple((sentence, sentence.casefold())
                 for sentence in re.split(r"(?<=[.!?。！？])\s*", line)
                 if _WHOLESALE.search(sentence))


def _own_word(text: str, key: str, at: int) -> bool:
    """A Latin name is a word of its own: 'Detection' is not in 'Detections'."""
    def latin(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()

    return not (key[0].isascii() and latin(at - 1)) \
        and not (key[-1].isascii() and latin(at + len(key)))


def led_in_by_likeness(facts: Sequence[Fact]) -> set[int]:
    """ids of the lines a likening line leads in to, at any depth: the lines
    nested under it, and the paragraph line right after it (no blank line
    between: 'X와 마찬가지로, Y도 …' / '수평 확장이 가능합니다.' goes on about
    what Y shares with X)."""
    out: set[int] = set()

    def visit(run: Sequence[Fact], led: bool) -> None:
        before: Fact | None = None
        for fact in run:
            lead = led or (before is not None and before.kind == "text" == fact.kind
                           and fact.source.line == before.source.line + 1
                           and likens(before.text))
            if lead:
                out.add(id(fact))
            visit(fact.children, lead or likens(fact.text))
            before = fact

    visit(facts, False)
    return out


# A slot of a form left empty, written out ('≪ blank ≫', '<blank>', '(blank)',
# 'TBD', 'N/A', '-', '...', '빈칸', '없음', '空', 'なし').
_PLACEHOLDER = re.compile(
    r"^[\s_*`'\"≪«<(\[{]*(?:blank|empty|none|null|nil|tbd|tba|todo|n/?a|"
    r"빈\s*칸|공란|없음|미정|空白?|空欄|なし|無し|未定|未填|待定|无|無)?[\s_*`'\"≫»>)\]}]*$"
    r"|^[\s\-–—._…·*~]*$",
    re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def placeholder(text: str) -> bool:
    """A text that only stands in for a missing value."""
    return bool(_PLACEHOLDER.match(text))


# 'Label: value' where the label is a note's metadata.
_META_LABEL = (
    r"difficulty|authors?|written\s+by|date|created(?:\s+(?:at|on))?|last\s+updated|"
    r"updated(?:\s+(?:at|on))?|tags|"
    r"난이도|작성자|날짜|작성일|수정일|태그|"
    r"難易度|作成者|日付|作成日|更新日|タグ|"
    r"难度|難度|作者|日期|创建日期|更新日期|标签")
_LABEL_VALUE = re.compile(r"^[\s*_#>-]*(?P<label>[^:：]{1,30}?)[\s*_]*[:：][\s*_]*(?P<value>.*)$")
_META = re.compile(rf"^(?:{_META_LABEL})$", re.IGNORECASE)
# A time a task takes ('Expected Time: 10-12 minutes', '소요 시간: 30분').
_TIME_LABEL = re.compile(r"\btime\b|\bduration\b|시간|時間|时间", re.IGNORECASE)
_DURATION = re.compile(
    r"^[~약約约]?\s*\d+(?:\.\d+)?(?:\s*[-~–]\s*\d+(?:\.\d+)?)?\s*"
    r"(?:minutes?|mins?|hours?|hrs?|h|m|분|시간|分|分钟|分鐘|時間|小时|小時)\.?$",
    re.IGNORECASE)
# A short value: a date, a span of time, a level, a name (no clause).
_SHORT_VALUE = 30


@lru_cache(maxsize=1 << 14)
def metadata(text: str) -> bool:
    """A line giving a note's metadata: a label and a short value ('Expected
    Time: 10-12 minutes', 'Difficulty: Medium', '작성일: 2024-01-02')."""
    match = _LABEL_VALUE.match(text.strip())
    if match is None:
        return False
    label = match.group("label").strip(" *_")
    value = match.group("value").strip(" *_`")
    if _TIME_LABEL.search(label) and _DURATION.match(value):
        return True
    return bool(_META.match(label)) and len(value) <= _SHORT_VALUE
