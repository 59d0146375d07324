"""A line of two clauses or more, one of which gives the answer away: the
other clauses, if they tell on their own.

Notes often join two things said of one subject with a comma ('스팟 플릿은
가장 낮은 가격인 풀에서 인스턴스를 시작, 워크로드가 매우 짧은 경우 적합'):
the first says the term's own words (최저 가격 -> 가장 낮은 가격), the second
does not. Dropping the whole line loses a clue the notes wrote; showing it
whole gives the answer away. The clauses that say nothing of the name are a
clue still, as the notes wrote them.

A comma is a clause boundary only between whole clauses: each part ends on a
predicate ('… 시작', '… 적합', '… 사라짐'); never after a modifier or a
particle ('지연시간이 가장 짧은, 가장 가까운 …': the first part qualifies the
second), never inside an aside, and never in a list ('EC2 인바운드, 아웃바운드
규칙 생성', '라우팅테이블을 사용해서 S3, 다이나모디비에만 연결 가능': the last
part alone says something else). A noun phrase is no clause ('객체 스토리지,
…'): it may as well be the first item of a list. What
is kept reads as a statement of its own: it ends on a predicate, says enough
(telling words), and neither points back ('그 중 …') nor leans on what was
cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.quiz.material import is_fragment
from bot.quiz.text import leans_on_context, refers_back, telling

# A Korean predicate closing a clause written in note style: a sentence ending
# ('…함', '…됨', '…사라짐', '…높음') or a verbal noun that ends a note ('…가능',
# '…적합', '…지원', '…시작').
_PREDICATE = re.compile(
    r"(?:[다음함됨임짐]|가능|불가|불가능|필요|적합|부적합|유용|제공|지원|사용|시작|선택|"
    r"분산|동작|보관|전송|복제|이동|감소|증가|향상|수행|보호|허용|차단|제한|"
    r"자동화|관리|처리|저장)\.?$")
# A part that qualifies what follows it: it ends on a modifier or a particle
# ('가장 짧은', '데이터를', 'A와'), or on a joining word.
# A condition ('… 삭제할 때', '… 통합할 때나') qualifies the next part too.
_QUALIFIES = re.compile(
    r"(?:[은는을를의와과로에고며면서한운된인던할될게적나때도]|및|또는|등|and|or)$", re.IGNORECASE)
# A verbal noun closing a part ('EC2 생성', '처리량을 자동 조절'): it may share
# the predicate written after the next part ('ASG를 생성하면서 EC2 생성, ELB
# 설정 가능'), so it is no described noun of its own.
_VERBAL_END = re.compile(r"(?:생성|설정|조절|조정|구성|변경|삭제|추가|복사|복원|백업|"
                         r"통합|분할|배포|작성|수정|확인|적용|연결|실행|등록)$")
# A comma outside an aside, followed by a space (not '1,000').
_COMMA = re.compile(r",\s+")
# Telling pieces a kept clause needs: as many as a name blank's rest.
MIN_TELLING = 3
MIN_LENGTH = 8
MIN_WORDS = 3


def clauses(text: str) -> list[str]:
    """The line's clauses, split at commas between whole clauses; [text] when
    the line is one clause or its commas join anything else."""
    parts = _split(text)
    if len(parts) < 2 or not (_whole(parts[0]) or _described(parts[0])) \
            or not all(_whole(p) for p in parts[1:]):
        return [text]
    return parts


def _split(text: str) -> list[str]:
    """The text's parts between commas outside asides."""
    parts: list[str] = []
    depth = 0
    start = 0
    at = 0
    while at < len(text):
        ch = text[at]
        if ch in "([{（":
            depth += 1
        elif ch in ")]}）":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = _COMMA.match(text, at)
            if match is not None:
                parts.append(text[start:at].strip())
                start = at = match.end()
                continue
        at += 1
    parts.append(text[start:].strip())
    return parts


def _whole(part: str) -> bool:
    plain = part.rstrip(". ")
    # (Three words at least: '허용, 거부 규칙 모두 지정 가능' lists two rules.)
    return len(plain.split()) >= MIN_WORDS and not _QUALIFIES.search(plain) \
        and bool(_PREDICATE.search(plain))


# A word that carries a particle or modifies the next ('인스턴스에', '가능한',
# '제공하는'): a phrase with one describes its head noun.
_DESCRIBING = re.compile(r"\S(?:에|을|를|의|로|에서|으로|한|하는|되는|된|인)\s")
_HANGUL_END = re.compile(r"[\uac00-\ud7a3]$")


def _described(part: str) -> bool:
    """A line's first part that says what the thing is, a noun described by
    the words before it ('EC2 인스턴스에 연결 가능한 블록 스토리지'), before the
    clauses on what it does: a clause of its own. Not a bare noun phrase ('객체
    스토리지', 'EC2 인바운드'), nor one ending on a name ('라우팅테이블을 사용해서
    S3, 다이나모디비에만 연결 가능': the first item of a list)."""
    plain = part.rstrip(". ")
    return len(plain.split()) >= MIN_WORDS and bool(_DESCRIBING.search(plain)) \
        and bool(_HANGUL_END.search(plain)) and not _QUALIFIES.search(plain) \
        and not _PREDICATE.search(plain) and not _VERBAL_END.search(plain)


def _stands_alone(clause: str) -> bool:
    plain = clause.rstrip(". ")
    return (len(plain) >= MIN_LENGTH and bool(_PREDICATE.search(plain))
            and len(telling(plain)) >= MIN_TELLING and not is_fragment(plain)
            and not refers_back(plain) and not leans_on_context(plain))


# A cell whose items are joined by a choice or a restriction ('A, B 중 하나',
# 'A, B에만', 'A or B'): an item left out changes what the rest says.
_JOINED = re.compile(r"만(?:\s|$)|뿐|중\s*(?:하나|택)|둘\s*중|또는|혹은|이나\s|"
                     r"\b(?:only|either|or)\b", re.IGNORECASE)


def features(cell: str) -> list[str]:
    """A table cell's features ('전용 프라이빗 연결, 1개월+ 리드타임, 암호화 없음'),
    each a short phrase true of the row's term alone; [cell] when its commas
    join a choice or a restriction, or fall inside an aside."""
    parts = _split(cell)
    if len(parts) < 2 or _JOINED.search(cell) or not all(len(p) >= 2 for p in parts):
        return [cell]
    return parts


# An arrow in a feature ('소스→ENI/NLB'): shorthand that leans on the feature
# cut before it ('ENI 트래픽 캡처').
_ARROW = re.compile(r"->|→|=>|⇒|←|<-")


def _features_stand(kept: list[str]) -> bool:
    rest = ", ".join(kept)
    return len(rest) >= MIN_LENGTH and len(telling(rest)) >= MIN_TELLING \
        and not any(refers_back(p) or leans_on_context(p) or is_fragment(p)
                    or _ARROW.search(p) for p in kept)


def without_telling_clauses(text: str, gives_away: Callable[[str], bool], *,
                            cell: bool = False) -> str | None:
    """The line without its clauses that give the answer away (`gives_away`
    read on each), when some do and what is left stands alone and gives
    nothing away as a whole; else None. A table `cell` is cut by its
    features, each true of its term alone."""
    parts = features(text) if cell else clauses(text)
    if len(parts) < 2:
        return None
    kept = [p for p in parts if not gives_away(p)]
    if not kept or len(kept) == len(parts):
        return None
    if not (_features_stand(kept) if cell else all(_stands_alone(p) for p in kept)):
        return None
    # (Without a closing stop: the line's own stop ended the clause cut off.)
    rest = ", ".join(p.rstrip(". ") for p in kept)
    return None if gives_away(rest) else rest
