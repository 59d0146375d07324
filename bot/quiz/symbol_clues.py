"""A symbol in a clue that spells the answer's first sound.

A table of units, prefixes or elements gives each row a symbol ('記号: M',
'기호: T', 'Symbol: p') beside its figures. Asked which row a clue describes,
the symbol is the initial of the answer as it is read: M of メガ (mega), T of
테라 (tera), p of ピコ (pico). A member need only sound the choices out: the one
whose reading opens on the symbol's letter is the answer, whatever the
figures say.

A clue is read as a symbol when its value is one to three Latin letters alone
('記号: M', or a bare 'M'). It gives the answer away when the answer's reading
opens on the symbol and no other choice's does: for a name in Latin letters,
its first letters or its words' initials; for one in katakana or Hangul, the
letters its first sound is romanised with (メ: m, ギ: g but キ: k, 기: g or k,
エ: e), and a longer symbol's letters read on through its consonants (translit).
A name in Han characters has no reading here and is never taken for one. A
symbol two choices open on ('m' for ミリ and マイクロ) tells neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.translit import english_skeleton, hangul_skeleton, katakana_skeleton

# A clue line whose value is a short symbol: 'label: M' or 'M' alone.
_SYMBOL_CLUE = re.compile(r"^(?:[^:：]{1,30}[:：]\s*)?(?P<symbol>[A-Za-z]{1,3})\s*$")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 '’-]*$")
_KATAKANA = re.compile(r"^[\u30a1-\u30fa\u30fc・]+$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3 ]+$")
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")


def symbols(clues: Sequence[str]) -> list[str]:
    """The symbols the clue lines give as their whole value."""
    out = []
    for clue in clues:
        match = _SYMBOL_CLUE.match(clue.strip())
        if match:
            out.append(match.group("symbol"))
    return out


def _opens_on(symbol: str, name: str) -> bool:
    """Whether the name, as read, opens on the symbol's letters."""
    name = _ASIDE.sub("", name).strip()
    if _LATIN_NAME.match(name):
        letters = symbol.casefold()
        initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w).casefold()
        return name.casefold().startswith(letters) or initials.startswith(letters)
    if not (_KATAKANA.match(name) or _HANGUL.match(name)):
        return False
    if symbol[0].casefold() not in _first_letters(name):
        return False
    if len(symbol) == 1:
        return True
    # (A longer symbol, 'da' of デカ, is read on as many sounds: 'SQL' opens
    # no 스키마 though S is its first.)
    reading = katakana_skeleton(name) if _KATAKANA.match(name) \
        else hangul_skeleton(name.replace(" ", ""))
    sounds = english_skeleton(symbol)
    return len(reading) >= len(sounds) and all(
        a & b for a, b in zip(sounds, reading, strict=False))


# The Latin letters each kana's sound opens on in a romanised word (ギ is a g,
# キ a k; ラ行 writes an l as much as an r; a vowel kana its vowel).
_KANA_ROWS = (
    ("アァ", "a"), ("イィ", "i"), ("ウゥ", "uw"), ("エェ", "e"), ("オォ", "o"),
    ("カキクケコ", "kc"), ("ガギグゲゴ", "g"), ("サスセソ", "sc"), ("シ", "sc"),
    ("ザズゼゾ", "z"), ("ジ", "jg"), ("タテト", "t"), ("チ", "ct"), ("ツ", "t"),
    ("ダヂヅデド", "d"), ("ナニヌネノ", "n"), ("ハヒヘホ", "h"), ("フ", "fh"),
    ("バビブベボ", "bv"), ("パピプペポ", "p"), ("ヴ", "v"), ("マミムメモ", "m"),
    ("ヤユヨ", "y"), ("ラリルレロ", "rl"), ("ワヰヱヲ", "w"),
)
_KANA_LETTERS = {kana: letters for row, letters in _KANA_ROWS for kana in row}
# Hangul's first consonants (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) by
# the Latin letters a loanword writes with them; ㅇ opens on a vowel.
_HANGUL_LETTERS = ("gk", "gk", "n", "dt", "dt", "rl", "m", "bpv", "bp", "sc", "s", "",
                   "jgz", "j", "cts", "kc", "t", "pf", "h")
# Hangul's vowels by the English vowels written so (ㅓ and ㅡ stand for any:
# 어바웃 about, 언더 under, 어더 other).
_HANGUL_VOWELS = {0: "a", 1: "ae", 4: "aeiou", 5: "e", 8: "o", 13: "u", 18: "aeiou", 20: "i"}
_SYLLABLE, _PER_VOWEL, _VOWEL_COUNT = 0xAC00, 28, 21
_PER_INITIAL = _PER_VOWEL * _VOWEL_COUNT


def _first_letters(name: str) -> str:
    """The Latin letters a katakana or Hangul name's romanised reading may open on."""
    first = name[0]
    if first in _KANA_LETTERS:
        return _KANA_LETTERS[first]
    code = ord(first) - _SYLLABLE
    if not 0 <= code < _PER_INITIAL * len(_HANGUL_LETTERS):
        return ""
    letters = _HANGUL_LETTERS[code // _PER_INITIAL]
    return letters or _HANGUL_VOWELS.get(code // _PER_VOWEL % _VOWEL_COUNT, "")


def symbol_spells_answer(clues: Sequence[str], right: str, wrong: Sequence[str]) -> bool:
    """Whether a clue's symbol is the answer's initial sound and no other
    choice's (see module doc)."""
    return any(_opens_on(symbol, right) and not any(_opens_on(symbol, w) for w in wrong)
               for symbol in symbols(clues))
