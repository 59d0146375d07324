"""Clue lines labelled with words whose initials are letters of the answer's
capital word ('Resonance:', 'Induction:', 'Orbital:' over *ARIO*) spell the
mnemonic: the question is not asked."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import assemble
from bot.quiz.lead_initials import leads_spell_answer
from bot.quiz.question import Question

_ARIO = ("Resonance: Conjugate base stabilized by resonance → stronger acid.",
         "Induction: Electron-withdrawing groups stabilize negative charge → stronger acid.",
         "Orbital: Negative charge in an orbital with more s-character is more stable.")
_OTHERS = ("Titration Curves", "Henderson-Hasselbalch Equation", "MCAT High-Yield Points")


def _ask(clues: tuple[str, ...], correct: str, wrong: tuple[str, ...]) -> Question | str:
    body = "Which one does this describe?\n" + "\n".join(f"- {c}" for c in clues)
    return assemble("name", sources=("s",), section="Acids and Bases", topic="t",
                    concept="c", context="Acids and Bases", body=body,
                    correct=correct, wrong=wrong, explanation="e",
                    source=SourceRef(file="f.md", line=1))


def test_leads_spelling_the_answer_give_it_away() -> None:
    assert _ask(_ARIO, "ARIO", _OTHERS) == "gate: initials of the leads"
    assert leads_spell_answer(list(_ARIO), "ARIO", list(_OTHERS))
    # (Korean labels by the English words they translate: atomicity, consistency.)
    assert leads_spell_answer(["원자성: 모두 반영되거나 전혀 반영되지 않음",
                               "일관성: 규칙을 늘 지킴", "격리성: 서로 간섭하지 않음"],
                              "ACID", ["BASE", "CAP"])
    assert leads_spell_answer(["Atomicity - all or nothing", "Durability - kept"],
                              "ACID 특성", ["정규화", "인덱스"])


def test_leads_that_spell_nothing_apart_stay() -> None:
    # A line without a label, a generic label, a lead outside the word, too
    # few letters of it, or another choice spelled as well.
    assert not leads_spell_answer(["Resonance: stabilizes", "an orbital with more s"],
                                  "ARIO", list(_OTHERS))
    assert not leads_spell_answer(["Pros: fast", "Cons: costly"], "CPU", ["GPU", "RAM"])
    assert not leads_spell_answer(["Resonance: x", "Base: y"], "ARIO", list(_OTHERS))
    assert not leads_spell_answer(["Resonance: x", "Orbital: y"], "SOLIDAR", ["DRY"])
    assert not leads_spell_answer(["Resonance: x", "Orbital: y"], "ARIO", ["ROAD", "KISS"])
    question = _ask(("Buffer: resists pH change", "Equation: pH = pKa + log"),
                    "ARIO", _OTHERS)
    assert isinstance(question, Question)
