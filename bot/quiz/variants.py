"""Variants of one product family told apart by one qualifier.

'EKS Anywhere : 온프레미스에서 클러스터 운영/배포' and 'EKS Distro : 오픈소스 기반의
클러스터를 생성/운영/배포' are two ways to deploy one product; their definitions
say the same thing (a cluster, run and deployed) and differ by a word or two.
In the real world the variants overlap (Distro and EKS on Outposts run on
premises as well, Anywhere is open source too), so a one-line definition is too
thin a clue to tell one from the other: they are never asked against each other.

Two names are of one family when they share a word other than a vendor's; two
definitions are alike when they share at least two content words, and at least
half of the shorter one's, among them what is done (생성, 운영, 배포, deploy, run):
both variants do the same thing, and a qualifier (where, on what) is all that
is left to tell them apart. Definitions that set the two against each other (one
says the other's 'no': '제어 권한을 사용자가 가짐' / '제어 권한이 없음') are told
apart by that, and a list of parts ('Access, Distribution, and Core layers')
says what each is made of, not what it does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.quiz.text import name_parts, negations

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*[A-Za-z0-9]|[A-Za-z]|[\uac00-\ud7a3]+|\d+")
# A particle or verb ending closing a Korean word (클러스터를, 관리하는, 기반의).
_ENDING = re.compile(r"(?:에서|으로|에게|까지|부터|보다|하는|하여|해서|하고|되는|되고|된|한|할|함"
                     r"|[은는을를의에가와과도이])$")
# Words every definition may say, and a vendor that names no family.
_EMPTY = frozenset({"aws", "amazon", "the", "a", "an", "of", "for", "and", "or", "to", "in",
                    "on", "with", "by", "is", "가능", "사용", "지원", "제공", "기능", "서비스",
                    "경우", "위해", "통해", "있음", "없음", "필요", "적합", "수", "것", "및"})
MIN_SHARED = 2

# What a product variant does, in general IT words: variants of one family
# share these, so they tell nothing apart.
_ACTIONS = frozenset({
    "생성", "운영", "배포", "관리", "실행", "구축", "호스팅", "설치", "프로비저닝", "구동", "운용",
    "create", "creates", "run", "runs", "deploy", "deploys", "manage", "manages", "operate",
    "operates", "host", "hosts", "install", "installs", "provision", "provisions", "launch",
    "launches", "build", "builds"})


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> frozenset[str]:
    """A text's words without their particles, vendors and everyday filler."""
    out = set()
    for token in _TOKEN.findall(text):
        word = token.lower()
        if _HANGUL.match(word):
            if _ENDING.fullmatch(word):
                continue  # a particle written apart from its word ('AWS에서')
            if len(word) >= 3:
                word = _ENDING.sub("", word)
        if len(word) >= 2 and word not in _EMPTY:
            out.add(word)
    return frozenset(out)


def _name_words(name: str) -> frozenset[str]:
    return frozenset().union(*(content_words(p) for p in name_parts(name)))


def one_family(a: str, b: str) -> bool:
    """Two names sharing a word other than a vendor's ('EKS Anywhere', 'Amazon
    EKS Distro')."""
    return bool(_name_words(a) & _name_words(b))


def alike(a: str, b: str, names: frozenset[str] = frozenset()) -> bool:
    """Two definitions that say mostly the same: two content words shared at
    least, and half of the shorter one's (the family's own words aside), what
    is done among them, and no 'not' in one that the other lacks."""
    wa, wb = content_words(a) - names, content_words(b) - names
    shared = wa & wb
    return len(shared) >= MIN_SHARED and 2 * len(shared) >= min(len(wa), len(wb)) \
        and bool(shared & _ACTIONS) and negations(a) == negations(b)


def thin_variants(term: str, definition: str, other_term: str, other_definition: str) -> bool:
    """Two variants of one family whose definitions a one-line clue cannot tell
    apart: neither should be a choice beside the other."""
    if not one_family(term, other_term):
        return False
    return alike(definition, other_definition, _name_words(term) | _name_words(other_term))
