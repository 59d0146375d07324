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


@lru_cache(maxsize=1 << 14)
def plain_senses(text: str) -> frozenset[str]:
    """The term words whose plain sense the English text says, as a whole word
    or phrase ('meaning' says semantic; 'meaningless' does not)."""
    spaced = _spaced(text)
    return frozenset(term for plain, term in _plain_senses() if plain in spaced)
