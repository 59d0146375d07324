"""(b) `term : definition` matching within one sibling group, both ways: which term
a definition describes, and which definition belongs to a term."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.notes.literals import folded
from bot.quiz.build import assemble
from bot.quiz.clauses import without_telling_clauses
from bot.quiz.columns import column_name, descriptive
from bot.quiz.concepts import CLUE_OVERLAP
from bot.quiz.confusables import confusable
from bot.quiz.directions import reversed_in
from bot.quiz.families import in_family
from bot.quiz.figure_choices import around
from bot.quiz.gloss import (
    gives_away,
    senses,
    shown_senses,
)
from bot.quiz.gloss_tables import glosses_only
from bot.quiz.identifier_kinds import identifier_kinds
from bot.quiz.kind_words import (
    a_list_title,
    names_their_kind,
    of_other_kinds,
    one_form_kind,
)
from bot.quiz.material import Material, TermEntry, concept_key
from bot.quiz.nearest import STRANDED_SHARE, nearest, stranded
from bot.quiz.question import Question
from bot.quiz.reading_lists import reading_list
from bot.quiz.rival_words import says_every_word
from bot.quiz.setting_values import odd_clue
from bot.quiz.spelled_names import spelled_answer, spells_name, statement_spells
from bot.quiz.table_kinds import kind_mates
from bot.quiz.text import (
    GlossaryLike,
    compact,
    even_names,
    leaked,
    name_parts,
    name_phrases,
    name_pieces,
    near_duplicate,
    numbers,
    phrase_leaked,
    pieces,
    script_class,
    without_vendor,
)
from bot.quiz.variants import thin_variants
from bot.quiz.verdicts import bare_verdict


@lru_cache(maxsize=1 << 14)
def _same_name(a: str, b: str) -> bool:
    """One name inside the other, the vendor aside ('Amazon FSx' in 'FSx for
    Lustre', 'Amazon S3' in 'S3 Glacier storage classes'): a thing and one of
    its own kinds or parts, never rivals (the whole is true of what its part
    is, and asked among its parts it stands out by kind). (Remembered: asked
    of each pair of a list for each entry.)"""
    for pa in name_parts(a):
        for pb in name_parts(b):
            ca, cb = compact(without_vendor(pa)), compact(without_vendor(pb))
            if ca == cb or (min(len(ca), len(cb)) >= 2 and (ca in cb or cb in ca)):
                return True
    return False


_USE_CASES = re.compile(r"사용\s*예|사용\s*사례|활용\s*사례|활용\s*예|예시|예제|use\s*cases?|"
                        r"examples?|scenarios?|시나리오", re.IGNORECASE)


# A list of advice ('CKA Exam Tips', '시험 팁', '注意事項'): its bold openings
# ('StorageClass is the key', 'Lab provisioners') label tips, not things, and a
# tip read without its label ('Know it controls …') is a fragment.
_ADVICE = re.compile(
    r"(?:\b(?:tips?|tricks|advice|hints|best\s+practices|gotchas|pitfalls|reminders|"
    r"takeaways|dos\s+and\s+don'?ts)|팁|꿀팁|주의\s*사항|주의할\s*점|ヒント|コツ|注意(?:点|事項)|"
    r"注意事项|技巧|小贴士)\W*$", re.IGNORECASE)


def _advice_list(crumb: str) -> bool:
    return bool(_ADVICE.search(crumb.rsplit(" > ", 1)[-1].strip()))


# A list of merits or drawbacks ('Cons', 'Write-Behind 단점', 'デメリット', '缺点'):
# its bold openings ('Complex consistency', 'Hard to do transactions',
# 'Reconciliation complexity') sum up qualities of the thing above, no things
# of their own, and they overlap: 'Complex consistency' fits what is said of
# 'Hard to do transactions' too (blind round, Vtheonly caching notes). The
# lines stay what the notes say of the thing the list stands under.
_QUALITIES = re.compile(
    r"(?:\b(?:pros|cons|pros\s*(?:and|&|/)\s*cons|advantages|disadvantages|benefits|drawbacks|"
    r"downsides|upsides|strengths|weaknesses|limitations|merits|demerits|trade-?offs)"
    r"|장점|단점|장단점|(?<!차)이점|약점|한계점?|メリット|デメリット|利点|欠点|長所|短所|"
    r"优点|缺点|优缺点|优势|劣势|好处|弊端)\W*$", re.IGNORECASE)


def _qualities_list(crumb: str) -> bool:
    return bool(_QUALITIES.search(crumb.rsplit(" > ", 1)[-1].strip()))


def _names(text: str, term: str) -> bool:
    flat = compact(text)
    return any(len(part) >= 3 and part in flat for part in map(compact, name_parts(term)))


def _one_word_apart(a: str, b: str) -> bool:
    """Two names after one pattern, one word apart ('Class A' and 'Class D',
    'Tier 1 storage' and 'Tier 3 storage')."""
    wa, wb = a.lower().split(), b.lower().split()
    return len(wa) == len(wb) >= 2 and sum(x != y for x, y in zip(wa, wb, strict=True)) == 1


@dataclass(frozen=True, kw_only=True, slots=True)
class Verdict:
    """What became of one entry of a term list, asked one `way` ('term': which
    term a definition describes; 'definition': which definition a term has):
    the question, or why none (bench.quiz_drops counts the reasons)."""

    entry: TermEntry
    way: str
    result: Question | str


def match_questions(material: Material, glossary: GlossaryLike) -> list[Question]:
    return [v.result for v in match_verdicts(material, glossary)
            if isinstance(v.result, Question)]


def match_verdicts(material: Material, glossary: GlossaryLike) -> list[Verdict]:
    out: list[Verdict] = []

    def skip(entries: Sequence[TermEntry], why: str) -> None:
        out.extend(Verdict(entry=e, way=way, result=why)
                   for e in entries for way in ("term", "definition"))

    for group in material.term_groups:
        if _USE_CASES.search(group[0].crumb.rsplit(" > ", 1)[-1]):
            # Use cases ('웹 애플리케이션', '주문 처리') matched to their blurbs are
            # told apart by everyday sense, not by what was studied.
            skip(group, "a list of use cases")
            continue
        if reading_list(group[0].crumb):
            skip(group, "a reading list")
            continue
        if _advice_list(group[0].crumb):
            skip(group, "a list of tips")
            continue
        if _qualities_list(group[0].crumb):
            skip(group, "a list of merits or drawbacks")
            continue
        if all(e.row for e in group) and glosses_only([(e.term, e.definition) for e in group]):
            # '| トラブルシューティング | よくある問題と解決方法 |': a table of
            # contents or of meanings, each label matched by its own sense.
            skip(group, "a table of glosses")
            continue
        entries, dropped = _distinct(group, glossary)
        for entry, why in dropped:
            skip([entry], why)
        # A definition alone of its kind ('Tag: registry.local/shop:2.3' among
        # terms defined in words): its form pairs it with its term, and as a
        # wrong choice it is ruled out by its look. It leaves the list.
        odd = [e for e in entries
               if odd_clue(e.definition, [o.definition for o in entries if o is not e])]
        skip(odd, "definition of another kind")
        entries = [e for e in entries if e not in odd]
        # A list's title among its siblings' items ('Reclaim Policies: Retain,
        # Delete, Recycle' under access modes): no item, and no rival of one.
        titles = [e for e in entries if a_list_title(e.term, e.definition, e.shown)]
        if len(titles) < len(entries):
            skip(titles, "term names a category")
            entries = [e for e in entries if e not in titles]
        # A field among its values ('strategy' over 'Recreate: … 전략',
        # 'RollingUpdate: … 전략'): their umbrella, no rival of one.
        fields = [e for e in entries
                  if names_their_kind(e.term, [o.definition for o in entries if o is not e])]
        skip(fields, "term names its siblings' kind")
        entries = [e for e in entries if e not in fields]
        if len(entries) < 3:
            skip(entries, "fewer than 3 distinct terms")
            continue
        # Keys beside values ('maxSurge' beside 'Recreate'): each among its own.
        cases = identifier_kinds([e.term for e in entries])
        # A table of things of several kinds (a cheat sheet's features, then
        # purchasing options): each row beside the rows of its own kind only.
        kinds = kind_mates([(e.source.file, e.source.line) for e in group],
                           material.name_lists)
        for entry in entries:
            if kinds is not None:
                mates = kinds.get(entry.source.line, frozenset())
                if len(mates) < 3:
                    skip([entry], "no 2 rows of its kind in a mixed table")
                    continue
            if not entry.shown:
                # Its definition cannot be shown: the term is only a choice.
                skip([entry], "definition not shown")
                continue
            column = _asked_column(entry, material.words.language)
            if column is None:
                skip([entry], "a column header the stem can not say")
                continue
            # A definition that names another term ('tied to an AZ, we define it
            # by CIDRs' under Subnets) rules that term out as a choice, and the
            # terms named after the same pattern with it: 'Class A: 255.0.0.0,
            # Class B: …' lists classes, and so rules out 'Class D' as well.
            named = [o.term for o in entries if not _same_name(o.term, entry.term)
                     and _names(entry.definition, o.term)]
            others = [o for o in entries if not _same_name(o.term, entry.term)
                      and not _names(entry.definition, o.term)
                      and not any(_one_word_apart(o.term, n) for n in named)
                      # Nor a variant of the same family defined almost alike
                      # (EKS Anywhere beside EKS Distro): the real ones overlap.
                      and not thin_variants(entry.term, entry.definition, o.term, o.definition)
                      and (kinds is None or o.source.line in mates)
                      and (cases is None or cases[o.term] == cases[entry.term])]
            shown = [o for o in others if o.shown]
            if len(others) < 2:
                skip([entry], "fewer than 2 other terms")
                continue
            out.append(Verdict(entry=entry, way="term",
                               result=_which_term_by_clause(entry, others, glossary, material,
                                                            column)))
            out.append(Verdict(entry=entry, way="definition",
                               result=_which_definition_by_clause(entry, shown, glossary,
                                                                  material, column)))
    return out


def _asked_column(entry: TermEntry, language: str) -> str | None:
    """What the stem calls the entry's definition: '' for a description (a
    line of its own, or a table column headed 설명, Meaning …), the value
    column's header as the stem says it ('방법': the cell is the way to remove
    '점유 대기', no description of it), or None when the stem can not say it."""
    if descriptive(entry.column):
        return ""
    return column_name(entry.column, language)


def _distinct(group: Sequence[TermEntry], glossary: GlossaryLike
              ) -> tuple[list[TermEntry], list[tuple[TermEntry, str]]]:
    """One entry per term, and no two definitions that say the same thing; no term
    that names what the whole group is about ('... -> 오로라' under '오로라 고급
    개념': every definition there holds for it)."""
    kept: list[TermEntry] = []
    dropped: list[tuple[TermEntry, str]] = []
    keys: set[str] = set()
    for entry in group:
        if _names_context(entry.term, entry.crumb, glossary):
            dropped.append((entry, "term names the list's subject"))
            continue
        key = concept_key(entry.term, glossary)
        if key in keys or any(_says_the_same(entry.definition, k.definition) for k in kept):
            dropped.append((entry, "term or definition repeated"))
            continue
        # The same thing named again in the other language ('소스 ENI 정의' below
        # 'Source — The network interface to monitor'): either would be right.
        if any(_renamed(k.term, entry.term) or _renamed(entry.term, k.term) for k in kept):
            dropped.append((entry, "term named again in another language"))
            continue
        keys.add(key)
        kept.append(entry)
    return kept, dropped


_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,6}(?![A-Za-z0-9])")


def _says_the_same(a: str, b: str) -> bool:
    """Two definitions worded alike say the same thing unless each names a
    thing the other does not ('NFS 프로토콜 지원, 리눅스 네트워크 파일 시스템'
    against 'SMB 프로토콜 지원, 윈도우 …'): as a different figure would, the
    names tell them apart, and each stays its term's own."""
    if not near_duplicate(a, b):
        return False
    named_a, named_b = set(_ACRONYM.findall(a)), set(_ACRONYM.findall(b))
    return not (named_a - named_b and named_b - named_a)


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _language(text: str) -> str:
    if _HANGUL.search(text):
        return "ko"
    return "cjk" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) else "latin"


def _renamed(latin: str, other: str) -> bool:
    """`other` names the English term `latin` again in Korean, Chinese or
    Japanese: every word of it, translated or transliterated."""
    if not re.fullmatch(r"[A-Za-z0-9 ./&+-]+", latin) or re.fullmatch(r"[A-Za-z0-9 ./&+-]+", other):
        return False
    meant = senses(latin)
    return bool(meant) and shown_senses(latin, other) >= meant


def _names_context(term: str, crumb: str, glossary: GlossaryLike) -> bool:
    flat = compact(crumb)
    spellings = {term, *glossary.aliases(term), glossary.canonical(term) or ""}
    return any(len(compact(s)) >= 2 and compact(s) in flat for s in spellings if s)


def _is_value(text: str) -> bool:
    """A figure or setting ('18% 이상', '3 (기본)', '30초'), not a name."""
    return text.strip()[:1].isdigit()


def _pick(entry: TermEntry, others: Sequence[TermEntry], glossary: GlossaryLike,
          material: Material) -> tuple[list[TermEntry], list[TermEntry]]:
    """At most three distractors, nearest the answer in kind first (their own
    lines share the most telling words with the clue: EFS and FSx for Windows
    beside FSx for Lustre's '리눅스 파일 시스템', not Backup), and the siblings
    of its form left out."""
    # Same script first (no 'AWS CLI' among Korean words when avoidable), then
    # similar length. Never a value among names or a name among values: the
    # odd one out would stand out by its form.
    script = script_class(entry.term)
    # Never a real-world near twin of the answer (Savings Plans for Reserved
    # Instances): its definition fits the answer too, whatever the notes say.
    # (It is still left out of the kind: the clue's words it alone shares
    # with the answer point at the answer.)
    # (Nor its umbrella or a kind of it, RDS for Aurora: see families.)
    twins = [o for o in others if confusable([entry.term], [o.term])
             or in_family(entry.term, o.term)]
    others = [o for o in others if _is_value(o.term) == _is_value(entry.term)
              and o not in twins]
    ranked = sorted(others, key=lambda o: (script_class(o.term) != script,
                                           abs(len(o.term) - len(entry.term))))
    same = [o for o in ranked if script_class(o.term) == script]
    pool = same if len(same) >= 2 else ranked
    # A sibling whose notes hold much of the clue could be a second right answer;
    # so could one whose name the clue says word for word ('리소스 제한' beside
    # '포드 수준에서 리소스 요청 및 제한 … 구현': rival_words).
    fair = [o for o in pool if not _could_be(o, entry, glossary, material)
            and not says_every_word(entry.definition, o.term)]
    weights = material.weights(entry.definition)
    # Figures are offered by value, around the answer (figure_choices).
    nearby = around(entry.term, [o.term for o in fair])
    picked = ([fair[i] for i in nearby[:3]] if nearby is not None
              else [fair[i] for i in nearest(weights, [_own_words(o) for o in fair], 3)])
    return picked, [*(o for o in ranked if o not in picked), *twins]


def _could_be(other: TermEntry, answer: TermEntry, glossary: GlossaryLike,
              material: Material) -> bool:
    """Whether `other` may fit the answer's definition too: its own definition
    or the notes on it hold much of that definition's meaning ('여러 인스턴스가
    함께 쓰는 리눅스 파일 시스템' and '고성능 병렬 처리를 위한 리눅스 파일 시스템').
    A different figure tells two definitions apart ('3~5시간' against '5~12시간')."""
    # (A definition turning the answer's things the other way round, '텍스트를
    # 음성으로 변환' beside '음성을 텍스트로 변환', tells it apart: directions.py.)
    if reversed_in(answer.definition, material.said_about.get(
            concept_key(other.term, glossary), (other.definition,))):
        return False
    said = material.vocabulary_without(concept_key(other.term, glossary),
                                       concept_key(answer.term, glossary))
    if numbers(other.definition) == numbers(answer.definition):
        said |= pieces(other.definition)
    return material.overlap(answer.definition, said) >= CLUE_OVERLAP


def _own_words(entry: TermEntry) -> frozenset[str]:
    return pieces(entry.term) | pieces(entry.definition)


def _explain(choices: Sequence[str], entries: Sequence[TermEntry],
             by_term: bool) -> list[tuple[str, str]]:
    """Each term with its definition (or each definition with its term)."""
    return [(c, e.taught if by_term else e.term)
            for c, e in zip(choices, entries, strict=True)]


# Why a definition is no clue or no choice because it says the term: a line of
# two clauses may say it in one alone, and the other is asked instead.
_STEM_SAYS_TERM = ("the stem names the term", "the stem translates the term")
# A cut definition this much shorter than the wrong ones (on average) is an odd
# one out by its length.
_SHORT_CUT = 0.5
_DEFINITION_SAYS_TERM = ("the definition repeats the term", "the definition translates the term",
                         "the definition spells the term out")


def _says_term(entry: TermEntry, text: str, others: Sequence[TermEntry],
               glossary: GlossaryLike) -> bool:
    """Whether `text` (a clause of the entry's definition) names, translates or
    spells out the entry's term, read against every other term of the list."""
    answer_pieces = name_pieces(entry.term, glossary)
    stem = f"{entry.crumb} {text}"
    return (leaked(answer_pieces, stem, [name_pieces(o.term, glossary) for o in others])
            or bool(answer_pieces & pieces(text))
            or phrase_leaked(name_phrases(entry.term, glossary), text)
            or gives_away(entry.term, stem, [o.term for o in others])
            or gives_away(text, f"{entry.crumb} {entry.term}", [o.definition for o in others])
            or spells_name(entry.term, text))


def _by_clause(entry: TermEntry, others: Sequence[TermEntry], glossary: GlossaryLike,
               first: Question | str, reasons: tuple[str, ...]) -> TermEntry | None:
    """The entry with its definition cut to the clauses that do not say the
    term, when the whole was dropped for saying it (`reasons`)."""
    if not isinstance(first, str) or first not in reasons:
        return None
    rest = without_telling_clauses(entry.definition,
                                   lambda text: _says_term(entry, text, others, glossary),
                                   cell=entry.row)
    return None if rest is None else replace(entry, definition=rest)


def _which_term_by_clause(entry: TermEntry, others: Sequence[TermEntry],
                          glossary: GlossaryLike, material: Material,
                          column: str) -> Question | str:
    first = _which_term(entry, others, glossary, material, column)
    cut = _by_clause(entry, others, glossary, first, _STEM_SAYS_TERM)
    if cut is None:
        return first
    again = _which_term(cut, others, glossary, material, column)
    return again if isinstance(again, Question) else first


def _which_definition_by_clause(entry: TermEntry, others: Sequence[TermEntry],
                                glossary: GlossaryLike, material: Material,
                                column: str) -> Question | str:
    first = _which_definition(entry, others, glossary, material, column)
    cut = _by_clause(entry, others, glossary, first, _DEFINITION_SAYS_TERM)
    if cut is None:
        return first
    again = _which_definition(cut, others, glossary, material, column)
    if not isinstance(again, Question):
        return first
    # Cut short among whole definitions, the right one stands out by its length.
    wrong = [c for i, c in enumerate(again.choices) if i != again.answer]
    if len(cut.definition) < _SHORT_CUT * sum(map(len, wrong)) / len(wrong):
        return first
    return again


def _which_term(entry: TermEntry, others: Sequence[TermEntry], glossary: GlossaryLike,
                material: Material, column: str = "") -> Question | str:
    words = material.words
    if bare_verdict(entry.definition):
        return "a verdict, no description"  # 'not feasible': true of a 'not viable' row too
    answer_pieces = name_pieces(entry.term, glossary)
    # Names of one kind only: 'Fan Out 패턴' among services (or a service among
    # patterns) stands out by its kind word.
    odd = set(of_other_kinds(entry.term, [o.term for o in others]))
    others = [o for i, o in enumerate(others) if i not in odd]
    picked, left_out = _pick(entry, others, glossary, material)
    if len(picked) < 2:
        return "fewer than 2 fair terms"
    # '파일 시스템' in the clue, shared by no choice but the answer while EFS,
    # which has it, could not be offered: the stem points at the answer.
    if stranded(entry.definition, material.weights(entry.definition), _own_words(entry),
                [_own_words(o) for o in picked],
                [_own_words(o) for o in left_out], entry.crumb) >= STRANDED_SHARE:
        return "a stranded clue word"
    other_pieces = [name_pieces(o.term, glossary) for o in picked]
    stem = f"{entry.crumb} {entry.definition}"
    if leaked(answer_pieces, stem, other_pieces) or phrase_leaked(
            name_phrases(entry.term, glossary), stem):
        return "the stem names the term"
    if gives_away(entry.term, stem, [o.term for o in picked]):
        return "the stem translates the term"  # 정책 식별자 -> Id, 명령줄 -> CLI
    # A short name the clue's initials spell ('toe' under 'table of terminfo
    # entries'), no other choice spelled so: the clue names it.
    if spelled_answer(entry.term, entry.definition, [o.term for o in picked]):
        return "the stem spells the term"
    # A value column headed by what it holds is asked by that header.
    ask = words.which_has_column.format(column=column) if column else words.which_is_described
    body = f"{ask}\n- {entry.definition}"
    evened = even_names(entry.term, [o.term for o in picked])
    if evened is None:
        return "a name's own aside"
    correct, wrong = evened
    return assemble(
        "match", sources=["term", entry.text], section=entry.section, topic=entry.topic,
        concept=concept_key(entry.term, glossary), context=entry.crumb, body=body,
        correct=correct, wrong=wrong,
        explanation=_explain([correct, *wrong], [entry, *picked], by_term=True),
        # The options are the list's terms: a sample asks that list once (the
        # next term's question would show the same names, and the answer of one
        # rules choices out of the other).
        source=entry.source, asks=[entry.source, *(o.source for o in picked)])


def _spells_term(text: str, entry: TermEntry, material: Material,
                 glossary: GlossaryLike) -> bool:
    """Whether `text` writes a name the notes give the term elsewhere, as a
    word of its own ('하나의 DX로 여러 리전 VPC 연결' beside '### Direct Connect
    (DX)'): a line that speaks of the term too."""
    names = {part for spelling in material.spellings.get(concept_key(entry.term, glossary), ())
             for part in name_parts(spelling)}
    # (A Latin name the text does not hold, read as re.IGNORECASE reads it, is
    # told without a pattern: most are, and each pattern is compiled anew.)
    low = folded(text)
    return any(len(name) >= 2 and (not name.isascii() or name.lower() in low) and re.search(
        rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text, re.IGNORECASE) is not None
        for name in names)


def _which_definition(entry: TermEntry, others: Sequence[TermEntry], glossary: GlossaryLike,
                      material: Material, column: str = "") -> Question | str:
    words = material.words
    answer_pieces = name_pieces(entry.term, glossary)
    # Definitions written in the answer's own language: one in another stands out.
    # (By the letters they have: 'TCP, UDP, TLS, 고성능' is Korean writing.)
    script = _language(entry.definition)
    others = sorted((o for o in others if _language(o.definition) == script),
                    key=lambda o: abs(len(o.definition) - len(entry.definition)))
    # Nearest the right definition in kind first ('SMB … 윈도우 네트워크 파일
    # 시스템' beside Lustre's '… 리눅스 파일 시스템'), of similar length on a tie;
    # never one the notes on the term say as well.
    said = material.said_about.get(concept_key(entry.term, glossary), ())
    # (Nor a real-world near twin's definition: true of the answer as well.)
    # (Nor a grade's beside a phase's: 'the whole service is down' among what
    # each step of a response does stands out by what it speaks of.)
    fair = [o for o in others if not any(near_duplicate(o.definition, t) for t in said)
            and one_form_kind(o.term, entry.term)
            and not confusable([entry.term], [o.term])
            and not in_family(entry.term, o.term)]
    picked = [fair[i] for i in nearest(material.weights(entry.definition),
                                       [pieces(o.definition) for o in fair], 3)]
    if len(picked) < 2:
        return "fewer than 2 fair definitions"
    # A definition that is itself one of the group's terms ('Vary: Accept-Encoding'
    # among header values) is a name among descriptions: it stands out.
    terms = {compact(o.term) for o in (entry, *others)}
    if any(compact(d.definition) in terms for d in (entry, *picked)):
        return "a definition is a term"
    # The right definition must not repeat the term unless every other does too.
    shown = answer_pieces & pieces(entry.definition)
    if shown and any(not shown <= pieces(o.definition) for o in picked):
        return "the definition repeats the term"
    if phrase_leaked(name_phrases(entry.term, glossary), entry.definition):
        return "the definition repeats the term"
    if gives_away(entry.definition, f"{entry.crumb} {entry.term}",
                  [o.definition for o in picked]):
        return "the definition translates the term"  # 'Change Set' -> 변경 사항에 대한 세트
    # An acronym asked and a definition saying its words: 'NS' and '호스팅 영역의
    # 이름 서버' (name server); a short name of any case spelled by the right
    # line's initials ('ss' asked, 'socket statistics' answering); or one word
    # of its expansion no wrong line says ('Amazon EBS', Elastic Block Store,
    # and only the right line speaking of block storage). Unless every other
    # definition spells it too. (The one reading every kind asks: spelled_names.)
    if statement_spells(entry.term, entry.definition, [o.definition for o in picked]):
        return "the definition spells the term out"
    # Nor may a wrong definition name the term asked about: the list then speaks
    # of the term itself ('MAC' named in its sublayer's duties), and another of
    # its lines may be true of it as well.
    if any(answer_pieces & pieces(o.definition) or _spells_term(o.definition, entry, material,
                                                                 glossary)
           for o in picked):
        return "a wrong definition names the term"
    body = (words.column_of_term.format(term=entry.term, column=column) if column
            else words.describes_term.format(term=entry.term))
    return assemble(
        "match", sources=["definition", entry.text], section=entry.section, topic=entry.topic,
        concept=concept_key(entry.term, glossary), context=entry.crumb, body=body,
        correct=entry.definition, wrong=[o.definition for o in picked],
        explanation=_explain([entry.definition, *(o.definition for o in picked)],
                             [entry, *picked], by_term=False),
        # Every option is a line of the notes shown with its meaning: a sample
        # asks none of them again (the mirrored question on the next term would
        # show the same four definitions).
        source=entry.source, asks=[entry.source, *(o.source for o in picked)])
