"""Text checks the generator leans on: pieces, leaks, near-duplicates, particles.

Korean notes are matched on overlapping 2-syllable pieces rather than words: a
morphological analyser was tried and gave no accuracy over pieces plus the
notes' own names (DESIGN.md), at a large start-up cost.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from bot.quiz.aside_particles import refit
from bot.quiz.closing_particles import ClosingParticles

# The arrows a decision guide leads from a need to its answer by ('“Many VPCs
# need connectivity” → TGW'); the '->' lines the notes parser reads itself
# are left as it read them.
GUIDE_ARROWS = ("→", "⇒", "⟶")


_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
# Chinese and Japanese words run on without spaces: read as overlapping pairs of
# characters too, so that a stem sharing '共有' with the answer '共有ロック' is seen.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*|[0-9]+[A-Za-z][A-Za-z0-9]*")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_PARENS = re.compile(r"\(([^()]*)\)")

# Text helpers below are pure and called many times over the same bullets while
# candidates are compared, so the hot ones are memoised.

# Pieces that say nothing about which choice is meant: every AWS note has them.
_STOP_PIECES = frozenset({"aws", "amazon", "service", "services", "the", "of", "for", "and",
                          "to", "in", "on", "with", "서비", "비스"})

# Markers that flip a statement's meaning (동기식 vs 비동기식, 가능 vs 불가).
_NEGATION = re.compile(
    r"않|없|불가|못|아님|아니|금지|비동기|비활성|비정상|비저장|비정형|비루트|비관리|불필요|미지원"
    r"|(?<![A-Za-z])(?:not|no|non|never|cannot)(?![A-Za-z])|n't|(?<![A-Za-z])X(?![A-Za-z])"
)

# Bullets that lean on the line before them cannot stand alone in a question.
_CONTEXT_START = re.compile(
    r"^(?:따라서|그래서|그러므로|그러나|하지만|또한|또는|또 다른|대신|이를|이것|"
    r"이는|이 |위 |위의|상기 |앞의 |해당 |그 |그외|그 외|반면|즉|예를 들어|예시|예,|예\)|예:|"
    r"그 이후|이후|게다가|결국|그리고|여기서|이렇게|->|=>|→|-|~|"
    # The same openings in Chinese and Japanese (for example, therefore, but,
    # this, that: 例如, 因此, 但是, 这, 例えば, しかし, この, その).
    r"例如|比如|因此|所以|但是|然而|这|那|此外|另外|例えば|たとえば|つまり|しかし|ただし|"
    r"そのため|この|その|また|なお|"
    # Going on from the line before ('그러면 …', 'すると …', 'So …'): what the
    # line follows from is not shown beside it.
    r"그러면|그럼(?![가-힣])|그럼에도|이와\s*같이|이처럼|그렇기|그렇게|그런데|그래도|이로\s|"
    r"이로써|이에\s|이때|そこで|すると|だから|したがって|従って|ゆえに|こうして|そうして|"
    r"于是|於是|然后|然後|因而|"
    r"(?:Thus|Hence|Therefore|However|But|Also|Then|Otherwise|Instead|Furthermore|Moreover|"
    r"In\s+(?:this|that)\s+case|As\s+a\s+result)\b|So(?=[\s,]))"
)
# Pointing back ('이러한 …', 'これは …', 'こういったシステム', '它 …', 'This …'):
# what is pointed at is the line before (blind readers: 'これは深刻なリスクに対する
# 準備不足を招く' fits a sibling too). After its own term ('Predefined Roles:
# These give finer-grained access') it points at the term: read there.
_POINTING_START = re.compile(
    r"^(?:이러한|이런\s|그러한|그런\s|저런\s|그것|저것|"
    r"これ|それ(?!ぞれ)|あれ(?=[はがをもら])|こういう|そういう|こういった|そういった|こうした|"
    r"そうした|它|其中|该|該|"
    r"(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|It|They|Such)\b"
    # A condition on a pronoun ('If it didn't, it sends back a 304', 'When they
    # match, …'): what 'it' is was said on the line before.
    r"|(?:[Ii]f|[Ww]hen|[Uu]nless|[Oo]nce)\s+(?:it|they)\b"
    # A comparison whose subject is not written ('임계값보다 클 경우 영원히 팽창',
    # 'If greater than the threshold, …'): what is greater, the line above said
    # (or the notes never did, and the line sits under a heading it is not about).
    r"|\S+보다\s*(?:클|작을|많을|적을|높을|낮을|길|짧을|크면|작으면|많으면|적으면|높으면|낮으면)"
    r"(?:\s*(?:경우|때))?(?![가-힣])"
    r"|(?:[Ii]f|[Ww]hen)\s+(?:greater|less|more|larger|smaller|higher|lower|longer|shorter)"
    r"\s+than\b"
    # A verb with no subject whose object is a pronoun ('transformed it to
    # political program', 'banned them in public'): both who did it and what
    # 'it' is were said on the line above. ('makes it easy to …', 'find it
    # hard that …': an 'it' that stands for the clause after it.)
    # (A past tense only: 'expose it on the internet' names an option, the
    # 'it' its heading's subject.)
    r"|[A-Za-z]+ed\s+(?:it|them)\b(?!\s+\w+\s+(?:to|that|for)\b))"
)


class GlossaryLike(Protocol):
    """What the generator needs from bot.notes.glossary.Glossary."""

    def aliases(self, term: str) -> frozenset[str]: ...

    def canonical(self, term: str) -> str | None: ...


class NoGlossary:
    """A glossary that knows nothing: every name is only itself."""

    def aliases(self, term: str) -> frozenset[str]:
        return frozenset()

    def canonical(self, term: str) -> str | None:
        return None


_COMPACTED = re.compile(r"[\s\-_/.,]+")
_SQUASHED = re.compile(r"[\s\-_/.,()\[\]:;'\"]+")
_PART_BREAK = re.compile(r"\s*/\s*|\s+-\s+|,\s*")
_PHRASE_BREAK = re.compile(r"[\s\-]")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower case, single spaces, no surrounding punctuation (for equality checks)."""
    # (str.split breaks at what a regex's \s matches, three times as fast; the
    # space it leaves off a line's ends would be stripped anyway.)
    return " ".join(text.lower().split()).strip(" .,:;-")


@lru_cache(maxsize=1 << 16)
def compact(text: str) -> str:
    """`norm` without parentheses or spaces: 'EC2 절전모드 (Hibernate)' -> 'ec2절전모드'."""
    return _COMPACTED.sub("", _PARENS.sub(" ", text).lower())


# A particle closing a word ('센터의', '도커를') would make a piece ('터의') that
# is rare only because it is noise; '이' and '로' stay (게이트웨이, 프로).
_PARTICLE_ENDINGS = ("에서", "으로", "에게", "까지", "부터", "보다", *"은는을를의에가와과도")
_PARTICLE_END = re.compile(f"(?:{'|'.join(_PARTICLE_ENDINGS)})$")
_PARTICLES = ClosingParticles(_PARTICLE_ENDINGS)


def bare_word(word: str) -> str:
    """A word lower-cased, without its closing particle ('이름을' -> '이름',
    'Resource를' -> 'resource')."""
    return (_PARTICLE_END.sub("", word) if len(word) >= 3 else word).lower()


def pairs(run: str) -> Iterator[str]:
    """Each two characters in a row of `run` ('데이터' -> '데이', '이터'). (Joined
    char by char: one of the hottest loops of a build, a third faster than
    slicing.)"""
    return map(operator.add, run, run[1:])


@lru_cache(maxsize=1 << 16)
def pieces(text: str) -> frozenset[str]:
    """Overlapping 2-syllable Hangul pieces (closing particle dropped), pairs of
    Chinese or Japanese characters, plus lower-cased Latin tokens (2+ chars)."""
    out: set[str] = set()
    if not text.isascii():  # (a Latin line, a name mostly, has no such runs)
        for run in _HANGUL_RUN.findall(text):
            run = _PARTICLES.without(run) if len(run) >= 3 else run
            out.update(pairs(run))
        for run in _CJK_RUN.findall(text):
            out.update(pairs(run))
    out.update(t.lower() for t in _LATIN_TOKEN.findall(text) if len(t) >= 2)
    return frozenset(out)


# A comma that separates items, not one inside a figure ('65,534 hosts'):
# a digit, a comma and exactly three digits is a thousands separator.
_ITEM_COMMA = re.compile(r"\s*(?<!\d),\s*|\s*(?<=\d),(?!\d{3}(?!\d))\s*|\s+,\s*")


def list_parts(text: str) -> list[str]:
    """The items of a line listing several things, split at its commas but not
    at the thousands separators of its figures."""
    # (Every separator is a comma: a line without one is not searched.)
    parts = _ITEM_COMMA.split(text) if "," in text else [text]
    return [p.strip() for p in parts if p.strip()]


@lru_cache(maxsize=1 << 16)
def name_parts(name: str) -> tuple[str, ...]:
    """A name and the parts it is written in: 'X (Y)' -> X, Y; 'A/B' -> A, B; 'A - B'."""
    parts = [name]
    inner = _PARENS.findall(name)
    outer = _PARENS.sub(" ", name).strip()
    parts.extend([outer, *inner])
    for piece in list(parts):
        parts.extend(_PART_BREAK.split(piece))
    seen: dict[str, None] = {}
    for part in parts:
        part = part.strip(" .,:;-")
        if len(part) >= 2:
            seen.setdefault(part, None)
    return tuple(seen)


_Item = TypeVar("_Item")


def differing_spans(a: Sequence[_Item], b: Sequence[_Item]
                    ) -> tuple[Sequence[_Item], Sequence[_Item], int]:
    """What two sequences hold between their longest shared start and shared end
    (each side's own span), and how many items those ends share: 'A를 가리키는
    호스트명' / 'B를 가리키는 호스트명' differ in one span each."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return a[head:len(a) - tail], b[head:len(b) - tail], head + tail


@lru_cache(maxsize=1 << 12)
def compact_lines(texts: tuple[str, ...]) -> str:
    """The lines `compact`ed and joined by spaces: what the notes say of one
    concept, to look names up in. (Remembered: asked for each pair of
    concepts.)"""
    return " ".join(compact(t) for t in texts)


@lru_cache(maxsize=1 << 16)
def squash(text: str) -> str:
    """Lower case with no spaces or punctuation: for matching whole phrases."""
    return _SQUASHED.sub("", text.lower())


def _aliases(name: str, glossary: GlossaryLike) -> set[str]:
    out: set[str] = set()
    for part in name_parts(name):
        out.update(glossary.aliases(part))
        out.add(glossary.canonical(part) or "")
    return {a for a in out if a}


def _is_phrase(alias: str) -> bool:
    return bool(_PHRASE_BREAK.search(alias.strip()))


def name_pieces(name: str, glossary: GlossaryLike) -> frozenset[str]:
    """Pieces that would give `name` away: its parts' pieces and those of its one-word
    aliases (오로라/Aurora, 람다/Lambda). Multi-word aliases count as whole phrases."""
    out: set[str] = set()
    for part in name_parts(name):
        out.update(pieces(part))
    for alias in _aliases(name, glossary):
        if not _is_phrase(alias):
            out.update(pieces(alias))
    return frozenset(out - _STOP_PIECES)


def name_phrases(name: str, glossary: GlossaryLike) -> frozenset[str]:
    """Multi-word aliases ('시계열 예측', 'text to speech'): a leak when written whole."""
    return frozenset(squash(a) for a in _aliases(name, glossary)
                     if _is_phrase(a) and len(squash(a)) >= 3)


def phrase_leaked(phrases: frozenset[str], stem: str) -> bool:
    flat = squash(stem)
    return any(p in flat for p in phrases)


_ASIDE = re.compile(r"\s*\([^()]*\)")


# A formula in TeX ('$(A-\\lambda I)\\vec{x}=0$', '$$f(x)$$'), read as pandoc
# does: '$' opens before a non-space and closes after one, not before a digit
# ('$5 (x) and $10' is two prices, no formula).
_MATH_SPAN = re.compile(r"\$\$[^$\n]+?\$\$|(?<![\\$])\$(?=\S)[^$\n]*?(?<=[^\s\\])\$(?![\d$])")
# What a formula stands as while asides are taken out: a private-use character.
_MATH_HOLD = 0xE000
_MATH_HOLDS = 256


@lru_cache(maxsize=1 << 16)
def without_asides(text: str) -> str:
    """The text without parenthesised asides (where aliases like '(TTS)' hide).
    A Korean particle the aside took ('오류항(v)는') is fitted to the word left
    before it ('오류항은'; aside_particles). Brackets inside a formula are the
    formula's own: '$(A-\\lambda I)\\vec{x}=0$' is kept whole, never cut to
    '$\\vec{x}=0$', which says another thing."""
    if "$" in text and "(" in text:
        formulas = _MATH_SPAN.findall(text)
        if formulas and len(formulas) <= _MATH_HOLDS:
            # (Each formula its own mark: one inside an aside goes with it.)
            marks = iter(range(len(formulas)))
            out = without_asides(_MATH_SPAN.sub(lambda _: chr(_MATH_HOLD + next(marks)), text))
            for at, formula in enumerate(formulas):
                out = out.replace(chr(_MATH_HOLD + at), formula)
            return out
    pieces = _ASIDE.split(text)
    out = pieces[0]
    for piece in pieces[1:]:
        out += refit(out, piece)
    return out.strip()


def leaked(answer_pieces: frozenset[str], stem: str, others: Iterable[frozenset[str]]) -> bool:
    """True when a piece of the answer stands in the stem and not every other choice has it."""
    shown = answer_pieces & pieces(stem)
    if not shown:
        return False
    return any(not shown <= other for other in others)


# Pieces so common in notes that sharing them says nothing about meaning.
_GENERIC = frozenset({
    "가능", "사용", "지원", "제공", "기능", "서비", "비스", "경우", "위해", "통해",
    "있음", "없음", "필요", "적합", "데이", "이터", "하는", "있는", "에서", "으로",
    "하여", "aws", "amazon",
})


@lru_cache(maxsize=1 << 16)
def telling(text: str) -> frozenset[str]:
    """The pieces of a text that carry meaning (not '가능', '데이터', 'AWS')."""
    return pieces(text) - _GENERIC


def overlap(text: str, vocabulary: frozenset[str]) -> float:
    """Share of the text's telling pieces that also occur in `vocabulary`."""
    own = telling(text)
    return len(own & vocabulary) / len(own) if own else 1.0


@lru_cache(maxsize=1 << 16)
def numbers(text: str) -> tuple[str, ...]:
    return tuple(sorted(n.replace(",", "") for n in _NUMBER.findall(text)))


@lru_cache(maxsize=1 << 16)
def negations(text: str) -> tuple[str, ...]:
    """Which negation markers the text uses (not how often: '중단 없는 … 예측할 수
    없을 때' is no more negative than '중단 없는')."""
    return tuple(sorted(set(_NEGATION.findall(text))))


@lru_cache(maxsize=1 << 16)
def near_duplicate(a: str, b: str) -> bool:
    """Whether two statements say the same thing. Different numbers or negations make
    them different statements however many pieces they share (99.9% vs 99.99%)."""
    if norm(a) == norm(b):
        return True
    if numbers(a) != numbers(b) or negations(a) != negations(b):
        return False
    pa, pb = pieces(a), pieces(b)
    if not pa or not pb:
        return False
    shared = len(pa & pb)
    return shared / len(pa | pb) >= 0.5 or shared / min(len(pa), len(pb)) >= 0.8


# English words that carry no subject matter: two sentences sharing them share nothing.
FUNCTION_WORDS = frozenset("""
a an the of to in on at by for from with without into onto over under and or but if
then than as is are was were be been being it its this that these those there their
will would can could should may might must do does did not no so such only also even
""".split())


# '코드 작성 없이', '크기와 관계없이': 'without', a manner of doing, which denies
# nothing of what the line claims.
_WITHOUT = re.compile(r"없이")


def _claim_negations(text: str) -> tuple[str, ...]:
    return negations(_WITHOUT.sub(" ", text))


@lru_cache(maxsize=1 << 16)
def matter(text: str) -> frozenset[str]:
    """The telling pieces of a text without English function words. (Remembered:
    each line is compared with every other.)"""
    return telling(text) - FUNCTION_WORDS


def contradicts(a: str, b: str) -> bool:
    """Same subject matter, different numbers or negation: a clean false statement."""
    pa, pb = matter(a), matter(b)
    # (Most pairs a build reads share no piece at all: told at once.)
    if pa.isdisjoint(pb) or min(len(pa), len(pb)) < 3 \
            or len(pa & pb) / min(len(pa), len(pb)) < 0.6:
        return False
    na, nb = numbers(a), numbers(b)
    # A figure against no figure is not a clash ("72% 할인" vs "할인"); two
    # different figures, or a negation on one side only, are.
    if na and nb and na != nb:
        return True
    if _claim_negations(a) == _claim_negations(b):
        return False
    # In English a negation is a clash only between two lines saying nearly the
    # same thing: a long sentence with a 'not' somewhere shares words with many
    # true lines. (Korean notes write short lines; their pieces are matched as is.)
    if script_class(a) == "latin" and script_class(b) == "latin":
        return len(pa & pb) / max(len(pa), len(pb)) >= 0.4
    return True


def leans_on_context(text: str, *, after_term: bool = False) -> bool:
    """A line opening on a connective or a pointer back (`after_term`: a
    definition written after its term, whose pointer is that term)."""
    text = text.strip()
    return bool(_CONTEXT_START.match(text)) \
        or (not after_term and _POINTING_START.match(text) is not None)


# Words that point back at an earlier line ('Server then sends …', '그 후 서버가
# …'): the line reads only after the one before it, so alone (a clue, or a step
# shuffled among the choices) it dangles, and in an order question it tells its
# place. ('If the window is full then …' is a condition, not a step.)
_REFERS_BACK = re.compile(
    r"\b(?:then|afterwards?|thereafter)\b|\bafter\s+(?:that|this)\b|"
    r"그\s*(?:후|다음|뒤|이후)(?:에는|에|로)?(?![가-힣])|그런\s*다음|이어서|다음으로"
)
# A thing named by pointing ('Server receives this segment', '서버는 이 세그먼트를
# 받고'), as a line opens: later in a line the pointing is to its own words
# ('… 두 번 수행할 때 그 사이에', '엔드포인트를 생성하고 … 해당 엔드포인트에').
_POINTING = re.compile(
    r"\b(?:this|these|those|such)\s+[A-Za-z]|\bthe\s+(?:above|previous|former|latter)\b|"
    r"(?:^|\s)(?:이|그|저|해당|위의?|앞의?)\s+[\uac00-\ud7a3A-Za-z]"
)
_OPENING_WORDS = 3
_CONDITION = re.compile(r"\b(?:if|when|once)\b", re.IGNORECASE)


def without_marks(text: str) -> str:
    """A line without the decorative marks it opens with ('⭐️⭐️⭐️ gp2/gp3는 …',
    '★ 중요', '🔥 Hot path'): emphasis for the author, noise in a choice."""
    text = text.strip()
    at = 0
    while at < len(text) and (unicodedata.category(text[at]) in ("So", "Sk", "Cf", "Mn")
                              or text[at].isspace()):
        at += 1
    rest = text[at:]
    return rest if rest else text


# 'a similar example', '비슷한 예시가 있다': likeness to something the line does
# not name, so to the line above ('A와 비슷한 예', 'similar to A' name it).
_SIMILAR = re.compile(
    r"(?:^|(?<=\s))(?:비슷한|유사한)\s*(?:예시|예제|예|사례|경우|방식|개념|구조|원리)|"
    r"\bsimilar\s+(?:example|case|idea|concept|pattern|approach|thing)s?\b(?!\s+(?:to|as)\b)",
    re.IGNORECASE)
# The word before '비슷한' that names what is alike ('A와', 'B과', '이것처럼').
_LIKENED = re.compile(r"(?:와|과|랑|하고|처럼)\s*$")


def _likens_to_nothing(text: str) -> bool:
    for match in _SIMILAR.finditer(text):
        if not _LIKENED.search(text[: match.start()]):
            return True
    return False


def refers_back(text: str) -> bool:
    """A line that leans on the line before it (see above)."""
    if _likens_to_nothing(text):
        return True
    back = _REFERS_BACK.search(text)
    if back is not None and not (back.group(0).lower() == "then"
                                 and _CONDITION.search(text[:back.start()])):
        return True
    opening = " ".join(text.split()[:_OPENING_WORDS + 1])
    return bool(_POINTING.search(opening)) or _points_past_itself(text)


# A statement closed by a bare tag after a colon ('… 실행환경을 초기화 : 콜드스타트'):
# the tag names what the line is filed under (or avoids), and read as part of
# the clue it says the opposite. A figure after the colon is the fact itself
# ('최대 함수 실행 수 : 1000건'), and a short key before it is a label, not a
# statement ('기본 포트 : HTTPS').
_TRAILING_TAG = re.compile(r"^(?P<said>\S+(?:\s+\S+){3,}?)\s+[:：]\s*(?P<tag>[^\s\d:：]{2,12})\s*$")


def ends_on_tag(text: str) -> bool:
    """A statement of four words or more closed by one bare word after a colon."""
    return _TRAILING_TAG.match(text.strip()) is not None


# A colon set apart by spaces: the notes' 'key : value'.
_SPACED_COLON = re.compile(r"\s[:：]\s")


def runs_labels_together(text: str) -> bool:
    """Two labels run into one line ('보안 개선 : 데이터 베이스 성능 유지 : 매번 새
    연결을 열 필요 없음'): the first label has no words of its own, and what
    follows speaks of the second, so shown as one clue it reads as noise."""
    return len(_SPACED_COLON.findall(text)) >= 2


# 'this information', 'these settings' later in an English line.
_POINTING_LATER = re.compile(r"\b(?:this|these|those)\s+([A-Za-z][\w-]*)", re.IGNORECASE)


def _points_past_itself(text: str) -> bool:
    """'You can use this information to revise …', 'Create a claim using this
    class': a thing named by pointing that the line has not named before it,
    so the pointing is to a line above. ('Takes a snapshot and copies this
    snapshot …' points at its own words.)"""
    for match in _POINTING_LATER.finditer(text):
        noun = match.group(1).lower()
        if noun[: max(4, len(noun) - 2)] not in text[: match.start()].lower():
            return True
    return False


_PARTICLE_AFTER = re.compile(r"^(은|는|이|가|을|를|과|와|으로|로)(?=[\s,.)!?]|$)")
_DUAL = {"은": "은(는)", "는": "은(는)", "이": "이(가)", "가": "이(가)", "을": "을(를)",
         "를": "을(를)", "과": "와(과)", "와": "와(과)", "으로": "(으)로", "로": "(으)로"}


def fix_particle_after_blank(rest: str) -> str:
    """The text after a blank: a particle chosen for the hidden word becomes 은(는) etc.,
    since the choices end in different sounds."""
    match = _PARTICLE_AFTER.match(rest)
    if match is None:
        return rest
    return _DUAL[match.group(1)] + rest[match.end() :]


@lru_cache(maxsize=1 << 16)
def script_class(text: str) -> str:
    """'latin', 'hangul' or 'cjk': choices of one question are written in one script."""
    hangul = sum(len(r) for r in _HANGUL_RUN.findall(text))
    latin = sum(len(t) for t in _LATIN_TOKEN.findall(text))
    # A Chinese character says as much as a Latin word's few letters.
    cjk = 3 * sum(len(r) for r in _CJK_RUN.findall(text))
    if cjk > max(hangul, latin):
        return "cjk"
    return "hangul" if hangul > latin else "latin"


_VENDOR = re.compile(r"^(?:AWS|Amazon|Google Cloud|Google|Azure|Microsoft)\s+(?=\S)", re.IGNORECASE)
# The same vendor word inside a name ('클라우드 Amazon EKS'), before a proper name.
_INNER_VENDOR = re.compile(r"(?<=\S)\s+(?:AWS|Amazon)\s+(?=[A-Z])")
_VENDOR_BEFORE_NAME = re.compile(_VENDOR.pattern + r"(?=[A-Z])", re.IGNORECASE)


def without_vendor(name: str) -> str:
    """The name without the vendor word before a proper name ('Amazon FSx' ->
    'FSx'; 'AWS 관리형 키' stays: cut, it is another kind of key)."""
    return _VENDOR_BEFORE_NAME.sub("", name.strip())


def even_names(correct: str, wrong: Sequence[str]) -> tuple[str, list[str]] | None:
    """Names as choices, written alike so that no form gives one away: unless all
    carry the same vendor prefix, drop it ('AWS Fargate' among '자체관리형 노드',
    'Amazon FSx' among 'AWS Backup'), inside a name too ('클라우드 Amazon EKS'
    beside 'EKS Anywhere'); unless all carry an aside, drop the asides ('EMR
    (Elastic MapReduce)' among 'Redshift', 'QuickSight'). None when an aside
    is part of its name (own_aside): cut, the name is another, shown whole
    among plain names, it stands out."""
    names = [correct, *wrong]
    asides = [bool(_PARENS.search(n)) for n in names]
    if any(asides) and not all(asides) and any(map(own_aside, names)):
        return None
    prefixes = {(m.group(0).strip().lower() if m else "") for m in map(_VENDOR.match, names)}
    if len(prefixes) > 1:
        # Only before a proper name: 'AWS 관리형 키' cut to '관리형 키' becomes another
        # kind of key. Names whose prefix cannot go keep it.
        names = [_VENDOR.sub("", n) if re.match(_VENDOR.pattern + r"[A-Z]", n) else n
                 for n in names]
    inner = [bool(_INNER_VENDOR.search(n)) for n in names]
    if any(inner) and not all(inner):
        names = [_INNER_VENDOR.sub(" ", n) for n in names]
    names = even_asides(names)
    names = _even_expansions(names)
    return names[0], names[1:]


# 'WAF - Web Application Firewall', 'SQS: Simple Queue Service': an acronym
# written with its expansion after a dash or colon.
_DASHED_EXPANSION = re.compile(r"^([A-Z][A-Za-z0-9]{1,7})\s*(?:\s[-–—]\s|:\s)\s*(.+)$")
_EXPANSION_DASHED = re.compile(r"^(.+?)\s*(?:\s[-–—]\s|:\s)\s*([A-Z][A-Za-z0-9]{1,7})$")


def spelled_acronym(name: str) -> str:
    """The acronym of a name written as 'ACRONYM - Expansion', when the
    expansion's capitalised words spell it ('WAF - Web Application Firewall'),
    else ''. ('Organizations - OU' is a name and a part, not an expansion.)"""
    match = _DASHED_EXPANSION.match(name.strip())
    if match:
        acronym, expansion = match.groups()
    else:  # 'Web Application Firewall - WAF'
        match = _EXPANSION_DASHED.match(name.strip())
        if not match:
            return ""
        expansion, acronym = match.groups()
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z]*", expansion)
                       if w[0].isupper())
    return acronym if len(letters) >= 2 and initials.upper() == letters else ""


# The parts of a camel-case word: a run of capitals ('MQ' of RabbitMQ, 'HTTP' of
# HTTPServer, the run's last capital opening the next word), a word, a number.
# A name's initials are taken from them ('LoadBalancer' -> Load, Balancer;
# 'ClusterIP' -> Cluster, IP), as are the acronym parts gloss.py reads.
CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
# A word of capitals alone in a stem ('LB', not the 'LB' of 'LBaaS' or 'ELB').
_CAPITALS_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,}(?![A-Za-z0-9])")


def part_initials(name: str) -> str:
    """The capital initials of a name of two parts or more, Latin letters only
    ('LoadBalancer', 'Load Balancer', 'Load-Balancer' -> 'LB'), else ''."""
    words = name.split()
    if not words or not all(re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", w) for w in words):
        return ""
    parts = [p for w in words for p in CAMEL_PART.findall(w)]
    return "".join(p[0] for p in parts).upper() if len(parts) >= 2 else ""


# The generic head word a name closes on, which its short form leaves out
# ('BF' for the Bellman-Ford algorithm, 'TCP' for the TCP protocol).
_GENERIC_HEAD = re.compile(
    r"\s+(?:algorithm|protocol|model|method|problem|theorem|service|system|pattern|attack|"
    r"architecture|framework|principle|scheme|process|procedure|technique)s?$",
    re.IGNORECASE,
)


def _short_forms(name: str) -> set[str]:
    """The initials of a name, with and without its generic head word."""
    bare = without_vendor(name)
    forms = {part_initials(bare), part_initials(_GENERIC_HEAD.sub("", bare))}
    return {form for form in forms if len(form) >= 2}


def initials_shown(answer: str, stem: str, others: Sequence[str]) -> bool:
    """Whether the stem writes the answer's initials as a word of capitals
    ('클라우드 LB 생성' for LoadBalancer, 'if BF fails' for the Bellman-Ford
    algorithm) that no other choice's initials are."""
    words = set(_CAPITALS_WORD.findall(stem))
    shown = _short_forms(answer) & words
    if not shown:
        return False
    return not any(shown & _short_forms(other) for other in others)


def _even_expansions(names: list[str]) -> list[str]:
    """Unless every choice is written 'ACRONYM - Expansion', such a name is shown
    as its acronym: one long name with a dash among 'Shield' and 'Cognito' is
    set apart by its form (and its expansion reads as a clue)."""
    short = [spelled_acronym(n) for n in names]
    if any(short) and not all(short):
        evened = [a or n for a, n in zip(short, names, strict=True)]
        if len({norm(n) for n in evened}) == len(evened):
            return evened
    return names


# A word that names by itself in an aside: an acronym or a code ('(Managed
# MQ)', '(gp3)').
_ALIAS_WORD = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z][A-Z0-9]+|[a-z]+[0-9][a-z0-9]*)(?![A-Za-z0-9])")
_ASIDE_PARTS = re.compile(r"\s*[,，、/;]\s*")
# What makes an aside a phrase of the name rather than a note beside it: a
# range, a particle or a preposition that ties it to the name ('단일 파일부터
# 전체 볼륨까지', '동시 쓰기에 대응', 'から…まで', '从…到', 'from one file to a
# volume'). Plain words are a note or another name one may drop ('(배치
# 최적화)', '(Shared Private Link)').
_QUALIFYING = re.compile(r"[\uac00-\ud7a3](?:부터|까지|에서|에게|으로|를|을|에)(?=\s|$)|"
                         r"から|まで|による|ための|从|到|\b(?:from|to|for|with)\b")


def _capital_initials(phrase: str) -> str:
    """The initials of a phrase's capitalised words ('Identity and Access
    Management' -> 'IAM', 'Content Delivery Network' -> 'CDN')."""
    return "".join(p[0] for p in CAMEL_PART.findall(phrase) if p[0].isupper())


def own_aside(name: str) -> bool:
    """Whether an aside of the name is part of it, not a gloss one may drop: a
    phrase in the name's own script that qualifies it by a range, particle or
    preposition ('백업 범위(단일 파일부터 전체 볼륨까지)', 'Snapshot (from one
    file to a volume)'). A note of plain words ('정리 노드 (배치 최적화)') may
    go, and so may a gloss: an
    acronym, code or single word ('(LB)', '(gp3)', '(기본)'), a list of such
    ('(PV, PVC, Class)'), a translation in another script ('지연 시간
    (Latency)', 'Warm Pool (예비 풀)'), an alias holding an acronym ('(Managed
    MQ)') or the expansion the name's acronym stands for ('CDN (Content
    Delivery Network)')."""
    for match in _PARENS.finditer(name):
        aside = match.group(1).strip()
        outside = f"{name[:match.start()]} {name[match.end():]}".strip()
        if not aside or not outside or script_class(aside) != script_class(outside):
            continue
        parts = [p for p in _ASIDE_PARTS.split(aside) if p]
        acronyms = set(_CAPITALS_WORD.findall(outside))
        if _ALIAS_WORD.search(aside) or any(_capital_initials(p) in acronyms for p in parts):
            continue
        if _QUALIFYING.search(aside):
            return True
    return False


def even_asides(texts: Sequence[str]) -> list[str]:
    """Choices with an aside on some only ('텍스트를 음성으로 변환하는 서비스 (TTS)'
    beside plain lines) lose their asides, unless the aside is all that tells
    two of them apart."""
    asides = [bool(_PARENS.search(t)) for t in texts]
    if any(asides) and not all(asides):
        bare = [without_asides(t) for t in texts]
        if all(bare) and len({norm(b) for b in bare}) == len(bare):
            return bare
    return list(texts)


# Availability/durability figures anyone publishes; anything else with many
# nines (seven nines of durability, say) is taken as a slip in the notes.
NINES = (99.0, 99.5, 99.9, 99.95, 99.99, 99.999, 99.999999999)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|퍼센트)")


def suspicious_figure(text: str) -> bool:
    """Whether the text states a nines figure that fits no published ladder."""
    if "%" not in text and "퍼센트" not in text:
        return False  # (most lines: no percentage to read)
    return any(float(m.group(1)) >= 99 and float(m.group(1)) not in NINES
               for m in _PERCENT.finditer(text))


# A value of a table pasted without its pipes: a number, an address or range
# ('172.16.0.64/26', '10.0.0.1', '0-255', '1,024', '99.9%'), a hexadecimal
# value or hardware address ('0x1F', '00:1a:2b:3c:4d:5e') or a resource id
# ('i-0abc1234', 'vpc-1a2b3c4d'), with the bracket or comma of a list around it.
_DATA_VALUE = re.compile(
    r"[(\[]?(?:[+-]?\d[\d,]*(?:[.:/\-]\d+)*%?|0x[0-9a-f]+|[0-9a-f]{2}(?:[:-][0-9a-f]{2}){3,}"
    r"|[a-z]{1,12}-(?=[0-9a-f]*\d)[0-9a-f]{4,})[)\],;]?",
    re.IGNORECASE)
_ONLY_MARKS = re.compile(r"[\W_]+")
# What makes a line say something of its values: a 'term: value' colon, an
# equation or arrow ('1 VPC = 1 IGW'), a Korean word with its particle or a
# sentence ending, Japanese kana, a Chinese function word, or an English
# function word or verb. (A run of names and figures has none of these.)
_SAYS_SOMETHING = re.compile(
    r"[:：](?:\s|$)|=|->|→|⇒"
    r"|[\uac00-\ud7a3](?:은|는|이|가|을|를|에|의|로|와|과|도|만|까지|부터|에서|으로|보다|다|요|음|함|됨|임)"
    r"(?![\uac00-\ud7a3])"
    r"|[\u3040-\u309f]|[是的在为為有和与與或将將把被可会會能从從到了对對则則]"
    r"|(?<![\w-])(?:is|are|was|were|be|been|has|have|had|do|does|can|could|will|would|may|might|must"
    r"|should|uses?|used|using|of|the|to|for|with|from|by|into|than|that|which|when|where|if"
    r"|and|or|not|an?|per|via|as|at|on|in|it|its|this|these|those|each|every|only|also"
    r"|then|but|because|up|between)(?![\w-])",
    re.IGNORECASE)
_MIN_VALUES = 3
# What every value `_DATA_VALUE` reads holds: a digit, or the colon or hyphen
# of a hardware address or a resource id.
_VALUE_MARK = re.compile(r"[\d:-]")
# (At least two values in five words: a row of names and figures.)
_VALUE_SHARE = 0.4


@lru_cache(maxsize=1 << 16)
def raw_data(text: str) -> bool:
    """A line of bare values, a table row pasted without its pipes ('Private
    Subnet 1 Web AZ1 172.16.0.64/26 172.16.0.64 172.16.0.127 64', 'VPC
    172.16.0.0/22 172.16.0.0 172.16.3.255 512'): three values or more, two in
    five of its words, and nothing that says anything of them (no predicate,
    particle, verb, 'term: value' colon nor equation). Without the column
    headers no reader knows what each value is: no fact to show as a clue, a
    statement or a choice. A figure inside a sentence ('최대 15개까지 복제본',
    '172.16.0.0/16 CIDR을 사용하는 VPC') stays a fact."""
    # (Each value holds a digit, a colon or a hyphen: a line with fewer than
    # three of those has fewer than three values, told without its words.)
    if len(_VALUE_MARK.findall(text)) < _MIN_VALUES:
        return False
    words = [w for w in text.split() if not _ONLY_MARKS.fullmatch(w)]
    values = sum(1 for w in words if _DATA_VALUE.fullmatch(w))
    return values >= _MIN_VALUES and values >= _VALUE_SHARE * len(words) \
        and not _SAYS_SOMETHING.search(text)


# Markup a reader would see as written, had the notes' reading left it: a wiki
# link ('[[Holes in the Log|Holes in the Log]]'), a Markdown link's middle
# ('](https://'), or a table's border pipe ending or opening a line ('… 背后全自动
# ｜'). A pipe inside a line is a command's or a cell's own ('a | b').
_MARKUP_LEFT = re.compile(
    r"\[\[[^\]]*\]\]|\]\((?:https?:|#|\.{0,2}/)|(?:^|\s)[|\uff5c]\s*$|^\s*(?:[-*]\s+)?[|\uff5c]\s",
    re.MULTILINE)


def markup_left(text: str) -> bool:
    """Whether the text still shows link or table markup (see _MARKUP_LEFT)."""
    return bool(_MARKUP_LEFT.search(text))

