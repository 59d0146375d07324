"""English names of science built of Greek and Latin parts, and the plain
words that say each part: *hypoxia* is hyp(o)- (too little) and ox (oxygen),
*polymorphism* poly- (many) and morph (form), *tachycardia* tachy- (fast) and
cardi (heart). A clue that says two of a name's parts in plain words ('a
condition where tissues receive too little oxygen') spells the name out: a
reader who knows the parts picks it without having studied it.

The parts come from a short shipped table (data/word_roots.txt): prefixes
open a word, roots open it or follow a prefix (maybe after a joining o or
i), suffixes close it. A name is read as parts only when two of them fit
there, so a word that merely holds the letters ('proxy', 'toxic') is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources

# (Shorter words are rarely built of two parts, and too often hold the letters.)
_MIN_WORD = 5
# A meaning this long is read as a word's start too ('inflam' of inflamed).
_STEM_MEANING = 5
# The letters a root may be joined to a prefix with ('hyp-o-glyc', 'cardi-o').
_JOINERS = ("", "o", "i")

_Parts = tuple[tuple[str, frozenset[str]], ...]


@lru_cache(maxsize=1)
def _table() -> dict[str, _Parts]:
    """kind (prefix, root, suffix) -> (form, meanings) for each form, longest
    form first."""
    text = resources.files("bot.notes").joinpath("data/word_roots.txt").read_text("utf-8")
    out: dict[str, list[tuple[str, frozenset[str]]]] = {"prefix": [], "root": [], "suffix": []}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, forms, meanings = (n.strip() for n in line.split("|"))
        said = frozenset(meanings.split())
        out[kind].extend((form, said) for form in forms.split())
    return {kind: tuple(sorted(parts, key=lambda p: -len(p[0]))) for kind, parts in out.items()}


@lru_cache(maxsize=1 << 12)
def parts(word: str) -> tuple[frozenset[str], ...]:
    """The meanings of each part of an English word, by the reading of it into
    the most parts (two at least), or () when it is no such word."""
    word = word.lower()
    if len(word) < _MIN_WORD or not word.isalpha():
        return ()
    table = _table()
    best: tuple[frozenset[str], ...] = ()
    for prefix, prefix_said in (*table["prefix"], ("", frozenset())):
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        found = [prefix_said] if prefix else []
        for suffix, suffix_said in (*table["suffix"], ("", frozenset())):
            if suffix and not (rest.endswith(suffix) and len(rest) > len(suffix)):
                continue
            middle = rest[:len(rest) - len(suffix)] if suffix else rest
            here = found + ([suffix_said] if suffix else [])
            root = _opening_root(middle, after_prefix=bool(prefix))
            if root is not None:
                here.append(root)
            if len(here) > len(best):
                best = tuple(here)
    return best if len(best) >= 2 else ()


def _opening_root(text: str, *, after_prefix: bool) -> frozenset[str] | None:
    """The meanings of the root `text` opens with (after a joining letter, when
    it follows a prefix), or None."""
    for joiner in _JOINERS if after_prefix else ("",):
        if not text.startswith(joiner):
            continue
        for form, said in _table()["root"]:
            if text[len(joiner):].startswith(form):
                return said
    return None


def _said(meanings: frozenset[str], words: frozenset[str]) -> bool:
    return bool(meanings & words) or any(
        w.startswith(m) for m in meanings if len(m) >= _STEM_MEANING for w in words)


_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1 << 14)
def _named_parts(name: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """The parts of each English word of the name that is built of some."""
    return tuple(p for p in map(parts, _WORD.findall(name)) if p)


def spelled_parts(name: str, text: str, read: Callable[[str], frozenset[str]]) -> bool:
    """Whether the text says two parts or more of an English word of the name;
    `read` gives a text's English senses (gloss.senses: its English words and
    the words the term lists translate), read only for a name built of parts."""
    named = _named_parts(name)
    if not named:
        return False
    words = read(text)
    return any(sum(_said(m, words) for m in meanings) >= 2 for meanings in named)


def parts_spelled_alone(answer: str, stem: str, others: Sequence[str],
                        read: Callable[[str], frozenset[str]], *, name_words: int = 4,
                        stem_words: int = 8) -> bool:
    """Whether the stem spells out the parts of the answer (a name of a few
    words) and not of every other choice, or the answer (a line) those of the
    stem's name (a few words with its breadcrumb) and some other line not."""
    if len(answer.split()) <= name_words and spelled_parts(answer, stem, read) \
            and not all(spelled_parts(o, stem, read) for o in others):
        return True
    if len(stem.split()) > stem_words or not spelled_parts(stem, answer, read):
        return False
    return any(not spelled_parts(stem, o, read) for o in others)
