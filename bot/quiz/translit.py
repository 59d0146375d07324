"""Whether a Hangul word is an English word written in Hangul (레이크 = lake,
리소스 = resource, 오리진 = origin): both are reduced to their consonants, in
classes that Korean loanword spelling keeps apart, and compared.

Vowels are dropped on both sides: loanword vowels vary (레이크/레잌) and English
spelling hides them. Consonants are grouped as Korean hears them: l and r are
one sound (ㄹ), f/v/b/p are ㅂ/ㅍ, a soft c is ㅅ, a soft g or a j is ㅈ, an r after
a vowel is silent (server = 서버). A match needs two consonants for a whole
word and three for a part of a longer one, so short native words rarely match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.quiz.closing_particles import ClosingParticles

Skeleton = tuple[frozenset[str], ...]

_INITIAL = "K K N T T R M P P S S _ J J J K T P H".split()
_FINAL = ["", "K", "K", "K", "N", "N", "N", "T", "R", "K", "M", "P", "S", "T", "P", "R", "M",
          "P", "P", "T", "T", "NG", "J", "J", "K", "T", "P", "H"]
_VOWELS = set("aeiouy")
# Particles and endings that close a Hangul word in running text.
_ENDING = ClosingParticles(
    "으로 에서 에게 까지 부터 하는 하여 해서 된 한 을 를 은 는 이 가 의 에 로 와 과 도".split())
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def _one(*classes: str) -> frozenset[str]:
    return frozenset(classes)


# Marks a vowel between two consonants: the two are then two sounds however
# alike (annotation: the t of -ta- and the t of -tion-, 어노테이션: ㅌ and ㅅ).
_VOWEL_MARK = frozenset({"|"})


def _collapse(items: list[frozenset[str]]) -> Skeleton:
    """One sound written twice is one consonant (ss, 밸런 = ㄹㄹ), unless a vowel
    stands between them."""
    out: list[frozenset[str]] = []
    apart = True
    for item in items:
        if item == _VOWEL_MARK:
            apart = True
            continue
        if out and not apart and (item <= out[-1] or out[-1] <= item):
            out[-1] = item & out[-1]
        else:
            out.append(item)
        apart = False
    return tuple(out)


_NOT_LETTER = re.compile(r"[^a-z]")


@lru_cache(maxsize=1 << 14)
def english_skeleton(word: str) -> Skeleton:
    """The consonant classes a Korean spelling of `word` would keep."""
    w = _NOT_LETTER.sub("", word.lower())
    # A word that opens on a vowel (access, user, web) opens on ㅇ in Hangul: it
    # keeps 액세스 apart from 캐시.
    out: list[frozenset[str]] = [_one("V")] if w[:1] in ("a", "e", "i", "o", "u", "w", "y") \
        else []
    i = 0
    while i < len(w):
        c, rest = w[i], w[i + 1:]
        nxt = rest[:1]
        step = 1
        if c in _VOWELS or c == "w":
            out.append(_VOWEL_MARK)
        elif c == "n" and rest == "g":
            out.append(_one("NG", "N"))  # loading = 로딩: a closing -ng is one sound
            step = 2
        elif w.startswith(("sh", "ch", "th", "ph", "ck", "gh", "qu"), i):
            pair = w[i:i + 2]
            step = 2
            out.append({"sh": _one("S"), "ch": _one("J", "S"), "th": _one("S", "T"),
                        "ph": _one("P"), "ck": _one("K"), "gh": frozenset(),
                        "qu": _one("K")}[pair])
        elif c == "t" and rest.startswith(("io", "ia")):
            out.append(_one("S", "T"))
        elif c == "c":
            out.append(_one("S") if nxt and nxt in "eiy" else _one("K"))
        elif c == "g":
            out.append(_one("K", "J") if nxt and nxt in "eiy" else _one("K"))
        elif c == "n" and nxt and nxt in "kgcq":
            out.append(_one("NG", "N"))
        elif c == "r":
            if nxt and nxt in _VOWELS:
                out.append(_one("R"))
        elif c == "h":
            if i == 0:
                out.append(_one("H"))
        elif c == "x":
            out.extend([_one("K"), _one("S")])
        else:
            out.append(_one({"l": "R", "b": "P", "p": "P", "f": "P", "v": "P", "d": "T",
                             "t": "T", "k": "K", "s": "S", "z": "J", "j": "J", "m": "M",
                             "n": "N"}.get(c, c.upper())))
            if c in "sz":
                out[-1] = _one("S", "J")
        i += step
    return _collapse([s for s in out if s])


# The class of each initial consonant (None for the silent ㅇ) and of each
# final one (None for none), made once: a build reads some 3 600 words and
# slices of words, and making a class for each consonant was a third of it.
_INITIAL_CLASS = tuple(None if c == "_" else _one(c) for c in _INITIAL)
_FINAL_CLASS = tuple(_one(c) if c else None for c in _FINAL)


@lru_cache(maxsize=1 << 14)
def hangul_skeleton(word: str) -> Skeleton:
    out: list[frozenset[str]] = []
    for at, ch in enumerate(word):
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        initial, final = _INITIAL_CLASS[code // 588], _FINAL_CLASS[code % 28]
        if initial is None and at == 0:
            out.append(_OPENING_VOWEL)
        elif initial is not None:
            out.append(initial)
        out.append(_VOWEL_MARK)
        if final is not None:
            out.append(final)
    return _collapse(out)


# Katakana by its consonant, in the classes above (ガ is a g, so K; フ is an f or
# an h; ヴ, バ and パ are all P); a vowel or a y/w kana has none.
_KANA_CONSONANTS = {
    **dict.fromkeys("カキクケコガギグゲゴ", ("K",)), **dict.fromkeys("サシスセソ", ("S",)),
    **dict.fromkeys("ザジズゼゾ", ("S", "J")), **dict.fromkeys("タテトダヂヅデド", ("T",)),
    "チ": ("J", "S", "T"), "ツ": ("T", "S"), **dict.fromkeys("ナニヌネノ", ("N",)),
    **dict.fromkeys("ハヒヘホ", ("H",)), "フ": ("H", "P"),
    **dict.fromkeys("バビブベボパピプペポヴ", ("P",)), **dict.fromkeys("マミムメモ", ("M",)),
    **dict.fromkeys("ラリルレロ", ("R",)),
}
_KANA_SILENT = frozenset("ッー・")


@lru_cache(maxsize=1 << 14)
def katakana_skeleton(word: str) -> Skeleton:
    """The consonant classes of a katakana word (プレゼンター: P R S N T), as
    `hangul_skeleton` reads Hangul: the same English word gives the same."""
    out: list[frozenset[str]] = []
    for at, ch in enumerate(word):
        # (-ング closes a word on an -ng: バインディング is binding.)
        if ch in _KANA_SILENT or (ch == "グ" and word[at - 1:at] == "ン"
                                  and at == len(word.rstrip("ー")) - 1):
            continue
        if ch == "ン":
            out.append(_one("N", "NG"))
            continue
        sound = _KANA_CONSONANTS.get(ch)
        if sound is not None:
            out.append(frozenset(sound))
        elif at == 0:
            out.append(_one("V"))
        out.append(_VOWEL_MARK)
    return _collapse(out)


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")


_OPENING_VOWEL = _one("V")


def _same(a: Skeleton, b: Skeleton) -> bool:
    return len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))


@lru_cache(maxsize=1 << 16)
def written_in_hangul(english: str, text: str) -> bool:
    """Whether `text` spells the English word `english` in Hangul, as a whole word
    (two or more consonants) or inside a longer word (three or more). Acronyms
(NACL, IAM) are read letter by letter in Korean, never as a word."""
    if english.isupper() and len(english) <= 6:
        return False
    # (A text with no Hangul word spells nothing: its English word is not read.)
    if not _stems(text):
        return False
    target = english_skeleton(english)
    consonants = len(target) - (target[:1] == (_OPENING_VOWEL,))
    if consonants < 2 or len(english) < 3:
        return False
    # Inside a longer word too for three consonants or more.
    return any(_same(skeleton, target)
               for skeleton in _text_skeletons(text, len(target), consonants >= 3))


@lru_cache(maxsize=1 << 15)
def _text_skeletons(text: str, length: int, inner: bool) -> tuple[Skeleton, ...]:
    """The skeletons of `length` classes that the Hangul words of the text spell
    whole, and with `inner` the parts of them an English word may be written in:
    at a word's start or end (그룹화, 데이터레이크), or anywhere for four classes
    or more. (Remembered: a text is read for every English word of every
    choice.)"""
    found: dict[Skeleton, None] = {}
    for stem in _stems(text):
        whole = hangul_skeleton(stem)
        if len(stem) >= 2 and len(whole) == length:
            found[whole] = None
        if inner:
            found.update(dict.fromkeys(_inner_skeletons(stem, length)))
    return tuple(found)


@lru_cache(maxsize=1 << 15)
def _inner_skeletons(stem: str, length: int) -> tuple[Skeleton, ...]:
    """The skeletons of `length` consonant classes that the parts of a Hangul
    word an English word may be written in spell (see `written_in_hangul`): at
    its start or end, or anywhere for four classes or more. (Remembered: a word
    is read for every English word of every choice, and many have as many
    classes.)"""
    found: dict[Skeleton, None] = {}
    # A slice spells at most two consonants per syllable and may spell none
    # (이, 아): bounded by the target's length, so a huge word stays linear.
    longest = 2 * length + 2
    # The closing particle is no part of the word here either (카탈로그를:
    # 그를 is no 'crawler').
    for start in range(len(stem)):
        for end in range(start + 2, min(len(stem), start + longest) + 1):
            if not (start == 0 or end == len(stem) or length >= 4):
                continue
            skeleton = hangul_skeleton(stem[start:end])
            # A longer slice spells no fewer consonants: none further fits.
            if len(skeleton) > length:
                break
            if len(skeleton) == length:
                found[skeleton] = None
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def _stems(text: str) -> tuple[str, ...]:
    """The Hangul words of a text without a closing particle or verb ending: not
    part of the word (리소스를, and 있는 is no loanword). (Remembered: a text is
    read for every English word of every choice.)"""
    return tuple(_ENDING.without(word) for word in _HANGUL_WORD.findall(text))


_LONGEST = 30


class Loanwords:
    """English words (the notes' own) indexed by the Hangul a Korean spelling of
    each would have: a Hangul or katakana word is read back to the English words
    it may write (프레젠터, プレゼンター -> presenter; 모델 -> model) without
    comparing it to every word. Whole words only, of two consonants or more, as `written_in_hangul`
    reads them."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self._key = frozenset(words)
        self._hash = hash(self._key)  # (once: the caches hash their keys at every lookup)
        by_shape: dict[tuple[int, str], list[tuple[str, Skeleton]]] = {}
        for word in sorted(words):
            # (No loanword is longer than _LONGEST letters: a run of letters
            # that is, a hash or a pasted blob, is skipped unread.)
            if len(word) < 3 or len(word) > _LONGEST or (word.isupper() and len(word) <= 6):
                continue
            target = english_skeleton(word)
            if not target or len(target) - (_one("V") in target[:1]) < 2:
                continue
            for sound in target[0]:
                by_shape.setdefault((len(target), sound), []).append((word.lower(), target))
        self._by_shape = {k: tuple(v) for k, v in by_shape.items()}
        # And by last sound too, for a Hangul word (its classes one sound each):
        # it is read against the few words that may end as it does.
        by_ends: dict[tuple[int, str, str], list[tuple[str, Skeleton]]] = {}
        for (length, sound), entries in self._by_shape.items():
            for word, target in entries:
                for last in target[-1]:
                    by_ends.setdefault((length, sound, last), []).append((word, target))
        self._by_ends = {k: tuple(v) for k, v in by_ends.items()}
        # (Remembered: a deck's stems repeat the same words many times.)
        self._read: dict[str, tuple[str, ...]] = {}

    # Equal when made of the same words: the giveaway readings remembered per
    # Loanwords (gloss._shown_senses_by, _initials_by, …) depend on the words
    # alone, so a second build of the same notes reads them back instead of
    # reading every stem again (each build makes its own Loanwords).
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Loanwords) and self._key == other._key

    def __hash__(self) -> int:
        return self._hash

    def written(self, piece: str) -> tuple[str, ...]:
        """The English words the Hangul word `piece` (no particle) spells."""
        found = self._read.get(piece)
        if found is None:
            found = self._read[piece] = self._spelled(piece)
        return found

    def _spelled(self, piece: str) -> tuple[str, ...]:
        skeleton = katakana_skeleton(piece) if _KATAKANA.match(piece) else hangul_skeleton(piece)
        if not skeleton:
            return ()
        found: list[str] = []
        if all(len(sounds) == 1 for sounds in skeleton):
            (first,), (last,) = skeleton[0], skeleton[-1]
            for word, target in self._by_ends.get((len(skeleton), first, last), ()):
                if word not in found and _same(skeleton, target):
                    found.append(word)
            return tuple(found)
        for sound in skeleton[0]:
            for word, target in self._by_shape.get((len(skeleton), sound), ()):
                if word not in found and _same(skeleton, target):
                    found.append(word)
        return tuple(found)


_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+")


@lru_cache(maxsize=1 << 14)
def written_in_katakana(english: str, text: str) -> bool:
    """Whether `text` spells the English word `english` in katakana (ゲートウェイ,
    インスタンス), as `written_in_hangul` reads Hangul: a whole katakana run of
    two consonants or more, its start or end for three, anywhere for four."""
    if english.isupper() and len(english) <= 6:
        return False
    target = english_skeleton(english)
    sounds = len(target) - (_one("V") in target[:1])
    if sounds < 2 or len(english) < 3:
        return False
    for run in _KATAKANA_RUN.findall(text):
        if _same(katakana_skeleton(run), target):
            return True
        if sounds < 3:
            continue
        longest = 2 * len(target) + 4
        for start in range(len(run)):
            for end in range(start + 2, min(len(run), start + longest) + 1):
                if not (start == 0 or end == len(run) or sounds >= 4):
                    continue
                skeleton = katakana_skeleton(run[start:end])
                if len(skeleton) > len(target):
                    break
                if _same(skeleton, target):
                    return True
    return False
