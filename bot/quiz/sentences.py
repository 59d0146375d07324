"""Definitions written as sentences: 'X는 ~이다', 'X란 ~', 'X is a ~', 'Xとは~'.

Prose notes define their terms in sentences rather than `term : definition`
bullets ('트리거는 특정 테이블에 대한 이벤트에 반응해 … 실행되는 프로시저입니다',
'A PersistentVolumeClaim can be thought of as storage requested by a user').
Such a sentence is a term and its definition when the subject is a name and
the rest says what it is: the definitions of one section are matched like
term lines.
"""

from __future__ import annotations

import re

from bot.quiz.naming import ends_on_particle
from bot.quiz.prose_terms import reason_clause

# The subject: a name of at most four words, then the topic particle. '이란'
# and '란' ask what it is; '은'/'는' state it. The first word closed by one is
# the subject's end: '버퍼는 읽은 값을 …' is about 버퍼, not '버퍼는 읽'.
_KO = re.compile(r"^(?P<term>(?:[^\s,.()]+\s){0,3}?[^\s,.()]+)(?P<particle>이란|란|은|는)"
                 r"\s+(?P<def>\S.*)$")
_EN = re.compile(
    r"^(?:(?:An?|The)\s+)?(?P<term>[A-Z][\w\-/.]*(?:\s[A-Za-z][\w\-/.]*){0,3}?)\s+"
    r"(?:(?:is|are)\s+(?P<def>(?:an?|the)\s.+|\w+ing\s.+)|"
    r"(?:refers to|means|can be thought of as)\s+(?P<said>.+))$")
_JA = re.compile(r"^(?P<term>[^\s、。，,]{1,20}?)とは、?\s*(?P<def>\S.+)$")
MAX_DEFINITION = 110
# Korean subjects that are no names: a pronoun or a word that points back.
_POINTER = re.compile(
    r"^(?:이|그|저|이것|그것|이는|여기|해당|위|아래|다음|또|각|모든|어떤|일부)(?:\s|$)")
# Japanese subjects that point back ('これは', 'その方式とは') are no names either.
_JA_POINTER = re.compile(r"^(?:これ|それ|あれ|この|その|あの|ここ|そこ)")
# English words that never stand in a name: pronouns, and the words that open
# a clause. A subject holding one is part of a sentence ('Determine if it is
# a binary search tree' is no definition of 'Determine if it').
_EN_CLAUSE_WORDS = frozenset(
    "it its this that these those there they them we you he she if whether when "
    "where which who whom what how why because so then than not also here".split())
# Words a name never ends on: they wait for the rest of a phrase.
_EN_DANGLING = frozenset("a an the of and or for with in on by at from to as".split())
_EN_ARTICLES = frozenset({"a", "an", "the"})
# Words that open a subject which is no name: a quantifier counts members of a
# kind ('Each buyer and seller is a price taker' says something of buyers, it
# names nothing), and a subordinating word opens a clause ('While a
# competitive firm is a price taker, …').
_EN_OPENERS = frozenset(
    "each every some all most many several any both either neither "
    "while whereas although though unless since once until after before".split())
# A definition that is the tail of a comma-joined contrast: 'a price taker, a
# monopoly firm is a price maker' holds a second subject and its own verb.
# (A relative clause, ', which is …', still says what the term is.)
_EN_SECOND_CLAUSE = re.compile(
    r",\s+(?!(?:which|that|who|whose|where|when)\b)(?:(?:an?|the)\s+)?"
    r"[A-Za-z][\w\-/]*(?:\s[\w\-/]+){0,3}?\s+(?:is|are|was|were)\s",
    re.IGNORECASE)
_CLAUSE_WORD = re.compile(
    r"[\uac00-\ud7a3](?:을|를|가|에|에서|에게|한테|보다|처럼|의|으로|와|과|하|되|한|된|할)$")
# A verb stem closing the would-be name ('통신이 일어나는'), or a stem standing
# as the last word, whose '은' was the adnominal ending, no topic particle
# ('익숙하지 않은 지연이 …' is no subject '익숙하지 않'; no name ends on 않, 없,
# 있, 같, 좋 or 많), and a subject inside it ('통신이 …').
_VERB_END = re.compile(r"[\uac00-\ud7a3](?:나|하|되|지|리)$|(?:않|없|있|같|좋|많)$")
_SUBJECT = re.compile(r"[\uac00-\ud7a3](?:이|가)$")
# The definition ends as a definition: 'X는 … 것이다/입니다/이다', 'an object
# that …', 'Xとは…こと/です'.
_KO_END = re.compile(r"(?:이다|입니다|이에요|예요|임|것|말한다|말합니다|의미한다|의미합니다|"
                     r"뜻한다|뜻합니다)[.!]?$")


# A Korean definition that says it is one: 'X는 …을 의미한다/말한다/뜻한다'.
_KO_SAYS = re.compile(r"(?:의미|말|뜻|지칭|정의)(?:한다|합니다|함|하는\s*것이다)[.!]?$|"
                      r"가리킨다[.!]?$|가리킵니다[.!]?$|일컫는다[.!]?$|(?:이?라고|이?라)\s*한다[.!]?$")


def written_as_definition(text: str) -> bool:
    """A sentence written as a definition, whatever its subject: 'X란 …',
    'X는 …을 의미한다', 'Xとは …', 'X refers to / means …'. ('X는 …이다' and
    'X is a …' say what X is as often as they go on about it.)"""
    text = " ".join(text.split())
    if definition_of(text) is None:
        return False
    ko = _KO.match(text)
    if ko is not None:
        return ko.group("particle") in ("이란", "란") or bool(_KO_SAYS.search(ko.group("def")))
    en = _EN.match(text)
    if en is not None:
        return en.group("said") is not None
    return _JA.match(text) is not None


def _foretold(definition: str) -> bool:
    """A Korean sentence closing on '-ㄹ 것' ('결국엔 일관성을 유지하게 될 것',
    '캐싱해야 할 것'): what will happen or must be done, not what the subject
    is ('…할 수 있는 것', '…하는 것' say that)."""
    words = definition.rstrip(".!").split()
    if len(words) < 2 or words[-1] != "것":
        return False
    last = words[-2][-1]
    # (A Hangul syllable's final consonant is its code's remainder by 28; ㄹ is 8.)
    return "가" <= last <= "힣" and (ord(last) - ord("가")) % 28 == 8


def definition_of(text: str) -> tuple[str, str] | None:
    """(term, definition) of a sentence that defines a name, or None."""
    text = " ".join(text.split())
    if len(text) > 200 or text.endswith(("?", "？", ":", "：")):
        return None
    for pattern in (_KO, _EN, _JA):
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        term = groups["term"].strip()
        definition = (groups.get("def") or groups.get("said") or "").strip()
        if reason_clause(definition):
            return None  # '…적합하기 때문이다': why the sentence before holds
        if pattern is _KO:
            term = _without_i_of_iran(term, text)
            if _POINTER.match(term) or not _KO_END.search(definition) or _foretold(definition) \
                    or ends_on_particle(term):
                return None
            # A clause, not a name: a word of it takes a particle or ends on a
            # verb ('역정규화를 하는 이유는', '사용자가 직접 호출하는').
            words = term.split()
            if words[-1] == "또":
                return None  # '사람 또는 사건에 관한 …': 또는 is 'or', no topic particle
            if any(_CLAUSE_WORD.search(w) for w in words) or _VERB_END.search(words[-1]) \
                    or any(_SUBJECT.search(w) for w in words[:-1]):
                return None
        if pattern is _EN and (not reads_as_english_name(term)
                               or _EN_SECOND_CLAUSE.search(definition)):
            return None
        if pattern is _JA and _JA_POINTER.match(term):
            return None
        if len(definition) < 8 or (len(definition.split()) < 2 and pattern is not _JA):
            return None
        if len(definition) > MAX_DEFINITION:
            return None  # a paragraph, not a definition to pick among choices
        return term, definition
    return None


def reads_as_english_name(term: str) -> bool:
    """An English subject split off at 'is' that reads as a name: no article
    before a common noun ('A tree' is a tree, named by no one), no pronoun or
    clause word ('Determine if it'), no word left waiting for the rest of its
    phrase ('Types of'). 'IT' in capitals is a name, not the pronoun."""
    words = term.split()
    if not words:
        return False
    if words[0].lower() in _EN_ARTICLES or words[0].lower() in _EN_OPENERS:
        return False
    for i, word in enumerate(words):
        bare = word.strip("`*_\"'()")
        if bare in _EN_CLAUSE_WORDS or (i == 0 and bare.istitle()
                                         and bare.lower() in _EN_CLAUSE_WORDS):
            return False
    return words[-1].lower() not in _EN_DANGLING


def _without_i_of_iran(term: str, text: str) -> str:
    """'트렌잭션이란 …' is '트렌잭션' and '이란': after a closed syllable the
    particle is '이란', and the 이 read onto the subject is the particle's.
    ('길이란 …', '높이란 …': a word of its own ending on 이 stays whole.) After
    a Latin word the 이 is always the particle's: 'connection pool이란 …'."""
    if text[len(term):].startswith("란") and term.endswith("이") \
            and (ends_on_particle(term) or (term[-2:-1].isascii() and term[-2:-1].isalnum())):
        return term[:-1]
    return term
