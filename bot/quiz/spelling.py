"""Choices show names as the glossary or the notes spell them most, not with a
slip of one place in the notes (Oraganizations, Kinesis Veideo Streams, FIFO
Tocpic). The source passage in the explanation keeps the notes' own text.

A Latin word is a slip when a word one or two edits away (same first letter) is
written at least three times as often in the deck, or when the glossary lists
it as another spelling of a name written almost the same way.
"""

from __future__ import annotations

import gzip
import importlib.util
import os
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from bot.quiz.text import GlossaryLike, name_parts
from bot.quiz.word_family import same_family

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{3,}")
MIN_LEN = 5
OFTEN = 2

# Words every English text writes often: counted among a file's spellings they
# would "correct" a rarer real word one edit away ('Width' -> 'with', 'Form' ->
# 'from'), so they are never what a slip is set right to.
_COMMON = frozenset("""
with what when where which while will would were than then them they their there these
those this that from have into only over such some same more most much very also each
other about after before being both does done down here just like make many must
need next once only same should since still under until upon used uses using your
""".split())


def edits(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (limit + 1) past `limit`.

    Only cells within `limit` of the diagonal are worked out: a path through
    any other costs more than `limit` (the rest count as limit + 1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    over = limit + 1
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [over] * (len(b) + 1)
        if i <= limit:
            current[0] = i
        for j in range(low, high + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (ca != b[j - 1]), over)
        if min(current) > limit:
            return over
        previous = current
    return min(previous[-1], over)


def _allowed(word: str) -> int:
    # Two edits turn many a word into another real one ('congestion' /
    # 'connection', 'Interactive' / 'iterative'): only in long words, where
    # two slips are more likely than a second word.
    return 1 if len(word) < 12 else 2


# English endings: 'times' and 'timer', 'mapped' and 'mapper' are two words of
# one stem, each right where it stands.
_ENDINGS = frozenset(("", "s", "es", "ed", "er", "ers", "ing", "r", "d", "e", "y", "ies",
                      "ly", "al"))
# Word-forming endings: 'Acceleration' and 'Accelerator', 'Replication' and
# 'Replicator', 'Analytic' and 'Analytics' are other words of one root, each a
# name's own (S3 Transfer Acceleration beside Global Accelerator), so never a
# slip of the other however often that one is written. They need a root of
# four letters ('Actor' / 'Action' share only 'act').
_DERIVED = _ENDINGS | frozenset((
    "ion", "ions", "ation", "ations", "ator", "ators", "or", "ors", "ment", "ments",
    "ive", "ives", "ic", "ics", "ical", "ity", "ities", "ance", "ence", "ant", "ent",
    "able", "ible", "ize", "izer", "ise", "ist", "ism", "ness", "ure", "ory", "ary"))
_ROOT = 4


def one_family(a: str, b: str) -> bool:
    """Whether two lower-case words are one stem with two endings: inflected
    ('mapped' / 'mapper') or derived ('acceleration' / 'accelerator',
    'encryption' / 'encrypted')."""
    if same_family(a, b):
        return True
    shortest = min(len(a), len(b))
    shared = next((i for i in range(shortest) if a[i] != b[i]), shortest)
    for stem in range(shared, 2, -1):
        ends = (a[stem:], b[stem:])
        if all(e in _ENDINGS for e in ends) and 0 < len(ends[0]) <= 3:
            return True
        if stem >= _ROOT and all(e in _DERIVED for e in ends):
            return True
    return False


_NON_DIGIT = re.compile(r"\D")


def is_slip(word: str, other: str, allowed: int | None = None) -> bool:
    """Two spellings one or two edits apart that are not a plural, a case change
    or a longer word (Connect / Connector, Organization / Organizations)."""
    a, b = word.lower(), other.lower()
    if b in _COMMON or a in _COMMON:
        return False
    # A slip keeps the case of its first letter: a capitalised name (Width) is
    # no slip of a lower-case word (with), nor the reverse.
    if word[0].isupper() != other[0].isupper():
        return False
    if a == b or a.startswith(b) or b.startswith(a) or a[0] != b[0] or one_family(a, b):
        return False
    if _NON_DIGIT.sub("", a) != _NON_DIGIT.sub("", b):
        return False  # gp2 / gp3, io1 / io2: other names, not slips
    return 0 < edits(a, b) <= (allowed if allowed is not None else _allowed(word))


def spelling_fixes(texts: Iterable[str], glossary: GlossaryLike,
                   headings: Iterable[str] = ()) -> dict[str, str]:
    """Slip -> the spelling to show, for Latin words of the deck (`headings`:
    the titles among the texts)."""
    texts = list(texts)
    counts = Counter(m.group(0) for text in texts for m in _WORD.finditer(text))
    meant = own_initials(counts, headings)
    fixes: dict[str, str] = {}
    words = sorted(counts, key=lambda w: -counts[w])
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0].lower(), []).append(word)
    for word in words:
        if len(word) < MIN_LEN:
            continue
        # The glossary vouches for the pair: a swap of two letters (Ahtena) counts,
        # inside a name of several words too ('Luster' listed under 'FSx for
        # Lustre' is a slip of its last word).
        canonical = glossary.canonical(word) or ""
        vouched = [part for part in canonical.split() if is_slip(word, part, allowed=2)]
        if vouched:
            fixes[word] = vouched[0]
            continue
        if word in meant:
            continue
        for other in by_letter[word[0].lower()]:
            if counts[other] < OFTEN * max(counts[word], 1):
                break
            if is_slip(word, other):
                # Two dictionary words a letter apart are two words ('charges'
                # beside 'changes', 'patch' beside 'path', 'Invert' beside
                # 'Insert'): only a word no dictionary knows is a slip.
                if not is_english_word(word):
                    fixes[word] = other
                break
    for word, fix in {**_capital_slips(counts), **_slips_in_names(texts)}.items():
        if word not in meant:
            fixes.setdefault(word, fix)
    return fixes


# Initials with a lower-case letter or a digit ('DRDoS', 'DDoS', 'IPsec',
# 'IPv6', 'SHA256'): a letter more or less makes another name of such a
# token, not a slip of it (DRDoS, the reflected attack, is no DDoS
# misspelt), however often the other is written.
_INITIALS = re.compile(r"[A-Z]{2}")
_TAIL = re.compile(r"[a-z0-9]")


def own_initials(counts: Mapping[str, int], headings: Iterable[str] = ()) -> frozenset[str]:
    """The initials-shaped tokens the notes mean as written: those written
    twice or more, or in a heading. (Written once in a sentence, one may
    still be a slip of the one the notes write.)"""
    titled = {m.group(0) for heading in headings for m in _TOKEN.finditer(heading)}
    return frozenset(word for word, n in counts.items()
                     if _INITIALS.search(word) and _TAIL.search(word)
                     and (n >= 2 or word in titled))


def _capital_slips(counts: Counter[str]) -> dict[str, str]:
    """A word in capitals ('SERIALIABLE') read against the notes' words in any
    case: a keyword is written 'SERIALIZABLE' in a list and 'Serializable' in a
    sentence, one word counted together. Set right in capitals."""
    folded: Counter[str] = Counter()
    for word, n in counts.items():
        folded[word.lower()] += n
    fixes: dict[str, str] = {}
    for word in counts:
        if len(word) < MIN_LEN or not (word.isupper() and word.isalpha()) \
                or is_english_word(word):
            continue
        lower = word.lower()
        meant = [other for other in folded if other != lower
                 and folded[other] >= OFTEN * folded[lower] and is_slip(lower, other)]
        if len(meant) == 1:
            fixes[word] = meant[0].upper()
    return fixes


# Two Latin words side by side, the second looked ahead at (read overlapping).
_PAIR = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*)\s+(?=([A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9]))")
_NAME_WORD = 4


def _slips_in_names(texts: Iterable[str]) -> dict[str, str]:
    """A word a slip from another written beside the same word ('Mbed Reality'
    and 'Mixed Reality' written twice as often): the shared word says they
    are one name, so two edits count in a word too short to be read alone."""
    pairs = Counter(m.groups() for text in texts for m in _PAIR.finditer(text))
    # (Pairs met by the word they share, first or second: a slip is read only
    # against the pairs it could be one of.)
    by_word: dict[tuple[int, str], list[tuple[str, int]]] = {}
    for (first, second), n in pairs.items():
        by_word.setdefault((1, second), []).append((first, n))
        by_word.setdefault((0, first), []).append((second, n))
    fixes: dict[str, str] = {}
    for written in by_word.values():
        if len(written) < 2:
            continue
        for word, n in written:
            if len(word) < _NAME_WORD or not word.isalpha() or is_english_word(word):
                continue
            for other, m in written:
                if m >= OFTEN * n and other != word and is_slip(word, other, allowed=2):
                    fixes.setdefault(word, other)
    return fixes


@lru_cache(maxsize=1)
def _english() -> list[bytes]:
    """The English word list pyspellchecker ships (JSON: "word": count, one a
    line, lower case, in the order of its words), as its lines. (Read once,
    when a deck first holds a would-be slip: ~25 ms. Loading it into a
    SpellChecker parses all 160 000 entries, ~0.1 s, for the few words a deck
    asks about; a line is found by bisection, ~4 µs.)"""
    return gzip.decompress(_package_data("spellchecker", "resources/en.json.gz")) \
        .lower().split(b"\n")


def _package_data(package: str, resource: str) -> bytes:
    """A data file shipped inside a package, read as pkgutil.get_data reads
    it but without importing the package (pyspellchecker's import, unused
    here, cost more than a tenth of the first build's word-list reading)."""
    spec = importlib.util.find_spec(package)
    get_data = getattr(spec.loader, "get_data", None) if spec is not None else None
    if spec is None or spec.origin is None or get_data is None:
        return b""
    data = get_data(os.path.join(os.path.dirname(spec.origin), *resource.split("/")))
    return data if isinstance(data, bytes) else b""


def english_count(word: str) -> int:
    """How often the word list saw the word (any case); 0 when it does not list it.
    (LISTED_ONLY: a word it lists without having met it.)"""
    if not word.isascii() or not word.isalnum():
        return 0  # (only letters and digits are asked about: a JSON key as is)
    key = f'"{word.lower()}":'.encode()
    lines = _english()
    # The lines after the opening '{' sort as their words do: '"' sorts before
    # every letter, digit and apostrophe, so "a": comes before "a's": and "ab":.
    at = bisect_left(lines, key, 1)
    if at == len(lines) or not lines[at].startswith(key):
        return 0
    count = lines[at][len(key):].strip(b" ,")
    return int(count) if count.isdigit() else 0


# The count the list gives the words it lists without having met them in its
# texts (rare words, old forms, some slips: 'hightest').
LISTED_ONLY = 50


def is_english_word(word: str) -> bool:
    """Whether an English dictionary lists the word (any case)."""
    return english_count(word) > 0


def canonical_parts(name: str, glossary: GlossaryLike) -> str:
    """A name whose parts the glossary lists as slips of its own canonical name
    ('CloudFront Fuction', 'Visiblity Timeout'), written the canonical way."""
    for part in name_parts(name):
        canonical = glossary.canonical(part)
        if canonical and part in name and is_slip(part, canonical, allowed=2):
            name = name.replace(part, canonical)
    return name


# Any Latin word, short ones too: a slip of three letters ('lAM') is set right.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def spelled(text: str, fixes: Mapping[str, str]) -> str:
    if not fixes:
        return text
    return _TOKEN.sub(lambda m: fixes.get(m.group(0), m.group(0)), text)


# A word of capitals with a lower-case 'l' among them ('lAM', 'CLl'): a capital I
# read as an l, as scans and text recognition do. No name is written so. (Two
# capitals at least: 'All' is a word.)
_GARBLED = re.compile(r"(?<![A-Za-z0-9])(?=[A-Z]*l)(?=l*[A-Z]l*[A-Z])[A-Zl]{3,8}(?![A-Za-z0-9])")


def garbled_fixes(texts: Iterable[str], known: Callable[[str], bool]) -> dict[str, str]:
    """Slip -> the name meant, for words garbled an I into an l ('lAM' -> 'IAM')
    whose mended form the texts write themselves or `known` knows (a glossary)."""
    texts = list(texts)
    written = {m.group(0) for text in texts for m in _TOKEN.finditer(text)}
    fixes: dict[str, str] = {}
    for text in texts:
        for match in _GARBLED.finditer(text):
            meant = match.group(0).replace("l", "I")
            if meant in written or known(meant):
                fixes[match.group(0)] = meant
    return fixes


def garbled(text: str) -> bool:
    """Whether a text still holds a word garbled so (one no list could mend)."""
    return bool(_GARBLED.search(text))
