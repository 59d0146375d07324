"""What a question shows for the notes a file holds when no heading names them.

A file without a title heading is named by its file name, and a file name is
often a slug: 'ko-someone2021-virtual-memory', 'os_notes_week3'. A reader
meets that as the question's first line and reads it as noise (a language
code, an owner's handle, words run together with hyphens). So a slug is shown
only as the words it ends on that the notes themselves write, or the shipped
IT terms list ('ko-someone-virtual-memory' -> 'Virtual memory'); the
prefixes an owner or a language adds come first and are no such words. A slug whose
words the notes do not write reads as nothing: no title (the caller then has
no line to show the question under, and does not ask it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import PurePath

from bot.notes.aliases import it_terms
from bot.notes.model import Deck

# Words joined by hyphens or underscores, no spaces: a file's slug.
_SLUG = re.compile(r"[^\W_]+(?:[-_]+[^\W_]+)+")
_SEPARATORS = re.compile(r"[-_]+")
_WORD = re.compile(r"[^\W_]+")
# Fewer trailing words than this read as a fragment of the name, not its subject.
_MIN_WORDS = 2


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The English words of the shipped IT terms ('virtual', 'memory')."""
    return frozenset(w.casefold() for names in it_terms() for name in names
                     if name.isascii() for w in _WORD.findall(name))


def is_slug(name: str) -> bool:
    return _SLUG.fullmatch(name.strip()) is not None


def readable_title(name: str, texts: Iterable[str]) -> str:
    """The name as a reader can be shown it: unchanged when it is no slug; a
    slug as its closing words written in the notes (`texts`) or known IT
    terms, at least two of them or all; else ''."""
    if not is_slug(name):
        return name
    parts = _SEPARATORS.split(name.strip())
    # Each word as the notes spell it ('aws' -> 'AWS'), else as the slug does.
    spelt: dict[str, str] = {}
    for text in texts:
        for w in _WORD.findall(text):
            spelt.setdefault(w.casefold(), w)
    known = _known_words()

    def written(part: str) -> bool:
        # (A slug names its subject in the plural, 'osi-layers', where the
        # notes write the word once: 'the layer', 'Layer 7'.)
        word = part.casefold()
        return any(w in spelt or w in known
                   for w in (word, word[:-1] if len(word) > 3 and word.endswith("s") else word))

    kept = 0
    while kept < len(parts) and written(parts[-1 - kept]):
        kept += 1
    if kept < min(_MIN_WORDS, len(parts)):
        return ""
    shown = [spelt.get(p.casefold(), p) for p in parts[len(parts) - kept:]]
    words = " ".join(shown)
    return words[:1].upper() + words[1:]


def deck_texts(deck: Deck) -> Iterator[str]:
    """What the notes write: their headings and their lines (not a heading
    that is a file's slug: the parser names an untitled opening by it)."""
    for topic in deck.topics():
        yield from (t for t in (topic.section, topic.title) if not is_slug(t))
        for fact in topic.all_facts():
            yield fact.text


def without_file_slug(crumb: str, file: str) -> str:
    """The breadcrumb without a level that is the file's own slug (a file
    opening without a heading has its name as its first section's title)."""
    stem = PurePath(file).stem
    if not is_slug(stem):
        return crumb
    return " > ".join(level for level in crumb.split(" > ") if level.strip() != stem)


def titled_crumb(crumb: str, file: str, deck: Deck) -> str:
    """The breadcrumb with a level that is the file's own slug read as the
    words the notes write (`readable_title`), or left out when they write none
    of them: a table a file opens on without a heading stands under its name."""
    stem = PurePath(file).stem
    if not is_slug(stem) or all(level.strip() != stem for level in crumb.split(" > ")):
        return crumb
    title = readable_title(stem, deck_texts(deck))
    levels = (title if level.strip() == stem else level for level in crumb.split(" > "))
    return " > ".join(dict.fromkeys(level for level in levels if level.strip()))
