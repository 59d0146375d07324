"""A line about the whole that holds things, written under one of its parts.

Notes set the scene for a part with a line on the whole it lives in: under
'kube-scheduler', '하나의 클러스터 내에는 하나 이상의 워커 노드가 존재할 수
있음' ('a cluster can have one or more worker nodes'); under 'Subnet', 'Each
VPC can have several subnets'. The line's topic is the whole and what it
holds, true of the whole whatever part it stands under: as a clue to name the
part, it describes another thing (the parent), and points at none of the
choices. Read only when the line opens on a quantified whole ('하나의 X
내에는', 'A X can have', 'In each X, there are', '1つのXには', '一个X中') and
says what the whole holds; a line naming the answer itself is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_KO = re.compile(
    r"^(?:하나의|한|각|각각의|모든)\s*(?P<whole>[^,.]{2,40}?)\s*(?:내에는|안에는|내에|안에|에는)\s"
    r".*(?:존재|있(?:을|음|다|습니다|어요)|포함|가질\s*수|둘\s*수)")
_EN = re.compile(
    r"^(?:(?:a|an|each|every|one)\s+(?P<whole>[\w\- ]{2,40}?)\s+(?:(?:can|may|could)\s+)?"
    r"(?:have|has|contain|contains|hold|holds|include|includes)\s+"
    r"(?:one\s+or\s+more|multiple|many|several|one|\d+|at\s+least|up\s+to)\b"
    r"|(?:in|within)\s+(?:a|an|each|every|one)\s+(?P<whole2>[\w\- ]{2,40}?)\s*,?\s+"
    r"there\s+(?:is|are|can\s+be|may\s+be)\b)",
    re.IGNORECASE)
_JA = re.compile(
    r"^(?:1つの|一つの|ひとつの|各|すべての)(?P<whole>[^、。]{1,30}?)(?:内|の中)?には.*(?:存在|あ[るり]|含)")
_ZH = re.compile(
    r"^(?:一个|一個|每个|每個|每一个|每一個)(?P<whole>[^，,。]{1,30}?)(?:中|内|內|里|裡)"
    r"(?:可以|可能|能|会|會)?(?:有|包含|存在|拥有|擁有)")


def tells_a_whole(text: str, spellings: Sequence[str]) -> bool:
    """Whether the line says what a quantified whole holds ('하나의 클러스터
    내에는 하나 이상의 워커 노드가 존재할 수 있음'), naming none of `spellings`
    (the answer's names): a fact of the whole, not of the part asked."""
    text = text.strip()
    match = _KO.match(text) or _EN.match(text) or _JA.match(text) or _ZH.match(text)
    if match is None:
        return False
    lowered = text.lower()
    return not any(len(s) >= 2 and s.lower() in lowered for s in spellings)
