"""English word families: 'verify', 'verified' and 'Verification' are one word
to a reader, as are 'cache' and 'Cacheable', 'deploy' and 'deployment', 'head'
and 'header'.

A stem that says one of them points at a choice that says another as plainly as
if it said the same word ('Must verify your work' -> *Verification required*).
The plural alone (gloss._lemma) misses that. This is a light suffix stripper,
not a full stemmer: a few derivational endings (-ification, -ation, -ability,
-able, -ity, -ment, -ence/-ent, -ance/-ant, -iety/-ious, -ous, -ion, -ing, -ed,
-er) are taken off once, and the rest
written one way (a closing e dropped, a doubled last letter single, a closing i
as y), so that 'caching', 'cache' and 'cacheable' all read 'cach'. What is left
must keep four letters: 'string', 'need' and 'layer' stay whole words.
"""

from __future__ import annotations

from functools import lru_cache

# Longest first: the first ending that fits is the one taken off. Each ending
# with what it leaves in its place ('verification' -> 'verify').
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ification", "ify"),
    # (-ability is -able made a noun: 'visibility' reads 'visible', and then
    # loses -ible too when a root of four letters is left, 'availability' ->
    # 'available' -> 'avail'.)
    ("abilities", "able"), ("ability", "able"), ("ibilities", "ible"), ("ibility", "ible"),
    ("ivities", "ive"), ("ivity", "ive"),
    # (A noun in -iety and an adjective in -ious say one word: 'anxiety' /
    # 'anxious', 'variety' / 'various', both 'vary'.)
    ("ieties", "y"), ("iety", "y"), ("ious", "y"),
    ("nesses", ""), ("ness", ""),
    ("ations", ""), ("ation", ""),
    ("ments", ""), ("ment", ""),
    # (-ence / -ent and -ance / -ant: 'persistence', 'persistent' and
    # 'persist'; 'dependency' and 'depend'; 'performance' and 'perform'.)
    ("encies", ""), ("ences", ""), ("ency", ""), ("ence", ""), ("ents", ""), ("ent", ""),
    ("ancies", ""), ("ances", ""), ("ancy", ""), ("ance", ""), ("ants", ""), ("ant", ""),
    ("ous", ""),
    ("ables", ""), ("able", ""), ("ible", ""),
    # (After t or s only: 'protective', 'responsive'; 'archive' is no 'arch'.)
    ("tives", "t"), ("tive", "t"), ("sives", "s"), ("sive", "s"),
    ("ions", ""), ("ion", ""),
    ("ities", ""), ("ity", ""),
    ("ings", ""), ("ing", ""),
    ("ers", ""), ("er", ""),
    ("ied", "y"), ("ed", ""),
    ("ate", ""),
)
# Endings that are no suffix there: 'speed', 'peer', 'career'.
_NOT_SUFFIX = ("eed", "eer")
# Letters a family root keeps at least (after the ending is off).
_ROOT_MIN = 4
_VOWELS = frozenset("aeiouy")


def _written_one_way(root: str) -> str:
    if root.endswith("e") and len(root) > _ROOT_MIN:
        root = root[:-1]
    if len(root) > _ROOT_MIN and root[-1] == root[-2] and root[-1] not in _VOWELS \
            and root[-1] not in "sl":
        root = root[:-1]  # 'runn' (running) -> 'run'; 'access', 'install' keep theirs
    if root.endswith("i"):
        root = root[:-1] + "y"  # 'verifi' (verified) -> 'verify'
    return root


def _cut(word: str) -> str:
    """The word without its ending: the longest that leaves a root of four
    letters ('creation' loses -ion, since -ation would leave 'cre')."""
    if word.endswith(_NOT_SUFFIX):
        return word
    for ending, put in _ENDINGS:
        if word.endswith(ending):
            cut = word[: len(word) - len(ending)] + put
            if len(cut) >= _ROOT_MIN:
                return cut
    return word


# Negative prefixes, taken off words whose ending shows them an adjective (or
# its noun) made from another word: 'invisible' is 'visible' denied, and says
# Visibility as plainly; 'unencrypted' says Encryption. Not on other words:
# 'index', 'interface', 'under' have no prefix to lose. The rest must keep
# six letters ('inactive' -> 'active'; 'untied' stays).
_NEGATIVE_PREFIXES = ("non", "un", "in", "im", "il", "ir")
_ADJECTIVE_ENDINGS = ("ible", "able", "ibility", "ability", "ibilities", "abilities",
                      "ive", "ivity", "ness")
_UN_ENDINGS = ("ed",)
_AFTER_PREFIX_MIN = 6


def _without_negation(low: str) -> str:
    for prefix in _NEGATIVE_PREFIXES:
        rest = low[len(prefix):]
        if not low.startswith(prefix) or len(rest) < _AFTER_PREFIX_MIN:
            continue
        endings = _ADJECTIVE_ENDINGS + (_UN_ENDINGS if prefix == "un" else ())
        if rest.endswith(endings) and not rest.startswith("-"):
            return rest
    return low


@lru_cache(maxsize=1 << 14)
def family(word: str) -> str:
    """The root a word shares with the rest of its family ('verification' ->
    'verify', 'Cacheable' -> 'cach'); a word with no ending to take off, or
    too short to lose one, is its own root (lower-cased, a closing e dropped)."""
    low = word.lower()
    if not low.isalpha():
        return low
    # Two endings at most: 'clustered' is 'cluster', then 'clust'.
    return _written_one_way(_cut(_cut(_without_negation(low))))


@lru_cache(maxsize=1 << 14)
def dictionary_form(word: str) -> str:
    """The word without its derivational ending, as written (not made one way):
    'Cacheable' -> 'cache', 'verification' -> 'verify'. For reading a
    transliteration, which needs the word's own letters (캐시 is 'cache')."""
    low = word.lower()
    return _cut(low) if low.isalpha() else low


def same_family(a: str, b: str) -> bool:
    """Whether two different English words are one word in two forms."""
    return a.lower() != b.lower() and family(a) == family(b)
