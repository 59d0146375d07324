"""Concept questions: (a) name the concept from its facts, (d) which statement is
NOT true of it. Both draw their wrong options from the concept's siblings."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from bot.notes.labels import is_generic
from bot.notes.lines import split_term
from bot.quiz.build import make
from bot.quiz.categories import is_category, names_members
from bot.quiz.cjk_heads import kana_runs, shared_head
from bot.quiz.confusables import confusable
from bot.quiz.crumb_reading import seen_in_choice
from bot.quiz.definitions import is_definition
from bot.quiz.directions import reversed_in
from bot.quiz.families import any_in_family
from bot.quiz.fields import echoed_fields
from bot.quiz.gloss import gives_away, lemma, own_part_spelled, shares_all, shown_senses
from bot.quiz.holders import tells_a_whole
from bot.quiz.identifier_kinds import identifier_kinds
from bot.quiz.kind_words import (
    heads_its_kinds,
    kind_word,
    names_a_category,
    names_their_kind,
    one_form_kind,
)
from bot.quiz.likeness import likened_to
from bot.quiz.material import (
    Concept,
    Material,
    Statement,
    crumb_among,
    is_name,
    labelled,
    split_sentences,
)
from bot.quiz.mentions import after_means, without_pointer
from bot.quiz.near_synonyms import near_synonyms
from bot.quiz.nearest import (
    STRANDED_SHARE,
    held_share,
    nearest,
    shares_no_piece,
    stranded,
    words_held,
)
from bot.quiz.other_names import calls_it
from bot.quiz.pair_titles import joins_two, vs_names
from bot.quiz.qualities import claims_hands_off, only_merits, states_a_problem
from bot.quiz.question import PAIR, Question
from bot.quiz.reading_lists import names_reading_list, reading_list
from bot.quiz.rival_names import overlapping_topics, says_name
from bot.quiz.self_definitions import defines_itself
from bot.quiz.shared_terms import defines_shared_term
from bot.quiz.spelling import edits
from bot.quiz.subjects import defines_another
from bot.quiz.term_pairs import dash_term
from bot.quiz.text import (
    compact,
    compact_lines,
    ends_on_tag,
    even_names,
    leaked,
    name_parts,
    near_duplicate,
    norm,
    phrase_leaked,
    pieces,
    refers_back,
    runs_labels_together,
    script_class,
    squash,
    telling,
    without_asides,
    without_vendor,
)
from bot.quiz.use_clues import only_a_use
from bot.quiz.written_parts import by_place

MAX_CLUE = 100
# (Plural too: 'Create ENIs' writes ENI.)
_ACRONYM_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,6}(?=s?(?![a-z]))")
# (Patterns applied to every name and line a build reads, compiled once.)
_NAME_SPLIT = re.compile(r"[\s\-/&]+")
_WHOLE_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{2,6}(?![A-Za-z0-9])")
_ALNUM_RUN = re.compile(r"[^\W_]+")
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z0-9]{2,6}")
MAX_OPTION = 90
# A clue sharing this much of its meaning (pieces weighted by rarity) with what
# the notes say about a distractor may well be true of it; a borrowed "wrong"
# statement sharing this much of its wording (unweighted: common words such as
# '액세스' carry meaning too when deciding what is false) with the concept asked
# about may well be true of that concept.
CLUE_OVERLAP = 0.5
# A clue most of whose words one line of a sibling writes too says what that
# line says of the sibling, its rarer words aside ('여러 개체들이 지닌 공통된
# 특성을 …' beside a sibling's '… 공통된 특성을 …'): two right answers.
LINE_WORDS_HELD = 0.6
SINGLE_CLUE_OVERLAP = 0.3
GENERIC_FIT = 2
BORROWED_OVERLAP = 0.2
# A question with one fact as its description needs that fact to be specific.
SINGLE_CLUE_PIECES = 8


def related(a: Concept, b: Concept) -> bool:
    """One name inside the other (RDS / RDS 프록시), one written under the other's
    heading ('#### gp3' under '### gp Series'), or a family and one of its members
    by name (gp Series / gp3): not fair as each other's distractor, since a member
    is its kind and has its kind's facts."""
    return (a.key == b.key or a.key in b.lineage or b.key in a.lineage
            or _related_names(a.name, b.name) or _family_and_member(a.name, b.name))


def kinship(concept: Concept, other: Concept, material: Material) -> float:
    """How near `other` is to `concept` in kind: the share of the concept's own
    lines' meaning (weighted by rarity) that the notes on `other` use too
    (Cognito's '자격 증명', 'ID 공급자' in IAM Identity Center's notes, not in
    Firewall Manager's). Rounded, so that near kin tie and the callers' next
    criterion decides."""
    text = " ".join(s.text for s in concept.statements)
    return round(material.overlap(text, material.vocabulary_without(other.key, concept.key)), 1)


# A name for a family of things ('gp Series', 'M5 family', 'T 계열'): the stem
# before it is the start of each member's name ('gp3', 'gp2').
_FAMILY = re.compile(r"^(?P<stem>.+?)[\s\-]*(?:series|family|families|line-?up|"
                     r"계열|시리즈|패밀리|제품군)$", re.IGNORECASE)


@lru_cache(maxsize=1 << 15)
def _family_and_member(a: str, b: str) -> bool:
    for family, member in ((a, b), (b, a)):
        stem = _family_stem(family)
        if not stem:
            continue
        name = compact(without_asides(member))
        # 'gp' begins 'gp3' (a digit or the end follows): 'gp' does not begin 'gpu'.
        if stem and name.startswith(stem) and re.match(r"(?:\d|$)", name[len(stem):]):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _family_stem(name: str) -> str:
    """The start of each member's name when `name` names a family ('gp' of 'gp
    Series'), closed up; '' when it names none. (Remembered: each name is
    read against every name beside it.)"""
    match = _FAMILY.match(without_asides(name).strip())
    return compact(match.group("stem")) if match is not None else ""


_VENDOR_PREFIX = re.compile(r"^(?:aws|amazon)(?=.)")


@lru_cache(maxsize=1 << 12)
def _bare_parts(name: str) -> tuple[str, ...]:
    # Without a vendor prefix: 'AWS Organizations' is shown as 'Organizations'.
    return tuple(_VENDOR_PREFIX.sub("", compact(p)) for p in name_parts(name))


@lru_cache(maxsize=1 << 15)
def _related_names(a: str, b: str) -> bool:
    # (Asked for the same pairs by every kind: remembered.)
    for ca in _bare_parts(a):
        for cb in _bare_parts(b):
            # (A two-letter part is a word only whole: OU is no part of CloudTrail.)
            if ca == cb or (min(len(ca), len(cb)) >= 3 and (ca in cb or cb in ca)):
                return True
            # One spelled with a slip (Oraganizations / Organizations).
            if min(len(ca), len(cb)) >= 8 and ca[0] == cb[0] and edits(ca, cb) <= 2:
                return True
    # Or every word of one, two at least, in the other ('쿠키 추출' / '쿠키 값
    # 추출'): the one is a part or a case of the other, in other words.
    # (Every word counts here, one letter too: '웹 로드 분산기' is no part of
    # '전송 로드 분산기'.)
    mine, theirs = _all_words(a), _all_words(b)
    return len(mine) >= 2 and len(theirs) >= 2 and (mine <= theirs or theirs <= mine)


def _all_words(name: str) -> frozenset[str]:
    """The words of a name, of any length, without asides and vendor names."""
    return frozenset(w for w in (compact(w) for w in _NAME_SPLIT.split(without_asides(name)))
                     if w and w not in _VENDOR_WORDS)


def fair_siblings(concept: Concept, group: Sequence[Concept],
                  material: Material) -> list[Concept]:
    """Siblings the notes describe, neither the answer's umbrella nor a heading
    above it ('Graph search algorithms' for one of its algorithms), nor a name
    inside the answer's or around it, nor a real-world near twin of the answer
    (Savings Plans beside Reserved Instances: true of it whatever the notes say),
    nor of another level of a list that writes a whole beside its parts."""
    key = (id(concept), id(group))
    seen = material.fair.get(key)
    if seen is None or seen[0] is not concept or seen[1] is not group:
        seen = (concept, group, tuple(_fair_siblings(concept, group, material)))
        material.fair[key] = seen
    return list(seen[2])


def _fair_siblings(concept: Concept, group: Sequence[Concept],
                   material: Material) -> list[Concept]:
    above = {compact(h) for h in concept.crumb.split(" > ")}
    names = _all_names(concept, material)
    return [o for o in group
            if o.named and o.statements and not related(o, concept)
            and not confusable(names, _all_names(o, material))
            and not (_umbrella(o, concept, material) and not _peers(o, concept, group, material))
            and compact(o.name) not in above
            and not sub_topic(o, group)
            and not heads_its_kinds(o.name, material.said_about.get(o.key, ()))
            and not _kind_of(o, concept, material) and not _kind_of(concept, o, material)
            and not _other_level(o, concept)
            # (A grade on a scale, 'Sev 1', among phases, roles or tools, or
            # a heading on what makes one good, '좋은 스케줄링', beside kinds of
            # it: of another kind by its form alone; the two-choice pair above
            # all, where the one wrong choice must be the answer's kind.)
            and one_form_kind(o.name, concept.name)
            and not _owned_by(o, concept, material) and not _owned_by(concept, o, material)
            and not any_in_family(names, _all_names(o, material), glossed=True)
            and not _called_alike(o, concept, material)
            and not _likened(o, concept, material)]


def _called_alike(one: Concept, other: Concept, material: Material) -> bool:
    """A line of one calls it by the other's name ('カタログの情報を単に「統計
    情報」とも呼ぶ' beside 統計情報): one thing by the notes' word, and what is
    said of the answer is said of it too."""
    return any(calls_it(t, other.name) for t in material.said_about.get(one.key, ())) \
        or any(calls_it(t, one.name) for t in material.said_about.get(other.key, ()))


def _likened(one: Concept, other: Concept, material: Material) -> bool:
    """A line of one likens it to the other by name ('The Banker's algorithm
    for multiple resources is structured similarly to deadlock detection'
    beside Detection): the notes say they are alike, so what is said of the
    answer may be said of the other (the same vectors and matrices), no fair
    distractor."""
    return any(likened_to(t, other.name) for t in material.said_about.get(one.key, ())) \
        or any(likened_to(t, one.name) for t in material.said_about.get(other.key, ()))


# A line that calls its subject a feature of another thing ('CloudFront의 기능으로
# …', 'A CloudFront feature that …', 'an option of CloudFront'): the words
# before the owner word, or those after 'of', name the owner.
_OWNER_WORD = re.compile(
    r"\s*(?:의\s*)?(?:부가\s*|하위\s*)?(?:기능|옵션|구성\s*요소)(?:으로|로|을|를|이|은|임|이다)?"
    r"(?![가-힣])"
    r"|(?:'s)?\s+(?:feature|option|component|add-on)s?\b", re.IGNORECASE)
_OWNER_WORDS = ("기능", "옵션", "구성", "feature", "option", "component", "add-on")
_OWNER_AFTER = re.compile(r"\b(?:feature|option|component|add-on)s?\s+of\s+(?:the\s+)?",
                          re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _owner_sides(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a line writes just before an owner word and just after 'feature
    of' (closed up), to be matched against a name."""
    lowered = text.lower()
    if not any(word in lowered for word in _OWNER_WORDS):
        return (), ()  # (most lines: read before any pattern)
    before = tuple(compact(text[:m.start()]) for m in _OWNER_WORD.finditer(text))
    after = tuple(compact(text[m.end():]) for m in _OWNER_AFTER.finditer(text))
    return before, after


def _owned_by(part: Concept, whole: Concept, material: Material) -> bool:
    """Whether a line of `part`'s own calls it a feature, option or component
    of `whole` ('CloudFront의 기능', 'a feature of CloudFront'): the notes write
    it inside `whole`, a level below, though beside it in one list."""
    names: tuple[str, ...] | None = None
    for statement in part.statements:
        before, after = _owner_sides(statement.text)
        if not before and not after:
            continue
        names = names or _owner_names(whole.name)
        if any(b.endswith(n) for b in before for n in names) \
                or any(a.startswith(n) for a in after for n in names):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _owner_names(name: str) -> tuple[str, ...]:
    return tuple({*_whole_parts(name), *_whole_parts(without_vendor(name))})


def _other_level(a: Concept, b: Concept) -> bool:
    """Two things of a list that writes a whole's parts beside it, one a
    whole and the other not ('CloudFront' and 'Price Classes', or '글로벌
    엑셀러레이터' beside CloudFront's features): a service among features
    stands out by kind, and a feature among services."""
    return bool(a.level and b.level and a.level != b.level)


def twins(concept: Concept, group: Sequence[Concept], material: Material) -> list[Concept]:
    """The siblings `fair_siblings` leaves out as the answer's real-world near
    twins (Dedicated Instances beside Dedicated Hosts): of the answer's own
    kind, though never offered beside it."""
    names = _all_names(concept, material)
    return [o for o in group
            if o.named and o.statements and not related(o, concept)
            and confusable(names, _all_names(o, material))]


def _all_names(concept: Concept, material: Material) -> list[str]:
    return [concept.name, *material.spellings.get(concept.key, ())]


_SUB_TOPIC = re.compile(r"^\s*(?:[-–—:>]|\bof\b)\s*\S")


def sub_topic(concept: Concept, group: Sequence[Concept]) -> bool:
    """'람다 - 동시성' beside '람다', 'S3: Versioning' beside 'S3': a heading on one
    part of a sibling, not a thing of the siblings' kind (offered among
    services, it stands out and is no rival)."""
    for other in group:
        if other is concept or len(other.name) >= len(concept.name):
            continue
        if concept.name.startswith(other.name) \
                and _SUB_TOPIC.match(concept.name[len(other.name):]):
            return True
    return False


def _siblings(concept: Concept, group: Sequence[Concept], material: Material) -> list[Concept]:
    """Fair distractors: named, described by the notes (so the notes show they
    differ), not an umbrella of the answer, preferably in the answer's script."""
    fair = own_list(concept, fair_siblings(concept, group, material))
    # A task ('구성 요소의 상태 확인', 'Checking the node state') is no name of a
    # thing: never offered beside components, nor they beside it (a list of
    # tasks is asked among its own).
    task = kind_word(concept.name) == "task"
    fair = [o for o in fair if (kind_word(o.name) == "task") == task]
    # Keys beside values ('maxUnavailable' beside 'Recreate', 'RollingUpdate'),
    # and a field beside its values ('strategy' over two '… 전략'): as in
    # matching, never rivals.
    cases = identifier_kinds([concept.name, *(o.name for o in fair)])
    if cases is not None:
        fair = [o for o in fair if cases[o.name] == cases[concept.name]]
    fair = [o for o in fair if not names_their_kind(
        o.name, [s.text for g in group if g is not o for s in g.statements])]
    # One kind of thing: when some siblings share a word of the answer's name
    # ('… 로드 밸런서', 'Glacier …', '… 인스턴스'), only those, so a load balancer
    # is never asked among features ('스케일링 정책', '고정 세션'); with only one
    # such sibling the two would stand out together: no question.
    words = _words(concept.name)
    kin = [o for o in fair if _words(o.name) & words]
    if kin:
        return kin
    # (Japanese and Chinese write the shared word inside one run, 'NAT
    # ゲートウェイ' beside 'トランジットゲートウェイ': cjk_heads. Only two such
    # siblings or more make a kind of their own; with one, '链式存储' beside
    # '顺序存储', the rest of the list, '嵌套集合', is of their kind too.)
    # (The notes' kana runs are read only for a kana ending.)
    runs = cache(lambda: kana_runs(text for g in group
                                   for text in (g.name, *(s.text for s in g.statements))))
    cjk_kin = [o for o in fair if shared_head(concept.name, o.name, runs)]
    if len(cjk_kin) >= 2:
        return cjk_kin
    # When the only siblings sharing a word of the name are its near twins,
    # left out ('전용 인스턴스' beside '전용 호스트'), those are the answer's kind:
    # asked among the rest ('스팟 인스턴스', '절약 플랜'), the one host among
    # pricing plans stands out. No question.
    if any(_words(o.name) & words for o in twins(concept, group, material)):
        return []
    # An item of a list under a heading setting two side by side ('CNAME 과
    # 별칭의 차이' over '1. CNAME', '2. Alias') is one of a pair, asked as such:
    # beside the headings around ('Route 53 - Records TTL') it is of another
    # level, and stands out.
    if concept.series and len(vs_names(_list_heading(concept))) == 2:
        return []
    # Or the notes number them as one list ('1. Simple', '2. Weighted', …): a
    # numbered answer is asked among the numbered ones, not beside 'TTL'.
    numbered = [o for o in fair if o.numbered]
    if concept.numbered and len(numbered) >= 2:
        return numbered
    # (And the other way: 'TTL', written beside that list, is no member of it;
    # offered among three routing policies it stands out as another kind, and
    # one item of a list beside sub-headings stands out as much: '호족 통합 +
    # 왕권 강화 정책' of a king's numbered policies beside '성종', '광종의 …'.)
    if not concept.numbered and numbered:
        fair = [o for o in fair if not o.numbered]
    # Names written in the answer's own script first ('Graviton' among Korean
    # names stands out); mixing only when that is all the notes offer.
    script = script_class(concept.name)
    same = [o for o in fair if script_class(o.name) == script]
    return same if len(same) >= 2 else fair


def own_list(concept: Concept, fair: list[Concept]) -> list[Concept]:
    """An item of a list under a heading naming a kind ('Volume Types',
    'Access Modes', '볼륨 유형') is asked among the items under its own heading
    only, and the items of other lists never beside such an item: two lists
    of two kinds of thing, where an access mode among volume types stands
    out by kind. With fewer than two of its own, no question. (Lists under
    headings of aspects, 'Performance' and 'Security' tips, stay one pool.)"""
    if not concept.series:
        return fair
    mine = _list_heading(concept)
    other = [o for o in fair if o.series and o.crumb != concept.crumb
             and (names_a_category(mine) or names_a_category(_list_heading(o)))]
    if not other:
        return fair
    # (By the heading above: a topic written again in a later section keeps
    # its first list's line but is an item of the list it is written in.)
    own = [o for o in fair if o.series and o.crumb == concept.crumb]
    return own if len(own) >= 2 else []


def _list_heading(concept: Concept) -> str:
    return concept.crumb.rsplit(" > ", 1)[-1]


_VENDOR_WORDS = frozenset({"aws", "amazon", "google", "azure", "microsoft"})


def _words(name: str) -> frozenset[str]:
    """The words a name is made of, without asides and vendor names."""
    return frozenset(_ordered_words(name))


def _umbrella(other: Concept, concept: Concept, material: Material) -> bool:
    """`other` covers `concept`: its notes name it and both are the same kind of
    thing (ELB (로드 밸런서) lists 애플리케이션 로드 밸런서). ECS naming Fargate as a
    launch type does not make ECS an answer to what describes Fargate."""
    return bool(other.pieces & concept.pieces) and _speaks_of(other, concept, material)


def _peers(a: Concept, b: Concept, group: Sequence[Concept], material: Material) -> bool:
    """Two things a third covers both ('ELB' lists 애플리케이션, 네트워크 and
    게이트웨이 로드 밸런서): members of one kind side by side, though the notes on
    one name the other ('투명 네트워크 로드 밸런서' under 게이트웨이 로드 밸런서)."""
    return any(u.key not in (a.key, b.key) and _umbrella(u, a, material)
               and _umbrella(u, b, material) for u in group)


def _kind_of(kind: Concept, member: Concept, material: Material) -> bool:
    """`kind` is the kind of thing `member` is: the notes on `kind` name
    `member` ('대표적인 AWS 서버리스 서비스: AWS 람다, AWS Fargate') and the line
    saying what `member` is calls it by `kind`'s name ('람다: 코드를 실행하여
    동작하는 서버리스 컴퓨팅 서비스'). What describes the member holds of its
    kind ('사용자는 코드를 입력해서 실행만 하면 됨' is serverless too), and the
    kind's meaning holds of the member: neither is the other's distractor."""
    said = compact_lines(material.said_about.get(kind.key, ()))
    # (A name of two Hangul letters is a word, '람다'; two Latin ones may be
    # part of any other, 'OU'.)
    if not any(c in said for c in _whole_parts(member.name)):
        return False
    return any(is_definition(s.text) and any(c in compact(s.text) for c in _whole_parts(kind.name))
               for s in member.statements)


def _whole_parts(name: str) -> list[str]:
    return [c for c in map(compact, name_parts(name))
            if len(c) >= 3 or (len(c) == 2 and script_class(c) == "hangul")]


def _speaks_of(concept: Concept, other: Concept, material: Material) -> bool:
    """Whether the notes about `concept` name `other` (it contains or compares it)."""
    said = compact_lines(material.said_about.get(concept.key, ()))
    return any(len(c) >= 3 and c in said for c in map(compact, name_parts(other.name)))


def _rank(concept: Concept, others: Sequence[Concept]) -> list[Concept]:
    # Most alike by name first: shared pieces ("... 인스턴스"), then similar length.
    def score(o: Concept) -> tuple[int, int]:
        return (-len(o.pieces & concept.pieces), abs(len(o.name) - len(concept.name)))

    return sorted(others, key=score)


def _own_words(other: Concept, answer: Concept, material: Material) -> frozenset[str]:
    """What the notes write of `other` (not in lines about the answer), and its name."""
    return material.vocabulary_without(other.key, answer.key) | pieces(other.name)


def paired(concept: Concept, other: Concept, group: Sequence[Concept] = ()) -> bool:
    """Two things named alike, one word apart in the same place ('MAC Header' /
    'LLC Header', 'Public Subnet' / 'Private Subnet'): two of one kind, written
    side by side. A shared word in another place names no shared kind ('Custom
    VPC', a kind of VPC, beside 'VPC Peering', a link between VPCs). Or the
    only two things the notes write under one heading ('Redis' and 'Memcached'
    under 'ElastiCache', 'AD Connector' and 'Simple AD' under a heading of
    directory options): the heading says what kind both are. Never two named
    by near-synonyms ('接続確立' / '接続開始'): the author's split, not the
    world's (near_synonyms.py)."""
    if near_synonyms(concept.name, other.name):
        return False
    if _only_two(concept, other, group):
        return True
    mine, theirs = _ordered_words(concept.name), _ordered_words(other.name)
    return len(mine) == len(theirs) >= 2 \
        and sum(a != b for a, b in zip(mine, theirs, strict=True)) == 1


def _only_two(concept: Concept, other: Concept, group: Sequence[Concept]) -> bool:
    # (Not the two fair ones of a longer list: the others there may be of
    # another kind. Nor the two parts of a reading list ('Videos' and
    # 'Readings' under 'Learning resources', '勉強資料' beside '所感'): sources
    # and labels, no kind of thing the notes teach. Nor a heading joining two
    # names ('HashMap과 HashTable'): a topic on two things, not one thing.)
    return len(group) == 2 and {o.key for o in group} == {concept.key, other.key} \
        and not reading_list(concept.crumb) \
        and not any(names_reading_list(n) or is_generic(n) or joins_two(n)
                    for n in (concept.name, other.name))


def _ordered_words(name: str) -> list[str]:
    """The words of `_words`, in the order the name writes them."""
    return [w for w in (compact(w) for w in _NAME_SPLIT.split(without_asides(name)))
            if len(w) >= 2 and w not in _VENDOR_WORDS]


def _one_level(concept: Concept, other: Concept) -> bool:
    """Two of a pair stand at one depth of the notes' outline. A two-choice
    question's one wrong choice must be the answer's kind, or the answer is
    told by kind alone: a class ('비선점 스케줄링') beside an algorithm filed
    under the other class ('선점 스케줄링 > SRT 스케줄링') is a level apart,
    though the two names are one word apart."""
    return len(concept.crumb.split(" > ")) == len(other.crumb.split(" > "))


def _pair_rival(concept: Concept, other: Concept, clues: Sequence[Statement],
                material: Material) -> list[Concept] | None:
    """The other of a pair as the one wrong choice, unless the notes might
    describe it this way too, or a clue names a word of its name."""
    if _could_be(other, concept, clues, material) or _points_at(other, concept, clues, material) \
            or _named_anyway(other, concept, clues, material):
        return None
    return [other]


def _unrelated(pool: Sequence[Concept]) -> Callable[[int, list[int]], bool]:
    """Whether a candidate of `pool` is unrelated to each picked so far."""
    return lambda i, picked: not any(related(pool[i], pool[j]) for j in picked)


def _chunks(clues: list[Statement]) -> list[list[Statement]]:
    """Two or three facts per question: a concept with many facts gives several
    questions, each from facts of its own (a lone leftover joins the last)."""
    if len(clues) <= 3:
        return [clues]
    out = [clues[i:i + 2] for i in range(0, min(len(clues), 8), 2)]
    if len(out[-1]) == 1:
        out[-2].extend(out.pop())
    return out


def _field_key(text: str) -> str | None:
    """The label a clue opens with ('Volume types' of 'Volume types: gp3, io2')."""
    term = split_term(text).term
    return " ".join(term.lower().split()) if term else None


def _once_each(clues: list[Statement]) -> list[Statement]:
    """The clues without one that says again what an earlier one says: notes
    that repeat a section write the same field twice ('Volume types: gp3
    (general), io2 (high IOPS)' and later 'Volume types: gp3, io1/io2'), and a
    question showing both reads as a copy slip. Same label, or the same
    words (text.near_duplicate: another figure makes another fact)."""
    kept: list[Statement] = []
    keys: set[str] = set()
    for clue in clues:
        key = _field_key(clue.text)
        if (key is not None and key in keys) or any(
                near_duplicate(clue.text, k.text) for k in kept):
            continue
        kept.append(clue)
        if key is not None:
            keys.add(key)
    return kept


def _could_be(other: Concept, answer: Concept, clues: Sequence[Statement],
              material: Material, limit: float | None = None) -> bool:
    """Whether the notes might describe `other` this way too (a second right answer)."""
    vocabulary = material.vocabulary_without(other.key, answer.key)
    if limit is None:
        # One clue alone must be the more telling: nothing else may half fit it.
        limit = CLUE_OVERLAP if len(clues) > 1 else SINGLE_CLUE_OVERLAP
    for clue in clues:
        # A line of `other` turning the clue's things the other way round
        # ('텍스트를 음성으로 변환' beside the clue '음성을 텍스트로 변환') tells it
        # apart, though it shares every word (directions.py).
        if reversed_in(clue.text, material.said_about.get(other.key, ())):
            continue
        # (Read on what tells the clue apart when the notes define `other` as
        # the same kind of thing: see _differentia.)
        told = _differentia(clue.text, other, material)
        if told != clue.text:
            clue = replace(clue, text=told)
        if material.overlap(clue.text, vocabulary) >= limit or _said_alike(other, clue, material):
            return True
    return False


# The shared kind a definition opens or ends on, in characters: a few words
# ('A graph traversal algorithm which …', '… 최단 경로를 찾는 알고리즘이다').
MIN_GENUS = 12


def _differentia(clue: str, other: Concept, material: Material) -> str:
    """The clue without the kind it shares with the notes' own definition of
    `other`: two siblings defined alike ('Depth-first search is a graph
    traversal algorithm which explores as far as possible …', 'Breadth-first
    search is a graph traversal algorithm which starts at a node …') share
    their kind by being siblings; whether the clue fits `other` is read on
    what tells it apart. The whole clue when the notes define `other` in no
    line of the clue's opening or ending."""
    names = (other.name, *sorted(material.spellings.get(other.key, ())))
    for own in _definitions(material.said_about.get(other.key, ()), names):
        rest = _without_shared(clue, own)
        if rest != clue:
            return rest
    return clue


@lru_cache(maxsize=1 << 12)
def _definitions(lines: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """What the lines define a thing of those names as: the predicate of each
    line whose first sentence (where a paragraph defines its subject) does."""
    firsts = dict.fromkeys(split_sentences(t)[0] for t in lines if t.strip())
    return tuple(without_subject(line, names) for line in firsts
                 if defines_itself(line, names))


def _common_length(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _without_shared(clue: str, other: str) -> str:
    """`clue` without the opening or the ending it shares with `other`, cut at
    a word's edge (at any character in Chinese or Japanese, written without
    spaces), when that is the kind alone: long enough, with telling words of
    its own left after it."""
    a, b = clue.lower(), other.lower()
    spaced = " " in clue
    head = _common_length(a, b)
    if spaced and 0 < head < len(clue) and clue[head - 1] != " ":
        head = clue.rfind(" ", 0, head) + 1  # (back to the start of the word cut)
    tail = _common_length(a[::-1], b[::-1])
    start = len(clue) - tail
    if spaced and 0 < start < len(clue) and clue[start - 1] != " " and clue[start] != " ":
        found = clue.find(" ", start)  # (on to the end of the word cut)
        start = len(clue) if found < 0 else found
    for rest, shared in ((clue[head:].strip(), head), (clue[:start].strip(), len(clue) - start)):
        if shared >= MIN_GENUS and len(telling(rest)) >= 3:
            return rest
    return clue


def _said_alike(other: Concept, clue: Statement, material: Material) -> bool:
    """Whether a line the notes write of `other` says what the clue says: the
    same statement, most of its words, or its meaning in a line naming
    `other` elsewhere. (Remembered per deck: see Material.said_alike.)"""
    key = (other.key, clue.text)
    found = material.said_alike.get(key)
    if found is None:
        found = any(_says_alike(clue.text, t) for t in material.said_about.get(other.key, ())) \
            or _said_of_it_elsewhere(other, clue, material)
        material.said_alike[key] = found
    return found


def _says_alike(clue: str, line: str) -> bool:
    """Whether a line says what the clue says: the same statement, or most of
    its words."""
    # (Most of a sibling's lines share no piece with a clue: settled at once.)
    if shares_no_piece(clue, line):
        return norm(clue) == norm(line)
    return near_duplicate(clue, line) or words_held(clue, line) >= LINE_WORDS_HELD


def _points_at(other: Concept, answer: Concept, clues: Sequence[Statement],
               material: Material) -> bool:
    """Whether a clue writes a word of `other`'s name that the answer's name
    does not have ('store configuration data and secrets' when Parameter
    Store is asked beside *Secrets Manager*): that wrong choice reads as
    right, and in the world it often is, the notes describing siblings in
    overlapping words. (Translations are left to the giveaway check: '캐시
    저장소' beside '스토리지 최적화' is no such word.)"""
    own = _name_words(_full(answer, material))
    words = _name_words(other.name) - own
    return bool(words) and any(words & _plain_words(c.text) for c in clues)


def _named_anyway(other: Concept, answer: Concept, clues: Sequence[Statement],
                  material: Material) -> bool:
    """Whether the clues say `other`'s name nearly whole in other words (a
    translation: '경제 성장은 …' beside *Economic Growth*), or the two head
    overlapping topics, the lines of one saying the other's name ('두 기간의
    패널 데이터' under *Policy Analysis with Panel Data* beside *Two-Period
    Panel Data*): either way a second right answer (rival_names.py)."""
    stem = " ".join(c.text for c in clues)
    return says_name(other.name, stem, answer.name) or overlapping_topics(
        answer.name, tuple(material.said_about.get(answer.key, ())),
        other.name, tuple(material.said_about.get(other.key, ())))


_LATIN_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def _stem_word(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _name_words(name: str) -> frozenset[str]:
    """The Latin words of four letters or more a name is written with, less
    an 's' ('Secrets' -> 'secret'), vendor names aside."""
    return frozenset(_stem_word(w) for w in _LATIN_WORD.findall(name)) - _VENDOR_WORDS


def _plain_words(text: str) -> frozenset[str]:
    return frozenset(_stem_word(w) for w in _LATIN_WORD.findall(text))


def _said_of_it_elsewhere(other: Concept, clue: Statement, material: Material) -> bool:
    """A line elsewhere that names `other` says the clue's words of it too ('액세스
    키: CLI 또는 SDK를 사용하여 AWS에 액세스' beside the CLI's clue '액세스키를 통해
    접근'): the notes themselves say the clue fits it, though its own bullets
    do not."""
    lines = material.mentioned_in.get(other.key, ())
    if not lines:
        return False
    text = without_asides(clue.text) or clue.text
    weights = material.weights(text)
    return any(held_share(text, weights, line) >= CLUE_OVERLAP for line in lines)


def _leaks(concept: Concept, text: str, others_pieces: list[frozenset[str]]) -> bool:
    return leaked(concept.pieces, text, others_pieces) or phrase_leaked(concept.phrases, text)


def _clue(concept: Concept, s: Statement, others_pieces: list[frozenset[str]],
          spellings: Sequence[str] = (),
          says_name: Callable[[str], bool] = lambda _: False,
          kept: Callable[[Statement], bool] = lambda _: True) -> Statement | None:
    """The statement as a clue, without the aside that names the answer if need be
    ('텍스트를 음성으로 변환하는 서비스 (TTS)' -> without '(TTS)'), or without the
    name it opens on as its subject ('보안그룹은 허용 규칙만 지정 가능' -> '허용
    규칙만 지정 가능'); None if it leaks. `says_name`: whether a text says the
    name in other words (a translation): an aside that translates it ('이미지,
    비디오 분석 (… 사물 인식)' under Rekognition) is left out the same way.
    `kept`: whether the question keeps the clue found (None if not)."""
    texts = [s.text, without_asides(s.text)]
    # (The line without the name it opens on as its subject, points at in
    # closing, or names as the means to what it says: mentions.py.)
    for cut in (without_subject(s.text, spellings), without_pointer(s.text, spellings),
                after_means(s.text, spellings)):
        if cut:
            texts += [cut, without_asides(cut)]
    clues = [Statement(text=text, source=s.source) for text in dict.fromkeys(texts)]

    @cache
    def readable(clue: Statement) -> bool:
        # (A step that points back, 'Server receives this segment', dangles alone.)
        return 8 <= len(clue.text) <= MAX_CLUE \
            and not _leaks(concept, clue.text, others_pieces) and not refers_back(clue.text) \
            and not ends_on_tag(clue.text) and not runs_labels_together(clue.text)

    @cache
    def usable(clue: Statement) -> bool:
        return readable(clue) and kept(clue)

    for at, clue in enumerate(clues):
        if not readable(clue):
            continue
        # (Whether a text says the name is the costly reading: it is skipped
        # when no text left would be kept anyway.)
        if not any(usable(c) for c in clues[at:]):
            return None
        if not says_name(clue.text):
            return clue if usable(clue) else None
    return None


# What follows a name written as the subject of its own line ('EMR은 …', 'TTL은 …',
# 'Depth-first search is a …').
_SUBJECT_PARTICLE = re.compile(r"^(?:은|는|이란|란|\s+(?:is|are)\b)\s+(?=\S)")


# The same in Japanese and Chinese, written with no space: 'Xは …', 'Xとは、…',
# 'Xが …', 'X是 …', 'X指 …'; the subject may add one Han classifier to the name
# ('インターネット層は …' under 'インターネット', 'HTTP协议是' is two and stays).
_CJK_SUBJECT_PARTICLE = re.compile(
    r"^[\u4e00-\u9fff]?(?P<particle>とは|は|が|是指|是|指)[、，,]?\s*(?=\S)")
# What may follow a Japanese 'Xが' when X was the subject of a clause inside the
# sentence ('TCPが持つ機能は …'): another topic particle later on.
_LATER_TOPIC = re.compile(r"[^\s]は")


def _cjk_predicate(after: str) -> str:
    """The predicate after a name written as the subject of a Japanese or
    Chinese sentence, or '' when `after` does not open on a subject particle."""
    match = _CJK_SUBJECT_PARTICLE.match(after)
    if match is None:
        return ""
    rest = after[match.end():].strip()
    if match.group("particle") == "が" and _LATER_TOPIC.search(rest):
        return ""  # the name is the subject of a clause, not of the line
    return rest


def without_subject(text: str, spellings: Sequence[str]) -> str:
    """The predicate of a line whose subject is one of the names (longest first)."""
    for name in sorted(spellings, key=len, reverse=True):
        if len(name) >= 2 and text.lower().startswith(name.lower()):
            cjk = _cjk_predicate(text[len(name):])
            if cjk:
                return cjk
            match = _SUBJECT_PARTICLE.match(text[len(name):])
            if match:
                rest = text[len(name) + match.end():].strip()
                # ('a graph traversal algorithm …' opens a line of its own.)
                return rest[:1].upper() + rest[1:] if match.group().strip()[:1].isascii() \
                    else rest
    return ""


def _fits_half(clue: Statement, concept: Concept, others: Sequence[Concept],
               material: Material) -> bool:
    """A clue that would fit half the distractors as well tells nothing ("서버리스
    컨테이너 서비스" among ECS, EKS, Fargate): left out rather than lose them."""
    needed = (len(others) + 1) // 2
    fitting = 0
    for at, other in enumerate(others):
        # (Read only until the count is settled either way.)
        if fitting >= needed or fitting + len(others) - at < needed:
            break
        fitting += _could_be(other, concept, [clue], material, CLUE_OVERLAP)
    return fitting >= needed


def _fact(concept: Concept, shown: Sequence[Statement] = ()) -> str:
    """One fact about the concept for the lesson: one the stem did not show if any."""
    said = {s.text for s in shown}
    for s in concept.statements:
        if s.text not in said and not labelled(s.text):
            return s.text
    return shown[0].text if shown else ""


def _names_another(text: str) -> bool:
    """A bare item that names something ('IAM 자격 증명 보고서' under 'Security
    Tools'): a part of the concept, not a description of it."""
    short = (len(without_asides(text).split()) <= 3
             and not re.search(r"\S(에|를|을|의|로)\s", text))
    return short and is_name(text) and bool(re.search(r"[A-Za-z]{2,}", text))


@lru_cache(maxsize=1 << 12)
def _long_parts(name: str, spellings: frozenset[str]) -> tuple[str, ...]:
    """The parts of three characters or more, compacted, of a name and of its
    other spellings. (Remembered: each sibling's are read for every clue of
    every concept beside it.)"""
    return tuple(part for spelling in (name, *spellings)
                 for part in map(compact, name_parts(spelling)) if len(part) >= 3)


def _names_a_rival(text: str, rivals: Sequence[Concept], material: Material,
                   answer: str = "") -> bool:
    """A clue that names another concept written beside the answer, by any of its
    names ('ALB에 비해 지연시간 짧음', 'QuickSight와 통합', 'IOCP의 장점은'): it
    rules that choice out, or speaks of that concept rather than of the answer.
    Set against a rival, the part of its name the answer's lacks names it too
    ('L7보다 저렴' under 'L4 로드 밸런싱' beside 'L7 로드 밸런싱')."""
    if answer and any(_compared_with(text, answer, o.name) for o in rivals):
        return True
    flat = squash(text)  # asides included: '(SJF의 단점 보완)' names SJF
    if any(part in flat for o in rivals
           for part in _long_parts(o.name, material.spellings.get(o.key, frozenset()))):
        return True
    # An acronym a rival's name is built on ('EBS 보다 …' beside 'EBS 스냅샷').
    said = set(_WHOLE_ACRONYM.findall(text))
    said -= {w.upper() for w in _VENDOR_WORDS}  # 'AWS 계정 …' names no 'AWS Shield'
    return any(word in said for o in rivals
               for word in _WHOLE_ACRONYM.findall(o.name))


_NAME_WORD = re.compile(r"[^\W_]+")
# Comparison words after what is compared with ('L7보다', 'L7과 달리', 'L7より')
# and before it ('than L7', 'unlike the L7', '比L7').
_COMPARED_BEFORE = re.compile(
    r"\s*(?:보다|[와과]\s*달리|[와과]\s*비교해|에\s*비해|대비|より|と比べ|に比べ|と違)")
_COMPARED_AFTER = re.compile(
    r"\b(?:than|unlike|compared\s+(?:to|with))\s+(?:the\s+|an?\s+)?|比\s*", re.IGNORECASE)


def _compared_with(text: str, answer: str, rival: str) -> bool:
    """Whether the text compares with or contrasts against the rival by a word
    of its name the answer's name lacks ('L7보다', 'than L7', 'unlike L7', 'L7과
    달리', '比L7', 'L7より'): short words too, that the name check passes over.
    The answer is then the choice left."""
    before, after = _compared_spans(text)
    if not before and not after:
        return False
    own = {w.lower() for w in _NAME_WORD.findall(answer)}
    words = [w.lower() for w in _NAME_WORD.findall(rival) if len(w) >= 2 and w.lower() not in own]
    return any(_ends_with_word(b, w) for b in before for w in words) \
        or any(_starts_with_word(a, w) for a in after for w in words)


@lru_cache(maxsize=1 << 12)
def _compared_spans(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The text up to each comparison word that follows what is compared, and
    the text from each one that precedes it (lower-cased)."""
    flat = text.lower()
    return (tuple(flat[:m.start()] for m in _COMPARED_BEFORE.finditer(flat)),
            tuple(flat[m.end():] for m in _COMPARED_AFTER.finditer(flat)))


# (Bounded as the word is written: a Latin name must not run on into letters
# ('L70'), a Korean one into syllables; Chinese and Japanese need no bound.)
def _ends_with_word(text: str, word: str) -> bool:
    if not text.endswith(word) or len(text) == len(word):
        return text == word
    ahead = text[-len(word) - 1]
    return not (ahead.isascii() and ahead.isalnum()) if word[0].isascii() \
        else not ("가" <= ahead <= "힣")


def _starts_with_word(text: str, word: str) -> bool:
    if not text.startswith(word):
        return False
    rest = text[len(word):len(word) + 1]
    return not (word[-1].isascii() and rest.isascii() and rest.isalnum())


def _telling_alone(clue: Statement, concept: Concept, material: Material) -> bool:
    """Whether one fact is enough to name the concept: specific wording (enough
    telling pieces) that the notes use for no other concept."""
    return (len(telling(clue.text)) >= SINGLE_CLUE_PIECES
            and not _fits_besides(clue, concept, material))


def _fits_besides(clue: Statement, concept: Concept, material: Material) -> set[str]:
    """The other concepts whose notes word the clue alike, but those the
    concept is written under."""
    found = material.fitting(clue.text) - {concept.key} - _written_over(concept, material)
    # (Not those whose notes turn the clue's things the other way round.)
    return {k for k in found if not reversed_in(clue.text, material.said_about.get(k, ()))}


def _written_over(concept: Concept, material: Material) -> set[str]:
    """The concepts the concept is written under ('S3 스토리지 클래스' over
    'Glacier Deep Archive'): their notes hold its lines because they hold all
    written below them, so its own line fitting them says nothing of how
    widely the line fits. (Another concept's notes saying the same still do.)"""
    above = concept.about.split(" > ")[:-1]
    return {o.key for group in material.groups for o in group
            if o.topic == concept.topic and o.section == concept.section
            and o.key != concept.key and o.about.split(" > ")[-1] in above}


def _defines(clue: Statement, concept: Concept, material: Material) -> bool:
    """A product's definition names one product: alone it is a clue (a choice
    whose notes word it alike is still left out, as for any clue), unless many
    concepts' notes word it alike."""
    return is_definition(clue.text) and len(_fits_besides(clue, concept, material)) < 2


def _defines_itself(line: Statement, clue: Statement, concept: Concept,
                    material: Material, spellings: Sequence[str]) -> bool:
    """The notes' own definition of the concept, its name the subject ('X是…',
    'X란 …이다'): alone it is a clue, as a product's definition is."""
    return defines_itself(line.text, spellings) \
        and len(_fits_besides(clue, concept, material)) < 2


def name_questions(material: Material) -> list[Question]:
    out: list[Question] = []
    for group in material.groups:
        for concept in group:
            # (A section of kinds, 'Route 53 - Routing 정책', is no thing to name.)
            if concept.named \
                    and not heads_its_kinds(concept.name, material.said_about.get(concept.key, ())):
                out.extend(_name(concept, _siblings(concept, group, material), material, group))
    return out


def crumb_senses(concept: Concept, material: Material) -> frozenset[str]:
    """What the concept's breadcrumb shows of its full name, as a reader finds
    it in the choice (crumb_reading: not a word only a glossary gloss of it
    adds, '관리' of '조직 관리' for Organizations). Read once per build: it is
    costly, and name and blank questions both ask."""
    # (One name may stand under two headings: keyed by both.)
    key = f"{concept.key}\x1f{concept.crumb}"
    found = material.crumb_senses.get(key)
    if found is None:
        found = seen_in_choice(concept.name, sorted(material.spellings.get(concept.key, ())),
                               concept.crumb,
                               shown_senses(_full(concept, material), concept.crumb))
        material.crumb_senses[key] = found
    return found


def _full(concept: Concept, material: Material) -> str:
    return f"{concept.name} {material.spelled_out.get(concept.key, '')}".strip()


def crumb_fair(concept: Concept, others: Sequence[Concept],
               material: Material) -> list[Concept]:
    """The siblings a breadcrumb showing part of the name ('Route 53 > 라우팅
    정책' over '가중치 기반 라우팅 정책') does not set the answer apart from: only
    those with that part too ('지리적 근접 라우팅' is not one)."""
    in_crumb = crumb_senses(concept, material)
    listed = named_whole(concept.name, concept.crumb)
    return [o for o in others if (not _leaks(concept, concept.crumb, [o.pieces])
                                  and shares_all(_full(o, material), in_crumb))
            or (listed and named_whole(o.name, concept.crumb))]


def crumb_gives_away(concept: Concept, others: Sequence[Concept], material: Material) -> bool:
    """Whether the breadcrumb points at the answer among `others` by a word,
    translation or transliteration of its name. (A sibling the breadcrumb
    names whole, as it names the answer, it sets apart as much.)"""
    listed = named_whole(concept.name, concept.crumb)
    rest = [_full(o, material) for o in others
            if not (listed and named_whole(o.name, concept.crumb))]
    # (gloss.gives_away, with the senses a reader finds in the choice.)
    shown = crumb_senses(concept, material)
    return own_part_spelled(_full(concept, material), concept.crumb, rest) \
        or any(not shares_all(o, shown) for o in rest)


def named_whole(name: str, crumb: str) -> bool:
    """Whether the breadcrumb writes every word of the name ('AWS RDS, Aurora,
    ElastiCache' writes Aurora; '장기, 중기, 단기 스케줄러' writes 중기스케줄러,
    its head word shared by the list): a heading that lists things names each
    of them, and over choices it lists every one it sets none apart. A word of
    the name joined of two ('중기스케줄러') is written when its first part is a
    word of the breadcrumb and the rest is in it too; the shared head word may
    stand in the plural ('Subnets: Public vs Private' writes 'Public subnet')."""
    said = compact(crumb)
    written = _ALNUM_RUN.findall(crumb)
    words = {compact(w) for w in written} | {compact(lemma(w)) for w in written}
    parts = _ALNUM_RUN.findall(without_asides(name) or name)
    return bool(parts) and all(
        compact(p) in words or any(compact(p)[:i] in words and compact(p)[i:] in said
                                   for i in range(1, len(compact(p))))
        for p in parts)


def _shorter_crumbs(crumb: str) -> list[str]:
    """The breadcrumbs a multi-level one may be cut to, one level or more
    left out (order kept): most levels first, then those keeping the nearest
    level (it says what kind of thing the choices are)."""
    levels = crumb.split(" > ")
    found: list[tuple[int, int, tuple[int, ...]]] = []
    for mask in range(1, (1 << len(levels)) - 1):
        kept = tuple(i for i in range(len(levels)) if mask >> i & 1)
        found.append((-len(kept), -kept[-1], kept))
    return [" > ".join(levels[i] for i in kept) for *_, kept in sorted(found)]


def crumb_fitted(concept: Concept, others: Sequence[Concept],
                 material: Material) -> tuple[Concept, list[Concept]]:
    """The concept under the breadcrumb its question shows, and the siblings
    that breadcrumb does not set it apart from (crumb_fair). When a level
    shows part of the name and leaves fewer than two such siblings ('AWS RDS,
    Aurora, ElastiCache > Aurora' spells out RDS as Relational *Database*
    Service over 'Aurora 글로벌 데이터베이스' among 'Aurora 복제본', 'Aurora
    Serverless'), the question is shown under fewer levels: the fullest cut
    that leaves two or more, nearest level kept first ('Aurora'). The section
    and topic stay; only the context line is shorter."""
    fair = crumb_fair(concept, others, material)
    # (Under any breadcrumb the fair siblings are some of `others`: with fewer
    # than two of those, no shorter one is read.)
    if len(fair) >= 2 or len(others) < 2 or " > " not in concept.crumb:
        return concept, fair
    for crumb in _shorter_crumbs(concept.crumb):
        cut = replace(concept, crumb=crumb)
        shorter = crumb_fair(cut, others, material)
        if len(shorter) >= 2:
            return cut, shorter
    return concept, fair


def nearest_distractors(concept: Concept, others: Sequence[Concept],
                        clues: Sequence[Statement], material: Material,
                        left_aside: Sequence[Concept] = ()) -> list[Concept] | None:
    """Two or three distractors for a question asking `concept` by `clues`, or
    None when no fair set is left.

    A sibling the notes also describe this way would be a second right answer:
    never offered. Nearest the clue in kind first: siblings whose notes share its
    telling words ('Lambda@Edge' beside 'CloudFront Functions'), then those
    sharing the answer's name; never two that overlap ('Organizations' and
    'Organizations - OU'): one would be a part or the parent of the other. Words
    of the clue that a left-out sibling's notes share, and no choice's but the
    answer's, point at the answer: no question then. `left_aside`: siblings
    never offered but of the answer's kind (its near twins, `twins`): left out
    too ('코드 실행', '요청/응답 이벤트' shared by Lambda@Edge and CloudFront
    Functions alone, asked among CloudFront, Origin Shield and Origin Group)."""
    fair = _rank(concept, [o for o in others if not _could_be(o, concept, clues, material)
                           and not _points_at(o, concept, clues, material)
                           and not _named_anyway(o, concept, clues, material)])
    stem = " ".join(c.text for c in clues)
    weights = material.weights(stem)
    kin_words = [_own_words(o, concept, material) for o in fair]
    chosen = nearest(weights, kin_words, 3, _unrelated(fair))
    picked = [fair[i] for i in chosen]
    if len(picked) < 2:
        return None
    left_out = [_own_words(o, concept, material)
                for o in (*others, *left_aside) if o not in picked]
    if stranded(stem, weights, pieces(stem), [kin_words[i] for i in chosen],
                left_out, concept.crumb) >= STRANDED_SHARE:
        return None
    return picked


def _name(concept: Concept, others: list[Concept], material: Material,
          group: Sequence[Concept]) -> list[Question]:
    own = set(_CAPITALS_RUN.findall(concept.name))
    # Names are shown whole: 'IAM Roles' cut to 'Roles' under the section 'IAM'
    # reads as a heading of the notes, not as the name of a thing.
    # The giveaway check reads each choice spelled out in full ('EFS' as 'Elastic
    # File System'): '네트워크 파일 시스템' gives EFS away.
    full_name = _full(concept, material)
    # (With one sibling or none, the fitting below keeps the concept and at
    # most that sibling: no question unless the two are a pair. Told first:
    # fitting reads the breadcrumb, a costly reading.)
    if not others or (len(others) == 1 and not paired(concept, others[0], group)):
        return []
    # A breadcrumb that shows part of the name ('Route 53 > 라우팅 정책' over
    # '가중치 기반 라우팅 정책') points at it unless every choice has that part:
    # only such siblings are asked beside it ('지리적 근접 라우팅' is not).
    concept, others = crumb_fitted(concept, others, material)
    others_pieces = [o.pieces for o in others]
    # Two of one kind and no third ('MAC Header' / 'LLC Header'): asked as a
    # pair, which of the two the clue describes.
    pair = len(others) == 1 and paired(concept, others[0], group) \
        and _one_level(concept, others[0])
    if len(others) < 2 and not pair:
        return []
    full_others = [_full(o, material) for o in others]
    # (A rival sharing the answer's own acronym is told apart by the rest.)
    rivals = [o for o in group if o.key != concept.key
              and not own & set(_CAPITALS_RUN.findall(o.name))]
    if crumb_gives_away(concept, others, material):
        return []
    spellings = sorted({concept.name, *name_parts(concept.name),
                        *material.spellings.get(concept.key, ())})
    shown: dict[Statement, Statement] = {}
    # (Beside a name of four words or fewer the acronym is read already.)
    bare_check = len(full_name.split()) > 4

    def says_name(text: str) -> bool:
        # A clue that translates or transliterates the name (관리형 데이터 레이크 ->
        # Lake, 권한 부여 -> Permissions) only restates it: no clue at all.
        # Nor a clue on the name's subject in other words (비용 부담 -> 요청자 지불).
        # (Read with the bare names too: an acronym in the clue is spelled out
        # only beside a short name, 'ENI를 …' -> Interface -> '인터페이스 엔드포인트';
        # the name as a choice shows it, without its aside: '(AWS PrivateLink)'.)
        return gives_away(full_name, text, full_others) \
            or bool(echoed_fields(full_name, text, full_others)) \
            or (bare_check and bool(_ACRONYM_WORD.search(text))
                and gives_away(without_asides(concept.name).strip(), text,
                               [without_asides(o.name).strip() for o in others]))

    category = is_category(concept.name)

    def kept(clue: Statement) -> bool:
        # (Cheapest first: read before `says_name`, the costly reading.)
        # Members named under a category heading ('Amazon Aurora: …' under
        # 'Databases') tell what kind of thing they are, not what the notes say.
        # Nor do things listed under one of two buckets ('Networking (20%) -
        # critical' under 'High Priority' / 'Medium Priority'): which bucket
        # the author chose is no fact of the things, and a degree word points.
        # Nor a line on the whole the answer lives in ('하나의 클러스터 내에는 …
        # 워커 노드가 존재할 수 있음' under 'kube-scheduler'): a fact of the parent.
        return not _names_another(clue.text) \
            and not tells_a_whole(clue.text, spellings) \
            and not only_merits(clue.text) and not claims_hands_off(clue.text) \
            and not states_a_problem(clue.text) \
            and not (category and names_members(clue.text)) \
            and not (pair and dash_term(clue.text)) \
            and not _names_a_rival(clue.text, rivals, material, concept.name) \
            and not _fits_half(clue, concept, others, material)

    # (What the siblings' notes write: a line defining a term they use too,
    # '索引的选择性是指…' beside '前缀索引' choosing by 索引选择性, is about the
    # term, not the answer: shared_terms.py.)
    sibling_lines = [t for o in group if o.key != concept.key
                     for t in material.said_about.get(o.key, ())]
    for s in concept.statements:
        if defines_another(s.text, spellings):
            continue  # ('根节点: 一棵树最顶部的节点' under 二叉树 speaks of 根节点)
        if defines_shared_term(s.text, spellings, sibling_lines):
            continue
        clue = _clue(concept, s, others_pieces, spellings, says_name, kept)
        if clue is not None:
            shown[clue] = s
    clues = _once_each(list(shown))
    # A use or a restriction alone ('座標変換などに用いる', '정방행렬에만 정의된다')
    # is shared by many things, a sibling among the choices too: no clue alone.
    if len(clues) == 1 and only_a_use(clues[0].text):
        return []
    if len(clues) == 1 and not (_telling_alone(clues[0], concept, material)
                                or _defines(clues[0], concept, material)
                                or _defines_itself(shown[clues[0]], clues[0], concept,
                                                   material, spellings)):
        return []  # one generic fact ("데이터 마이그레이션 서비스") fits siblings too
    aside = twins(concept, group, material)
    out: list[Question] = []
    # (Each chunk from one place the concept is written in: written_parts.)
    for chunk in (c for part in by_place(concept, clues) for c in _chunks(part)):
        if not chunk or (len(chunk) == 1 and len(clues) > 1):
            continue
        picked = (_pair_rival(concept, others[0], chunk, material) if pair
                  else nearest_distractors(concept, others, chunk, material, aside))
        if picked is None:
            continue
        words = material.words
        body = words.which_is_described + "\n" + "\n".join(f"- {c.text}" for c in chunk)
        evened = even_names(concept.name, [o.name for o in picked])
        if evened is None:
            continue
        correct, wrong = evened
        explanation = [(correct, _fact(concept, chunk)),
                       *((w, _fact(o)) for w, o in zip(wrong, picked, strict=True))]
        question = make(
            PAIR if pair else "name", sources=[concept.name, *(c.text for c in chunk)],
            section=concept.section, topic=concept.topic, concept=concept.key,
            context=crumb_among(concept.crumb, [o.crumb for o in picked]), body=body,
            correct=correct, wrong=wrong,
            explanation=explanation, source=chunk[0].source, asks=[c.source for c in chunk])
        if question is not None:
            out.append(question)
    return out
