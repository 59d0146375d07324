"""Which writing systems a text uses, for the checks that can read only some.

The giveaway checks (gloss.py, terms.py, translit.py) know Korean and English.
A clue in Chinese or Japanese beside an answer in Latin letters ('管理持久连接'
for 'Connection', '传输编码' for 'Transfer-Encoding') may translate the answer.
Chinese and Japanese are read only by a short word list (data/zh_ja_en_words.txt)
and katakana spelling: when every English word on one side is a word the list
knows and the other side writes none of its spellings, the pair is read and
the clue translates nothing; otherwise such a question is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from bot.quiz.gloss import NAME_FILLERS, english_words, fillers, spelled_out
from bot.quiz.han import clue_text
from bot.quiz.translit import written_in_katakana
from bot.quiz.word_family import family

# Han ideographs (with extension A and compatibility forms) and both kana.
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def unread_script(text: str) -> bool:
    """Written in Chinese or Japanese: Han or kana, and no Hangul (Korean notes
    that add a word's Hanja stay readable)."""
    return bool(_HAN_OR_KANA.search(text)) and not _HANGUL.search(text)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")


def crosses_unread_language(clue: str, answer: str) -> bool:
    """Clue and answer are not in one language, and one of them is Chinese or
    Japanese: the clue may be the answer translated. A Chinese or Japanese
    answer beside English words in its clue ('Chunked Transfer Encoding，可以…'
    for 分块传输编码, 'Lock' for 共有ロック) may be the answer's own English
    name. Unless the word list reads the pair and finds no translation (see
    `translation_unread`)."""
    if unread_script(clue) != unread_script(answer):
        return translation_unread(clue, answer)
    if not unread_script(answer):
        return False
    own = {w.lower() for w in _LATIN_WORD.findall(answer)}
    if all(w.lower() in own for w in _LATIN_WORD.findall(clue)):
        return False
    return translation_unread(clue, answer)


_HAN_KANA_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=1)
def _word_list() -> dict[str, tuple[str, ...]]:
    """English word (and its family root, see word_family) -> its Chinese and
    Japanese spellings, from data/zh_ja_en_words.txt."""
    text = resources.files("bot.notes").joinpath("data/zh_ja_en_words.txt").read_text("utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, *spellings = (n.strip() for n in line.split("|"))
        for key in {english.lower(), family(english.lower())}:
            out.setdefault(key, []).extend(n for n in spellings if n)
    return {k: tuple(v) for k, v in out.items()}


def _spellings(word: str) -> tuple[str, ...] | None:
    """The Chinese and Japanese spellings the list gives an English word (by the
    word or its family), or None when it does not know the word."""
    listed = _word_list()
    return listed.get(word) or listed.get(family(word))


def _says(cjk: str, word: str) -> bool | None:
    """Whether the Chinese or Japanese text writes the English word (a listed
    spelling, the word in katakana); None when the list cannot tell: the word
    is not in it (an acronym, by the words it stands for)."""
    if re.fullmatch(r"[a-z0-9]+", word) is None:
        return None
    short = [p for p in spelled_out(word.upper()) if " " in p or "-" in p]
    if short:
        answers = [_says(cjk, w) for p in short for w in english_words(p) if w != word]
        if None in answers or not answers:
            return None
        return any(answers)
    return _written(cjk, word)


@lru_cache(maxsize=1 << 14)
def _written(cjk: str, word: str) -> bool | None:
    spellings = _spellings(word)
    if spellings is None:
        return None
    runs = _HAN_KANA_WORDS.findall(cjk)
    return any(s in run for s in spellings for run in runs) or written_in_katakana(word, cjk)


def translation_unread(clue: str, answer: str) -> bool:
    """Whether a clue and its answer, one of them Chinese or Japanese, may say
    one another's English words translated: True unless every English word of
    either that the other does not write is a word the list knows, and the other
    side's Chinese or Japanese writes none of its spellings ('每个节点都大于等于
    左右子节点的值' names no 'Max Heap': neither 最大 nor 堆; 'ブロックストレージ'
    does say *Block Storage*). Korean beside Chinese or Japanese is not read
    (the list has no Korean), nor a side with no English word at all, nor
    figures beside Chinese numerals (十六 for 16)."""
    # (The generator's own words, 'Which of these is true of …', are no clue.)
    clue = clue_text(clue)
    if _HANGUL.search(clue) or _HANGUL.search(answer):
        return True
    clue_words, answer_words = english_words(clue), english_words(answer)
    for text, words, other in ((answer, answer_words - clue_words, clue),
                               (clue, clue_words - answer_words, answer)):
        if not _HAN_KANA_WORDS.search(other):
            continue
        if not _HAN_KANA_WORDS.search(text) and not english_words(text):
            return True
        if _DIGIT.search(text) and _NUMERAL.search(other):
            return True
        if any(_says(other, word) is not False for word in words):
            return True
    return False


def apart_by_signs(clue: str, answer: str, others: Sequence[str]) -> bool:
    """Whether the choices write the same English words and differ only in
    figures and signs ('CPI>1' / 'CPI<1', 'SV>0' / 'SV<0'): a clue that
    translates those words fits every choice alike and points at none, so a
    Chinese or Japanese clue beside them ('予定よりも費用が掛かっていない傾向')
    needs no reading. (Not beside Chinese numerals in the clue, which may say
    the figure: 十六 for 16.)"""
    words = sorted(w.lower() for w in _LATIN_WORD.findall(answer))
    if not words or not others or _NUMERAL.search(clue_text(clue)):
        return False
    for text in (answer, *others):
        if sorted(w.lower() for w in _LATIN_WORD.findall(text)) != words:
            return False
        if any(ch.isalpha() for ch in _LATIN_WORD.sub("", text)):
            return False  # (a letter or a word of its own tells it apart)
    return True


_DIGIT = re.compile(r"[0-9]")
_NUMERAL = re.compile(r"[一二三四五六七八九十百千万两零〇]")


def latin_alone(answer: str, clue: str, others: Sequence[str]) -> bool:
    """A Chinese or Japanese answer holding an English word that its clue, in
    Chinese or Japanese too, does not write and no other choice has ('remove
    的几种情况' beside '删除的节点…'): the clue may be that word translated,
    which nothing here can read."""
    if not (unread_script(answer) and unread_script(clue)):
        return False
    known = {w.lower() for text in (clue, *others) for w in _LATIN_WORD.findall(text)}
    alone = [w for w in _LATIN_WORD.findall(answer) if w.lower() not in known]
    return bool(alone) and translation_unread(clue, " ".join(alone))


_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+")
# A loanword closing a katakana compound needs a word of its own before it
# ('コネクション' + 'プール'): 'ライト' (write) at the end of 'フライト' is no word.
_MIN_HEAD = 3


@lru_cache(maxsize=1)
def _spelling_groups() -> tuple[tuple[str, ...], ...]:
    """Each listed sense's Chinese and Japanese spellings of two characters or
    more (one character, '書' or '読', is inside too many other words)."""
    groups = {tuple(sorted({s for s in spellings if len(s) >= 2 and _HAN_KANA_WORDS.fullmatch(s)}))
              for spellings in _word_list().values()}
    return tuple(g for g in groups if g)


def _writes(text: str, spelling: str) -> bool:
    """The text writes the spelling as a word: Han anywhere (Han compounds run
    words together, '接続待ち'); katakana at the start of a katakana run, or
    closing one after a word of its own."""
    if not _KATAKANA_RUN.fullmatch(spelling):
        return spelling in text
    for run in _KATAKANA_RUN.findall(text):
        if run.startswith(spelling):
            return True
        if run.endswith(spelling) and len(run) - len(spelling) >= _MIN_HEAD:
            return True
    return False


def listed_translation_shown(right: str, stem: str, wrong: Sequence[str]) -> bool:
    """A Japanese or Chinese clue writing a sense of the list (data/
    zh_ja_en_words.txt) that the right choice alone writes too, as the same
    word or as its kanji and its katakana loanword: '接続待ち時間' for
    'コネクションプール' (接続 and コネクション are both *connection*). A reader
    matches the loanword as well as the word."""
    if not (_HAN_KANA_WORDS.search(right) and _HAN_KANA_WORDS.search(stem)):
        return False
    for group in _spelling_groups():
        in_right = [s for s in group if _writes(right, s)]
        in_stem = [s for s in group if _writes(stem, s)] if in_right else []
        # One word, or a kanji word and its katakana loanword. (Two Chinese
        # synonyms, 哈希 and 散列, are another reading, left to han.py.)
        if not any(a == b or bool(_KATAKANA_RUN.fullmatch(a)) != bool(_KATAKANA_RUN.fullmatch(b))
                   for a in in_right for b in in_stem):
            continue
        if not any(_writes(w, s) for w in wrong for s in group):
            return True
    return False


def listed_filler_shown(right: str, stem: str, wrong: Sequence[str]) -> bool:
    """`gloss.filler_alone` with Chinese and Japanese read by the list as well:
    a stem writing '服务' points at *Service Endpoint* beside *Gateway Endpoint*
    as much as one writing 'service' or 서비스 does."""
    def says(text: str, word: str) -> bool:
        return word in fillers(text) or bool(_written(text, word))

    return any(says(right, w) and says(stem, w) and not any(says(o, w) for o in wrong)
               for w in NAME_FILLERS)
