"""FTS5's bm25 in Python, over the tokens lookup.py hands FTS5.

A lookup asks FTS5 up to four times (all groups, any group, then each side of
an "A vs B"), and each ask computes the inverse document frequency of every
phrase by scanning its whole doclist again: 0.2-0.5 ms per ask on a 5,000-line
vault. Here the per-phrase work (which rows hold it, how often, its IDF) is
done once per phrase and kept, and an ask only adds up terms, so the asks of a
query share their phrases' work.

The scores are FTS5's own, bit for bit: the same formula (k1 = 1.2, b = 0.75,
IDF floored at 1e-6, column weights on the phrase frequency, the row's length
over all columns), the same additions in the same order, the same tie order
(rows by rowid, then a stable sort). That holds while a token is what FTS5's
unicode61 tokenizer makes of it; tokens with a character SQLite was not seen
to keep as is (checked once per character, by SQLite itself) are left to FTS5
(`exact` says so), and tests compare both on many queries.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from operator import itemgetter
from threading import Lock

Phrase = tuple[str, ...]
Row = tuple[int, float]

K1 = 1.2
B = 0.75
_IDF_FLOOR = 1e-6
_TOKEN_MAX = 200  # longer "words" (a pasted blob) are left to FTS5
_PHRASE_CACHE = 8192
_PLACES_BUDGET = 100_000  # occurrences a new phrase may walk (about 30 ms)
_COL_SHIFT = 40  # positions in a column stay under 2**40
_ROW_SHIFT = 42
# Characters unicode61 keeps as they are (lower-case letters and digits of
# scripts without case folding); everything else is asked of SQLite once.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_checked: dict[str, bool] = {}
_checked_lock = Lock()


def _is_hangul_syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _kept_by_fts5(chars: set[str]) -> None:
    """Record, for each character, whether unicode61 makes it a token of its own
    unchanged (not a separator, not folded to another character)."""
    todo = sorted(c for c in chars if c not in _checked)
    if not todo:
        return
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 0')"
        )
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, row)")
        conn.execute("INSERT INTO t(x) VALUES (?)", (" ".join(todo),))
        terms = {str(r[0]) for r in conn.execute("SELECT term FROM v")}
    finally:
        conn.close()
    with _checked_lock:
        for c in todo:
            _checked[c] = c in terms


def plain_tokens(tokens: set[str]) -> bool:
    """True when FTS5 reads every token as one token equal to it."""
    odd: set[str] = set()
    for token in tokens:
        if not token or len(token) > _TOKEN_MAX:
            return False
        odd.update(c for c in token if c not in _PLAIN and not _is_hangul_syllable(c))
    if not odd:
        return True
    _kept_by_fts5(odd)
    return all(_checked[c] for c in odd)


class Scorer:
    """Rows (one list of tokens per column) scored the way FTS5's bm25 scores them."""

    def __init__(self, rows: Sequence[Sequence[Sequence[str]]], weights: Sequence[float]) -> None:
        self._weights = tuple(float(w) for w in weights)
        # token -> where it occurs, each place one int (_at): consecutive tokens
        # of a column have consecutive places, so a phrase is a run of them.
        where: dict[str, list[int]] = defaultdict(list)
        lengths: list[int] = []
        for rowid, cols in enumerate(rows):
            lengths.append(sum(map(len, cols)))
            for c, col in enumerate(cols):
                start = _at(rowid, c, 0)
                for token, place in zip(col, range(start, start + len(col)), strict=True):
                    where[token].append(place)
        self._where = dict(where)
        self._rows = len(rows)
        # (Rows may all be empty, a heading of punctuation over a bare fence:
        # then no phrase scores, and any length stands in for the average.)
        avgdl = (sum(lengths) / self._rows if self._rows else 0.0) or 1.0
        # The part of the denominator that depends on the row only, as FTS5
        # computes it: k1 * (1 - b + b * D / avgdl).
        self._norm = [K1 * (1 - B + B * d / avgdl) for d in lengths]
        self._phrases: dict[Phrase, tuple[float, dict[int, float]]] = {}

    @classmethod
    def exact_for(
        cls, rows: Sequence[Sequence[Sequence[str]]], weights: Sequence[float]
    ) -> Scorer | None:
        """A scorer, or None when some token would not score exactly like FTS5."""
        vocabulary = {t for cols in rows for col in cols for t in col}
        return cls(rows, weights) if plain_tokens(vocabulary) else None

    def exact(self, phrases: Sequence[Phrase]) -> bool:
        """Whether these query phrases score as in FTS5 (tokens of the notes, or
        plain) at a Python cost near FTS5's: a phrase of tokens found a million
        times (one pasted line of one syllable) is left to FTS5's C loops."""
        where = self._where
        for phrase in phrases:
            if phrase not in self._phrases:
                places = sum(len(where.get(t, ())) for t in dict.fromkeys(phrase))
                if places > _PLACES_BUDGET:
                    return False
        unknown = {t for p in phrases for t in p if t not in where}
        return not unknown or plain_tokens(unknown)

    def _phrase(self, phrase: Phrase) -> tuple[float, dict[int, float]]:
        """The phrase's IDF and its weighted frequency in each row that has it."""
        found = self._phrases.get(phrase)
        if found is not None:
            return found
        weights = self._weights
        places = self._where.get(phrase[0], ())
        before: dict[str, set[int]] = {}  # token -> the places just before it
        for token in phrase[1:]:
            if not places:
                break
            following = before.get(token)
            if following is None:
                following = before[token] = {p - 1 for p in self._where.get(token, ())}
            # Keep the places where the phrase goes on with this token.
            places = [p + 1 for p in places if p in following]
        freq: dict[int, float] = {}
        for place in places:
            rowid, column = place >> _ROW_SHIFT, (place >> _COL_SHIFT) & 3
            freq[rowid] = freq.get(rowid, 0.0) + weights[column]
        hits = len(freq)
        idf = math.log((self._rows - hits + 0.5) / (hits + 0.5))
        if idf <= 0.0:
            idf = _IDF_FLOOR
        found = (idf, freq)
        if len(self._phrases) >= _PHRASE_CACHE:
            self._phrases.clear()
        self._phrases[phrase] = found
        return found

    def search(self, groups: Sequence[Sequence[Phrase]], every: bool, limit: int) -> list[Row]:
        """Rows holding any phrase of every group (`every`) or of any group, best
        bm25 first (FTS5's sign: lower is better), at most `limit`."""
        stats = [[self._phrase(p) for p in group] for group in groups]
        if every:
            rows: set[int] = set(
                set().union(*(freq for _, freq in stats[0])) if stats else ()
            )
            for group in stats[1:]:
                rows.intersection_update(set().union(*(freq for _, freq in group)))
        else:
            rows = set().union(*(freq for group in stats for _, freq in group))
        if not rows:
            return []
        norm = self._norm
        score = dict.fromkeys(sorted(rows), 0.0)
        # Phrase by phrase, in the order of the expression: each row adds its
        # terms in the order FTS5 does (a phrase a row lacks adds exactly 0).
        for group in stats:
            for idf, freq in group:
                for rowid, f in freq.items():
                    if rowid in score:
                        score[rowid] += idf * ((f * (K1 + 1.0)) / (f + norm[rowid]))
        # Best first, ties by rowid: descending scores with a stable sort.
        ranked = sorted(score.items(), key=itemgetter(1), reverse=True)[:limit]
        return [(r, -1.0 * s) for r, s in ranked]


def _at(rowid: int, column: int, position: int) -> int:
    """A token's place as one int: row, column (under 4), position in the column."""
    return (rowid << _ROW_SHIFT) | (column << _COL_SHIFT) | position
