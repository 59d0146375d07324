"""A Sino-Korean name spelled out syllable by syllable.

Each syllable of a Sino-Korean word is a Han character with a meaning of its
own: 학습성 is 學 (배우다) 習 (익히다) 性, 다형성 is 多 (다양한) 形 (형태) 性. A clue
that says the syllables one after another in words that mean them, native
words ('누구나 쉽게 배우고 익힐 수 있어야 한다') or the common Sino-Korean words
built on the same character ('다양한 형태로 표현'), spells the name out: a reader
picks the name by its letters, without having studied it. The same words in
another order, or far apart, read as a sentence, not the name.

The words of each character come from a short shipped table
(data/hanja_glosses.txt), keyed by the character's Hangul reading: notes write
Hangul, not the characters, so a syllable stands for every character read so.
Any word that merely opens on the syllable is not enough: '가장 상위' says no
가상 (假想), since 가장 is a native word that only sounds so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_TOKEN = re.compile(r"[\uac00-\ud7a3]+|[A-Za-z0-9]+")
# Syllables that close a Sino-Korean noun of a kind or a quality (性 성, 化 화,
# 的 적, 式 식, 型 형, 法 법, 論 론, 度 도, 力 력, 率 률/율, 器/機 기, 者 자, 體 체):
# the word's own meaning is in the syllables before it.
_CLOSING = frozenset("성화적식형법론도력률율기자체")
# A Sino-Korean word this long is spelled syllable by syllable: two at least
# (one syllable is any word's start), four at most (a longer one is a phrase).
_ROOT_MIN, _ROOT_MAX = 2, 4
# The endings and particles a one-syllable native word takes ('보고', '있는',
# '앞에', '길이'): such a word is that syllable and one of these, nothing more
# ('보안' and '가장' are other words).
_ENDINGS = frozenset({
    "", "고", "는", "은", "을", "를", "이", "가", "에", "의", "로", "으로", "다", "기", "게",
    "며", "면", "지", "어", "아", "여", "서", "도", "만", "와", "과", "어서", "아서", "고서",
    "려", "러", "니", "도록", "는다", "던", "든", "자", "께", "에서", "부터", "까지"})

# (Each Hangul syllable -> the same syllable without its final consonant.)
_NO_FINAL = {code: 0xAC00 + (code - 0xAC00) // 28 * 28 for code in range(0xAC00, 0xD7A4)}


def without_finals(text: str) -> str:
    """Each Hangul syllable of `text` without its final consonant (익힐 -> 익히,
    다양한 -> 다야하); other characters as they are. The one table for it:
    gloss's slip skeleton and material's particle test read it too."""
    return text.translate(_NO_FINAL)


def _open(syllable: str) -> str:
    """The syllable without its final consonant (익힐 -> 익히's 히)."""
    return without_finals(syllable)


@lru_cache(maxsize=1)
def _glosses() -> dict[str, tuple[str, ...]]:
    """Hangul reading -> the native words of the characters read so."""
    text = resources.files("bot.notes").joinpath("data/hanja_glosses.txt").read_text("utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _, reading, *words = (n.strip() for n in line.split("|"))
        out.setdefault(reading, []).extend(w for w in words if w and w not in out.get(reading, []))
    return {reading: tuple(words) for reading, words in out.items()}


def _says_gloss(token: str, gloss: str) -> bool:
    """The word of the text is the native word `gloss`: it opens on it, its last
    syllable maybe with a final consonant added (배우 in 배움, 익히 in 익힐); a
    one-syllable gloss only with an ending after it ('보고', not '보안')."""
    if " " in gloss:
        return False  # (a two-word gloss is read on the text, see _positions)
    head, last = gloss[:-1], gloss[-1]
    if not token.startswith(head) or len(token) <= len(head):
        return False
    syllable = token[len(head)]
    if syllable != last and not (_open(syllable) == last and _open(last) == last):
        return False
    if len(gloss) >= 2:
        return True
    return token[1:] in _ENDINGS


# (Remembered: the notes write the same words in many stems.)
@lru_cache(maxsize=1 << 16)
def _shows(token: str, syllable: str) -> bool:
    """Whether a word of the text is a word of a character read as the syllable
    (배우고 for 학, 다양한 for 다)."""
    return bool(_HANGUL.match(token)) and any(
        _says_gloss(token, g) for g in _glosses().get(syllable, ()))


def _roots(name: str) -> tuple[str, ...]:
    """The Sino-Korean words of a name to be spelled: each Hangul word of two to
    four syllables, and without its closing syllable (학습성 -> 학습)."""
    out: list[str] = []
    for word in re.findall(r"[\uac00-\ud7a3]+", name):
        if word[-1] in _CLOSING and _ROOT_MIN <= len(word) - 1 <= _ROOT_MAX:
            out.append(word[:-1])
        if _ROOT_MIN <= len(word) <= _ROOT_MAX:
            out.append(word)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1 << 14)
def spelled_roots(name: str, text: str) -> frozenset[str]:
    """The Sino-Korean words of `name` that `text` spells out syllable by
    syllable: each syllable said by a word of the text, the words in the
    syllables' order, one after another or one word between ('배우고 바로
    익힐'). A word of the text holding the whole root is the name itself, no
    spelling of it."""
    if not (_HANGUL.search(name) and _HANGUL.search(text)):
        return frozenset()
    tokens = _TOKEN.findall(text)
    found: set[str] = set()
    for root in _roots(name):
        if _chained(root, tokens):
            found.add(root)
    return frozenset(found)


# How far the word saying one syllable may stand from the word saying the one
# before it: next to it, or one word between.
_REACH = 2


def _chained(root: str, tokens: list[str]) -> bool:
    """Whether some word of `tokens` says the root's first syllable, and after
    it, near enough, a word the next syllable, and so on to the last. (A word
    holding the whole root says none of it.) Only the words near enough to
    those reached so far are read: most texts say no first syllable."""
    def says(at: int, syllable: str) -> bool:
        return root not in tokens[at] and _shows(tokens[at], syllable)

    reached = [at for at in range(len(tokens)) if says(at, root[0])]
    for syllable in root[1:]:
        if not reached:
            return False
        reached = sorted({at for before in reached
                          for at in range(before + 1, min(before + 1 + _REACH, len(tokens)))
                          if says(at, syllable)})
    return bool(reached)


def spelled_alone(answer: str, stem: str, others: Sequence[str], *, name_words: int = 4,
                  stem_words: int = 8) -> bool:
    """Whether the stem spells out a Sino-Korean word of the answer (a name of
    a few words) that it does not spell of every other choice, or the answer
    (a line) spells out one of the stem's (a name asked, a few words with its
    breadcrumb) that some other line does not."""
    if len(answer.split()) <= name_words and spelled_roots(answer, stem) \
            and not all(spelled_roots(o, stem) for o in others):
        return True
    if len(stem.split()) > stem_words:
        return False
    roots = spelled_roots(stem, answer)
    return any(not all(root in spelled_roots(stem, o) for o in others) for root in roots)
