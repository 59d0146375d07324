"""Descriptions that are a template's text, not what a term is.

Study guides are often written from a template: every drug gets 'Mechanism
and uses', every service 'Pricing, limits'. Such a description is what the
author means to study about the term, not what the term is: it recurs
verbatim under other terms of the same notes (so it identifies none of them:
'Ezetimibe: Mechanism and uses' and 'Buspirone: Mechanism and uses'), or it
only lists aspects to study ('Mechanism and toxicity', 'Mechanism, therapeutic
monitoring, toxicity', '특징 및 장단점'). Neither is a clue nor a choice; the
term still stands as a choice beside its siblings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.quiz.text import compact

# Aspects of a thing a study outline names in place of facts about it.
_ASPECT_WORDS = frozenset("""
mechanism mechanisms use uses usage indication indications contraindication contraindications
toxicity toxicities monitoring dosing dosage dose doses interactions effect effects
pharmacokinetics pharmacodynamics overview definition definitions example examples
advantages disadvantages pros cons features characteristics applications types
classification structure function functions role roles properties
기전 작용기전 용도 용법 부작용 독성 적응증 금기 정의 특징 장점 단점 장단점
종류 예시 구조 기능 역할 개념 원리 활용
機序 作用機序 用途 副作用 毒性 適応 禁忌 定義 特徴 長所 短所 種類 例 構造 機能 役割
机制 作用机制 用途 副作用 毒性 适应症 禁忌 定义 特点 优点 缺点 种类 例子 结构 功能 作用
""".split())
# Words that only qualify an aspect ('therapeutic monitoring', 'side effects',
# 'adverse effects', 'drug interactions', 'clinical uses').
_QUALIFIERS = frozenset("""
therapeutic side adverse drug clinical common key main major basic general its their
""".split())
_JOINS = re.compile(r"\s*(?:,|;|&|/|\band\b|\bor\b|및|와|과|・|、|，|与|和|及)\s*", re.IGNORECASE)


def lists_aspects(definition: str) -> bool:
    """'Mechanism and uses', 'Mechanism, therapeutic monitoring, toxicity':
    a description made only of the aspects a study outline names."""
    core = definition.strip().rstrip(".。").strip()
    parts = [p for p in _JOINS.split(core) if p.strip()]
    if not parts:
        return False
    for part in parts:
        words = part.lower().split()
        if not words or len(words) > 2 or words[-1] not in _ASPECT_WORDS \
                or any(w not in _QUALIFIERS for w in words[:-1]):
            return False
    return True


def repeated_descriptions(lines: Iterable[tuple[str, str, str]]) -> frozenset[tuple[str, str]]:
    """(file, description as `written`) of each description written under
    two different terms or more in one file, from (file, term, description).
    ('오류 추정 테스트: 실수 추정' and '오류 추정: 실수 추정' name one thing
    twice: a term holding the other is the same term.)"""
    terms: dict[tuple[str, str], set[str]] = {}
    for file, term, description in lines:
        terms.setdefault((file, written(description)), set()).add(compact(term))
    return frozenset(key for key, seen in terms.items()
                     if any(a not in b and b not in a for a in seen for b in seen))


def written(description: str) -> str:
    """A description as written, case and spacing aside (its asides too:
    '분산 일정 (잔차의 분산이 …)' says more than '분산 일정')."""
    return " ".join(description.lower().split())
