"""Counter-cases: a list a line announces as the cases where the thing does
not fit ('캐시 이용에 대한 부적합한 사례', 'When not to use a cache',
'キャッシュが向かないケース', '不适合使用缓存的场景'), or as what it is not
(misconceptions, anti-patterns, bad examples).

Its items ('1. 데이터 갱신 빈도가 높은 시스템', '2. 대량의 데이터에 액세스 하는
시스템') say the opposite of a description of the thing: shown without the
line that turns them round, as a clue or a statement to judge, they read as
what the thing is for (blind reader: the two bullets asked to name 캐시). None
of them is a statement of the thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.literals import holds_any
from bot.notes.model import Fact

# The words of such a lead-in, per language. Korean: unsuitable, not to use,
# bad or wrong examples, anti-patterns, misconceptions. English: not suitable,
# when not to use, avoid using, anti-patterns, pitfalls, misconceptions, myths.
# Japanese: 向かない, 適さない, アンチパターン, 誤解, 悪い例. Chinese: 不适合,
# 不适用, 反模式, 误区, 误解, 错误示例. (Not a bare 'avoid', 피해야, 避ける: 'How
# to avoid deadlock' lists ways that are true of the thing.)
_ANNOUNCES = re.compile(
    r"부적합|부적절|(?:적합|적절|알맞)하지\s*않|(?:맞지|어울리지)\s*않|"
    r"(?:사용|이용)(?:하지|해서는)\s*(?:말|않|안\s*되)|쓰지\s*말|"
    r"(?:나쁜|잘못된)\s*(?:예|사례|사용|활용)|안티\s*패턴|오해|"
    r"\bnot\s+(?:be\s+)?(?:suitable|suited|appropriate|recommended|ideal|a\s+good\s+fit)\b|"
    r"\b(?:unsuitable|inappropriate)\b|\bwhen\s+not\s+to\b|\b(?:avoid|don'?t)\s+(?:using|use)\b|"
    r"\banti-?patterns?\b|\bpitfalls?\b|\bmisconceptions?\b|\bmyths?\b|"
    r"\bbad\s+(?:examples?|practices?|uses?|fits?)\b|"
    r"向かない|不向き|適さない|適していない|不適|使うべきでない|"
    r"アンチパターン|誤解|悪い例|NG例|"
    r"不适合|不適合|不适用|不適用|不宜|反模式|误区|誤區|误解|錯誤示例|错误示例|错误用法",
    re.IGNORECASE)
# Words one of which every match of `_ANNOUNCES` holds (literals.py: most lines
# announce nothing, and the pattern tries each branch at every character).
_ANNOUNCING_WORDS = (
    "부적", "하지", "맞지", "어울리지", "해서는", "쓰지", "나쁜", "잘못된", "안티", "오해",
    "not", "unsuitable", "inappropriate", "avoid", "don", "anti", "pitfall", "misconception",
    "myth", "bad", "向かない", "不向き", "適さない", "適していない", "不適", "使うべきでない",
    "アンチ", "誤解", "悪い例", "ng例", "不适", "不宜", "反模式", "误区", "誤區", "误解",
    "錯誤示例", "错误")
# A lead-in is one short line: a long one says something of its own.
_LEAD_IN_LENGTH = 60
_LIST_KINDS = ("step", "bullet")


def announces_counter_cases(text: str) -> bool:
    """Whether the line announces cases where the thing does not fit, or what
    it is not."""
    text = text.strip()
    return len(text) <= _LEAD_IN_LENGTH and holds_any(text, _ANNOUNCING_WORDS) \
        and bool(_ANNOUNCES.search(text))


def counter_cases(facts: Sequence[Fact]) -> set[int]:
    """ids of the lines (with all lines nested under them) a counter-case
    lead-in announces: the lines nested under it, or else the list written
    right after it. A numbered list broken by paragraphs ('1. …', a line on
    it, '2. …') is one list still; a list of another kind after it ends it."""
    out: set[int] = set()
    for at, fact in enumerate(facts):
        if fact.kind in _LIST_KINDS and fact.children \
                and announces_counter_cases(fact.text):
            out.update(id(line) for child in fact.children for line in child.walk())
            continue
        if fact.children or at + 1 >= len(facts) or facts[at + 1].kind not in _LIST_KINDS \
                or not announces_counter_cases(fact.text):
            continue
        kind = facts[at + 1].kind
        for offset, item in enumerate(facts[at + 1:], start=at + 1):
            if item.kind == kind:
                out.update(id(line) for line in item.walk())
            elif item.kind != "text" or not _resumes(facts, offset, kind):
                break
    return out


def _resumes(facts: Sequence[Fact], at: int, kind: str) -> bool:
    """Whether the list of `kind` goes on after the paragraph lines from `at`."""
    for item in facts[at:]:
        if item.kind != "text":
            return item.kind == kind
    return False
