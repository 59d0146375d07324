"""A stem that names the vendor of the one choice made by it.

Choices told apart by their vendor (AWS, Google Cloud, Microsoft Azure, Naver
Cloud; or Amazon EKS, GKE, AKS) are given away by a stem that names the right
one's vendor: by its name ('Amazon VPC CNI' over *AWS*), its own acronym
('GCP'), or a product acronym that the notes or the shipped list spell out
with the vendor's name first ('상품명: GKE(V2)', GKE standing for Google
Kubernetes Engine, over *Google Cloud*). The vendor word is read past
elsewhere (gloss: notes add it to one name and not the next); here it is what
tells the choices apart, so a stem naming it points at the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Each vendor by the words that name it: its names in Latin letters (matched
# as whole words, case aside) and in Hangul, katakana or Chinese (matched
# anywhere), and its own acronym.
_VENDORS: dict[str, tuple[str, ...]] = {
    "amazon": ("amazon", "aws", "아마존", "アマゾン", "亚马逊", "亞馬遜"),
    "google": ("google", "gcp", "구글", "グーグル", "谷歌"),
    "microsoft": ("microsoft", "azure", "마이크로소프트", "애저", "애져", "マイクロソフト",
                  "微软", "微軟"),
    "naver": ("naver", "ncp", "ncloud", "네이버"),
    "nhn": ("nhn",),
    # (Not 'OCI', which is as often the Open Container Initiative.)
    "oracle": ("oracle", "오라클", "オラクル", "甲骨文"),
    "alibaba": ("alibaba", "aliyun", "알리바바", "アリババ", "阿里云", "阿里巴巴"),
    "ibm": ("ibm",),
    "kakao": ("kakao", "카카오"),
    "tencent": ("tencent", "텐센트", "腾讯"),
}
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# An acronym a product is named by: capitals, digits after the first letter.
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,6}(?![a-z])")
_BY_WORD = {word: vendor for vendor, words in _VENDORS.items() for word in words
            if word.isascii()}
_BY_SCRIPT = tuple((word, vendor) for vendor, words in _VENDORS.items() for word in words
                   if not word.isascii())

Expand = Callable[[str], tuple[str, ...]]


def _named(text: str) -> set[str]:
    """Vendors the text names by a word of theirs."""
    found = {_BY_WORD[w.lower()] for w in _LATIN_WORD.findall(text) if w.lower() in _BY_WORD}
    found |= {vendor for word, vendor in _BY_SCRIPT if word in text}
    return found


def vendors(text: str, expand: Expand) -> set[str]:
    """Vendors the text names: by a word of theirs, or by a product acronym
    `expand` spells out with the vendor's name first (GKE -> Google
    Kubernetes Engine)."""
    found = _named(text)
    for short in dict.fromkeys(_ACRONYM.findall(text)):
        for phrase in expand(short):
            first = _LATIN_WORD.match(phrase.strip())
            if first and first.group(0).lower() in _BY_WORD:
                found.add(_BY_WORD[first.group(0).lower()])
    return found


def vendor_shown(stem: str, answer: str, others: Sequence[str], expand: Expand) -> bool:
    """The right choice's vendor, which no other choice has, named by the stem,
    while every choice names a vendor (the choices told apart by it) and the
    stem names no wrong choice's ('EKS vs GKE' points at no one of them)."""
    own = vendors(answer, expand)
    theirs = [vendors(o, expand) for o in others]
    if not own or not all(theirs):
        return False
    wrong = set().union(*theirs)
    named = vendors(stem, expand)
    return bool((own - wrong) & named) and not (wrong - own) & named
