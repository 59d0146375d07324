"""English clues that give the plain sense of a term word ('the meaning of the
code' for *Semantic*, 'at the same time' for *Concurrent*, 'the same result
however often' for *Idempotent*): read from data/en_senses.txt as one more
sense of the text, the way the Korean-English lists read 의미 as *semantic*."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[a-z]+")


def _spaced(text: str) -> str:
    return " " + " ".join(_WORD.findall(text.lower())) + " "


@lru_cache(maxsize=1)
def _plain_senses() -> tuple[tuple[str, str], ...]:
    """(spaced plain word or phrase, term word) for each line of the list."""
    text = resources.files("bot.notes").joinpath("data/en_senses.txt").read_text("utf-8")
    out: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, *plain = (n.strip().lower() for n in line.split("|"))
        out.extend((_spaced(p), term) for p in plain if p)
    return tuple(out)


# A plain word this long is read in its other forms too: 'declare' is said by
# 'declares', 'declared', 'declaring' and 'declaration' (a verb and the noun
# made of it). Shorter ones are too often another word's start ('mean' is no
# 'meaning', 'name' no 'named' of another sense).
_FORMS_MIN = 5


def _forms(word: str) -> tuple[str, ...]:
    """A plain word and the forms English makes of it: plural and third
    person, past, -ing, and the noun of a verb in -(at)ion."""
    base = word[:-1] if word.endswith("e") else word
    return tuple(dict.fromkeys((
        word, f"{word}s", f"{word}es", f"{base}ed", f"{base}ing",
        f"{base}ation", f"{base}ations", f"{base}ion", f"{base}ions")))


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """`_plain_senses` by the first word of each plain word or phrase (a
    single plain word of `_FORMS_MIN` letters or more by each of its forms)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for plain, term in _plain_senses():
        words = plain.split()
        if len(words) == 1 and len(words[0]) >= _FORMS_MIN:
            for form in _forms(words[0]):
                out.setdefault(form, []).append((f" {form} ", term))
            continue
        out.setdefault(words[0], []).append((plain, term))
    return {first: tuple(entries) for first, entries in out.items()}


@lru_cache(maxsize=1 << 14)
def plain_senses(text: str) -> frozenset[str]:
    """The term words whose plain sense the English text says, as a whole word
    or phrase ('meaning' says semantic; 'meaningless' does not)."""
    spaced = _spaced(text)
    # (A plain phrase the text says opens on a word of the text: only those
    # are looked up, not the whole list for every text.)
    by_first = _by_first_word()
    return frozenset(term for word in set(spaced.split()) for plain, term in by_first.get(word, ())
                     if plain in spaced)
