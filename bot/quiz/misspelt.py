"""Words a question shows that English spells otherwise, where the notes never
write them right ('Multileve Queue', 'HRN (Hightest Response-ratio Next)', 'a
preemtive scheduler'): a reader stumbles on them, and spelling.py mends only
what the notes or the glossary spell right elsewhere.

A word is such a slip when the English word list (spelling.english_count)
does not know it, or lists it without having met it, and one slip turns it
into a word the list has met: a letter dropped ('Inteligent'), a letter that
the word already holds typed once more ('Veideo', 'Hightest'), or two letters
swapped ('avaliability'). A letter typed in place of another is no such slip:
names are made so ('Rekognition', 'Percona', 'lookup' beside 'lockup').

The slip is set right when exactly one English word is one edit away (a
letter changed counts too) and spelling.py trusts the pair as a slip;
otherwise the question is dropped ('Multileve' is only the start of
'multilevel', 'Databse' is one letter from 'database' and from 'datable').

Never a slip: words of fewer than six letters (Redis, nginx, Macie), acronyms,
CamelCase names (QuickSight, DynamoDB) and words with digits (boto3); a name
of one word (a heading, a term, a choice: Braket); a word the notes write
three times or more and more than twice as often as the word it would be set
right to; a word of a name the glossary gives; an English word with an ending
(Tiering, gotchas); two English words written as one (Firehose, Frontend).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from string import ascii_lowercase

from bot.quiz.spelling import LISTED_ONLY, english_count, is_slip, one_family
from bot.quiz.text import GlossaryLike

# A word of one case shape, six letters at least, that touches no digit, path,
# address or code sign: not 'boto3', 'etc/nginx', 'index.html', '$HOME' or a
# command's flag ('-uroot'; 'Response-ratio' is read).
_ONE_SHAPE = r"(?:[A-Z][a-z]{5,}|[a-z]{6,})"
_SHOWN_WORD = re.compile(
    rf"(?<![A-Za-z0-9_./@$\\])(?<![^A-Za-z0-9]-)(?<!^-){_ONE_SHAPE}"
    r"(?![A-Za-z0-9_/@$\\]|\.[A-Za-z0-9])")
_WORD_SHAPE = re.compile(_ONE_SHAPE)
_LETTERS = re.compile(r"[A-Za-z]+")
# A word that is a whole heading, or the whole term of a 'term: what it is' line.
_LONE_NAME = re.compile(rf"\s*({_ONE_SHAPE})\s*(?::|$)")

# A word the list lists without having met it is a slip only of a word
# English writes often ('hightest' of 'highest', not 'deprecation' of
# 'depreciation'); a word it does not list, of any word it has met.
_COMMON = 1000
# Written this often in the notes, a word is a name the author means.
_NAME_WRITTEN = 3
# Endings that make another English word of a word ('tier' -> 'tiering',
# 'cache' -> 'caching', 'retry' -> 'retries'), longest first.
_ENDINGS = tuple(sorted((
    "s", "es", "ed", "er", "ers", "ing", "ings", "ion", "ions", "ation", "ations",
    "ly", "ness", "ment", "ments", "able", "ability", "ize", "ized", "izes", "izing",
    "ise", "ised", "ises", "ising", "ity", "al", "ally", "ful", "less", "ship"),
    key=lambda e: -len(e)))
_PART = 3  # the shortest English word of two written as one ('sub' + 'net')


@dataclass(frozen=True, slots=True)
class Slip:
    """A word one slip from English words (`meant`, lower case), and the
    spelling to show, or '' when no single word is meant."""
    meant: tuple[str, ...]
    fix: str


def _met(word: str) -> bool:
    return english_count(word) > LISTED_ONLY


def _with_ending(word: str) -> bool:
    """Whether the word is an English word with an ending ('tiering',
    'caching', 'retries', 'swapper')."""
    for ending in _ENDINGS:
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        roots = [stem, stem + "e"]
        if stem[-1] == stem[-2]:
            roots.append(stem[:-1])  # 'swapper'
        if stem.endswith("i"):
            roots.append(stem[:-1] + "y")  # 'retries'
        if any(english_count(root) for root in roots):
            return True
    return False


def _two_words(word: str) -> bool:
    """Whether the word is two words English writes often, written as one
    ('firehose', 'frontend', 'subnet'; not 'ava' + 'liability')."""
    return any(english_count(word[:cut]) >= _COMMON and english_count(word[cut:]) >= _COMMON
               for cut in range(_PART, len(word) - _PART + 1))


def _british_of(word: str, american: str) -> bool:
    """Whether `word` is the British spelling of `american` (the word list is
    American): 're' for 'er' ('centre', 'fibres'), a doubled l ('marvellous'),
    'ae' or 'oe' for 'e' ('paediatric')."""
    at = next((i for i, (a, b) in enumerate(zip(word, american, strict=False)) if a != b),
              len(american))
    if len(word) == len(american):
        return word[at:at + 2] == "re" and american[at:at + 2] == "er"
    extra, before, after = word[at:at + 1], word[at - 1:at], word[at + 1:at + 2]
    return (extra == "l" and before == "l") or (extra in ("a", "o") and after == "e")


def _slipped(word: str) -> set[str]:
    """The words `word` is one slip from: a letter dropped, a letter the word
    holds typed again, two letters swapped (never the first letter)."""
    dropped = {word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in ascii_lowercase}
    again = {word[:i] + word[i + 1:] for i in range(1, len(word))
             if word[i] in word[:i] + word[i + 1:]}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:]
               for i in range(1, len(word) - 1) if word[i] != word[i + 1]}
    return dropped | again | swapped


def _one_edit(word: str) -> set[str]:
    """Every word one edit from `word` (a letter changed too), first letter kept."""
    changed = {word[:i] + c + word[i + 1:] for i in range(1, len(word))
               for c in ascii_lowercase if c != word[i]}
    again = {word[:i] + word[i + 1:] for i in range(1, len(word))}
    return _slipped(word) | again | changed


@lru_cache(maxsize=4096)
def english_slip(word: str) -> Slip | None:
    """The English words `word` is a slip of, if the word list tells it is one
    (the notes may still write it as a name: see Misspellings)."""
    if not _WORD_SHAPE.fullmatch(word):
        return None
    lower = word.lower()
    count = english_count(lower)
    if count > LISTED_ONLY or _with_ending(lower) or (not count and _two_words(lower)):
        return None
    least = _COMMON if count else LISTED_ONLY + 1
    meant = sorted(w for w in _slipped(lower) if english_count(w) >= least
                   and not one_family(lower, w) and not _british_of(lower, w))
    if not meant:
        return None
    near = [w for w in _one_edit(lower) if _met(w)]
    fix = near[0] if len(near) == 1 else ""
    if fix and word[0].isupper():
        fix = fix.capitalize()
    # Two letters swapped are two edits: spelling.py trusts them when a list
    # vouches for the pair (the glossary there, the word list here).
    swapped = sorted(fix) == sorted(word) and len(fix) == len(word)
    trusted = bool(fix) and is_slip(word, fix, allowed=2 if swapped else None)
    return Slip(meant=tuple(meant), fix=fix if trusted else "")


class Misspellings:
    """The English slips of one deck's questions: `fixes` of the words a
    question shows."""

    def __init__(self, texts: list[str], glossary: GlossaryLike) -> None:
        self._texts = texts
        self._glossary = glossary
        self._read: tuple[Counter[str], set[str]] | None = None
        self._found: dict[str, Slip | None] = {}

    def fixes(self, shown: Iterable[str], lesson: Iterable[str] = ()) -> dict[str, str] | None:
        """Slip -> its fix for the words of `shown`, and of `lesson` (what a
        member reads after answering); None when a shown word is a slip with
        no single fix (the question is not to be shown)."""
        out: dict[str, str] = {}
        shown = list(shown)
        # A choice of one word is the name of a thing, as a heading is.
        lone = {text.strip() for text in shown if _WORD_SHAPE.fullmatch(text.strip())}
        for text in shown:
            for word in _SHOWN_WORD.findall(text):
                slip = None if word in lone else self._slip(word)
                if slip is not None and not slip.fix:
                    return None
                if slip is not None:
                    out[word] = slip.fix
        for text in lesson:
            for word in _SHOWN_WORD.findall(text):
                slip = self._slip(word)
                if slip is not None and slip.fix:
                    out[word] = slip.fix
        return out

    def _slip(self, word: str) -> Slip | None:
        if word not in self._found:
            slip = english_slip(word)
            self._found[word] = None if slip is None or self._named(word, slip) else slip
        return self._found[word]

    def _named(self, word: str, slip: Slip) -> bool:
        """Whether the glossary or the notes use the word as a name: the name
        of a thing all by itself, a heading or a term (a name of one word is
        coined, often by dropping a letter: 'Braket' beside 'bracket'), or a
        word the notes write often, more than twice as often as the word it
        would be set right to ('preemtive' six times beside 'preemptive' three
        times is still a slip)."""
        lower = word.lower()
        if _in_glossary_name(word, self._glossary.canonical):
            return True
        written, lone = self._notes()
        if lower in lone:
            return True
        return written[lower] >= _NAME_WRITTEN \
            and written[lower] > 2 * max(written[w] for w in slip.meant)

    def _notes(self) -> tuple[Counter[str], set[str]]:
        """How often the notes write each word (lower case), and the words
        they write alone as a heading or a term. (Read on the first would-be
        slip only: most decks have none.)"""
        if self._read is None:
            written = Counter(w.lower() for text in self._texts for w in _LETTERS.findall(text))
            lone = {m.group(1).lower() for text in self._texts if (m := _LONE_NAME.match(text))}
            self._read = (written, lone)
        return self._read


def _in_glossary_name(word: str, canonical: Callable[[str], str | None]) -> bool:
    """'Firehose' of 'Kinesis Data Firehose': the glossary names it (an alias
    that is a slip of its name is no name: spelling.py mends it)."""
    name = canonical(word)
    return bool(name) and word.lower() in (w.lower() for w in _LETTERS.findall(name or ""))

