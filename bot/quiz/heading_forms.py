"""Headings written as a sentence to the reader or as a step to take, which
title a part of the notes and name no thing.

A book's chapter titles talk to the reader ('Things You Need to Get Right',
'Make Sure You Got Them Right', 'Conventions are your friends', '우리가 알아야
할 것'), and a walk-through titles its steps by what to do ('Root 노드에서
시작', '어떤 자식 노드로 내려갈지 결정', 'Start at the root', 'ルートから開始',
'从根节点开始'). Offered as choices, they ask which part of the page a line
was written under: the layout, not the subject. A name is a noun phrase for
a thing ('Root node', 'Binary search', 'Conventions'), and stays one.
"""

from __future__ import annotations

import re

# A word for the reader or the writer: the title speaks to someone.
# (Not 'it', 'they', 'them': 'Keep It Simple' is a principle's name.)
_PERSON = re.compile(
    r"(?<![A-Za-z'’])(?:you|your|yours|yourself|we|our|ours|us|me|my)(?![A-Za-z'’])"
    r"|(?:우리|여러분|당신)(?:가|는|은|의|이|을|를|에게|도)?(?=\s|$)"
    r"|あなた|私たち|僕たち|我们|我們|你们|你們",
    re.IGNORECASE)
# (Not 'I' either: 'Type I error', 'Phase I' number a kind.)
_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")
_MIN_WORDS = 3
# A step to take: where to start or go, or what to decide.
_STEP = re.compile(
    r"(?:에서|부터)\s*(?:시작|출발)(?:하기|한다|함)?$"
    r"|(?:으로|로)\s*(?:이동|내려감|내려가기|돌아감|돌아가기)(?:하기|한다|함)?$"
    r"|[\uac00-\ud7a3]지\s*(?:결정|판단|선택)(?:하기|한다|함)?$"
    r"|^(?:start|begin)\s+(?:at|from|with|on|in)\s"
    r"|^(?:go|move|return|jump|proceed|descend)\s+(?:to\s+(?:the|a|an|its|next)\b|back\b|into\b)"
    r"|^make\s+sure\b|^try\s+(?:the|a|an|to|this|it)\b"
    r"|(?:から|より)\s*(?:開始|始める|スタート)$|(?:へ|に)\s*(?:移動|進む|戻る)$"
    r"|^从.+开始$|^(?:移动|跳转|返回)到",
    re.IGNORECASE)


def speaks_to_reader(title: str) -> bool:
    """Whether a heading of three words or more speaks to the reader or for
    the writer ('Things You Need to Get Right', '우리가 알아야 할 것')."""
    text = _ASIDE.sub(" ", title).strip()
    return len(text.split()) >= _MIN_WORDS and _PERSON.search(text) is not None


def gives_a_step(title: str) -> bool:
    """Whether a heading tells what to do next ('Root 노드에서 시작', 'Start at
    the root', '어떤 자식 노드로 내려갈지 결정', 'Make sure …')."""
    return bool(_STEP.search(_ASIDE.sub(" ", title).strip()))


def titles_no_thing(title: str) -> bool:
    """A heading that is a sentence to the reader or a step to take: never a
    name to ask or offer."""
    return speaks_to_reader(title) or gives_a_step(title)
