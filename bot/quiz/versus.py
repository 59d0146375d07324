"""(e) Comparisons the notes make themselves ("EBS VS EFS", "CloudFront vs Global
Accelerator"): which statement belongs to one side and not the other.

A side's statements are the bullets grouped under its name, or the bullets that
open with its name as their subject ("EFS 는 네트워크 파일 시스템 ..."); the
subject is taken off, so the choice does not name its side. A statement that
names either side elsewhere, says the same as one on the other side ("엣지
로케이션 사용" under both) or is a bare label is left out.

A comparison with a heading of its own ('A vs B' as a title or a line over
its sides) also asks each side's line the other way round: which of the two
it describes (a pair question, `which_side_question`; contrasts.py asks its
opposite lines so too), unless the two names share a
word ('Short Polling' / 'Long Polling'), whose lines say what sets them apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.notes.model import Deck, Fact, SourceRef
from bot.quiz.build import make
from bot.quiz.covering import covers
from bot.quiz.families import in_family
from bot.quiz.gloss import gives_away
from bot.quiz.material import (
    arrow_shorthand,
    is_concept_name,
    is_fragment,
    is_statement,
    join_crumb,
    labelled,
)
from bot.quiz.naming import clean_name
from bot.quiz.pair_titles import paired_sections, sideways_pairs, vs_names
from bot.quiz.phrases import Phrases
from bot.quiz.question import PAIR, Question
from bot.quiz.side_subjects import translated_subject
from bot.quiz.spelling import edits
from bot.quiz.term_pairs import contrasted, heading_pairs, mirrors, term_pairs
from bot.quiz.text import (
    compact,
    leans_on_context,
    norm,
    pieces,
    refers_back,
    squash,
    telling,
    without_asides,
    without_marks,
)
from bot.quiz.whole_sentences import broken_off

# What closes a side's name as the subject of its line: a particle ('EFS 는 …',
# 'EBS볼륨은 …'), or 'in the case of' ('B- 트리 같은 경우 …', 'B+ 트리의 경우에는 …').
_SUBJECT_END = re.compile(
    r"^\s*(?:(?:같은|의)\s*경우(?:에는|에선|에서는|엔|에|는)?|\S*?(?:은|는|이|가))(?:\s+|$)")
_MAX_PER_SIDE = 2

Side = tuple[str, list[tuple[str, SourceRef]]]


def versus_questions(deck: Deck, words: Phrases) -> list[Question]:
    out: list[Question] = []
    for crumb, (a, a_facts), (b, b_facts) in [*_two_kinds(deck), *paired_sections(deck)]:
        # (Named without asides: 'Interface Endpoint (PrivateLink를 이용)' is
        # named by a line that says '… Interface Endpoint보다 용이'.)
        a, b = without_asides(a).strip(), without_asides(b).strip()
        sides = _sides(f"{a} vs {b}", [_side(a, a_facts), _side(b, b_facts)])
        if sides is not None:
            out.extend(_ask(_one_sided(sides), crumb, words))
    for topic in deck.topics():
        crumb = join_crumb(topic.section, topic.title)
        sides = _sides(topic.title, topic.facts)
        if sides is not None:
            out.extend(_asked(sides, crumb, words))
        for fact in topic.all_facts():
            sides = _sides(fact.text, fact.children)
            if sides is not None:
                out.extend(_asked(sides, join_crumb(crumb, fact.text), words))
    # Two names set against each other by an opposite word ('Max Heap' / 'Min
    # Heap'), as sub-headings or as term lines under one heading.
    opposed = [(crumb, _side(a, a_facts), _side(b, b_facts))
               for crumb, (a, a_facts), (b, b_facts) in heading_pairs(deck)]
    for crumb, a_side, b_side in [*opposed, *term_pairs(deck)]:
        sides = _sides(f"{a_side.text} vs {b_side.text}", [a_side, b_side], opposed=True)
        if sides is not None:
            out.extend(_ask(_surely_false(sides), crumb, words))
    # A sideways table of two columns compares them under any heading.
    for crumb, one, other, rows in sideways_pairs(deck):
        sides = _sides(f"{one} vs {other}", rows)
        if sides is not None:
            out.extend(_ask(sides, crumb, words))
    return out


def _sides(title: str, facts: Sequence[Fact], *,
           opposed: bool = False) -> tuple[Side, Side] | None:
    names = vs_names(title)
    if len(names) != 2 or not all(2 <= len(n) <= 40 for n in names) or not facts:
        return None
    found: dict[str, list[tuple[str, SourceRef]]] = {n: [] for n in names}
    # A side named on a line of its own with its bullets after it, not under it
    # ('**Security Groups:**' / '* Stateful' / '* Instance-level'): the bullets
    # up to the next line that is no bullet belong to that side.
    under: str | None = None
    written = [f.text for fact in facts for f in fact.walk()]
    from_rows: set[str] = set()  # 'label: value' by construction, not a label line
    for fact in facts:
        header = _header(fact.text, names)
        if header is not None and fact.children:
            found[header].extend((c.text.strip(), c.source) for c in fact.children
                                 if is_statement(c))
            under = None
            continue
        if header is not None:
            under = header
            continue
        if fact.kind == "row":
            for name, text in _row_sides(fact, names):
                found[name].append((text, fact.source))
                from_rows.add(text)
            under = None
            continue
        if under is not None and fact.kind == "bullet" and fact.number is None:
            if is_statement(fact) and not labelled(fact.text):
                found[under].append((fact.text.strip(), fact.source))
            continue
        under = None
        owner = next((n for n in names if compact(fact.text).startswith(compact(n))), None)
        if owner is not None and is_statement(fact):
            rest = fact.text.strip()[len(owner):] if fact.text.strip().startswith(owner) \
                else _after_name(fact.text, owner)
            # (The name then its own words as the subject, 'Alias 별칭 레코드는 …'.)
            said = translated_subject(rest, names, written)
            if said is not None and said[0] == owner:
                rest = said[1]
            elif _SUBJECT_END.match(rest):
                rest = _SUBJECT_END.sub("", rest, count=1)
            found[owner].append((rest.strip(" :-"), fact.source))
        elif owner is None and is_statement(fact):
            # A line on a side said in the notes' words ('별칭 레코드는 …' under
            # 'CNAME vs Alias'): side_subjects.py.
            said = translated_subject(fact.text.strip(), names, written)
            if said is not None:
                found[said[0]].append((said[1].strip(" :-"), fact.source))
    clean = {n: [(t, r) for t, r in found[n] if _usable(t, names, t in from_rows)]
             for n in names}
    a, b = names
    # Said of both sides ("엣지 로케이션 사용"): true of either. Contrasting lines
    # share most words on purpose ("http ... 적합" / "tcp/udp ... 적합"): they stay.
    # Two sides named as opposites ('Max heap' / 'Min heap') mirror each other
    # line by line, one span swapped ('greater' / 'less'): those say opposite
    # things, not the same thing twice.
    def alike(t: str, u: str) -> bool:
        return _same(t, u) and not (opposed and mirrors(t, u))

    pairs = [(t, u) for t, _ in clean[a] for u, _ in clean[b] if alike(t, u)]
    # Two lines written alike whose one differing span contrasts nothing ('다른
    # 호스트 이름을 가리키는 …' / 'AWS Resource를 가리키는 …'): each is true of
    # both sides, as a line said twice is. (Read among all the lines: one left
    # out as a choice still says what the other side is.)
    pairs += [(t, u) for t, _ in found[a] for u, _ in found[b] if covers(t, u)]
    shared = {t for t, _ in pairs} | {u for _, u in pairs}
    return ((a, [x for x in clean[a] if x[0] not in shared]),
            (b, [x for x in clean[b] if x[0] not in shared]))


# A heading over the kinds of a thing ('VPC 엔드포인트 유형', 'Storage types').
_KINDS_HEADING = re.compile(r"(?:유형|종류|types?|kinds?)$", re.IGNORECASE)
Written = tuple[str, Sequence[Fact]]


def _two_kinds(deck: Deck) -> list[tuple[str, Written, Written]]:
    """Two things written as the only kinds under a heading of kinds ('### VPC
    엔드포인트 유형' over '#### Interface Endpoint' and '#### Gateway Endpoint'):
    the notes set them side by side as a pair, as a 'vs' heading does. Read
    from sub-headings of one section or from sections of their own (a heading
    between, 'S3: A vs. B', names no kind and is passed over)."""
    found: list[tuple[str, Written, Written]] = []
    for section in deck.sections:
        under: dict[str, list[Written]] = {}
        for topic in section.topics:
            if topic.path and _KINDS_HEADING.search(topic.path[-1].strip()):
                under.setdefault(topic.path[-1], []).append((topic.title, topic.facts))
        for heading, kinds in under.items():
            named = [k for k in kinds if _names_a_kind(k[0])]
            if len(named) == 2:
                found.append((heading, named[0], named[1]))
    # Sections of their own: those one level below a heading of kinds.
    opened: dict[str, tuple[int, str] | None] = {}
    children: dict[tuple[str, str], list[Written]] = {}
    for section in deck.sections:
        parent = opened.get(section.source.file)
        if _KINDS_HEADING.search(section.title.strip()) and not section.topics:
            opened[section.source.file] = (section.level, section.title)
            continue
        if parent is None or section.level <= parent[0]:
            opened[section.source.file] = None
            continue
        if _names_a_kind(section.title):
            # (A kind with sub-headings of its own still counts as one: a third
            # kind makes the two no pair.)
            children.setdefault((section.source.file, parent[1]), []).append(
                (clean_name(section.title),
                 section.topics[0].facts if len(section.topics) == 1 else ()))
    found.extend((parent, kinds[0], kinds[1])
                 for (_, parent), kinds in children.items() if len(kinds) == 2)
    return found


def _names_a_kind(title: str) -> bool:
    """A heading that is the name of one thing, not 'S3: A vs. B' (a comparison
    written under the kinds) nor 'Summary'."""
    return ":" not in title and is_concept_name(clean_name(title))


def _side(name: str, facts: Sequence[Fact]) -> Fact:
    """The lines written under a kind, as bullets under its name."""
    source = facts[0].source if facts else SourceRef(file="", line=0)
    return Fact(text=name, source=source,
                children=tuple(replace(f, text=without_marks(f.text)) for f in facts))


def _one_sided(sides: tuple[Side, Side]) -> tuple[Side, Side]:
    """Each side without the lines that share a telling word with a line of the
    other side ('EIP 할당 필요' beside '특정 AZ에 생성하며 EIP 사용', '시간 단위'
    on both): two kinds described one by one, not contrasted line by line,
    say much that is true of both, and only a line on what the other side's
    lines never touch is surely false of it."""
    (a, own), (b, theirs) = sides
    # (Nor a line naming a side in an aside: '(… Interface Endpoint보다 용이)'.)
    own = [x for x in own if not any(squash(n) in squash(x[0]) for n in (a, b))]
    theirs = [x for x in theirs if not any(squash(n) in squash(x[0]) for n in (a, b))]
    said_a = [telling(t) for t, _ in own]
    said_b = [telling(t) for t, _ in theirs]
    return ((a, [x for x, w in zip(own, said_a, strict=True) if not any(w & v for v in said_b)]),
            (b, [x for x, w in zip(theirs, said_b, strict=True)
                 if not any(w & v for v in said_a)]))


def _surely_false(sides: tuple[Side, Side]) -> tuple[Side, Side]:
    """Each side with only the lines surely false of the other (see
    `term_pairs.contrasted`): two things written one by one, with no heading
    that sets them against each other."""
    (a, own), (b, theirs) = sides
    keep_a = contrasted([t for t, _ in own], [t for t, _ in theirs])
    keep_b = contrasted([t for t, _ in theirs], [t for t, _ in own])
    return ((a, [x for x, k in zip(own, keep_a, strict=True) if k]),
            (b, [x for x, k in zip(theirs, keep_b, strict=True) if k]))


def _row_sides(row: Fact, names: Sequence[str]) -> list[tuple[str, str]]:
    """A table with a column per side ('특성 | CNAME | Alias'): each row says one
    thing of each side, read with its row's label ('비용: 무료'); a row whose
    label column is missing, or whose cell is empty, says nothing alone."""
    if len(row.cells) < 3:
        return []
    (label_head, label), *rest = row.cells
    label = label.strip()
    if not label or any(_same_name(label_head, n) for n in names):
        return []
    out: list[tuple[str, str]] = []
    for head, value in rest:
        side = next((n for n in names if _same_name(head, n)), None)
        if side is not None and value.strip() and not is_fragment(value):
            out.append((side, f"{label}: {value.strip()}"))
    return out


def _same(a: str, b: str) -> bool:
    pa, pb = pieces(a), pieces(b)
    return norm(a) == norm(b) or bool(pa and pb and len(pa & pb) / len(pa | pb) >= 0.8)


def _header(text: str, names: Sequence[str]) -> str | None:
    """The side a line names: the one it spells exactly, else the only one it
    is a slip of ('Min Heap' is two letters from 'Max Heap', yet names itself)."""
    exact = [n for n in names if compact(text.strip().rstrip(":：").strip("*")) == compact(n)]
    close = [n for n in names if _same_name(text, n)]
    return exact[0] if exact else close[0] if len(close) == 1 else None


def _same_name(text: str, name: str) -> bool:
    # ('CNAME:' over its bullets names the side as much as 'CNAME'.)
    a, b = compact(text.strip().rstrip(":：").strip("*")), compact(name)
    return a == b or (len(b) >= 6 and edits(a, b) <= 2)


def _after_name(text: str, name: str) -> str:
    """The text after the name, however it is spaced ('EBS볼륨은' after 'EBS')."""
    flat = compact(name)
    taken = ""
    for i, ch in enumerate(text):
        if compact(taken + ch) == flat:
            return text[i + 1:]
        taken += ch
    return text


def _usable(text: str, names: Sequence[str], row: bool = False) -> bool:
    flat = compact(text)
    # (A line whose subject was taken off is read again: what is left may open
    # on a connective, '결국 Leaf node에 …', or on a noun that needed the words
    # taken, '경우 특정 …'.)
    return (len(text) >= 6 and (row or not labelled(text)) and not arrow_shorthand(text)
            and not broken_off(text) and not leans_on_context(text)
            and not any(compact(n) in flat for n in names))


def _asked(sides: tuple[Side, Side], crumb: str, words: Phrases) -> list[Question]:
    return [*_ask(sides, crumb, words), *_ask_sides(sides, crumb, words)]


def _ask_sides(sides: tuple[Side, Side], crumb: str, words: Phrases) -> list[Question]:
    """Each line of a side asked as which of the two it describes: the notes
    set the two against each other and left the line out of the other side,
    so one of the two is right, and the other is of its kind by the notes'
    own comparison. (The 'only one of them' question needs two lines of the
    other side for its wrong options; this one needs none: a comparison with
    a single line on a side, 'Short Polling은 …' / 'Long Polling은 …', is
    asked too.)"""
    out: list[Question] = []
    for (one, own), (other, theirs) in (sides, sides[::-1]):
        if in_family(one, other) or one_word_apart(one, other):
            continue
        # (Every line: each is a question of its own, of two choices.)
        for text, source in own:
            question = which_side_question(one, other, (text, source), crumb=crumb,
                                           words=words,
                                           other_fact=theirs[0][0] if theirs else "")
            if question is not None:
                out.append(question)
    return out


def which_side_question(one: str, other: str, line: tuple[str, SourceRef], *, crumb: str,
                        words: Phrases, other_fact: str = "") -> Question | None:
    """'Which one does this describe?' - `line`, between `one` (right) and
    `other`; None when the line gives its side away (names it, or says it in
    other words or another language)."""
    text, source = line
    # (A side's line read without its subject may lean on what came before it,
    # '결국 …', or open on what was cut, '경우 …'.)
    if is_fragment(text) or leans_on_context(text) or refers_back(text):
        return None
    if gives_away(one, text, [other]) or gives_away(text, one, [other]):
        return None
    # (Shown under the headings above the comparison: 'EBS VS EFS' names both
    # choices, the answer among them.)
    levels = crumb.split(" > ")
    shown = [level for level in levels
             if not any(compact(name) in compact(level) for name in (one, other))]
    if not shown or shown != levels[:len(shown)]:
        return None
    return make(
        PAIR, sources=["which side", one, other, text], section=levels[0],
        topic=levels[1] if len(levels) > 1 else levels[0], concept=compact(one),
        context=" > ".join(shown), body=f"{words.which_is_described}\n- {text}", correct=one,
        wrong=[other], explanation=[(one, text), (other, other_fact)], source=source)


_NAME_WORD = re.compile(r"[^\W_]+")


def one_word_apart(one: str, other: str) -> bool:
    """Two names sharing a word ('Short Polling' / 'Long Polling', 'Static
    routing' / 'Dynamic routing', 'MAX 함수' / 'MIN 함수', 'Preemptive' /
    'Non-preemptive Scheduling'): two kinds of one thing, named by what sets
    them apart. A line on one of them says what its word means ('즉시 반환',
    '대기시간 만큼 대기', '최대값', '선점하는'), and asked which of the two it
    describes, the word answers it."""
    words = [{w.lower() for w in _NAME_WORD.findall(n)} for n in (one, other)]
    return bool(words[0] & words[1])


def _ask(sides: tuple[Side, Side], crumb: str, words: Phrases) -> list[Question]:
    out: list[Question] = []
    for (one, own), (other, theirs) in (sides, sides[::-1]):
        if len(theirs) < 2:
            continue
        for text, source in own[:_MAX_PER_SIDE]:
            # A wrong line that names its own side, in any word for it ('Syntax
            # Error' under *Syntactic*), is ruled out at sight: not offered. (A
            # word both names share, 'heap' of Max heap and Min heap, names none.)
            fair = [(t, ref) for t, ref in theirs if not gives_away(t, other, [one])]
            if len(fair) < 2:
                continue
            wrong = sorted(fair, key=lambda x: abs(len(x[0]) - len(text)))[:3]
            question = one_side_question(
                one, other, (text, source), wrong, crumb=crumb, sources=[one, other, text],
                topic=crumb.split(" > ")[1] if " > " in crumb else crumb, words=words)
            if question is not None:
                out.append(question)
    return out


def one_side_question(one: str, other: str, line: tuple[str, SourceRef],
                      wrong: Sequence[tuple[str, SourceRef]], *, crumb: str,
                      sources: Sequence[str], topic: str, words: Phrases) -> Question | None:
    """'Which is true of `one` only, not of `other`?': `line` of one side among
    `wrong` lines of the other; None when a line gives its side away."""
    text, source = line
    wrong_texts = [t for t, _ in wrong]
    # (RDS vs Aurora: Aurora is an RDS engine, so what is true of one side
    # holds of the other in the real world; 'only one of them' is no question.)
    if in_family(one, other):
        return None
    if gives_away(text, one, wrong_texts) or gives_away(text, crumb, wrong_texts):
        return None
    return make(
        "versus", sources=sources, section=crumb.split(" > ")[0], topic=topic,
        concept=compact(one), context=crumb, body=words.versus.format(one=one, other=other),
        correct=text, wrong=wrong_texts,
        explanation=[(text, one), *((t, other) for t in wrong_texts)], source=source,
        # Each option is a line of the comparison: the mirrored question
        # ('…에만 해당' the other way round) shows the same lines.
        asks=[source, *(ref for _, ref in wrong)])
