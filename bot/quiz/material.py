"""What questions are made of, read off a Deck: concepts with their statements,
sibling groups (distractor pools), `term : definition` groups and single facts.

A *concept* is something the notes name and then describe: a topic whose title
is a name ("Aurora"), or a bullet that is a short name with bullets under it
("스팟 인스턴스" under "EC2 구매 옵션"). Siblings are concepts written side by
side (topics of one section, bullets under one parent): those are the notes'
own distractor pools. Bullets that are sub-headings ("성능 모드 옵션",
"사용사례") are neither statements nor concepts; their children still count.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import PurePath
from types import MappingProxyType

from bot.notes.aliases import it_terms
from bot.notes.lines import mask_brackets, without_leading_symbols
from bot.notes.literals import holds_any
from bot.notes.model import Deck, Fact, Section, SourceRef, Topic
from bot.notes.scenes import sets_a_scene
from bot.notes.spelled_rows import restates, short_forms_of_several, spelled_row
from bot.quiz.adverts import PROMO_WORDS, advertises, in_advert
from bot.quiz.bare_alternatives import only_alternatives
from bot.quiz.bare_names import (
    about_another,
    bare_condition,
    conditional_term,
    if_clause,
    names_only,
    way_per_case,
)
from bot.quiz.counter_cases import counter_cases
from bot.quiz.drawings import reads_a_drawing
from bot.quiz.exam_prompts import is_exam_prompt
from bot.quiz.field_labels import (
    items_above,
    thing_key,
    without_field_labels,
    without_form_fields,
    without_item_labels,
    without_sibling_labels,
)
from bot.quiz.file_titles import deck_texts, is_slug, readable_title
from bot.quiz.heading_forms import titles_a_role, titles_no_thing
from bot.quiz.hedges import hedged
from bot.quiz.kind_words import bare_enumeration
from bot.quiz.lead_ins import is_lead_in_or_reference, leads_in_of_another
from bot.quiz.likeness import led_in_by_likeness, likens, metadata, placeholder
from bot.quiz.naming import (
    arrow_sides,
    clean_name,
    ends_on_particle,
    has_arrow,
    has_equals,
    is_aspect,
    is_label,
    name_after_label,
    named_part,
    names_no_thing,
    pointed_subject,
    tagline,
)
from bot.quiz.need_clues import as_need
from bot.quiz.other_names import only_names_it_otherwise
from bot.quiz.phrases import KO, Phrases, phrases_for
from bot.quiz.prose_terms import named_in, proper_name
from bot.quiz.remarks import about_learning
from bot.quiz.rival_words import says_a_word
from bot.quiz.sentences import definition_of, written_as_definition
from bot.quiz.setting_values import settings_record
from bot.quiz.shares import share_lines
from bot.quiz.sino import without_finals
from bot.quiz.spelling import edits
from bot.quiz.sub_terms import defines_others, term_places
from bot.quiz.sub_titles import under_titles
from bot.quiz.symbol_labels import symbol_labels
from bot.quiz.table_kinds import NameList, name_lists
from bot.quiz.template_lines import lists_aspects, repeated_descriptions, written
from bot.quiz.text import (
    GlossaryLike,
    compact,
    leans_on_context,
    name_phrases,
    name_pieces,
    raw_data,
    refers_back,
    script_class,
    suspicious_figure,
    without_asides,
    without_marks,
)
from bot.quiz.two_terms import two_of_a_kind, without_record_keys
from bot.quiz.vocabulary import (
    fits_index,
    fitting,
    mentions,
    piece_weights,
    share_in,
    vocabulary_of,
)
from bot.quiz.walkthroughs import walked_steps
from bot.quiz.whole_sentences import broken_off
from bot.quiz.wholes import placed

HEADING_TAIL = re.compile(
    r"(옵션|유형|종류|사례|사용사례|사용예|요소|구성|전략|기능|특징|방법|과정|제약사항|예시|목록|대상|요약|비교|"
    r"기초|개념|정리|장점|단점|가지|모범 사례|options?|types?|features?|summary|overview|basics)$",
    re.IGNORECASE,
)
SENTENCE_TAIL = re.compile(
    r"(다|음|함|됨|임|가능|불가|필요|적합|없음|있음|좋음|제공|지원|[을를은는에의])$"
)
_TERM_FALLBACK = re.compile(r"^(?P<term>[^:]{1,40}?)\s*:\s+(?P<def>\S.*)$")


def _term_line(text: str) -> re.Match[str] | None:
    """`_TERM_FALLBACK` matched on a line. (A line with no colon is told at
    once: the pattern tries forty lengths of term on it first.)"""
    return _TERM_FALLBACK.match(text) if ":" in text else None


_LISTED = re.compile(r"[,，、]")
# An aside and a colon left at the head of a definition ('(Vegas, FAST): …'), or
# an aside before the verb that goes on from the bold term ('**Ethernet** (802.3)
# uses …'): it belongs to the term, and a choice opening on it reads cut off.
_LEFTOVER_ASIDE = re.compile(r"^\([^()]*\)\s*(?:[:：]\s*|(?=[a-z]))")
# "강력한 일관된 읽기 : 있음": the definition only makes sense against the line above.
_BARE_DEFINITION = re.compile(r":\s*\S{0,3}\s*$")
# Links, images, code, table pipes, and formulas: TeX ('$α = 0.125$',
# '\\frac') or a symbol with a subscript ('H_a', 'x_1'), whose parts are no words.
_JUNK = re.compile(r"https?://|!\[|`|\||\$[^$\s][^$]*\$|\\[A-Za-z]{2,}|"
                   r"(?<![A-Za-z0-9_])[A-Za-z]_[A-Za-z0-9]{1,2}(?![A-Za-z0-9_])")
# What every match of `_JUNK` holds, one of its branches each.
_JUNK_MARKS = ("http", "![", "`", "|", "$", "\\", "_")


def _junk(text: str) -> bool:
    """Whether the text holds a link, an image, code, a table pipe or a
    formula. (Most lines hold none of the marks these are written with: told
    by a few lookups, without the pattern tried at every character.)"""
    return any(mark in text for mark in _JUNK_MARKS) and bool(_JUNK.search(text))
# A remark of the note-taker about studying ("시험 X", "시험에 자주 나옴", "exam
# tip", "(중요)", "★"): it says nothing about the subject, so it is neither a
# clue nor a choice.
_REMARK = re.compile(r"시험|출제|\bexams?\b|\bquiz\b|중요\s*[!)]|\(중요|^중요|"
                     r"\bimportant\b|[★☆※]|\bTODO\b|\bTBD\b", re.IGNORECASE)


# Remarks about the course itself ('플로우 컨트롤에서 배웁니다', '…알 수 있을
# 예정', 'covered later'): they say where the lecture goes, not what a thing is.
# A bare '예정' stays a fact ('예정된 작업' is a scheduled job); only '~할/될/있을
# 예정' is the speaker's plan.
_COURSE_REMARK = re.compile(
    r"배웁니다|배울\s*것|배워\s*봅?시다|배워\s*보자|알아\s*보자|알아\s*봅시다|"
    r"살펴\s*보자|살펴\s*봅시다|다음\s*시간에|다음\s*장(?![가-힣])|뒤에서\s*(?:다룸|다룹|다룰|설명)|"
    r"[할될있을]\s*예정(?!된)|"
    # A study goal ('- [ ] TCP vs UDP 차이 설명 가능') and a reading plan ('82p부터 보자').
    r"설명\s*가능(?![가-힣])|설명할\s*수\s*있(?:다|음|어야)|부터\s*보자|"
    r"\bwe(?:'ll| will) (?:learn|see|cover)\b|\blater in (?:this|the) course\b|"
    r"\bnext lecture\b|\bcovered later\b",
    re.IGNORECASE)


# A note-taker's reminder to self about what to study ('… 대답할 수 있어야 함',
# '알아두기', 'be able to explain …', 'make sure you know', '説明できるように',
# '需要掌握'): it says what the reader should be able to do, not what a thing is.
_STUDY_REMINDER = re.compile(
    r"(?:대답|답|설명)할\s*수\s*있어야|알아\s*두기|알아\s*둘\s*것|"
    # (Addressed to the reader, or opening the line: 'a replica must be able
    # to answer reads' is a fact about the replica.)
    r"(?:\b(?:you|I|we)\s+(?:should|must|need\s+to|have\s+to)\s+|^\W*(?:should\s+)?)"
    r"be able to (?:explain|answer|describe)\b|\bmake sure (?:you|to) "
    r"(?:know|understand|remember)\b|"
    r"(?:答え|説明|回答)(?:られる|できる)ように|要能(?:回答|说明|解释|說明|解釋)|"
    r"需要掌握|必须掌握|要掌握",
    re.IGNORECASE)


# How much weight the exam or the course gives a thing ('큐에 대한 내용은
# 비중있게 다루어진다', '빈출', 'heavily tested', 'comes up a lot', '試験によく出る',
# '頻出問題', '这是考点', '常考'): the author's view of what to study, which other
# notes weigh otherwise, never a fact of the thing. (A weight the thing itself
# has stays a fact: '읽기 요청의 비중이 높다', 'cost is heavily influenced by
# size', '지연 시간이 더 중요하다', 'エラーがよく出る', '重点检查日志'.)
_WEIGHT_REMARK = re.compile(
    r"비중\s*(?:있게|있는|높게|크게)\s*(?:다[루뤄룸룬룰]|나오|나옴|출제)|"
    r"(?:중요하게|자세히|심도\s*있게)\s*다[루뤄룸룬룰]|"
    r"빈출|자주\s*(?:나오|나옴|나온|출제)|단골\s*(?:문제|주제|개념)|"
    r"(?:꼭|반드시)\s*(?:알아\s*두|외워|암기|기억해\s*(?:두|야))|암기\s*(?:필수|필요)|"
    # What is important to the reader, not to the system: 'this part' of the
    # notes, or understanding it ('이 부분은 정말 중요합니다', '개념을 이해하는 것이
    # 중요', 'この部分は重要', '理解することが重要', '这部分很重要', '掌握…很重要').
    r"(?:이|그)\s*(?:부분|내용|개념|파트)[은는이도]?\s*(?:\S+\s+)?중요|"
    r"(?:이해|숙지|암기|공부)(?:하는\s*것)?[이가]\s*(?:\S+\s+)?중요|"
    r"(?:この|ここの?)(?:部分|内容|ポイント|概念)?[はがも][^。、]{0,6}重要|"
    r"(?:理解|把握|暗記)(?:すること|しておくこと)?が[^。、]{0,6}重要|"
    r"这(?:个|部分|里|些)?(?:内容|概念|知识点)?[^。，,]{0,4}(?:很|非常|特别)重要|"
    r"(?:理解|掌握)[^。，,]{0,8}(?:很|非常|特别)重要|"
    r"\bheavily\s+(?:covered|tested|weighted|featured|emphasi[sz]ed)\b|"
    r"\b(?:is|are)\s+(?:frequently|often|commonly)\s+(?:tested|asked)\b|"
    r"\bcomes?\s+up\s+(?:a\s+lot|often|frequently)\b|\bmust[- ]know\b|"
    r"試験(?:に|で)[^。、,.]{0,6}(?:出|問われ|頻)|よく出題|出題され|頻出(?:問題|ポイント|論点|分野|テーマ)|"
    r"重要(?:ポイント|事項)|要暗記|暗記(?:必須|しておく)|"
    r"考试|考点|常考|必考|高频考|是重点|重点(?:内容|知识|掌握|记忆|記憶)",
    re.IGNORECASE)


# Words one of which every match of the remark patterns above and of
# adverts._PROMO holds (a word of each branch, or each word one of its
# alternatives opens on): a line holding none is no remark, told without the
# five searches, which try every branch at every character (~40 µs a line,
# a twentieth of a cold bank build). Latin words are looked up in the line
# folded as re.IGNORECASE reads it (literals.folded); the others as written.
# (tests/quiz/test_quiz_remark_words.py checks each branch has one.)
REMARK_WORDS = (
    # _REMARK
    "시험", "출제", "exam", "quiz", "중요", "★", "☆", "※", "todo", "tbd", "important",
    # _COURSE_REMARK
    "배웁니다", "배울", "배워", "알아", "살펴", "다음", "뒤에서", "예정", "설명", "부터",
    "we'll", "we will", "later in", "next lecture", "covered later",
    # _STUDY_REMINDER
    "있어야", "be able to", "make sure", "ように", "要能", "掌握",
    # _WEIGHT_REMARK
    "비중", "중요하게", "자세히", "심도", "빈출", "자주", "단골", "꼭", "반드시", "암기", "重要",
    "heavily", "tested", "asked", "come", "must", "試験", "出題", "頻出", "暗記", "考", "重点",
    # adverts._PROMO
    *PROMO_WORDS,
)
@lru_cache(maxsize=1 << 16)
def is_remark(text: str) -> bool:
    """A remark of the note-taker, not a fact of the subject: about studying,
    the course, an exam's weights, a line hedged as a guess or hearsay
    (hedges.py) or an exam question's made-up situation ('회사는 … 1분 연기해야
    합니다', 'A company runs 10 instances …': bot.notes.scenes), which is never
    a clue, a blank or a choice."""
    if hedged(text) or about_learning(text) or sets_a_scene(text):
        return True
    if not holds_any(text, REMARK_WORDS):
        return False
    return bool(_REMARK.search(text) or _COURSE_REMARK.search(text)
                or _STUDY_REMINDER.search(text) or _WEIGHT_REMARK.search(text)) \
        or advertises(text)


# A question mark outside a web address: the line asks ('*언제 사용?*', '왜
# 필요하죠?', 'Is 10.0.1.0/24 inside 10.0.0.0/16? → Yes').
_ASKS = re.compile(r"[?？]")
# (Patterns applied to every name and line a build reads, compiled once.)
_ASIDE = re.compile(r"\([^()]*\)")
_SPACED_ASIDE = re.compile(r"\s*\([^()]*\)")
_ASIDE_TEXT = re.compile(r"\(([^()]*)\)")
_VS = re.compile(r"\bvs\b", re.IGNORECASE)


_WEB_ADDRESS = re.compile(r"https?://\S+")


def asks(text: str) -> bool:
    """A line that is itself a question: a rhetorical one leading to the next
    line, a practice item worked out on the spot, or a prompt the notes answer
    below. It states nothing on its own, and read as a clue or a choice it
    poses a question inside the question: neither a clue nor a choice."""
    return bool(_ASKS.search(_WEB_ADDRESS.sub(" ", text))) or is_exam_prompt(text)


@dataclass(frozen=True, kw_only=True, slots=True)
class Statement:
    """A bullet that says one thing and can stand alone."""

    text: str
    source: SourceRef


@dataclass(frozen=True, kw_only=True, slots=True)
class Concept:
    name: str
    key: str
    section: str
    topic: str
    crumb: str  # breadcrumb to show when this concept is the answer (stops above it)
    about: str  # breadcrumb to show when asking about this concept (ends with it)
    statements: tuple[Statement, ...]
    source: SourceRef
    pieces: frozenset[str]
    phrases: frozenset[str] = frozenset()
    # False for a topic whose title is a heading ("S3 사용 사례"): it can be asked
    # about (which statement is NOT one of its use cases) but is never a choice.
    named: bool = True
    # Written as an item of a numbered list ('1. Simple (단순)', '2. Weighted'):
    # the notes' own enumeration of things of one kind.
    numbered: bool = False
    # Keys of the headings the concept is written under ('gp3' under '### gp
    # Series' under '# EBS 볼륨 타입'): a heading and its own sub-heading are a
    # kind and one of its members, never rivals in one question.
    lineage: frozenset[str] = frozenset()
    # The numbered list the concept is an item of (the line of its first
    # item), or 0: a list that starts again at 1 under a heading of its own
    # ('참고 3. Cloud Native App' after a glossary of seventy AWS services) is
    # another list, of another kind of thing.
    series: int = 0
    # In a list that writes a whole's parts beside it ('1. CloudFront', '2.
    # CloudFront 특징', '3. Price Classes', '4. CloudFront 보안'): wholes.WHOLE
    # or wholes.PART, and a thing is asked only beside things of its own
    # level. 0 elsewhere.
    level: int = 0
    # The headings of the same-named sections merged into it ('#### ユースケース'
    # under each of 'CA型', 'AP型' and 'CP型'), in order: what each writes is
    # another thing's, and a question joins lines of one only (written_parts).
    # Empty when written once.
    written_at: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class TermEntry:
    term: str
    definition: str
    text: str
    source: SourceRef
    section: str
    topic: str
    crumb: str
    # False when the definition lost what it speaks of ('버스팅 : MIB 더한 것, …'):
    # never shown, but the term still stands beside its siblings as a choice.
    shown: bool = True
    # A row of a table ('Direct Connect | 전용 프라이빗 연결, 1개월+ 리드타임, 암호화
    # 없음'): a cell lists the term's features, each true of it alone.
    row: bool = False
    # A table row's value-column header ('방법' over '필요한 모든 자원을 한 번에
    # 요청'): what the definition is of the term ('' for a line of its own).
    column: str = ""

    @property
    def taught(self) -> str:
        """The definition to show after the answer: a line too thin to ask by
        ('버스팅 : MIB 더한 것, …') still teaches why the term was a wrong choice;
        only a slot left empty ('≪ blank ≫', 'TBD') teaches nothing."""
        return "" if placeholder(self.definition) else self.definition


@dataclass(frozen=True, kw_only=True, slots=True)
class Leaf:
    """A single statement with the breadcrumb that makes it answerable."""

    statement: Statement
    section: str
    topic: str
    crumb: str
    concept: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Tally:
    """A line that counts the kinds it lists ('3가지 데이터베이스 스토리지 유형'
    over its three types), and the lines of the items it counts."""

    leaf: Leaf
    items: tuple[Statement, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class Material:
    groups: tuple[tuple[Concept, ...], ...]
    term_groups: tuple[tuple[TermEntry, ...], ...]
    leaves: tuple[Leaf, ...]
    tallies: tuple[Tally, ...] = ()
    # Two term lines of one kind, alone in their list or named one word apart
    # (two_terms.py): asked between the two (pair_matching.py).
    term_pairs: tuple[tuple[TermEntry, TermEntry], ...] = ()
    # concept key -> every text written about it anywhere in the deck, so that a
    # statement borrowed from a sibling is never something also true of it.
    said_about: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # concept key -> pieces of everything said about it, including lines elsewhere
    # that mention it by name ("액세스 키: CLI 또는 SDK ..." speaks about the SDK).
    vocabulary: dict[str, frozenset[str]] = field(default_factory=dict)
    words: Phrases = KO
    # piece -> concept keys whose vocabulary has it: how widely a statement fits.
    fits: dict[str, frozenset[str]] = field(default_factory=dict)

    # concept key -> lines elsewhere in the deck that name it.
    mentioned_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # concept key -> its names and every glossary spelling of them ('EFS Elastic File
    # System 엘라스틱 파일 시스템'): a stem that translates the long name of an
    # acronym gives it away as much as one that translates the name itself.
    spelled_out: dict[str, str] = field(default_factory=dict)
    # concept key -> every spelling of its names (the notes' and the glossary's).
    spellings: dict[str, frozenset[str]] = field(default_factory=dict)
    _cache: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    # concept key -> its vocabulary with every line naming it (vocabulary_without).
    _whole_vocabulary: dict[str, frozenset[str]] = field(default_factory=dict)
    # concept key and breadcrumb -> what the breadcrumb shows of its name (gloss.shown_senses):
    # read by two kinds, costly to read twice.
    crumb_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    # (concept, group) -> its fair siblings (concepts.fair_siblings), asked by the
    # name, blank and true-statement kinds alike. Keyed by the objects' ids; the
    # objects are kept beside the answer, so an id reused is never taken for them.
    fair: dict[tuple[int, int], tuple[object, object, tuple[Concept, ...]]] = \
        field(default_factory=dict)
    _weights: dict[str, Mapping[str, float]] = field(default_factory=dict)
    # (concept key, clue) -> whether a line the notes write of that concept says
    # the clue too (concepts._said_alike): a clue is read against each sibling
    # for the clue filter, then again for each question it is asked in.
    said_alike: dict[tuple[str, str], bool] = field(default_factory=dict)
    # line -> the line it is nested under, when that one is too long for the
    # breadcrumb ('- Aurora는 스토리지를 … 자동으로 확장' over '  - ___ 단위로'):
    # the premise a blank's stem would not show (premise_unshown).
    premises: dict[SourceRef, tuple[str, SourceRef]] = field(default_factory=dict)
    # Every list of names the notes write (a table's first column, sibling
    # headings): what kind of thing a row of a mixed table is (table_kinds).
    name_lists: tuple[NameList, ...] = ()
    # Lines whose percentages split a whole (shares.py): no blank asks them.
    share_lines: frozenset[SourceRef] = frozenset()

    def vocabulary_without(self, key: str, other: str) -> frozenset[str]:
        """`key`'s vocabulary without the lines written about `other`: Fargate's
        own bullet "ECS, EKS와 연동" must not make ECS look like Fargate."""
        found = self._cache.get((key, other))
        if found is None:
            theirs = set(self.said_about.get(other, ()))
            mentioned = self.mentioned_in.get(key, ())
            kept = tuple(t for t in mentioned if t not in theirs)
            # (Most lines naming `key` are not `other`'s: then the vocabulary is
            # the same beside every other concept, read once.)
            if len(kept) == len(mentioned):
                found = self._whole_vocabulary.get(key)
                if found is None:
                    found = vocabulary_of((*self.said_about.get(key, ()), *kept))
                    self._whole_vocabulary[key] = found
            else:
                found = vocabulary_of((*self.said_about.get(key, ()), *kept))
            self._cache[(key, other)] = found
        return found

    def overlap(self, text: str, vocabulary: frozenset[str]) -> float:
        return share_in(self.weights(text), vocabulary)

    def fitting(self, text: str) -> set[str]:
        return fitting(text, self.fits)

    def weights(self, text: str) -> Mapping[str, float]:
        """The text's telling pieces weighted by rarity among the concepts.
        (Remembered: a clue is weighed against every sibling.)"""
        found = self._weights.get(text)
        if found is None:
            found = MappingProxyType(piece_weights(text, self.fits, len(self.said_about)))
            self._weights[text] = found
        return found


# Lines that lean on a table, diagram or list around them: a mark instead of
# words ("✗ 직접 접근 불가", "→ 결과"), an aside alone ("(헬스 체크 불가)"), or
# a line that opens on a particle of a word cut off before it ("의 헬스 체커가").
_LEANING = re.compile(
    r"^(?:[✗✓✔✘×→←↑↓⇒▶►•·※○●◯,;-]|\(.*\)$|(?:의|을|를|은|는|에|와|과|이|가)\s)")
# A term that is a sentence ('Alias는 무료'), an answer option of a practice
# question ('C) 254'), or ends on the colon that should have split it.
_NOT_A_TERM = re.compile(r"\S(?:은|는|을|를)\s|^[A-Ea-e][).]\s|:$")
# A definition that only lists web addresses ('google.com, facebook.com') gives
# examples of the term, not what it is.
_EXAMPLES = re.compile(r"^(?:[\w-]+(?:\.[\w-]+)+)(?:\s*,\s*[\w-]+(?:\.[\w-]+)+)*\.?$")


def from_context(fact: Fact) -> bool:
    """A line of an example or a figure: a code block line (an HTTP message, a
    console session, an ASCII diagram) or a line that leans on one (above)."""
    return _leans_on_figure(fact.kind, fact.text.strip())


def _leans_on_figure(kind: str, text: str) -> bool:
    return kind == "pre" or bool(_LEANING.match(text))


# Text cut out of its sentence: it opens on punctuation or a bare particle (",
# TTL 설정 불가", "의 헬스 체커가 …"), or on the head of an arrow split from its
# tail ('X - >(what X stands for)'; not '> 5 GB', a bound), or stops on a comma
# or a joining word.
_FRAGMENT = re.compile(
    r"^[,;:：、。)\]}|/]|^>(?![\s\d=])|^\.(?!\w)|^(?:의|을|를|은|는|에|와|과|로|으로|에서|도|만)\s"
    r"|[,(\[{:;/\-–]$|(?:\s(?:및|and|or|또는|그리고))$",
    re.IGNORECASE,
)
# "생성시 고려해야 할 점", "사용하는 이유": a sub-heading whose bullets are gone.
_HEADING_PHRASE = re.compile(r"(?:할|하는|한|될|볼)\s*(?:점|점들|사항|이유|방법)$")


# A quantity opening a line with arithmetic on something the line does not
# name ('MIB 더한 것, …', '2 곱한 값'): added to what? The base was in a line,
# table or formula the question does not show.
_DANGLING_QUANTITY = re.compile(
    r"^(?:\d[\d,.]*\s*(?:[KMGTP]i?B|bytes?|바이트|ms|초|분|%|개|배)?|[KMGTP]i?B|bytes?|바이트)"
    r"\s*(?:을|를|만큼|씩)?\s*(?:더한|더하|뺀|빼|곱한|곱하|나눈|나누|추가한|늘린|줄인)",
    re.IGNORECASE)


def is_fragment(text: str) -> bool:
    text = text.strip()
    return bool(_FRAGMENT.search(text) or dangling_quantity(text))


# A line that stops mid-sentence and runs on in the next line or bullet
# ('Automatically recognizes changes in the' / "resource's IP addresses",
# 'プライベートサブネットの'): an article, a preposition or a particle is left
# with nothing after it. (A capital 'A' is a name, 'Plan A'; '…するもの' is a
# whole noun; Korean '의', '이', '가', '은' also end nouns, '정의', '주의', '차이',
# so only '을'/'를' count.)
_CUT_OFF = re.compile(
    r"(?:\s(?:the|The|a|an|of|in|to|for|with|by|from|into|than)"
    r"|[\uac00-\ud7a3](?:을|를)|[\u3040-\u30ff\u4e00-\u9fff](?:を|(?<!も)の|に|が|は|へ))$")
# A match of `_CUT_OFF` is five characters at most, and closes the line (or
# stands before its last newline): it is looked for in the line's last few
# characters only. (Its lookbehind still reads the character before them.)
_CUT_OFF_REACH = 8


def _cut_off(text: str) -> bool:
    return _CUT_OFF.search(text, max(0, len(text) - _CUT_OFF_REACH)) is not None


# A clause the author broke off on an ellipsis after a joining word or ending
# ('Write up이 가능하므로...', 'it fails because…', '書き込めるので…',
# '因为可以写入…'): the sentence stops before what it was going to say.
_TRAILS_OFF = re.compile(
    r"(?:[가-힣](?:므로|니까|지만|는데|은데|면서|해서|어서|아서|려고|도록)"
    r"|\b(?:because|so|and|but|or|which|that|if|when|while|since|as)"
    r"|[\u3040-\u30ff\u4e00-\u9fff](?:ので|から|けど|けれど|けれども|ため)"
    r"|(?:因为|所以|但是|而且|如果|并且|因此))\s*(?:\.{2,}|…+|‥)\s*$",
    re.IGNORECASE)
# The ellipses one of which every match of `_TRAILS_OFF` holds (most lines
# hold none, and the pattern tries each branch at every character).
_ELLIPSES = ("..", "…", "‥")


def _whole_parent_line(fact: Fact) -> bool:
    """A bullet with lines under it that says something whole by itself ('2つの
    VPCを接続する' above its details): a statement of a section about one
    thing. A line cut off mid-sentence, which the next lines go on with, is
    none."""
    return bool(fact.children) and not _line_rejection(fact.text.strip(), fact.kind, fact.arrow)


def dangling_quantity(text: str) -> bool:
    return bool(_DANGLING_QUANTITY.match(text.strip()))


def is_statement(fact: Fact) -> bool:
    return not statement_rejection(fact)


def statement_rejection(fact: Fact) -> str:
    """Why a line is no statement to ask on its own ('' when it is one)."""
    if fact.children:
        return "has lines under it"
    return _line_rejection(fact.text.strip(), fact.kind, fact.arrow)


# (Remembered: a line is read as it is gathered, and again as a statement of
# what it stands under.)
@lru_cache(maxsize=1 << 14)
def _line_rejection(text: str, kind: str, arrow: str | None) -> str:
    """`statement_rejection` of a line with nothing under it."""
    if _leans_on_figure(kind, text):
        return "a code line or leans on a figure"  # a request dump, a diagram
    if is_fragment(text):
        return "a fragment"
    if _cut_off(text) or (holds_any(text, _ELLIPSES) and _TRAILS_OFF.search(text)) \
            or broken_off(text):
        return "cut off mid-sentence"
    if _HEADING_PHRASE.search(text):
        return "a heading phrase"
    if bare_enumeration(text):
        return "a bare list left open"
    if not 4 <= len(text) <= 140:
        return "too short or long"
    if text.endswith((":", "：")) or (len(text) <= 25 and HEADING_TAIL.search(text)):
        return "a heading"
    if arrow == "follows" or leans_on_context(text):
        return "leans on context"
    if _ARROW_RELATION.match(text):
        return "a relation in notation"  # 'org->billing: many': read only under its label
    if _junk(text):
        return "links, code or formulas"
    if raw_data(text):
        return "raw data"  # a table row pasted without its pipes: values, no fact
    if _BARE_DEFINITION.search(text):
        return "a bare definition"
    if placeholder(text) or (":" in text and placeholder(_TERM_FALLBACK.sub(r"\g<def>", text))):
        return "a placeholder"  # '≪ blank ≫', 'Hostname: TBD': a form's empty slot
    if metadata(text):
        return "metadata"  # 'Expected Time: 10-12 minutes', 'Author: …'
    if likens(text):
        return "likens it to another"  # 'X와 마찬가지로 …' is true of X too
    if suspicious_figure(text):
        return "a suspicious figure"  # never posted as true, nor as a clue
    if hedged(text):
        return "hedged or hearsay"  # '…에 존재한다고 함', 'probably …': no fact
    if sets_a_scene(text):
        return "an exam scenario"  # '여러분은 … EC2 인스턴스 10개로 …': a story's figure
    if is_remark(text):
        return "a remark"
    if asks(text):
        return "asks a question"
    if only_names_it_otherwise(text):
        return "another name only"  # '텍스트 영역이라고도 합니다': an alias of the answer
    if is_lead_in_or_reference(text):
        return "points elsewhere"  # 'the following permissions', '0. 교육 환경 …'
    if reads_a_drawing(text):
        return "reads a drawing"  # 'the x-axis represents …', '위 그림에서 …': not shown
    return ""


# 'N가지 … 유형', '유형 N가지': a count of kinds. (Not '3가지 방법', '2가지
# 기능': ways and duties are counted as an author groups them; kinds of a thing
# are named, and the list under the line names each.)
_KIND_COUNT = re.compile(r"(?<![0-9.])([0-9]{1,2})\s?가지(?![가-힣])")
_KIND_WORD = re.compile(r"유형|종류|타입")
# A tally is a heading over its list, not a sentence.
_TALLY_LENGTH = 40


def counts_its_kinds(fact: Fact) -> bool:
    """A line over a list that says how many kinds the list names, and the list
    names exactly that many ('3가지 데이터베이스 스토리지 유형' over three
    storage types): the count is the notes' own, checked by the list."""
    if not fact.children or len(fact.text) > _TALLY_LENGTH or not _KIND_WORD.search(fact.text):
        return False
    counts = _KIND_COUNT.findall(fact.text)
    if len(counts) != 1 or int(counts[0]) != len(fact.children):
        return False
    # Each item is a line of its own, and the line itself reads as a statement
    # (a heading phrase, '3가지 스토리지 유형', is what a tally is: it says its
    # count all the same; one ending on a colon reads cut off).
    return all(not c.children for c in fact.children) \
        and not fact.text.rstrip().endswith((":", "：")) \
        and statement_rejection(replace(fact, children=())) in ("", "a heading")


# A word bearing a Korean particle ('인스턴스에', '볼륨을'): a clause, not a name.
PARTICLE_WORD = re.compile(r"\S(에|를|을|의|로|에서|으로|하여|해서)(\s|$)")


def judgeable(text: str) -> bool:
    """A statement one can call true or false, not a label ('배달 못한 편지 대기열',
    '공용 EC2 인스턴스 t2.micro'): a word with a particle, a predicate at the end,
    or, in English, a clause of five words or more."""
    if script_class(text) == "latin":
        return len(text.split()) >= 5
    return bool(PARTICLE_WORD.search(text) or SENTENCE_TAIL.search(text.rstrip(". ")))


def arrow_shorthand(text: str) -> bool:
    """A line of the notes' arrow shorthand: an arrow (outside an aside) with a
    clause on one side, 'label -> fact' ('네트워크 드라이브 -> 다른 인스턴스에 연결
    가능') or 'fact -> what follows' ('동적 포트로 리다이렉션 가능 -> 마이크로서비스에
    적합'). It reads as a jotting, not a sentence, and whether the fact belongs
    to the label or to the subject asked is left to the reader: no choice, nor a
    definition to match. An arrow between names ('도메인 → IPv6', '12% → 83%')
    is a notation of its own, and one in an aside ('(e.g. a.com => b.com)') an
    example: both read as written."""
    sides = arrow_sides(without_asides(text))
    return len(sides) >= 2 and any(judgeable(side) for side in sides)


def labelled(text: str) -> bool:
    """A "label : text" line ("gp2/gp3 : 범용 SSD 볼륨", "Bulk : 48시간"): it speaks
    of the label, not of the concept it stands under."""
    match = _term_line(text.strip())
    return match is not None and is_name(match.group("term"))


_MAX_NAME = 45


@lru_cache(maxsize=1 << 16)
def is_name(text: str) -> bool:
    """A short name (concept title), not a sentence nor a sub-heading. (Remembered:
    asked of the same lines and titles by every kind of question.)"""
    text = text.strip()
    core = _ASIDE.sub("", text).strip()
    return (
        2 <= len(text) <= _MAX_NAME
        and len(core.split()) <= 6
        and "," not in core
        and not core.endswith((":", "："))
        and not _VS.search(core)
        and not HEADING_TAIL.search(core)
        # (A full stop after the ending, '상속이 잘못 사용될 수 있다.', keeps it a sentence.)
        and not SENTENCE_TAIL.search(core.rstrip(".。! "))
        and not leans_on_context(core)
        and not _junk(text)
        and not core[:1].isdigit()
        and not has_arrow(core)
        and not has_equals(core)
    )


def term_of(fact: Fact) -> tuple[str, str] | None:
    """(term, definition) for a usable `term : definition` bullet or table row."""
    read = read_term(fact)
    return None if isinstance(read, str) else read


def _open_quote(term: str) -> bool:
    """'"이 출처': a term that opens a quote it never closes, cut from a quoted
    sentence."""
    return term.count('"') % 2 == 1 or term.count("“") != term.count("”")


def _verb_stem_before_neun(term: str, text: str) -> bool:
    """'주고받' out of '주고받는 모든 데이터를 …': the topic particle after a
    syllable with a final consonant is 은, never 는, so a '는' there is a
    verb's ending and the term a bare verb stem."""
    last = term[-1:]
    if not ("\uac00" <= last <= "\ud7a3") or without_finals(last) == last:
        return False
    return text.lstrip("-*• ").startswith(term + "는")


# An English copula a term's description opens on once the term is read off
# as the subject ('**Worms** are programs that …'), and the word after it.
_COPULA = re.compile(r"^(?:is|are|was|were)\s+(?=(?P<rest>[A-Za-z]+))")
_LATIN = re.compile(r"[A-Za-z]")
# After the copula, a clause, not a description ('is when …', 'is not …').
_CLAUSE_OPENERS = frozenset({"when", "where", "how", "why", "because", "that", "not",
                             "also", "like", "what", "whether", "if"})


def read_term(fact: Fact) -> tuple[str, str] | str:
    """(term, definition) for a usable `term : definition` bullet or table row,
    or why the line is none (bench.quiz_drops counts the reasons)."""
    # (A glossary row that spells its short form out, '| DLQ | Dead Letter
    # Queue | … |', is a term and its definition too: the long name is an
    # alias, not a fact.)
    spelled = spelled_row(fact.cells) if fact.kind == "row" else None
    line = f"{spelled.short}: {spelled.description}" if spelled is not None else \
        f"{fact.cells[0][1]}: {fact.cells[1][1]}" if (
            fact.kind == "row" and len(fact.cells) == 2) else fact.text
    if fact.arrow in ("flow", "follows") or ("->" in line and fact.arrow is None):
        return "an arrow flow"
    if fact.kind == "pre":
        return "a code line"  # "Host: www.example.com" in a request dump is an example
    term, definition = fact.term, fact.definition
    if fact.kind == "row":
        # A two-column table row ('NS | Hosted Zone의 Name Server …') is a term
        # and its definition; wider rows compare things and are no definitions.
        # (A row with more values than headers is a comparison table whose first
        # header was left empty: '|| TCP | UDP |'.)
        if spelled is not None:
            definition = glossary_definition(spelled.description)
            if restates(spelled.long, definition):
                return "the description restates the long name"
            term = spelled.short
        elif len(fact.cells) != 2 or len(fact.text.split(" | ")) != 2:
            return "a wide table row"
        else:
            term, definition = fact.cells[0][1], fact.cells[1][1]
    if term is None:
        match = _term_line(fact.text.strip())
        if match is None:
            return "not a term line"
        if _LISTED.search(_ASIDE.sub("", match.group("term"))):
            # '공녀·환관 징발, 물자 수탈, 응방: 매': the colon closes the last of
            # several clauses, not a term of the line.
            return "not a term line"
        term, definition = match.group("term"), match.group("def")
    term, definition = term.strip(), (definition or "").strip()
    # '**Phishing** is a fraudulent email …': the term read off the line's
    # subject leaves its verb behind. Shown alone, 'is a fraudulent email …'
    # reads as a cut-off line and its 'is'/'are' tells a singular name from a
    # plural one among the choices: the description starts after the verb.
    copula = _COPULA.match(definition)
    if copula is not None and _LATIN.search(term):
        if copula.group("rest").lower() in _CLAUSE_OPENERS:
            return "a fragment"  # 'is when …', 'is how …': a clause, no description
        definition = definition[copula.end():]
        definition = definition[:1].upper() + definition[1:]
    # '**Specialized algorithms** (Hybla): Designed for …': the aside belongs to
    # the bold term, and an option opening '(Hybla): …' reads as a cut-off label.
    bare = _LEFTOVER_ASIDE.sub("", definition)
    if bare != definition:
        # ('uses CSMA/CD' went on from the term: a statement opens with a capital.)
        definition = bare[:1].upper() + bare[1:]
    if not (1 <= len(term) <= 40 and len(term.split()) <= 6
            and 3 <= len(definition) <= _MAX_DEFINITION):
        return "term or definition too long or short"
    if leans_on_context(definition, after_term=True) or _junk(line) \
            or definition.endswith(":"):
        return "definition leans on context"
    if is_fragment(term) or (is_fragment(definition) and not dangling_quantity(definition)):
        return "a fragment"  # (a definition that lost its base still names the term)
    if ends_on_particle(clean_name(term)):
        return "a fragment"  # '좋지 않은 경우 : …', '트렌잭션이 : …': a piece of a sentence
    if _open_quote(term) or _verb_stem_before_neun(term, fact.text):
        return "a fragment"  # '"이 출처는 …', '주고받는 모든 데이터를 …': cut from a sentence
    if _EXAMPLES.match(definition):
        return "definition lists examples"
    if raw_data(definition):
        return "raw data"  # 'Subnet A: Web AZ1 10.0.0.0/24 10.0.0.1 10.0.0.254'
    if is_remark(definition) or asks(definition) or is_label(clean_name(term)) \
            or named_part(clean_name(term)):
        return "a remark or a label"  # '클래식 로드 밸런서 -> 시험 X'; 'Option 1: …'
    if is_lead_in_or_reference(definition):
        return "points elsewhere"  # '… 허용하는 다음과 같은 권한이 포함'
    if conditional_term(term) or way_per_case(term, definition) \
            or if_clause(term) or if_clause(definition):
        return "a condition, not a term"  # 'If the pod is Pending: check events'
    if about_another(term, definition):
        return "about another thing"  # 'Common Confusions: ARP is often said …'
    if has_equals(term) or has_arrow(clean_name(term)):
        return "a mapping, not a name"  # 'One PV = One PVC — …', 'Client → ALB: …'
    if from_context(fact) or term[:1].isdigit() or definition[:1].isdigit() \
            or _LEANING.match(definition) or _NOT_A_TERM.search(term):
        # 'Host: www.example.com' in a code block is an example, not a fact;
        # '간격: 30초 (10초 가능)' is a setting's value, '18% 이상: 의 …' a cut line.
        return "a value, cut line or example"
    return clean_name(term), definition


# Longer than this, a definition is a paragraph: no clue, no choice.
_MAX_DEFINITION = 120


def glossary_definition(description: str) -> str:
    """A glossary row's description as a definition: whole, or, when it runs
    past what a choice can show, its first sentence ('A one-time password
    algorithm based on HMAC … session. It is commonly used in two-factor
    systems.'): a glossary says what the thing is first, and what follows
    (where it is used, what it replaced) only adds to that."""
    if len(description) <= _MAX_DEFINITION:
        return description
    return split_sentences(description)[0]


def _row_column(fact: Fact) -> str:
    """A table row's value-column header: the second cell's, or a spelled-out
    glossary row's description cell's ('' for a line of its own)."""
    if fact.kind != "row":
        return ""
    spelled = spelled_row(fact.cells)
    if spelled is not None:
        return spelled.column
    return fact.cells[1][0] if len(fact.cells) == 2 else ""


def concept_key(name: str, glossary: GlossaryLike) -> str:
    """The canonical name: the glossary's, tried on the name and on the two halves of
    'X (Y)' (which name one thing). 'A - B' and 'A, B' are not split: they name
    a part of A ('Organizations - SCP') or several things."""
    outer = _SPACED_ASIDE.sub("", name).strip()
    inner = _ASIDE_TEXT.findall(name)
    for part in (name, outer, *inner):
        canonical = glossary.canonical(part) if part else None
        if canonical:
            return compact(canonical)
    return compact(name)


def _label(fact: Fact) -> str:
    """The breadcrumb level a line shows over the lines under it: its term or
    its text, without the check mark or emoji it opens on ('✅ Prepare').
    A longer line is a sentence, not a name of a part of the notes: cut short
    it would stop mid-word ('… that you cou…'), so it shows no level, and the
    breadcrumb ends on the nearest one above it."""
    text = without_leading_symbols(fact.term or fact.text)
    return text if len(text) <= 40 else ""


# A heading that names its subject, then lists what it covers ('디커플링
# 애플리케이션 : SQS, SNS, Kinesis', 'High availability: ELB and ASG').
_LISTED_TAIL = re.compile(r"^(?P<subject>[^:：]*\S)\s*[:：]\s*(?P<listed>[^:：]+)$")
_LIST_JOIN = re.compile(r"\s*(?:,|、|\s&\s|\s(?:and|및|와|과)\s)\s*", re.IGNORECASE)


def heading_subject(title: str) -> str:
    """What a section heading is about, without the list of contents it ends on:
    the names listed are those the section's questions ask for, so shown above
    a question they only repeat its choices (and point at the listed ones)."""
    match = _LISTED_TAIL.match(title.strip())
    if match is None or not is_name(match.group("subject")):
        return title
    listed = [p for p in _LIST_JOIN.split(match.group("listed")) if p.strip()]
    if len(listed) >= 2 and all(is_name(p) and len(p.split()) <= 3 for p in listed):
        return match.group("subject").strip()
    return title


def written_under(head: str, path: Sequence[str]) -> str:
    """The breadcrumb of a line under `head` and the sub-headings `path` above
    its topic: the nearest of them names the part of the notes it is written in
    ('각 용어 정리 > Cloud Native App' for a line under '### 참고 3. Cloud Native
    App'; a pointer's word and number are no name, naming.pointed_subject)."""
    for level in reversed(path):
        shown = pointed_subject(level).strip()
        if shown:
            return join_crumb(head, shown)
    return head


def crumb_among(crumb: str, others: Sequence[str]) -> str:
    """The breadcrumb a question shows over its answer and the choices beside
    it: the levels every choice stands under (at least the first). A
    sub-heading only the answer stands under ('핵심 개념 > 보안 그룹' beside
    things of other parts) would point at it."""
    levels = crumb.split(" > ")
    keep = len(levels)
    for other in others:
        theirs = other.split(" > ")
        shared = 0
        while shared < min(keep, len(theirs)) and levels[shared] == theirs[shared]:
            shared += 1
        keep = shared
    return " > ".join(levels[:max(keep, 1)])


def join_crumb(head: str, tail: str) -> str:
    """'section > topic', without repeating a level that has the same name (notes
    whose heading is both the section and its only topic)."""
    last = head.rsplit(" > ", 1)[-1]
    # ('Q6. EC2 비용 절감' over its topic 'EC2 비용 절감': the number is no level.)
    unnumbered = _QUESTION_NUMBER.sub("", last).lstrip(" .:)")
    same = compact(tail) in (compact(last), compact(unnumbered))
    return head if same or not tail.strip() else f"{head} > {tail}"


def topic_name(topic: Topic) -> str:
    """The name a topic stands for: its title, or the part before a colon
    (after it when the part before only numbers an alternative: 'Option 2:
    Gateway Endpoint'; a label, never a choice, when what follows is no name).
    A colon inside brackets is the aside's own ('重大 (Severe: 即 SLO 違反)'):
    cut there, the name would stop inside its aside."""
    colon = mask_brackets(topic.title).find(":")
    if colon != -1:
        head, tail = topic.title[:colon], topic.title[colon + 1:]
        return name_after_label(head, tail) or clean_name(head)
    return clean_name(topic.title)


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")


def numbered_series(topics: Sequence[Topic]) -> dict[int, int]:
    """For each numbered item among a section's topics (by id), the line of
    the first item of its list. An item goes on from the earliest list whose
    last number is the one before it ('4. 다형성' after a sub-list '1.'-'3.'
    under a heading between), else from the latest list it is above ('66.'
    after '64.'); a number no list is below ('1.' again) starts a new list."""
    out: dict[int, int] = {}
    lists: list[list[int]] = []  # [start line, last number]
    for topic in topics:
        if topic.kind != "numbered" or topic.number is None:
            continue
        number = topic.number
        found = next((entry for entry in lists if entry[1] == number - 1), None) \
            or next((entry for entry in reversed(lists) if entry[1] < number), None)
        if found is None:
            found = [topic.source.line, number]
            lists.append(found)
        found[1] = number
        out[id(topic)] = found[0]
    return out
_QUESTION_NUMBER = re.compile(r"^\s*(?:Q|Question|문제|問題?)\s*\.?\s*\d+", re.IGNORECASE)
# A numbered exercise ('Task 2: Create Deployment', 'Exercise 3', '예제 2', '실습
# 1', '练习 4'). (An interview question, 'Q4. URL을 입력하면 …', is none.)
_EXERCISE_NUMBER = re.compile(
    r"^\s*(?:Task|Exercise|Problem|Assignment|Lab|Step|예제|실습|과제|연습\s*문제|단계|"
    r"演習|练习|習題|习题|例题)\s*\.?\s*\d+", re.IGNORECASE)
_OPTION = re.compile(r"^\s*\(?[A-Ea-e][).]\s")


def practice_question(topic: Topic) -> bool:
    """A practice question ('Q3. Company wants … Which approach?' with options 'A)
    …', 'B) …'): its lines are answer options and their explanations, not facts.
    An interview heading that asks about a thing ('교착상태가 무엇이며, 4가지
    조건은?') holds the answer's facts and stays."""
    if _QUESTION_NUMBER.match(topic.title):
        return True
    return sum(1 for f in topic.all_facts() if _OPTION.match(f.text)) >= 2


def in_exercise(topic: Topic) -> bool:
    """A topic in a numbered exercise, or a part of one ('1. Create a Job named
    …' under '## Task 12: …'). Its figures are what the task sets ('Retries up
    to 3 times', 'Replicas: 3', '15% weight'), chosen by whoever wrote the
    task: no blank of a figure is asked there, as nothing makes one value
    right. (Its descriptions may still be facts: 'Retain - the volume stays
    after its claim is deleted'.)"""
    return any(_EXERCISE_NUMBER.match(t) for t in (topic.title, topic.section, *topic.path))


def exercise_crumb(crumb: str) -> bool:
    """A breadcrumb with a level that numbers an exercise ('Drills > Task 3:
    Scale the web tier'), written as a heading or as a bullet over its lines."""
    return any(_EXERCISE_NUMBER.match(level) for level in crumb.split(" > "))


_KIND_OF_THREE = 3


def kind_dropped(topics: Sequence[Topic], crumb: str) -> dict[str, str]:
    """Topic title -> the name without its kind word, for three or more topics
    under one sub-heading whose names all end on the kind that the sub-heading
    and the breadcrumb shown above their questions name ('FIFO Algorithm',
    'Optimal Algorithm', 'LRU Algorithm' under 'Page Replacement Algorithm 종류'
    of 'Page Replacement Algorithm'): the breadcrumb says what kind they are,
    so the word shows part of every name above the question, tells none
    apart, and with a slip in one ('LRU Algorighm') that one would stand out.
    Asked as 'FIFO', 'Optimal', 'LRU'. (Under a breadcrumb that does not name
    the kind, 'latency routing policy' stays whole.)"""
    by_parent: dict[tuple[str, ...], list[Topic]] = {}
    for topic in topics:
        if topic.path:
            by_parent.setdefault(topic.path, []).append(topic)
    out: dict[str, str] = {}
    for path, kin in by_parent.items():
        if len(kin) < _KIND_OF_THREE:
            continue
        shown = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", crumb)}
        parent = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", path[-1])} & shown
        names = [topic_name(t) for t in kin]
        lasts = [re.split(r"\s+|(?<=\))", n.strip())[-1] for n in names]
        kind = next((w for w in parent if all(_same_word(last, w) for last in lasts)), None)
        if kind is None:
            continue
        short = [n.strip()[:-len(last)].strip() for n, last in zip(names, lasts, strict=True)]
        if all(is_concept_name(n) for n in short) \
                and len({compact(n) for n in short}) == len(short):
            out.update((t.title, n) for t, n in zip(kin, short, strict=True))
    return out


def heading_repeated(topics: Sequence[Topic], heading: str) -> dict[str, str]:
    """Topic title -> the name after it, for a title that repeats the heading
    it stands under before a name its siblings are written under ('EC2
    인스턴스 스토리지 EBS 볼륨' under 'EC2 인스턴스 스토리지', beside 'EBS 볼륨
    유형' and 'EBS 볼륨 암호화'): the heading is shown above its questions, and
    glued to the name it reads as one long name no member would say. Only
    then: 'IAM Roles' under 'IAM' is the service's own name (no sibling is
    written under 'Roles')."""
    head = compact(clean_name(heading))
    out: dict[str, str] = {}
    for topic in topics:
        name = topic_name(topic)
        words = name.split()
        for cut in range(1, len(words)):
            if compact(" ".join(words[:cut])) != head:
                continue
            rest = " ".join(words[cut:])
            flat = compact(rest)
            others = [compact(topic_name(t)) for t in topics if t is not topic]
            # (Not when a sibling already has the name: they would be one.)
            heads_siblings = flat not in others and any(o.startswith(flat) for o in others)
            if len(flat) >= 2 and is_concept_name(rest) and heads_siblings:
                out[topic.title] = rest
            break
    return out


def _same_word(word: str, kind: str) -> bool:
    """The same word, or the same with one letter slipped ('Algorighm')."""
    word = word.casefold()
    return word == kind or (len(kind) >= 6 and len(word) >= 6 and word[0] == kind[0]
                            and edits(word, kind, 1) <= 1)


# A relation between two names written in notation, with a bare value ('org->
# billing: many', 'user → order: 1:N', '주문 → 배송: 필수'): a row of a diagram
# the label above it names ('relationships:'); alone it says nothing of the
# concept it stands under.
_ARROW_RELATION = re.compile(
    r"^[^\s:：]{1,30}\s*(?:->|→|=>|⇒)\s*[^\s:：]{1,30}\s*[:：]\s*\S{1,12}$")


# A title the author cut short ('윈도우 운영체제에서...', 'X.509 인증서 형식…',
# 'Which of the following…'): an exam question's first words, not a name.
_ELIDED = re.compile(r"(?:\.{3}|…|‥)\s*$")


# A title that stops on a word that needs more after it ('Use cache to' over the
# bullets that finish it, '… of', 'Reasons for', '설정을'): the start of a
# sentence its list completes, not a name. (English and Korean only: a Japanese
# title ends on 'は' in 'Xとは', and 'Plan A' ends on a name's letter.)
_STOPS_SHORT = re.compile(
    r"(?:\s(?:the|a|an|of|in|to|for|with|by|from|into|than|and|or|as|that|which)"
    r"|[\uac00-\ud7a3](?:을|를))$")


def elided(name: str) -> bool:
    """The name stops on an ellipsis, or on a word that needs more after it:
    as a choice it reads cut off, and beside other such titles the member can
    only tell them by where they stand."""
    return bool(_ELIDED.search(name) or _STOPS_SHORT.search(name.rstrip(" :：")))


def is_concept_name(name: str) -> bool:
    """A name a question can offer as a choice: name-shaped, and naming a thing
    (not 'Explanation and Example', 'RDS 보안', 'MyClothes.com')."""
    # (Nor a heading of remarks on studying, 'Exam Mindset', '시험 포인트'; nor
    # one naming its part's role, 'Knowledge Check', 'Critiques', '…の書き方'.)
    return is_name(name) and not is_label(name) and not is_aspect(name) \
        and not is_remark(name) and not elided(name) and not titles_a_role(name)


# Topics that are a section's own lines, not a sub-heading under it.
_OWN_KINDS = frozenset({"section", "intro", "question"})


class _Reader:
    def __init__(self, glossary: GlossaryLike) -> None:
        self.glossary = glossary
        self.groups: list[tuple[Concept, ...]] = []
        self.term_groups: list[tuple[TermEntry, ...]] = []
        self.term_pairs: list[tuple[TermEntry, TermEntry]] = []
        self.leaves: list[Leaf] = []
        self.tallies: list[Tally] = []
        # line -> the line it is nested under, when the breadcrumb does not show
        # that one (see `premise_unshown`).
        self.premises: dict[SourceRef, tuple[str, SourceRef]] = {}
        self.said: dict[str, list[str]] = {}
        self.names: dict[str, set[str]] = {}
        # file -> (line, title) of each section heading, in order.
        self.headings: dict[str, list[tuple[int, str]]] = {}
        # (file, line) of a line -> the label line nearest above it ('**PostgreSQL
        # の強み:**' over '- デッドロック検出が高度').
        self.labels_above: dict[tuple[str, int], str] = {}
        self._known: set[str] | None = None
        # Each term of a `term : definition` line -> where its lists start
        # (sub_terms: a nested list of terms written elsewhere too).
        self.term_places: dict[str, set[SourceRef]] = {}
        # Short forms the notes' glossary rows spell out two ways or more.
        self.short_of_several: frozenset[str] = frozenset()
        # (file, description) of term lines written under several terms alike.
        self.repeated: frozenset[tuple[str, str]] = frozenset()
        # Every heading of the deck (prose_terms.named_in).
        self.titles: tuple[str, ...] = ()

    def concept(self, name: str, *, topic: Topic, crumb: str, about: str,
                statements: Sequence[Statement], source: SourceRef,
                everything: Sequence[str], named: bool = True,
                numbered: bool = False, above: Sequence[str] = (),
                series: int = 0, level: int = 0, whole: str = "") -> Concept:
        key = concept_key(name, self.glossary)
        # (A part written beside its whole in a flat list stands under it as
        # much as under a heading.)
        lineage = frozenset(concept_key(clean_name(h.split(":", 1)[0]), self.glossary)
                            for h in (*above, *([whole] if whole else []))) - {key}
        self.said.setdefault(key, []).extend(everything)
        self.names.setdefault(key, set()).add(name)
        return Concept(name=name, key=key, section=topic.section, topic=topic.title,
                       crumb=crumb, about=about, statements=tuple(statements), source=source,
                       pieces=name_pieces(name, self.glossary),
                       phrases=name_phrases(name, self.glossary), named=named,
                       numbered=numbered, lineage=lineage, series=series,
                       level=level,
                       # (A topic folded with its namesakes, bot.notes.merge.)
                       written_at=(source, *topic.also_in)
                       if topic.also_in and source == topic.source else ())

    def names_a_thing(self, name: str) -> bool:
        """Whether a heading or an item names a thing: name-shaped and no label
        (is_concept_name), or a spelling the deck's glossary lists for a thing.
        The glossary is the owner's word where the shape misleads: '람다' and
        'S3 오브젝트 람다' end like a sentence ('…한다'), 'S3 액세스 포인트' like a
        heading of key points ('면접관이 주목하는 포인트'), yet each is listed as
        the spelling of one thing ('Lambda', 'Access Point'). Only when the
        glossary's own name for it is a thing ('S3 퍼포먼스' is listed under 'S3
        Performance', an aspect, and stays none), and the spelling is neither
        a bare label nor a remark. Never a heading written as a sentence to
        the reader or a step to take ('Things You Need to Get Right', 'Root
        노드에서 시작'): it titles a part of the page (heading_forms)."""
        if titles_no_thing(name):
            return False
        if is_concept_name(name):
            return True
        # (A heading of a list, '성능 모드 옵션', stays one though the glossary
        # files it under 'Performance Mode' for search.)
        canonical = self.glossary.canonical(name)
        core = _ASIDE.sub("", name).strip()
        return canonical is not None and len(name) <= _MAX_NAME \
            and is_concept_name(canonical) and not is_label(name) and not is_remark(name) \
            and not HEADING_TAIL.search(core)

    def names_of(self, name: str) -> list[str]:
        """A heading's name as a sentence may write it: as written, without its
        aside or vendor, the aside alone, and the glossary's spellings."""
        bare = _SPACED_ASIDE.sub("", name).strip()
        names = {name, bare, re.sub(r"^(?:AWS|Amazon)\s+", "", bare),
                 *_ASIDE_TEXT.findall(name)}
        for spelling in tuple(names):
            names |= self.glossary.aliases(spelling)
        return sorted(n for n in names if n)

    def written_also(self, deck: Deck) -> dict[tuple[str, str], list[Topic]]:
        """(file, section title) -> the topics merged away from that section into
        an earlier one."""
        found: dict[tuple[str, str], list[Topic]] = {}
        for topic in deck.topics():
            for source in topic.also_in:
                heads = self.headings.get(source.file, ())
                at = bisect.bisect_right(heads, (source.line, "\uffff")) - 1
                if at >= 0 and heads[at][1] != topic.section:
                    found.setdefault((source.file, heads[at][1]), []).append(topic)
        return found

    def section_at(self, source: SourceRef, default: str) -> str:
        """The title of the section a line is written in."""
        heads = self.headings.get(source.file, ())
        at = bisect.bisect_right(heads, (source.line, "\uffff")) - 1
        return heads[at][1] if at >= 0 else default

    def written_in(self, statements: Sequence[Statement], section: str,
                   name: str) -> list[Statement]:
        """The statements that may be shown under `section`. A topic written in
        two sections ('##### isFull' under '## 스택' and again under '## 큐') is
        one concept with the lines of both, but a line under a sub-heading is
        read through its section: 'rear가 사이즈-1과 같아지면 가득찬 것' shown
        under '스택(Stack)' names the wrong structure. A line of another section
        is shown only when that section's own heading names the concept ('3개의
        AZ에 총 6개의 사본' under 'AWS RDS, Aurora, ElastiCache' is Aurora's
        wherever it is asked)."""
        names = [compact(n) for n in self.names_of(name) if len(compact(n)) >= 2]

        def shown(statement: Statement) -> bool:
            home = self.section_at(statement.source, section)
            return home == section or any(n in compact(home) for n in names)

        return [s for s in statements if shown(s)]

    def placed(self, topic: Topic, crumb: str, source: SourceRef) -> tuple[str, str]:
        """The section a line really stands in, and the breadcrumb starting with
        it: a topic written in two sections is merged into the first, but a line
        of the second is shown under the second (where a member would look)."""
        real = self.section_at(source, topic.section)
        shown = heading_subject(topic.section)
        if real == topic.section or not crumb.startswith(shown):
            return topic.section, crumb
        return real, heading_subject(real) + crumb[len(shown):]

    def read(self, deck: Deck) -> Material:
        for section in deck.sections:
            self.headings.setdefault(section.source.file, []).append(
                (section.source.line, section.title))
        for heads in self.headings.values():
            heads.sort()
        for topic in deck.topics():
            self.note_labels(topic.facts, "")
        self.term_places = term_places(deck.topics(), term_of)
        self.repeated = repeated_descriptions(
            (fact.source.file, *pair) for topic in deck.topics() for fact in topic.all_facts()
            if (pair := term_of(fact)) is not None)
        # (Headings and the headings between a section and its topics.)
        self.titles = tuple(dict.fromkeys(
            [s.title for s in deck.sections]
            + [t for topic in deck.topics() if topic.kind == "heading"
               for t in (topic.title, *topic.path)]))
        self.short_of_several = short_forms_of_several(deck)
        # Sections of one file at one level, each a single named thing ('## FIFO',
        # '## LRU', '## LFU' under '# Page Replacement'): siblings as much as
        # topics of one section are. Under one parent heading only: '### 認定に
        # よって検証される能力' under '## 1. 試験の概要' is of another kind than
        # '### データベース' under '## 2. 各種サービスの概要', and among those
        # it stands out (blind readers: the answer alone from its section).
        singles: dict[tuple[str, int, str], list[Concept]] = {}
        defined: dict[tuple[str, int], list[TermEntry]] = {}
        # The headings open above each section of a file (by heading level).
        open_heads: dict[str, list[tuple[int, str]]] = {}
        for section in deck.sections:
            stack = open_heads.setdefault(section.source.file, [])
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            # (A file's opening lines stand under no heading: level 0, titled
            # by the file's name, is no parent.)
            headings = [title for level, title in stack if level > 0]
            single = self.single(deck, section, [title for _, title in stack])
            parent = headings[-1] if headings else ""
            stack.append((section.level, section.title))
            if single is not None:
                # A file without headings is the section (a vault's note 'ARP.md'):
                # the notes of one folder are its siblings (not those of another
                # folder of the vault: 'VPC' is no sibling of 'Go-Back-N').
                file = str(PurePath(section.source.file).parent) \
                    if section.level == 0 and len(set(deck.files)) > 1 else section.source.file
                singles.setdefault((file, section.level, parent), []).append(single)
        # A topic written in two sections was merged into the first (bot.notes.merge):
        # it still stands among the second section's topics, where its lines were
        # written beside theirs ('보안그룹' in 'EC2 기초' and, again, beside 'NACL'
        # in 'VPC'), as the same concept with all its lines.
        written_also = self.written_also(deck)
        built: dict[tuple[str, str], Concept] = {}
        # (section, title) -> a merged topic's statements in every section it is written in.
        everywhere: dict[tuple[str, str], list[Statement]] = {}
        for section in deck.sections:
            members: list[Concept] = []
            kinds = kind_dropped(section.topics, heading_subject(section.title))
            # (Such a name stands for its title in the breadcrumb too.)
            repeated = heading_repeated(section.topics, heading_subject(section.title))
            series = numbered_series(section.topics)
            names = [kinds.get(t.title) or repeated.get(t.title) or topic_name(t)
                     for t in section.topics]
            spelled = [self.names_of(n) for n in names]
            places = placed(names, [(t.path, series.get(id(t), 0)) for t in section.topics],
                            spelled)
            # (The section's own lines make it a concept beside its sub-headings.)
            owned = any(t.kind == "section" for t in section.topics)
            for at, topic in enumerate(section.topics):
                if practice_question(topic):
                    # A practice question ('Q1. A company has … Which approach?'):
                    # its lines are answer options and their explanations.
                    continue
                if in_advert((topic.title, *topic.path), (f.text for f in topic.all_facts())):
                    continue  # the author's book and what it covers: no notes
                name = names[at]
                owner = places[at].owner
                everything = [f.text for f in topic.all_facts()]
                written = [*item_statements(topic, name), *own_statements(topic.facts, spelled[at])]
                statements = self.written_in(written, topic.section, name) if topic.also_in \
                    else written
                home = written_under(heading_subject(section.title), topic.path)
                crumb = join_crumb(heading_subject(topic.section),
                                   repeated.get(topic.title, topic.title))
                named = self.names_a_thing(name)
                if (named or (len(statements) >= 2 and not is_label(name))) \
                        and not elided(name):
                    members.append(self.concept(
                        name, topic=topic, crumb=home, about=crumb,
                        statements=statements, source=topic.source, everything=everything,
                        # (An item of a numbered list is numbered as much as
                        # a heading '1. Simple' is: a sub-heading beside the
                        # list, '다. 고조선의 영역과 중심지', is none of its items.)
                        named=named, numbered=bool(_NUMBERED.match(topic.title))
                        or topic.kind == "numbered",
                        # (The sub-headings between, and the section itself when
                        # its own lines make it a concept of this group: '4.
                        # Cache Eviction Policies' over 'LRU', 'LFU', 'FIFO' is
                        # their umbrella, never a rival choice beside them.)
                        above=(*topic.path, *((topic.section,) if owned
                                              and topic.kind not in _OWN_KINDS else ())),
                        series=series.get(id(topic), 0),
                        level=places[at].level, whole="" if owner is None else names[owner]))
                    built[(topic.section, topic.title)] = members[-1]
                    everywhere[(topic.section, topic.title)] = written
                self.children(topic, topic.facts, crumb, name if named else None)
            for topic in written_also.get((section.source.file, section.title), ()):
                first = built.get((topic.section, topic.title))
                if first is not None and all(m.key != first.key for m in members):
                    here = self.written_in(everywhere[(topic.section, topic.title)],
                                           section.title, first.name)
                    members.append(replace(first, crumb=heading_subject(section.title),
                                           statements=tuple(here)))
            self.add_group(members)
            # Shown under the section's title, or the file's when the section
            # holds a single topic (its title may ask for the term: '트리거란?').
            crumb = heading_subject(section.title) if len(section.topics) > 1 \
                else self.title(deck, section)
            defined.setdefault((section.source.file, section.level), []).extend(
                self.definitions(section, crumb))
        for found in defined.values():
            if len(found) >= 3:
                self.term_groups.append(tuple(found))
        self.term_groups = [self.described(g, deck)
                            for g in without_form_fields(self.term_groups)]
        # ('- Symptoms: …' under every error of a guide: a slot of the layout.)
        self.term_groups = without_sibling_labels(
            without_field_labels(self.term_groups, self.thing_names(deck)))
        item_of = {line: item for topic in deck.topics()
                   for line, item in items_above(topic.facts).items()}
        self.term_groups = without_item_labels(self.term_groups, item_of)
        # (A key another list writes too is a record's slot: two_terms.)
        self.term_pairs = [self.described_pair(p, deck) for p in
                           without_record_keys(self.term_pairs, self.term_groups)]
        for (_, _, parent), run in singles.items():
            self.add_group(_under_parent(run, parent))
        said = {k: tuple(v) for k, v in self.said.items()}
        mentioned = mentions(deck, self.names, self.glossary)
        vocabulary = {k: vocabulary_of((*said.get(k, ()), *mentioned.get(k, ())))
                      for k in self.names}
        return Material(groups=tuple(self.groups), term_groups=tuple(self.term_groups),
                        term_pairs=tuple(self.term_pairs),
                        leaves=tuple(self.leaves), tallies=tuple(self.tallies),
                        said_about=said, vocabulary=vocabulary,
                        mentioned_in=mentioned,
                        spelled_out={k: " ".join(sorted(self.spellings(k, names)))
                                     for k, names in self.names.items()},
                        spellings={k: frozenset(self.spellings(k, names))
                                   for k, names in self.names.items()},
                        fits=fits_index(said),
                        name_lists=name_lists(deck, [t.title for t in deck.topics()
                                                     if practice_question(t)]),
                        share_lines=share_lines(deck),
                        premises=self.premises,
                        words=phrases_for(f.text for t in deck.topics() for f in t.all_facts()))

    def definitions(self, section: Section, crumb: str) -> list[TermEntry]:
        """Sentences of the section that define a name ('트리거는 … 프로그램입니다'):
        those of sibling sections are matched like term lines when there are
        three or more."""
        found: list[TermEntry] = []
        for topic in section.topics:
            if practice_question(topic):
                continue
            for fact in topic.all_facts():
                if fact.term is not None or fact.arrow is not None or from_context(fact) \
                        or fact.kind not in ("text", "bullet") or _junk(fact.text):
                    continue
                sentence = fact.text
                pair = definition_of(sentence)
                if pair is None and fact.kind == "text":
                    # A paragraph of prose opens on its definition ('Depth-first
                    # search is a graph traversal algorithm which …'), then goes
                    # on about it: that first sentence defines the term alone.
                    first = split_sentences(fact.text)
                    sentence = first[0]
                    pair = definition_of(sentence) if len(first) > 1 else None
                if pair is None:
                    continue
                term = clean_name(pair[0])
                if not is_concept_name(term) or is_remark(fact.text) or asks(fact.text) \
                        or _open_quote(pair[0]) or _verb_stem_before_neun(term, fact.text):
                    continue  # ('"이 출처는 …', '주고받는 모든 …': cut from a sentence)
                if not (written_as_definition(sentence) or proper_name(term, sentence)
                        or self.treats_as_concept(term)):
                    continue  # ('실제 데이터는 10 만건인데 …': a sentence's subject)
                found.append(TermEntry(term=term, definition=pair[1], text=fact.text,
                                       source=fact.source, section=section.title,
                                       topic=topic.title, crumb=crumb))
        return found

    def treats_as_concept(self, term: str) -> bool:
        """Whether the notes treat `term` as a concept of their own: a heading
        names it, a `term : definition` line defines it, or the glossary has
        it. (The subject of any sentence of prose is none by that alone.)"""
        return named_in(term, self.titles) or compact(term) in self.term_places \
            or self.glossary.canonical(term) is not None

    @staticmethod
    def title(deck: Deck, section: Section) -> str:
        """What the notes a section stands in are called: the deck's title, or
        in a folder of notes the file's name (its own title in a vault)."""
        title = deck.name if len(set(deck.files)) <= 1 or section.level == 0 \
            else PurePath(section.source.file).stem
        # (A slug of a file name reads as the words the notes write, or as none.)
        return readable_title(clean_name(title), deck_texts(deck)) if is_slug(title) \
            else clean_name(title)

    def single(self, deck: Deck, section: Section,
               above: Sequence[str] = ()) -> Concept | None:
        """The named thing a section holding a single topic of its own lines is
        about, shown under the file's title (the section's own title would name
        the answer; see `_under_parent`)."""
        if len(section.topics) != 1 or section.topics[0].kind not in ("section", "intro"):
            return None
        topic = section.topics[0]
        name = topic_name(topic)
        if practice_question(topic) or not is_concept_name(name) or titles_no_thing(name) \
                or in_advert((topic.title,), (f.text for f in topic.all_facts())):
            return None
        led = led_in_by_likeness(topic.facts)
        statements = [_statement(f) for f in _stated_lines(
                          [f for f in topic.facts if id(f) not in led], self.names_of(name))
                      if is_statement(f) or _whole_parent_line(f)]
        crumb = self.title(deck, section)
        if not statements or not crumb or compact(crumb) == compact(name):
            return None
        return self.concept(name, topic=topic, crumb=crumb, about=join_crumb(crumb, topic.title),
                            statements=statements, source=topic.source, everything=(),
                            above=above)

    def described(self, group: tuple[TermEntry, ...], deck: Deck) -> tuple[TermEntry, ...]:
        """The group with every definition that only names things ('Firewall rules:
        security group', 'Session (5) | Application') never shown: a bare label
        is no clue, and a name among statements stands out. Its term still
        stands beside its siblings as a choice."""
        known = self.known_names(deck)

        def knows(text: str) -> bool:
            return compact(text) in known or self.glossary.canonical(text) is not None

        # (A placeholder, '≪ blank ≫', says nothing; a likening, 'S3와 마찬가지로
        # …', is true of another thing too.)
        # (Nor a template's text: what the outline means to study about the
        # term, or a description other terms of the file are given too.)
        return tuple(replace(e, shown=False) if e.shown and (
            names_only(e.definition, knows) or bare_condition(e.definition)
            or placeholder(e.definition) or likens(e.text) or lists_aspects(e.definition)
            or only_alternatives(e.definition)
            or (e.source.file, written(e.definition)) in self.repeated) else e
            for e in group)

    def described_pair(self, pair: tuple[TermEntry, TermEntry],
                       deck: Deck) -> tuple[TermEntry, TermEntry]:
        first, second = self.described(pair, deck)
        return first, second

    def thing_names(self, deck: Deck) -> set[str]:
        """The things the notes name (headings, concepts), as field_labels
        compares keys."""
        names = {n for found in self.names.values() for n in found}
        names |= {s.title for s in deck.sections} | {topic_name(t) for t in deck.topics()}
        return {thing_key(n) for n in names}

    def known_names(self, deck: Deck) -> set[str]:
        """Names the notes and the shipped term list use for things: concept
        names, terms, headings, with and without their asides."""
        if self._known is None:
            names = {n for found in self.names.values() for n in found} | set(self.names)
            names |= {e.term for g in self.term_groups for e in g}
            names |= {s.title for s in deck.sections} | {t.title for t in deck.topics()}
            names |= {n for line in it_terms() for n in line}
            self._known = {compact(v) for n in names
                           for v in (n, _ASIDE.sub(" ", n)) if compact(v)}
        return self._known

    def spellings(self, key: str, names: set[str]) -> set[str]:
        spellings = set(names) | {key}
        for name in (key, *names):
            spellings |= self.glossary.aliases(name)
        return spellings

    def note_labels(self, facts: Sequence[Fact], label: str) -> None:
        """Record the label each line stands under: the line that heads it ('X
        の強み:' with its bullets nested, a generic sub-heading), or a label line
        before it ('**Pros:**' then its bullets at the same depth, up to the
        next paragraph)."""
        for fact in facts:
            if _is_label_line(fact):
                label = fact.text
            elif fact.kind == "text":
                label = ""
            elif label:
                self.labels_above[(fact.source.file, fact.source.line)] = label
            if fact.children:
                self.note_labels(fact.children,
                                 fact.text if _is_label_line(fact) else label)

    def own_clues(self, members: Sequence[Concept]) -> list[Concept]:
        """The members but those that speak of another member: points the
        members are compared on, not members. A heading with lines under a
        label naming another member ('トランザクション' holding 'PostgreSQLの強み:'
        over 'デッドロック検出が高度') gives clues as true of that member (two
        right answers); a heading whose verdict names another member
        ('トランザクション: PostgreSQLが厳格', 'JSON/JSONB型: PostgreSQLが圧倒的')
        names it too. Either is a choice of another kind beside the products."""
        # What each member's heading and labels say of it, in order of members.
        said = [[t for t in (_verdict(m), *(self.labels_above.get(
            (s.source.file, s.source.line), "") for s in m.statements)) if t] for m in members]
        if not any(said):
            return list(members)  # (most groups: no verdict, no label over a line)
        spelled = {m.key: [n for n in {compact(x) for x in (m.name, *self.names.get(m.key, ()))}
                           if len(n) >= 2] for m in members}

        def names_another(text: str, member: Concept) -> bool:
            words = compact(text)
            return not any(n in words for n in spelled[member.key]) and any(
                n in words for other in members if other.key != member.key
                for n in spelled[other.key])

        return [m for m, texts in zip(members, said, strict=True)
                if not any(names_another(t, m) for t in texts)]

    def add_group(self, members: list[Concept]) -> None:
        members = self.own_clues(members)
        # Duplicate concepts (same canonical name) merge into the first: a true
        # fact must never become the "wrong" option.
        unique: dict[str, Concept] = {}
        for member in members:
            if member.key in unique:
                first = unique[member.key]
                unique[member.key] = Concept(
                    name=first.name, key=first.key, section=first.section, topic=first.topic,
                    crumb=first.crumb, about=first.about,
                    statements=first.statements + member.statements, source=first.source,
                    pieces=first.pieces, phrases=first.phrases, named=first.named,
                    numbered=first.numbered, lineage=first.lineage | member.lineage,
                    series=first.series, level=first.level,
                    written_at=(*(first.written_at or (first.source,)),
                                *(member.written_at or (member.source,))))
            else:
                unique[member.key] = member
        if len(unique) >= 2:
            self.groups.append(tuple(unique.values()))

    def children(self, topic: Topic, facts: Sequence[Fact], crumb: str,
                 owner: str | None, premise: tuple[str, SourceRef] | None = None) -> None:
        members: list[Concept] = []
        terms: list[TermEntry] = []
        defined: list[tuple[Fact, tuple[str, str]]] = []
        written_as_terms = False
        # Term lines that say their definition on the line and have no lines
        # under them: one line each, as a pair's lines are asked.
        said_on_line: set[SourceRef] = set()
        # For each term line, the table it is a row of (where that table starts
        # among the facts), or None.
        tables: list[int | None] = []
        table_start: int | None = None
        # (The steps of a worked scenario are no statements: walkthroughs.py;
        # nor the cases a line says the thing does not fit: counter_cases.py.)
        walked = walked_steps(facts) | counter_cases(facts)
        symbols = symbol_labels([f.text for f in facts])
        for at, fact in enumerate(facts):
            if premise is not None:
                self.premises[fact.source] = premise
            pair = term_of(fact)
            if pair is not None and pair[0] in self.short_of_several:
                # ('MAC' spelled out as Media Access Control and as Message
                # Authentication Code: either definition is true of 'MAC'.)
                pair = None
            section, placed = self.placed(topic, crumb, fact.source)
            if fact.kind != "row":
                table_start = None
            elif table_start is None:
                table_start = at
            if pair is not None:
                tables.append(table_start)
                terms.append(TermEntry(term=pair[0], definition=pair[1], text=fact.text,
                                       source=fact.source, section=section,
                                       topic=topic.title, crumb=placed,
                                       # (Nor one in arrow shorthand, nor a
                                       # tagline weighing it, to match.)
                                       shown=not dangling_quantity(pair[1])
                                       and not arrow_shorthand(pair[1])
                                       and not tagline(pair[1]),
                                       row=fact.kind == "row",
                                       column=_row_column(fact)))
            if is_statement(fact) and not in_exercise(topic) and id(fact) not in walked:
                self.leaves.append(Leaf(statement=_statement(fact), section=section,
                                        topic=topic.title, crumb=placed,
                                        concept=owner or topic_name(topic)))
            elif counts_its_kinds(fact):
                self.tallies.append(Tally(
                    leaf=Leaf(statement=_statement(fact), section=section, topic=topic.title,
                              crumb=placed, concept=owner or topic_name(topic)),
                    items=tuple(_statement(c) for c in fact.children)))
            if not fact.children:
                if pair is not None and pair[1] in fact.text:
                    said_on_line.add(fact.source)
                if pair is not None and pair[1] in fact.text and is_concept_name(pair[0]) \
                        and not dangling_quantity(pair[1]):
                    defined.append((fact, pair))
                continue
            # (A symbol a formula's list defines, 'Σ: 非対角成分は 0 の行列', is
            # the name itself: its definition names nothing; symbol_labels.py.)
            name = pair[0] if pair is not None else \
                clean_name(fact.text.split(":", 1)[0].split("：", 1)[0]) \
                if fact.text in symbols else _item_name(fact)
            # (Under the section the line is written in, when its topic was merged
            # from another: 'Aurora Serverless' of the second 'Aurora' is shown
            # under that section, not the first.)
            inner = join_crumb(placed, _label(fact))
            named = self.names_a_thing(name) and fact.kind != "label"
            statements = own_statements(fact.children)
            # (A list of terms nested under the item defines those terms, not
            # the item: restart policies under the pod phase 'Failed'.)
            theirs = defines_others(fact, term_of, self.term_places)
            statements = [s for s in statements if s.source not in theirs]
            if named or (is_name(name) and is_aspect(name) and len(statements) >= 2):
                if pair is not None and pair[1] in fact.text:
                    # Only a definition written on the line itself: one the parser
                    # gathered from the children would repeat them.
                    statements.insert(0, Statement(text=pair[1], source=fact.source))
                members.append(self.concept(
                    name, topic=topic, crumb=placed, about=inner, statements=statements,
                    source=fact.source, everything=[f.text for f in fact.walk()],
                    named=named, numbered=fact.kind == "step"))
                written_as_terms = written_as_terms or (pair is not None and named)
            # (A line too long for the breadcrumb is the premise of the lines
            # under it, and no stem that shows one of them alone shows it.)
            self.children(topic, fact.children, inner, name if named else owner,
                          None if _label(fact) else (fact.text, fact.source))
        # Items written in one form, 'Name : what it is', some with bullets of
        # their own and some without ('Kinesis Data Streams : …' with details,
        # 'Kinesis Video Streams : 비디오 스트림 수집' without): all are things of
        # one kind, and those without bullets are siblings too, by their definition.
        # ('- Image: nginx:1.25', '- Labels: app=web', '- Probe: readiness' with
        # its path and period under 'Task 7: Create a pod': the values of one
        # task's settings, each telling its key by its form. Neither a list of
        # terms nor things to name: its keys leave the siblings too.)
        record = len(terms) >= 3 and settings_record(
            [t.definition for t in terms],
            in_exercise=in_exercise(topic) or exercise_crumb(crumb))
        if record:
            keys = {t.term for t in terms}
            members = [m for m in members if m.name not in keys]
        elif written_as_terms:
            members.extend(self.concept(
                term, topic=topic, crumb=crumb, about=join_crumb(crumb, _label(fact)),
                statements=[Statement(text=definition, source=fact.source)],
                source=fact.source, everything=[fact.text]) for fact, (term, definition) in defined)
        self.add_group(members)
        for form in [] if record else _by_form(terms, tables):
            if len(form) >= 3:
                self.term_groups.append(tuple(form))
            elif two_of_a_kind(form, len(facts)) \
                    and all(e.source in said_on_line for e in form):
                self.term_pairs.append((form[0], form[1]))


def _under_parent(run: list[Concept], parent: str) -> list[Concept]:
    """Single-topic sections under one parent heading, shown under it: the
    file's title may be the heading of another part of the file ('試験の概要と
    特徴' over '### データベース' of '## 2. 各種サービスの概要'). Under the
    title still when the parent shares a word with one of the names ('Block
    stores' over 'Snapshot Store' would point at it)."""
    head = heading_subject(parent)
    if not parent or any(says_a_word(head, c.name) for c in run):
        return run
    return [replace(c, crumb=head, about=join_crumb(head, c.topic)) for c in run]


def _is_label_line(fact: Fact) -> bool:
    """A line that heads the lines after or under it: a generic sub-heading, or
    a short line ending on a colon with nothing after it ('MySQLの注意点:')."""
    text = fact.text.strip()
    return fact.kind == "label" or (len(text) <= 40 and text.endswith((":", "：")))


def _verdict(member: Concept) -> str:
    """What a heading 'Name: verdict' says after its name ('トランザクション:
    PostgreSQLが厳格' -> 'PostgreSQLが厳格'), or ''."""
    head, colon, tail = member.topic.partition(":")
    return tail if colon and clean_name(head) == member.name else ""


def _by_form(terms: list[TermEntry], tables: list[int | None]) -> list[list[TermEntry]]:
    """The term lines of one place, each table's rows apart from the other
    lines: a table maps its rows to cells of one kind ('애플리케이션 | 메시지
    (Message)', a layer and its unit), and a line written below it
    ('캡슐화: 상위→하위로 헤더 추가', a process) is another kind of thing; among
    the rows' names it stands out, and its definition among the cells."""
    forms: dict[int | None, list[TermEntry]] = {}
    for entry, table in zip(terms, tables, strict=True):
        forms.setdefault(table, []).append(entry)
    return list(forms.values())


def _item_name(fact: Fact) -> str:
    """What a bullet with bullets under it names: its text, or for "Option 2: VPC
    peering" what follows the label (the label itself names nothing)."""
    text = fact.text.strip()
    match = _term_line(text)
    term = fact.term if fact.term is not None else (match.group("term") if match else None)
    if term is None or not is_label(clean_name(term)):
        return clean_name(text)
    definition = fact.definition if fact.term is not None else match and match.group("def")
    return clean_name(definition or "")


# A sub-heading bullet over what a thing does or is like ('기능', '특징',
# 'System Manager 기능', 'Features'): the lines under it describe the thing it
# stands under. (Not '유형', '옵션', '구성요소': those list kinds and parts,
# things of their own; nor '사용사례': a use case, 'IT 자동화', fits many things.)
_ABOUT_LABEL = re.compile(r"(?:^|\s|의)(?:\d+\s*가지\s*)?(?:기능|특징|특성|장점|단점|"
                          r"features?|characteristics|pros|cons|advantages|benefits)\s*[:：]?$",
                          re.IGNORECASE)


# A line that says what a thing is used for ('시나리오 : 쇼핑몰 주문, 배송',
# 'Use case: order processing'): orders and shipping fit a queue, a topic and
# a broker alike, so it does not tell the thing from its siblings. (Examples
# of what it is, 'Examples: IP addressing, Routers, ICMP' under a layer, do.)
_USE_LINE = re.compile(r"^(?:시나리오|사용\s*사례|사용\s*예|활용\s*사례|활용\s*예|"
                       r"use\s*cases?|scenarios?)\s*[:：]", re.IGNORECASE)


# The end of a sentence inside a paragraph: a stop after a word (not after a
# number, '1. 등록'), then the capital or Hangul syllable that opens the next
# sentence; an abbreviation ('e.g.', 'ex.') ends none.
_SENTENCE_END = re.compile(r"(?<=[a-z\uac00-\ud7a3)\]][.!?])\s+(?=[A-Z\uac00-\ud7a3])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:e\.g|i\.e|etc|vs|ex|cf|al|approx)\.$", re.IGNORECASE)


_GOES_ON = re.compile(
    r"^(?:(?:another|also|however|thus|therefore|hence|so|but|and|or|similarly|instead|"
    r"precisely|moreover|furthermore|otherwise|here|there|it|its|they|their|them|this|"
    r"these|that|those|such|both|each|the\s+(?:same|other|former|latter))\b|"
    r"(?:for example|in addition|as a result|in this|in that)\b|"
    r"(?:이|그|저|이것|그것|이는|이를|이로써|이로|이러한|이런|그런|그러나|하지만|따라서|그래서|"
    r"그러므로|또한|또|즉|이때|여기|해당|위|아래|반면|게다가|이와|그리고|예를\s*들어|"
    r"특히|물론|단|다만|덕분에|결국|마찬가지로)(?=[\s,]))", re.IGNORECASE)


def sentences(fact: Fact, about: Sequence[str] = ()) -> list[Fact]:
    """A paragraph of prose about the thing its heading names ('Depth-first
    search is a … algorithm which … . A stack is usually used …' under '##
    Depth-first search') as its sentences, each a line of its own: each says
    one thing about the heading, and the whole paragraph is too long to show.
    Only a paragraph that opens on one of the names `about` as its subject is
    split: one that opens on something else ('Bastion은 …' under 'EC2 생성')
    speaks of that, and its sentences would be no clues to the heading. A
    bullet or a table row stays as written."""
    if fact.kind != "text" or fact.children:
        return [fact]
    if _GOES_ON.match(fact.text.strip()):
        return []  # (a paragraph going on from the one above, 'Another example is …')
    parts = split_sentences(fact.text)
    if len(parts) < 2 or not opens_on(parts[0], about):
        return [fact]
    # A later sentence that goes on from the one before it ('Another example is
    # …', '이로써 … 개선됩니다', 'It uses …') says nothing alone.
    return [replace(fact, text=part) for at, part in enumerate(parts)
            if at == 0 or not (_GOES_ON.match(part) or refers_back(part))]


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences, in order ('e.g.' ends none)."""
    parts: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[start:end.start()]):
            parts.append(text[start:end.start()].strip())
            start = end.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def goes_on(text: str) -> bool:
    """A sentence that goes on from the one before it ('Another example is …',
    'This ensures …')."""
    return bool(_GOES_ON.match(text.strip()))


# What follows a name that is the subject of its sentence: a Korean subject
# particle, or an English word in lower case ('GuardDuty는 …', 'DFS is …').
_AFTER_SUBJECT = re.compile(r"^(?:은|는|이|가|이란|란)\s|^\s+[a-z]")


def opens_on(text: str, names: Sequence[str]) -> bool:
    """Whether the sentence has one of the names as its subject."""
    lowered = text.lower()
    return any(len(name) >= 2 and lowered.startswith(name.lower())
               and _AFTER_SUBJECT.match(text[len(name):]) is not None
               for name in sorted(names, key=len, reverse=True))


def _read_lines(facts: Sequence[Fact], about: Sequence[str] = ()) -> list[Fact]:
    return [line for fact in facts for line in sentences(as_need(fact, about), about)]


# A line written as a whole sentence: it ends on a stop or a Korean sentence ending.
_WHOLE_SENTENCE = re.compile(r"(?:[.!。]|[다요음함됨임])\s*\.?$")


def _sentence_over_notes(fact: Fact) -> bool:
    """A bullet that is a whole sentence with a remark or an example nested under
    it ('가장 오래된 page가 먼저 나간다.' over '> Victim page는 …'): it says one
    thing still, unlike a bullet that heads the lines under it ('장점', 'Stack')."""
    return bool(fact.children) and fact.kind == "bullet" and fact.term is None \
        and fact.arrow is None and bool(_WHOLE_SENTENCE.search(fact.text.strip())) \
        and len(fact.text.split()) >= 3 and is_statement(replace(fact, children=()))


# A heading of uses or examples ('사용 예:', 'Examples:', 'When to use:', '用途：'):
# what it lists are uses of the thing, not what the thing is or does. An
# English word is read whole: 'Causes:', 'Statuses:' end on the letters of
# 'uses' and head causes and states, which say what the thing is.
_USES_HEAD = re.compile(
    r"(?:(?:사용|활용|적용)\s*(?:예|예시|사례|처|분야)|언제\s*(?:사용|쓰)\S*|예시|예제|"
    r"(?<![A-Za-z])(?:examples?|use\s*cases?|usages?|uses|when\s+to\s+use|applications?)|"
    r"用途|使用例|用例|応用例|使い所|使用场景|应用场景|适用场景|例子|示例)\s*[:：]$",
    re.IGNORECASE)


def _heads_next(fact: Fact) -> bool:
    """A line that asks ('***언제 사용?***', 'When to use?') or heads a list of
    uses or examples ('사용 예:'), with no lines nested under it. (A heading
    of the thing's own attributes or duties, 'Key attributes:', 'Topics
    Covered:', leaves its lines saying what they say.)"""
    text = fact.text.strip()
    return not fact.children and len(text) <= _HEAD_LENGTH and (
        asks(text) or bool(_USES_HEAD.search(text)))


def answering(facts: Sequence[Fact]) -> set[int]:
    """ids of the lines that only answer the line above them: after a line that
    asks or heads ('언제 사용?' over '함수의 콜스택, 문자열 역순 출력', '사용 예:'
    over '- 웹 서버', '- 캐시'), the bare phrases written next (one paragraph
    line, or the run of bullets) say what they are only through that line: a
    list of uses shown without it could be uses, drawbacks or examples. A whole
    sentence says what it says and stays."""
    out: set[int] = set()
    for at, fact in enumerate(facts):
        if not _heads_next(fact):
            continue
        for nxt in facts[at + 1:]:
            if _heads_next(nxt) or _WHOLE_SENTENCE.search(nxt.text.strip()) \
                    or nxt.kind != facts[at + 1].kind:
                break
            out.add(id(nxt))
            if nxt.kind == "text":
                break  # (a paragraph line answers alone; the next is its own)
    return out


_HEAD_LENGTH = 40


def led_in_of_another(facts: Sequence[Fact], about: Sequence[str]) -> set[int]:
    """ids of the bullets listed under a line that leads in to another
    subject ('Goroutines are cheaper when compared to kernel threads:' over
    '- smaller memory footprint …' under '## The scheduler'): the run of
    bullets after it says what that subject is like, not the topic."""
    out: set[int] = set()
    for at, fact in enumerate(facts):
        if fact.children or not leads_in_of_another(fact.text, about):
            continue
        for nxt in facts[at + 1:]:
            if nxt.kind not in ("bullet", "step") or opens_on(nxt.text.strip(), about):
                break  # (a bullet on the topic again ends the list)
            out.add(id(nxt))
    return out


def _stated_lines(facts: Sequence[Fact], about: Sequence[str] = ()) -> list[Fact]:
    """The lines (sentences of a paragraph apart) that may state something on
    their own: not those that only answer the line above them, nor those
    under a plain title of another thing ('**솔트**' over its definition)."""
    answers = answering(facts) | walked_steps(facts) | counter_cases(facts) \
        | led_in_of_another(facts, about) \
        | under_titles(facts, about, is_concept_name, names_no_thing)
    return _read_lines([f for f in facts if id(f) not in answers], about)


def own_statements(facts: Sequence[Fact], about: Sequence[str] = ()) -> list[Statement]:
    """The statements a list of bullets makes about what it stands under (named
    `about`): its lines (a paragraph on it, its sentences), and those under a
    sub-heading of what the thing does or is like."""
    # (A line a likening line leads in to is true of the other thing too.)
    led = led_in_by_likeness(facts)
    out = [_statement(f) for f in _stated_lines([f for f in facts if id(f) not in led], about)
           if (is_statement(f) or _sentence_over_notes(f))
           and not _USE_LINE.match(f.text.strip())]
    for fact in facts:
        text = fact.text.strip()
        if fact.children and len(text) <= 30 and _ABOUT_LABEL.search(text):
            out.extend(_statement(c) for c in fact.children
                       if is_statement(c) and id(c) not in led
                       and not _USE_LINE.match(c.text.strip()))
    return out


# Fewer words than this after an item's name read as a name or a verdict
# ('2. Simple: 단순 라우팅', 'トランザクション: PostgreSQLが厳格'), not as what the item is.
_MIN_ITEM_WORDS = 8
_MIN_ITEM_CJK = 16
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_ITEM_ARROW = re.compile(r"->|→|=>|⇒")


def item_statements(topic: Topic, name: str) -> list[Statement]:
    """The sentences a numbered item writes after its name on its own line ('3.
    **Flow Control**: TCP employs … The receiver specifies a receive window …'):
    the item stands as a topic titled by the whole line, so its sentences are
    read from the title, each a line about the name. Only a run of prose (a
    few words or more), and each sentence as any line is read (statements)."""
    if topic.kind != "numbered":
        return []
    head, colon, tail = topic.title.partition(":")
    tail = tail.strip()
    # (Chinese and Japanese write no spaces: read by characters.)
    short = len(tail.split()) < _MIN_ITEM_WORDS and len(_CJK_CHAR.findall(tail)) < _MIN_ITEM_CJK
    if not colon or clean_name(head) != name or short or _ITEM_ARROW.search(tail):
        return []  # (an arrow runs a chain of shorthand, no sentence: '호족 - … → …')
    out: list[Statement] = []
    for at, part in enumerate(split_sentences(tail)):
        if at and (_GOES_ON.match(part) or refers_back(part)):
            continue
        line = Fact(text=part, source=topic.source, kind="text")
        if is_statement(line):
            out.append(_statement(line))
    return out


def _statement(fact: Fact) -> Statement:
    return Statement(text=without_marks(fact.text), source=fact.source)


def read_material(deck: Deck, glossary: GlossaryLike) -> Material:
    return _Reader(glossary).read(deck)
