"""Meaning echoes: a stem and the answer speaking of one subject in other words.

A stem that says who bears the cost (비용 부담) points at the one choice whose
name is about paying (요청자 지불) though no word is shared and neither
translates the other; so does '파일 시스템' at *FSx* among DataSync and Backup,
or 'Windows' at *Microsoft AD* beside AD Connector. Each line of the table
below is one semantic field of general IT vocabulary, in English and Korean. A
field that the stem and the answer are both in, and no other choice, sets the
answer apart by its subject alone.

English words match by their lemma ('pays' is 'pay'), or as the start of a longer
word when written with a star ('encrypt*' is in 'encryption'); Korean words at
the start or the end of a word (지불할, 초당요금으로), phrases anywhere; an entry
written '=FS' is a piece of an acronym (EFS, NFS, FSx: *file system*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.quiz.gloss import english_words

# field | words, in either language. (Troubleshooting has 'fix' and 'fixing' only:
# a fixed size is steady, not repaired. Verification has no 확인: it is in every
# other Korean line, 상태 확인 a health check.)
_FIELDS = """
cost | cost*, price*, pricing, pay, paid, payer, payment, billing, bill, billed, charge*, \
budget*, saving*, cheap*, expens*, 비용, 요금, 지불, 과금, 청구, 결제, 가격, 예산, 절감, 저렴
encryption | encrypt*, decrypt*, cipher*, crypto*, 암호화, 복호화
security | security, secure*, protect*, guard, shield, defen*, firewall*, threat*, \
attack*, ddos, 보안, 보호, 방어, 방화벽, 위협, 공격, 침입
file | file, filesystem, =FS, 파일
network | network*, bandwidth, 네트워크, 네트워킹, 대역폭
latency | latenc*, delay*, 지연, 레이턴시, 대기 시간
speed | fast, faster, fastest, speed*, accelerat*, quick*, rapid*, boost*, 빠른, 빠르, 빨리, 속도, \
가속, 고속, 신속
global | global*, worldwide, world, 글로벌, 전역, 전 세계, 전세계, 세계
directory | directory, ldap, =AD, 디렉터리, 디렉토리
microsoft | window, microsoft, 윈도우, 윈도, 마이크로소프트
monitoring | monitor*, watch*, metric*, observ*, 모니터링, 모니터, 감시, 지표, 메트릭, 관측
audit | audit*, trail, 감사, 추적
backup | backup, restor*, recover*, snapshot*, 백업, 복원, 복구, 스냅샷
failure | failover, fault*, failure, disaster*, 장애, 재해, 페일오버
transfer | transfer*, migrat*, sync, copy, move, moving, 전송, 이관, 마이그레이션, 동기화, \
복사, 이동
notification | event, notif*, alert*, alarm*, trigger*, 이벤트, 알림, 통지, 경보, \
알람, 트리거
message | messag*, queue*, 메시지, 대기열
growth | grow*, expan*, 성장, 증설, 확장성, 확장 계획
archive | archiv*, preserv*, retention, retain*, 아카이브, 아카이빙, 보존, 보관, 장기
legacy | legacy, old, older, oldest, outdated, obsolete*, 레거시, 구형, 오래된, 구식
pool | pool*, group, groups, collection*, 묶음, 집합
troubleshooting | troubleshoot*, debug*, diagnos*, fix, fixing, 문제 해결, 디버그, 디버깅, 진단
verification | verif*, check*, confirm*, validat*, test*, 검증
requirements | requir*, specification*, spec, 요구 사항, 요구사항, 명세
boundary | boundar*, demarcat*, border*, perimeter*, 경계
claim | claim*, request*
resize | resiz*, expan*, enlarg*, shrink*, 크기 조정
"""

# Korean words that hold a field's word and mean something else: 파일럿
# (pilot) and 프로파일 (profile) are no 파일 (file), 감사합니다 no audit.
_OTHER_WORDS = ("파일럿", "프로파일", "감사합니", "감사드")

_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_PARTICLE = re.compile(
    r"(?:으로|에서|에게|까지|부터|하는|하여|해서|하고|하게|된|한|할|함|을|를|은|는|이|가|의|에|로"
    r"|와|과|도)$")
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}[a-z]?(?![A-Za-z0-9])")


@dataclass(frozen=True, slots=True)
class _Index:
    """The table, indexed for reading a text in one pass: each entry -> its fields."""

    english: dict[str, frozenset[str]]  # whole words
    starts: tuple[tuple[str, frozenset[str]], ...]  # openings of words
    korean: dict[str, frozenset[str]]  # one word each
    phrases: tuple[tuple[str, frozenset[str]], ...]  # several words, spaces removed
    acronym_parts: tuple[tuple[str, frozenset[str]], ...]
    longest: int  # syllables of the longest Korean word


@lru_cache(maxsize=1)
def _index() -> _Index:
    english: dict[str, set[str]] = {}
    starts: dict[str, set[str]] = {}
    korean: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    for line in _FIELDS.strip().splitlines():
        name, _, words = line.partition("|")
        for word in (w.strip() for w in words.split(",") if w.strip()):
            if word.startswith("="):
                table, key = parts, word[1:]
            elif _HANGUL_RUN.search(word):
                table, key = (phrases, word.replace(" ", "")) if " " in word else (korean, word)
            elif word.endswith("*"):
                table, key = starts, word[:-1].lower()
            else:
                table, key = english, word.lower()
            table.setdefault(key, set()).add(name.strip())

    def frozen(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        return {k: frozenset(v) for k, v in table.items()}

    return _Index(english=frozen(english), starts=tuple(frozen(starts).items()),
                  korean=frozen(korean), phrases=tuple(frozen(phrases).items()),
                  acronym_parts=tuple(frozen(parts).items()),
                  longest=max(map(len, korean), default=2))


def _korean_words(run: str, longest: int) -> set[str]:
    """The pieces of a Hangul word that may be a table's word: its openings, and
    the endings of the word without its particle (초당요금으로 -> 요금)."""
    if any(o in run for o in _OTHER_WORDS):
        return set()
    bare = _PARTICLE.sub("", run)
    return {run[:i] for i in range(2, min(len(run), longest) + 1)} \
        | {bare[-i:] for i in range(2, min(len(bare), longest) + 1)}


@lru_cache(maxsize=1 << 14)
def fields_of(text: str) -> frozenset[str]:
    """The semantic fields a text speaks in."""
    index = _index()
    found: set[str] = set()
    for word in english_words(text):
        found |= index.english.get(word, frozenset())
        for start, names in index.starts:
            if word.startswith(start):
                found |= names
    for run in _HANGUL_RUN.findall(text):
        for piece in _korean_words(run, index.longest):
            found |= index.korean.get(piece, frozenset())
    flat = re.sub(r"\s+", "", text)
    for phrase, names in index.phrases:
        if phrase in flat:
            found |= names
    for acronym in _ACRONYM.findall(text):
        for part, names in index.acronym_parts:
            if _at_an_end(acronym, part):
                found |= names
    return frozenset(found)


def _at_an_end(acronym: str, part: str) -> bool:
    # A piece opening or closing the acronym (its closing small letter aside):
    # EFS, FSx, ADFS; RADIUS has no AD.
    letters = acronym.rstrip("abcdefghijklmnopqrstuvwxyz")
    return letters.startswith(part) or letters.endswith(part)


def echoed_fields(answer: str, stem: str, others: Sequence[str]) -> frozenset[str]:
    """Fields of the answer that the stem speaks in and no other choice does."""
    shared = fields_of(answer) & fields_of(stem)
    for other in others:
        shared -= fields_of(other)
    return shared
