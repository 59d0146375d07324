"""Definitions that say nothing about their term: only names, or a sentence about
something else.

A `term : definition` line is matched both ways: its definition is a clue (which
term does it describe?) and a choice (which definition is the term's?). That
needs a description. Notes also write lines whose right side only names things:
another name of the thing ('Firewall rules: security group'), the tools it
stands for ('Audit: Access Reports & Usage Advisor'), the kinds it comes in
('Operating System: Linux, Windows or Mac OS'), the matching cell of a table
('Session (5) | Application'). As a clue it is a bare label; among statements
it is a name in a list of sentences, picked by its form.

And a bold sub-heading over a tip ('Common Confusions: ARP is often said to …',
'OSI Layer: LLC is part of Layer 2') is no term: the sentence after it speaks of
a subject of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.quiz.gloss import english_words, shown_senses
from bot.quiz.text import compact

# Where a list of names is joined: commas, '&', '+', '/', 'and', 'or', 및, 또는.
_JOINTS = re.compile(r"\s*(?:[,;&+/、]|\band\b|\bor\b|\s및\s|\s또는\s)\s*", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)")
# Small words inside a name ('FSx for Windows', 'Simple Queue Service').
_SMALL = frozenset("of for the a an and or to in on by with at".split())
# A lone word with an adjective's ending says how the thing is ('Stateful',
# 'Regional', 'Asynchronous', 'Optional'): a property, not a name.
_PROPERTY = re.compile(r"(?:ful|less|al|ous|ive|able|ible|ic|ed|ing|ary|ent|ant)$",
                       re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")
# A name of one to three Hangul words and an aside ('세그먼트(Segment)').
_GLOSSED = re.compile(
    r"^(?P<korean>[\uac00-\ud7a3]+(?:\s[\uac00-\ud7a3]+){0,2})\s*\((?P<english>[^()]+)\)$")
# 'Uses CSMA/CD', 'Supports TCP and UDP': a verb opening a sentence about
# acronyms, capitalised as every word after it is. (Not 'Access Keys', 'Status'.)
_VERB_FIRST = re.compile(r"^[A-Z][a-z]*[a-rt-z](?<![iu])s\s+\S")


def _capitalised(word: str) -> bool:
    """'Linux', 'IEEE', '802.2', 'lAM' (a slip of IAM), 'Wi-Fi': written as a
    name is. Not 'CPU-heavy', whose last part is an everyday word."""
    parts = [p for p in word.split("-") if p]
    return bool(parts) and all(p[0].isupper() or p[0].isdigit() or any(c.isupper() for c in p)
                               for p in parts)


def _name_shaped(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5 or not all(re.fullmatch(r"[A-Za-z0-9][\w.'’-]*", w)
                                           for w in words):
        return False
    if not _capitalised(words[0]):
        return False
    if len(words) == 1 and not _ACRONYM.match(words[0]) and _PROPERTY.search(words[0]):
        return False
    return all(_capitalised(w) or w.lower() in _SMALL for w in words)


def _named_twice(korean: str, english: str) -> bool:
    """Whether the Korean says every word of the English, translated or
    transliterated ('메시지' and 'Message')."""
    words = english_words(english)
    return bool(words) and words <= shown_senses(english, korean)


def names_only(definition: str, known: Callable[[str], bool]) -> bool:
    """Whether a definition only names things: each part of it (split where a list
    is joined) is written as a name, or is a name `known` knows (the notes',
    the glossary's, the term lists'), alone or after an acronym that qualifies
    it ('IAM 액세스 관리자')."""
    # A Korean name with its English name beside it ('메시지(Message)', '데이터
    # 링크 계층 (Data Link Layer)'): one name written twice.
    glossed = _GLOSSED.match(definition.strip())
    if glossed is not None and _named_twice(glossed.group("korean"), glossed.group("english")):
        return True
    # An aside that describes ('Cluster (low latency)') makes the list say
    # something; one that names or numbers ('(N10-009)', '(5)') does not.
    if any(re.search(r"\b[a-z]{3,}\b", aside) for aside in _ASIDE.findall(definition)):
        return False
    core = _ASIDE.sub(" ", definition).strip().rstrip(".")
    parts = [p.strip() for p in _JOINTS.split(core) if p and p.strip()]
    if not parts or _VERB_FIRST.match(core):
        return False
    for part in parts:
        words = part.split()
        bare = " ".join(words[1:]) if len(words) > 1 and _ACRONYM.match(words[0]) else ""
        if not (_name_shaped(part) or known(part) or (bare and known(bare))):
            return False
    return True


# 'LLC is part of …', 'ARP is often said to be …': a sentence opening on a name
# of its own and a verb. (Not 'It is …', 'This means …': those speak of the term.)
_SUBJECT = re.compile(
    r"^(?P<subject>(?:[A-Z0-9][\w./-]*\s+){0,3}?[A-Z0-9][\w./-]*)\s+"
    r"(?:is|are|was|were|has|have|can|cannot|does|do|will|must|should|may)\b")
_PRONOUNS = frozenset("it its this that these those they there here the a an each every "
                      "some all most many both one".split())
# A clause that says when or how ('When PV is provisioned (Immediate/…)' for
# Volume Binding Mode) describes the term: its subject is that clause's, not
# the line's.
_CLAUSE_OPENERS = frozenset("when whenever where what which how why if once unless while "
                            "whether until before after".split())


def about_another(term: str, definition: str) -> bool:
    """Whether the definition is a sentence about another named subject than the
    term ('OSI Layer: LLC is part of Layer 2'): the term is then a sub-heading
    over a remark, not a name the line defines."""
    match = _SUBJECT.match(definition.strip())
    if match is None:
        return False
    subject = match.group("subject")
    if subject.split()[0].lower() in _PRONOUNS | _CLAUSE_OPENERS:
        return False
    # (A word in common, 'Multiple PVCs can't …' under 'One PV = One PVC', or
    # the term inside the subject, 'Amazon S3 is …' under 'S3', speaks of it.)
    return not (_words(subject) & _words(term)) and compact(term) not in compact(subject)


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z0-9]{2,}", text)}


# 'if supported', 'when needed': a condition cut from its sentence, no description.
_BARE_CONDITION = re.compile(r"^(?:if|unless|when|once|whether)\b", re.IGNORECASE)


# A key that states when ('If the pod is Pending', 'When the disk fills',
# '노드가 다운된 경우', '배포할 때', '如果…', '…場合'): a case of a runbook,
# not the name of a thing.
_CONDITION_KEY = re.compile(
    r"^(?:if|unless|when|whenever|once|whether)\s+\S|^(?:如果|假如|倘若)|"
    r"(?:경우|\s때|場合|なら|とき)$", re.IGNORECASE)


def conditional_term(term: str) -> bool:
    """A term that is a condition: as a choice it answers 'which case?', and
    beside names it reads as no name at all."""
    return bool(_CONDITION_KEY.search(term.strip()))


# A key on what is used, over an instruction ('Using Debian/Ubuntu - run
# apt-get', 'Using Windows - download the installer'): one task's ways per
# platform, which are no exclusive facts (the installer works on Debian as
# well; blind readers, ONE-RIGHT). ('Using filesort: 当查询…', an EXPLAIN value
# described, is a name.)
_USING_KEY = re.compile(r"^using\s+\S", re.IGNORECASE)
_INSTRUCTION = re.compile(
    r"^(?:run|download|install|use|click|type|execute|open|select|choose|go|add|set|"
    r"enable|create|enter|copy)\b", re.IGNORECASE)


def way_per_case(term: str, definition: str) -> bool:
    """A 'Using X' key over an instruction: a case of one task, not a term."""
    return bool(_USING_KEY.match(term.strip())) and bool(_INSTRUCTION.match(definition.strip()))


# A Korean clause closing on the conditional ending -면/-으면 ('Q1에서 16ms 이상
# 소요되면', '요청이 실패하면'): half of an 'if … then …' line, neither a name
# nor a statement of its own. (The verb stem before 면 tells it from a noun
# ending on 面: '화면', '측면', '표면'.)
_IF_CLAUSE_KO = re.compile(
    r"\S\s+\S*[\uac00-\ud7a3](?:되|하|으|이|라|다|지|리|기|르|보|오|가|나|우|시|치|키|내)면$")


def if_clause(text: str) -> bool:
    """A Korean condition clause ('~소요되면', '~없으면'): no term, no choice."""
    return bool(_IF_CLAUSE_KO.search(text.strip().rstrip(".,")))


# The same in Korean, closing the line: 'HTTPS인 경우', '장애 발생 시', '필요할 때'.
_BARE_CONDITION_KO = re.compile(r"\S(?:인\s*경우|한\s*경우|는\s*경우|\s시|할\s*때|일\s*때)$")


def bare_condition(definition: str) -> bool:
    """A definition of a few words that only states a condition ('Recycle - if
    supported', 'TLS 핸드셰이크: HTTPS인 경우'): it says when, not what."""
    text = definition.strip().rstrip(".")
    return (bool(_BARE_CONDITION.match(text)) or bool(_BARE_CONDITION_KO.search(text))) \
        and len(text.split()) <= 3
