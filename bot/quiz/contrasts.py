"""Comparisons the notes make without saying 'vs': two things written side by
side whose lines pair up as opposites ('실시간 서비스' / '거의 실시간 서비스',
'데이터 스토리지가 있음' / '데이터 스토리지가 없음', 'NFS 프로토콜 지원' / 'SMB
프로토콜 지원'). Asked like a "vs" section: which line is true of one and not
of the other.

Only the paired lines are choices. A pair differs in one word (or one word
more), so each line is false of the other side by the notes' own contrast; a
line with no partner may be true of both and is never shown. Two pairs at
least, so that a question has three choices, each from a contrast.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from bot.notes.model import SourceRef
from bot.quiz.concepts import related
from bot.quiz.covering import UNSAYING, covers
from bot.quiz.figure_kinds import same_figures
from bot.quiz.material import Material
from bot.quiz.question import Question
from bot.quiz.text import compact, list_parts, norm
from bot.quiz.versus import one_side_question, one_word_apart, which_side_question

MIN_PAIRS = 2
MAX_LINE = 60

Line = tuple[str, SourceRef]
Side = tuple[str, str, list[Line]]  # (name, breadcrumb above it, its lines)


def contrast_questions(material: Material) -> list[Question]:
    out: list[Question] = []
    for a, b in _rivals(material):
        pairs = _pairs(a, b)
        if len(pairs) >= MIN_PAIRS:
            out.extend(_ask(a, b, pairs, material))
    return out


def _rivals(material: Material) -> list[tuple[Side, Side]]:
    """Things written side by side: sibling concepts, and terms of one list."""
    out: list[tuple[Side, Side]] = []
    for group in material.groups:
        sides = [(c, (c.name, c.crumb, _lines([(s.text, s.source) for s in c.statements])))
                 for c in group if c.named and c.statements]
        out.extend((x, y) for (cx, x), (cy, y) in combinations(sides, 2)
                   if not related(cx, cy))
    for terms in material.term_groups:
        # A term written twice in one list ('클라이언트 : SYN …', '서버 : …',
        # '클라이언트 : ACK …') is a turn of a sequence, not a thing compared:
        # what one of its lines lacks another may say.
        count = Counter(compact(t.term) for t in terms)
        entries = [(t.term, t.crumb, _lines([(t.definition, t.source)]))
                   for t in terms if t.shown and count[compact(t.term)] == 1]
        out.extend(combinations(entries, 2))
    return out




def _lines(texts: Sequence[Line]) -> list[Line]:
    """Each line, and each part of a line listing several things ('NFS 프로토콜
    지원, 리눅스 네트워크 파일 시스템')."""
    out: list[Line] = []
    for text, source in texts:
        parts = list_parts(text)
        out.extend((p, source) for p in (parts if len(parts) > 1 else [text.strip()])
                   if p and len(p) <= MAX_LINE)
    return out


def _pairs(a: Side, b: Side) -> list[tuple[Line, Line]]:
    """Lines of `a` and `b` that are each other's opposite, each used once."""
    pairs: list[tuple[Line, Line]] = []
    used: set[str] = set()
    said_a, said_b = ({compact(t) for t, _ in side[2]} for side in (a, b))
    # A line the other side says too, however spaced, is true of both. (Read
    # once a line, not once a pair: each line of one side meets all of the other's.)
    own_b = [y for y in b[2] if compact(y[0]) not in said_a]
    for x in a[2]:
        if compact(x[0]) in said_b:
            continue
        for y in own_b:
            if x[0] in used or y[0] in used:
                continue
            if _opposite(x[0], y[0]):
                pairs.append((x, y))
                used.update((x[0], y[0]))
    return pairs


def _opposite(x: str, y: str) -> bool:
    """One word changed ('있음' / '없음', 'NFS' / 'SMB') or one word added ('거의
    실시간'), the rest the same: the two say opposite things of one aspect. (A
    word changed to the sides' own names, 'NAT Instance' / 'NAT Gateway', names
    the answer in its line: the giveaway check drops it.)"""
    # (The words first: every line of one side is tried against every line
    # of the other, and most pairs differ in more than one word.)
    wx, wy = x.split(), y.split()
    if min(len(wx), len(wy)) < 2 or abs(len(wx) - len(wy)) > 1:
        return False
    if len(wx) == len(wy):
        one_word = sum(p != q for p, q in zip(wx, wy, strict=True)) == 1
    else:
        short, long = sorted((wx, wy), key=len)
        one_word = any(long[:i] + long[i + 1:] == short and long[i].lower() in UNSAYING
                       for i in range(len(long)))
    # (Chinese and Japanese put no space between words: the 'word' changed in
    # 'Unit Tests: 全体の70%' / 'Unit Tests: 書きやすく、…' is a whole clause, a
    # share against a cost. Lines that state other kinds of figure speak of
    # other aspects, and are no opposites.)
    # (Nor a word that only leaves the object open: 'AWS 호스트를 가리킴' is
    # true beside '다른 호스트를 가리킴'.)
    return one_word and norm(x) != norm(y) and same_figures(x, y) and not covers(x, y)




def _ask(a: Side, b: Side, pairs: list[tuple[Line, Line]],
         material: Material) -> list[Question]:
    out: list[Question] = []
    for (one, crumb, _), (other, _, _), own, theirs in (
            (a, b, [p[0] for p in pairs], [p[1] for p in pairs]),
            (b, a, [p[1] for p in pairs], [p[0] for p in pairs])):
        for text, source in own:
            question = one_side_question(
                one, other, (text, source), theirs[:3], crumb=crumb,
                sources=["contrast", one, other, text], topic=crumb.split(" > ")[-1],
                words=material.words)
            if question is not None:
                out.append(question)
            # (And which of the two the line describes: its partner line says
            # the other side is otherwise, so one of the two is right.)
            if not one_word_apart(one, other):
                question = which_side_question(one, other, (text, source), crumb=crumb,
                                               words=material.words, other_fact=theirs[0][0])
                if question is not None:
                    out.append(question)
    return out
