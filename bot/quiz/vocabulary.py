"""What the notes say about each concept, as pieces: the ground for deciding
whether a clue might also fit a distractor, or a "false" statement might in fact
hold for the concept asked about."""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Mapping

from bot.notes.model import Deck
from bot.quiz.text import GlossaryLike, compact, name_parts, pieces, telling


def mentions(deck: Deck, names: Mapping[str, Iterable[str]],
             glossary: GlossaryLike) -> dict[str, tuple[str, ...]]:
    """Concept key -> every line of the deck that names it ("액세스 키: CLI 또는
    SDK ..." speaks about the SDK too)."""
    texts = [f.text for topic in deck.topics() for f in topic.all_facts()]
    # One string with every line, searched with str.find: fast enough to run for
    # every concept on every build.
    starts: list[int] = []
    joined: list[str] = []
    at = 0
    for text in texts:
        starts.append(at)
        flat = compact(text) + "\x00"
        joined.append(flat)
        at += len(flat)
    haystack = "".join(joined)
    too_common = max(5, len(texts) // 20)  # a name on every other line says nothing
    out: dict[str, tuple[str, ...]] = {}
    for key, spellings in names.items():
        found: set[int] = set()
        parts = {compact(p) for n in spellings for p in name_parts(n)}
        parts |= {compact(a) for n in spellings for a in glossary.aliases(n)}
        for part in (p for p in parts if len(p) >= 3):
            hits = _find_all(haystack, part, starts)
            if len(hits) <= too_common:
                found |= hits
        out[key] = tuple(texts[i] for i in sorted(found))
    return out


def vocabulary_of(texts: Iterable[str]) -> frozenset[str]:
    return frozenset().union(*map(pieces, texts))


def fits_index(said: Mapping[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Piece -> concepts whose own notes use it. Only own notes count: a name
    mentioned everywhere ('EC2') would otherwise seem to fit every statement."""
    fits: dict[str, set[str]] = {}
    for key, texts in said.items():
        for piece in {p for t in texts for p in pieces(t)}:
            fits.setdefault(piece, set()).add(key)
    return {p: frozenset(k) for p, k in fits.items()}


def weighted_overlap(text: str, vocabulary: frozenset[str],
                     fits: Mapping[str, frozenset[str]], concepts: int) -> float:
    """Share of the text's meaning found in `vocabulary`, each piece weighted by
    how rare it is among the concepts: sharing '쿠버네티스' says much more than
    sharing '실행'."""
    return share_in(piece_weights(text, fits, concepts), vocabulary)


def share_in(weights: Mapping[str, float], vocabulary: frozenset[str]) -> float:
    """Share of the weighted pieces (`piece_weights`) found in `vocabulary`."""
    if not weights:
        return 1.0
    return (math.fsum(w for p, w in weights.items() if p in vocabulary)
            / math.fsum(weights.values()))


def piece_weights(text: str, fits: Mapping[str, frozenset[str]],
                  concepts: int) -> dict[str, float]:
    """The text's telling pieces, each weighted by how rare it is among the
    concepts' notes (a piece no concept uses weighs the most). In sorted order,
    not the set's (which follows PYTHONHASHSEED): every process reads the
    weights alike. (Their sums use math.fsum, which no order changes: a
    last-bit difference turned a tie in `nearest` the other way.)"""
    return {p: math.log((concepts + 1) / (1 + len(fits.get(p, ())))) + 0.1
            for p in sorted(telling(text))}


def fitting(text: str, fits: Mapping[str, frozenset[str]]) -> set[str]:
    """Concepts whose notes share at least half of the text's telling pieces: a
    statement that fits many concepts is too generic to be called false."""
    own = telling(text)
    if not own:
        return set()
    # (Counted by Counter.update, in C: once per statement read as a false
    # one, over every concept using each piece.)
    counts: Counter[str] = Counter()
    for piece in own:
        counts.update(fits.get(piece, ()))
    return {k for k, n in counts.items() if 2 * n >= len(own)}


def _find_all(haystack: str, needle: str, starts: list[int]) -> set[int]:
    out: set[int] = set()
    at = haystack.find(needle)
    while at != -1:
        out.add(bisect.bisect_right(starts, at) - 1)
        at = haystack.find(needle, at + 1)
    return out
