"""Distractors nearest the answer in kind.

A sibling pool often holds more candidates than a question needs. Those that
share the clue's telling words ('파일 시스템' beside a file system's clue) are
the answer's own kind: offered, they leave the stem's words pointing at no
choice alone. Those that share none are told apart by domain, without any
knowledge ('Backup' beside a file system). So candidates are taken nearest
first, and a question whose stem keeps a word that only the answer shares
among the choices, while a sibling that shares it was left out, is a giveaway.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from bot.quiz.text import FUNCTION_WORDS, pieces, telling

# A word already shown by a chosen distractor counts this much for the next:
# the next is chosen for what the others leave to the answer alone.
_COVERED = 0.5
# A stem with this share of its meaning in such words gives the answer away.
STRANDED_SHARE = 0.15
_LEADING_LABEL = re.compile(r"^[^:：]{1,20}[:：]\s+")
_WORD = re.compile(r"[\s,.;:!?()\[\]/·]+")
# Words that join a sentence and say nothing of its subject ('… 위한 …',
# '… 대한 …'): sharing them makes no two things alike.
_GRAMMAR = frozenset({"위한", "대한", "관한", "의한", "통한", "따라", "같은", "다른", "모든",
                      "여러", "되는", "하는", "있는", "없는", "the", "and", "for", "with",
                      "of", "to", "in", "on", "by", "or", "is", "are"})


def nearest(weights: Mapping[str, float], domains: Sequence[frozenset[str]], k: int,
            allowed: Callable[[int, list[int]], bool] = lambda _i, _picked: True,
            ) -> list[int]:
    """Indices of up to `k` candidates, each next the one whose own words
    (`domains[i]`) hold most of the clue's weight not yet shown by those picked.
    Ties keep the given order (the caller's ranking): deterministic."""
    weights = {p: w for p, w in weights.items() if p not in _GRAMMAR}
    picked: list[int] = []
    covered: set[str] = set()
    left = list(range(len(domains)))
    while len(picked) < k:
        best: tuple[float, int] | None = None
        for at, i in enumerate(left):
            if not allowed(i, picked):
                continue
            # (fsum: correctly rounded whatever the order, so equal shares tie
            # exactly and the caller's order decides, in every process.)
            score = math.fsum(w if p not in covered else _COVERED * w
                              for p, w in weights.items() if p in domains[i])
            if best is None or score > best[0]:
                best = (score, at)
        if best is None:
            break
        i = left.pop(best[1])
        picked.append(i)
        covered |= domains[i] & weights.keys()
    return picked


def stranded(stem: str, weights: Mapping[str, float], answer: frozenset[str],
             chosen: Sequence[frozenset[str]], left_out: Sequence[frozenset[str]],
             context: str = "") -> float:
    """Share of the stem's meaning (`weights`) in words that the answer's own
    words hold and no chosen distractor's, while a sibling left out holds them:
    they point at the answer alone among the choices though the notes have
    another of its kind. (A word is held when all its telling pieces are:
    '관리' does not hold '관리자'.) A word of the `context` shown above the
    question ('데이터베이스' under the heading '데이터베이스') is every
    choice's domain: it points at none."""
    shown_for_all = pieces(context)
    total = math.fsum(w for p, w in weights.items() if p not in _GRAMMAR)
    if not total:
        return 0.0
    alone: set[str] = set()
    for word in _WORD.split(stem):
        own = telling(word) - _GRAMMAR
        if own and own <= answer and not own <= shown_for_all \
                and not any(own <= c for c in chosen) \
                and any(own <= s for s in left_out):
            alone |= own
    return math.fsum(weights.get(p, 0.0) for p in alone) / total


def held_share(clue: str, weights: Mapping[str, float], line: str) -> float:
    """Share of the clue's meaning (`weights`) in its words that `line` holds
    too, its spaces closed up ('액세스키를 통해 접근' beside '액세스 키: CLI 또는
    SDK를 사용하여 …' holds '액세스키'). Whole words only: a line sharing one
    piece of a long word says nothing alike."""
    held_pieces = _closed_up(line)
    held: set[str] = set()
    for own in _word_pieces(clue):
        if own <= held_pieces:
            held |= own
    total = math.fsum(w for p, w in weights.items() if p not in _GRAMMAR)
    return math.fsum(weights.get(p, 0.0) for p in held) / total if held and total else 0.0


@lru_cache(maxsize=1 << 15)
def words_held(clue: str, line: str) -> float:
    """Share of the clue's content words (each counted once, however rare)
    that `line` writes too, its spaces closed up. Unweighted: a clue most of
    whose words a sibling's line also writes says what that line says, though
    the clue's one rare word is not among them. (Remembered: a clue is read
    against each sibling's lines for each question it may be asked in.)"""
    words = _content_words(clue)
    if not words:
        return 0.0
    held_pieces = _closed_up(line)
    return sum(own <= held_pieces for own in words) / len(words)


def shares_no_piece(clue: str, line: str) -> bool:
    """Whether `line`, its spaces closed up or not, holds no piece of the clue:
    then it holds none of the clue's words (`words_held` is 0: each word's
    pieces are pieces of the clue), and it says the same thing only word for
    word (text.near_duplicate counts shared pieces otherwise)."""
    return pieces(clue).isdisjoint(_closed_up(line))


@lru_cache(maxsize=1 << 14)
def _content_words(clue: str) -> frozenset[frozenset[str]]:
    # (A field label the lines share, 'What it is: …', says nothing alike.)
    clue = _LEADING_LABEL.sub("", clue)
    return frozenset(own for own in _word_pieces(clue) if own - FUNCTION_WORDS)


@lru_cache(maxsize=1 << 14)
def _closed_up(line: str) -> frozenset[str]:
    # (str.split breaks at what a regex's \s matches, three times as fast.)
    return pieces(line) | pieces("".join(line.split()))


@lru_cache(maxsize=1 << 14)
def _word_pieces(text: str) -> tuple[frozenset[str], ...]:
    words = (telling(word) - _GRAMMAR for word in _WORD.split(text))
    return tuple(own for own in words if own)
