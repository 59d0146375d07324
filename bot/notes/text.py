"""Text -> search tokens, the same way for the index and for queries.

Korean has no spaces inside words and glues particles on (게이트웨이에), and
notes space the same compound both ways (지연시간 / 지연 시간). SQLite's own
tokenizers fail here (unicode61 keeps "게이트웨이에" whole; trigram matches
nothing under three characters), so the text is tokenized here and handed to
FTS5 already split: Korean runs become overlapping 2-syllable pieces, read
across spaces so spacing does not matter; a one-syllable word is also kept
whole; Latin words and numbers stay whole, lower-cased, with a light plural
stem (classes -> class).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CJK = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_TOKEN_RE = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+")
_CJK_RE = re.compile(rf"[{_CJK}]")

# Particles and endings that a query may glue to a noun, longest first.
PARTICLES = tuple(
    sorted(
        (
            "에서는",
            "으로는",
            "에서의",
            "이라는",
            "이란",
            "에서",
            "으로",
            "에게",
            "까지",
            "부터",
            "보다",
            "처럼",
            "하고",
            "이랑",
            "이나",
            "에는",
            "와의",
            "과의",
            "란",
            "은",
            "는",
            "이",
            "가",
            "을",
            "를",
            "에",
            "의",
            "도",
            "로",
            "와",
            "과",
            "만",
            "랑",
            "엔",
            "요",
            "나",
        ),
        key=len,
        reverse=True,
    )
)
_PARTICLE_SET = frozenset(PARTICLES)


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def is_cjk(word: str) -> bool:
    return bool(word) and _CJK_RE.match(word[0]) is not None


def stem(word: str) -> str:
    """A light English plural stem; short words (aws, rds, dns) are kept as is."""
    if len(word) < 5:
        return word
    # Cached for word-sized words only: a pasted line can hold a 1 MB "word".
    return _stem(word) if len(word) <= 64 else _stem.__wrapped__(word)


# Protocol names whose last "s" means secure, not a plural: HTTPS is not "HTTPs".
_SECURE = frozenset({"https", "smtps", "imaps", "ldaps", "sftps"})


@lru_cache(maxsize=1 << 14)
def _stem(word: str) -> str:
    if not word.isascii() or not word.isalpha() or word in _SECURE:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[tuple[str, bool, bool]]:
    """(word, is_cjk, glued_to_previous) for each word of normalized `text`.

    A Korean run glued to a Latin word ("s3에") is marked, so that a query can
    drop it when it is only a particle.
    """
    out: list[tuple[str, bool, bool]] = []
    end = -1
    for m in _TOKEN_RE.finditer(normalize(text)):
        out.append((m.group(), is_cjk(m.group()), m.start() == end))
        end = m.end()
    return out


# A Korean run: Korean words separated only by whitespace, read as one run.
_RUN_RE = re.compile(rf"([{_CJK}]+(?:\s+[{_CJK}]+)*)|([^\W_{_CJK}]+)")


@lru_cache(maxsize=4096)
def _korean(run: str, phrase: bool) -> tuple[str, ...]:
    """Tokens of one Korean run (its words as typed, spaces between them)."""
    group = run.split()
    joined = "".join(group)
    if len(joined) == 1:
        return (joined,)
    pieces = [joined[i : i + 2] for i in range(len(joined) - 1)]
    if phrase or all(len(w) > 1 for w in group):
        return tuple(pieces)
    # One-syllable words are also indexed whole, at their place in the run.
    singles: set[int] = set()
    pos = 0
    for w in group:
        if len(w) == 1:
            singles.add(pos)
        pos += len(w)
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if i in singles:
            out.append(joined[i])
        out.append(piece)
    if len(joined) - 1 in singles:
        out.append(joined[-1])
    return tuple(out)


def tokens(text: str, *, phrase: bool = False) -> list[str]:
    """Index tokens of `text`; with `phrase`, the tokens to match it as a phrase.

    Korean words separated only by spaces are read as one run, so "보안 그룹"
    and "보안그룹" give the same pieces. One-syllable words are also indexed
    whole; a phrase leaves them out so that it matches either spacing.
    """
    out: list[str] = []
    for run, word in _RUN_RE.findall(normalize(text)):
        if run:
            out.extend(_korean(run, phrase))
        else:
            out.append(stem(word))
    return out


def cjk_runs(text: str) -> list[str]:
    """Korean runs of `text` with the spaces inside them removed (for substring tests)."""
    return ["".join(run.split()) for run, _ in _RUN_RE.findall(normalize(text)) if run]


def strip_particle(word: str) -> str | None:
    """`word` without one trailing particle, or None when it has none to lose."""
    for p in PARTICLES:
        if word.endswith(p) and len(word) > len(p):
            return word[: -len(p)]
    return None


def is_particle(word: str) -> bool:
    return word in _PARTICLE_SET
