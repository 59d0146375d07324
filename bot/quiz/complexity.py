"""Blanks on a running time the notes state ('퀵소트는 최악의 경우 O(n^2)',
'初期は O(V^2) だった', 'BST search takes O(log n)'): algorithm notes, prose
as often as bullets, say little else a member must know by heart.

Only a growth class of one variable is asked (1, log n, n, n log n, n², n³,
2ⁿ, n!): each has one name and its neighbours on that ladder are plainly other
answers. An expression of two variables ('O((V+E) log V)') is passed over,
since 'O(E log V)' may be as right. Every choice is written the same way (the
notation, variable and spacing of the one the notes wrote), so that none
stands out by its form; a class the rest of the line shows is never offered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.build import make, quote
from bot.quiz.figure_rules import is_example, lacks_premise
from bot.quiz.material import Leaf, Material, concept_key
from bot.quiz.question import Question
from bot.quiz.text import GlossaryLike

# 'O(n^2)', 'Θ(nlogn)', '$O(N \log N)$', 'O(log(n))'; one level of inner parentheses.
_BOUND = re.compile(r"(?<![A-Za-z0-9])(?P<mark>[OΘΩ])"
                    r"\((?P<inner>[^()]{1,20}(?:\([^()]{1,8}\)[^()]{0,8})?)\)")
_LOG = r"(?:\\?log|lg)(?:_?2|₂)?\s*"
# class -> pattern of its inner text, with {x} the variable.
_CLASSES: tuple[tuple[str, str], ...] = (
    ("1", r"1"),
    ("log", _LOG + r"\(?{x}\)?"),
    ("lin", r"{x}"),
    ("nlog", r"{x}\s*(?:\*|\\cdot|·)?\s*" + _LOG + r"\(?{x}\)?"),
    ("sq", r"{x}\s*(?:\^\s*\{?2\}?|²|\*\*\s*2|\s*\*\s*{x})"),
    ("cube", r"{x}\s*(?:\^\s*\{?3\}?|³|\*\*\s*3)"),
    ("exp", r"2\s*(?:\^\s*\{?{x}\}?|ⁿ)"),
    ("fact", r"{x}\s*!"),
)
_LADDER = tuple(name for name, _ in _CLASSES)
# Lines whose figure is worked out in the line itself ('= O(...)', 'a + b'): the
# blank is read off the arithmetic.
_ARITHMETIC = re.compile(r"=\s*[OΘΩ]\(|[OΘΩ]\([^()]*\)\s*[+=]")
MIN_WORDS = 2
# A bound the line compares against ('faster than O(n)', 'O(n)보다 빠른',
# 'O(n) 以下'): a threshold, which more than one class meets.
_COMPARED_BEFORE = re.compile(r"(?:than|under|below|within|at most|at least)\s*\$?$",
                              re.IGNORECASE)
_COMPARED_AFTER = re.compile(
    r"^\$?\s*(?:보다|이하|이상|이내|미만|초과|以下|以上|以内|より|未満|比)")


def complexity_questions(material: Material, glossary: GlossaryLike) -> list[Question]:
    out: list[Question] = []
    for leaf in material.leaves:
        text = leaf.statement.text
        bounds = list(_BOUND.finditer(text))
        if not bounds or _ARITHMETIC.search(text) or lacks_premise(text):
            continue
        for m in bounds:
            question = _blank(leaf, m, bounds, material, glossary)
            if question is not None:
                out.append(question)
    return out


def growth(inner: str) -> tuple[str, str] | None:
    """(class, variable) of a bound's inner text, or None when it is not a
    class of one variable."""
    flat = inner.strip().strip("$").strip()
    variables = set(re.findall(r"[A-Za-z]", re.sub(r"\\?log|lg|\\cdot", " ", flat)))
    if flat == "1":
        return ("1", "")
    if len(variables) != 1:
        return None
    x = variables.pop()
    for name, pattern in _CLASSES:
        if re.fullmatch(pattern.replace("{x}", re.escape(x)), flat):
            return (name, x)
    return None


def _render(cls: str, x: str, spaced: bool, caret: bool) -> str:
    gap = " " if spaced else ""
    inner = {"1": "1", "log": f"log{gap or ' '}{x}" if spaced else f"log{x}", "lin": x,
             "nlog": f"{x}{gap}log{gap}{x}", "sq": f"{x}^2" if caret else f"{x}²",
             "cube": f"{x}^3" if caret else f"{x}³", "exp": f"2^{x}",
             "fact": f"{x}!"}[cls]
    return inner


def _blank(leaf: Leaf, m: re.Match[str], bounds: Sequence[re.Match[str]], material: Material,
           glossary: GlossaryLike) -> Question | None:
    text = leaf.statement.text
    found = growth(m.group("inner"))
    if found is None:
        return None
    cls, x = found
    if not x:
        # O(1): take the variable the notes use elsewhere, or 'n'.
        others = [growth(b.group("inner")) for b in bounds]
        x = next((g[1] for g in others if g and g[1]), "n")
    start, end = m.span()
    # (A '$' of LaTeX around the bound goes with it.)
    if text[:start].endswith("$") and text[end:].startswith("$"):
        start, end = start - 1, end + 1
    before, after = text[:start], text[end:]
    mark = m.group("mark")
    if re.search(r"[~～\-–]\s*$", before) or re.match(r"^\s*[~～\-–]", after):
        return None  # one end of a range ('O(1)~O(n)')
    if is_example(text, start, end) or _COMPARED_BEFORE.search(before) \
            or _COMPARED_AFTER.match(after) or re.search(r"(?:比|than)\s*\S{0,6}$", before):
        return None
    words = re.findall(r"[A-Za-z\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]{2,}", before + after)
    if len(words) < MIN_WORDS:
        return None  # a bare figure: nothing says what runs in that time
    shown = {g[0] for b in bounds if b is not m and (g := growth(b.group("inner")))}
    if cls in shown:
        return None  # the line states the answer elsewhere
    here = _LADDER.index(cls)
    near = sorted((c for c in _LADDER if c != cls and c not in shown),
                  key=lambda c: (abs(_LADDER.index(c) - here), _LADDER.index(c)))
    wrong_classes = near[:3]
    if len(wrong_classes) < 2:
        return None
    inner = m.group("inner")
    spaced = " " in inner.strip() or "\\" in inner
    caret = "²" not in inner and "³" not in inner
    correct = _render(cls, x, spaced, caret)
    wrong = [_render(c, x, spaced, caret) for c in wrong_classes]
    # Only the inside is blanked ('O(___)'): the notation stays where the notes
    # wrote it, and the choices are the growth classes themselves.
    sentence = f"{before}{mark}(___){after}"
    body = f"{material.words.fill_blank}\n- {sentence}"
    return make(
        "cloze", sources=[text, f"bound:{m.start()}"], section=leaf.section, topic=leaf.topic,
        concept=concept_key(leaf.concept, glossary), context=leaf.crumb, body=body,
        correct=correct, wrong=wrong, explanation=quote([(text, leaf.statement.source)]),
        source=leaf.statement.source)
