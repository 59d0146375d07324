"""Meaning echoes: a stem and the answer speaking of one subject in other words.

A stem that says who bears the cost (비용 부담) points at the one choice whose
name is about paying (요청자 지불) though no word is shared and neither
translates the other; so does '파일 시스템' at *FSx* among DataSync and Backup,
or 'Windows' at *Microsoft AD* beside AD Connector. Each line of the field
list (bot/notes/data/fields.txt) is one semantic field of general IT
vocabulary, in English and Korean. A field that the stem and the answer are
both in, and no other choice, sets the answer apart by its subject alone.

English words match by their lemma ('pays' is 'pay'), or as the start of a longer
word when written with a star ('encrypt*' is in 'encryption'); Korean words at
the start or the end of a word (지불할, 초당요금으로), phrases anywhere, and so
Chinese and Japanese words (最初, 遅い), as these languages write no spaces (English
ones as written: 'signed in', not 'sign* in', which 'signature in' would be); an entry
written '=FS' is a piece of an acronym (EFS, NFS, FSx: *file system*), and
'@duration' any length of time in seconds to hours ('6-8 minutes', '1~5분').
An acronym also speaks in the fields of what it stands for by the shipped term
lists ('SJF' says *shortest*, as 'Shortest Job First' does); the notes' own
expansions are joined to the names by the callers that know them (concepts'
full names), so the gate reads a question the same during the build and after.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from bot.notes.literals import folded
from bot.quiz.closing_particles import ClosingParticles
from bot.quiz.gloss import english_words, listed_expansions


def _field_lines() -> list[tuple[str, list[str]]]:
    """The shipped field list (data/fields.txt): a field's name and its words."""
    text = resources.files("bot.notes").joinpath("data/fields.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, words = line.partition("|")
        out.append((name.strip(), [w.strip() for w in words.split(",") if w.strip()]))
    return out


# Korean words that hold a field's word and mean something else: 파일럿
# (pilot) and 프로파일 (profile) are no 파일 (file), 감사합니다 no audit.
# 무기한 (without a time limit) is none of 기한's field.
_OTHER_WORDS = ("파일럿", "프로파일", "감사합니", "감사드", "무기한")

_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_PARTICLE = ClosingParticles(
    "으로 에서 에게 까지 부터 하는 하여 해서 하고 하게 된 한 할 함 "
    "을 를 은 는 이 가 의 에 로 와 과 도".split())
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}[a-z]?(?![A-Za-z0-9])")
# A length of time: a number (or a range, '6-8', '1~5') and a unit of seconds to
# hours. Days and longer are retention and billing periods, no time box; 분기 (a
# quarter), 분의 (a fraction: 3분의 1) and 초과 (more than) are no unit.
_DURATION = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?(?:\s*[-~–]\s*\d+(?:\.\d+)?)?\s*"
    r"(?:(?:ms|milliseconds?|secs?|seconds?|mins?|minutes?|hrs?|hours?)(?![A-Za-z])"
    r"|(?:밀리\s*초|초(?!과)|분(?![기의])|시간))")
_DURATION_ENTRY = "@duration"


# A starred opening has three letters at least (the field list's test checks it):
# openings are looked up by them.
_HEAD = 3


@dataclass(frozen=True, slots=True)
class _Index:
    """The table, indexed for reading a text in one pass: each entry -> its fields."""

    english: dict[str, frozenset[str]]  # whole words
    starts: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # openings, by first 3 letters
    korean: dict[str, frozenset[str]]  # one word each
    phrases: tuple[tuple[str, frozenset[str]], ...]  # several words, spaces removed
    # English phrases, lower case, by their first word: (first word, phrase).
    said: tuple[tuple[tuple[str, str], frozenset[str]], ...]
    acronym_parts: tuple[tuple[str, frozenset[str]], ...]
    durations: frozenset[str]  # the fields a length of time is in
    longest: int  # syllables of the longest Korean word


@lru_cache(maxsize=1)
def _index() -> _Index:
    english: dict[str, set[str]] = {}
    starts: dict[str, set[str]] = {}
    korean: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}
    said: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    durations: set[str] = set()
    for name, words in _field_lines():
        for word in words:
            if word == _DURATION_ENTRY:
                durations.add(name)
                continue
            if word.startswith("="):
                table, key = parts, word[1:]
            elif _HANGUL_RUN.search(word):
                table, key = (phrases, word.replace(" ", "")) if " " in word else (korean, word)
            elif not word.isascii():
                # Chinese and Japanese write no spaces: a word is read anywhere.
                table, key = phrases, word
            elif " " in word:
                table, key = said, word.lower()
            elif word.endswith("*"):
                table, key = starts, word[:-1].lower()
            else:
                table, key = english, word.lower()
            table.setdefault(key, set()).add(name)

    def frozen(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        return {k: frozenset(v) for k, v in table.items()}

    by_head: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for start, names in frozen(starts).items():
        by_head.setdefault(start[:_HEAD], []).append((start, names))
    return _Index(english=frozen(english), starts={k: tuple(v) for k, v in by_head.items()},
                  korean=frozen(korean), phrases=tuple(frozen(phrases).items()),
                  said=tuple(((p.split()[0], p), names)
                             for p, names in frozen(said).items()),
                  acronym_parts=tuple(frozen(parts).items()),
                  durations=frozenset(durations), longest=max(map(len, korean), default=2))


# (Each compiled when a text first writes its first word: a pattern of
# case-blind Latin edges costs ~0.5 ms to compile, and most of the list's
# phrases are in no deck. Bounded by the list, so kept all.)
@cache
def _english_phrase(phrase: str) -> re.Pattern[str]:
    """An English phrase of the list ('tear down', 'signed in') as written, its
    words apart by spaces or a hyphen ('set-up')."""
    words = (re.escape(w) for w in phrase.split())
    return re.compile(r"(?<![A-Za-z])" + r"[\s-]+".join(words) + r"(?![A-Za-z])", re.IGNORECASE)


# (Remembered: the notes write the same words in many lines.)
@lru_cache(maxsize=1 << 14)
def _korean_words(run: str, longest: int) -> frozenset[str]:
    """The pieces of a Hangul word that may be a table's word: its openings, and
    the endings of the word without its particle (초당요금으로 -> 요금)."""
    if any(o in run for o in _OTHER_WORDS):
        return frozenset()
    bare = _PARTICLE.without(run)
    return frozenset({run[:i] for i in range(2, min(len(run), longest) + 1)}
                     | {bare[-i:] for i in range(2, min(len(bare), longest) + 1)})


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 14)
def fields_of(text: str) -> frozenset[str]:
    """The semantic fields a text speaks in."""
    index = _index()
    found: set[str] = set()
    for word in english_words(text):
        found |= index.english.get(word, frozenset())
        for start, names in index.starts.get(word[:_HEAD], ()):
            if word.startswith(start):
                found |= names
    low = text.lower()
    folded_text = ""
    for (head, phrase), names in index.said:
        if head not in low:
            continue
        # (Each word of the phrase is in the text, read as re.IGNORECASE reads
        # it, wherever the phrase matches: told first, a pattern for a phrase
        # the text cannot hold is neither compiled nor searched.)
        folded_text = folded_text or folded(text)
        if all(word in folded_text for word in phrase.split()[1:]) \
                and _english_phrase(phrase).search(text):
            found |= names
    # (The table's Korean, Chinese and Japanese words are in no Latin line, a
    # name mostly: not looked up there.)
    if not text.isascii():
        for run in _HANGUL_RUN.findall(text):
            for piece in _korean_words(run, index.longest):
                found |= index.korean.get(piece, frozenset())
        flat = _SPACES.sub("", text)
        for phrase, names in index.phrases:
            if phrase in flat:
                found |= names
    for acronym in _ACRONYM.findall(text):
        for part, names in index.acronym_parts:
            if _at_an_end(acronym, part):
                found |= names
    if index.durations and _DURATION.search(text):
        found |= index.durations
    return frozenset(found)


@lru_cache(maxsize=1 << 14)
def _fields_read(text: str) -> frozenset[str]:
    """The fields of a text with its acronyms read spelled out by the term
    lists (SJF, 'Shortest Job First': *shortest*)."""
    found = fields_of(text)
    for phrase in listed_expansions(text):
        found |= fields_of(phrase)
    return found


def _at_an_end(acronym: str, part: str) -> bool:
    # A piece opening or closing the acronym (its closing small letter aside):
    # EFS, FSx, ADFS; RADIUS has no AD.
    letters = acronym.rstrip("abcdefghijklmnopqrstuvwxyz")
    return letters.startswith(part) or letters.endswith(part)


def echoed_fields(answer: str, stem: str, others: Sequence[str]) -> frozenset[str]:
    """Fields of the answer that the stem speaks in and no other choice does."""
    shared = _fields_read(answer) & _fields_read(stem)
    for other in others:
        if not shared:
            break
        shared -= _fields_read(other)
    return shared
