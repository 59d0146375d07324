"""An English name of Greek or Latin parts spelled out by its clue gives itself
away: 'too little oxygen' is hyp(o)- and ox, *hypoxia*; 'many forms' is poly-
and morph. Said in English or in Korean words the term lists translate, and
read either way round (the name asked, its line offered). Two parts said at
least; a word that only holds the letters ('proxy', 'toxic') is no such name.
Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away, senses
from bot.quiz.roots import parts, spelled_parts


@pytest.mark.parametrize(("name", "stem", "others"), [
    ("Hypoxia", "blood carries too little oxygen to the tissues", ["Tidal volume", "Asthma"]),
    ("Tachycardia", "a resting heart rate that is abnormally fast", ["Asthma", "Anaemia"]),
    ("Polymorphism", "one interface, many forms", ["Encapsulation", "Inheritance"]),
    ("Dermatitis", "inflamed, itchy skin", ["Asthma", "Anaemia"]),
    ("Hypoxia", "혈액 속 산소가 부족한 상태", ["Tidal volume", "Asthma"]),
])
def test_the_parts_are_said(name: str, stem: str, others: list[str]) -> None:
    assert gives_away(name, stem, others)


def test_the_name_asked_and_its_line_offered() -> None:
    right = "a heart rate that is abnormally fast"
    wrong = ["a heart rate that is abnormally slow", "an irregular rhythm of the atria"]
    assert gives_away(right, "Arrhythmias Tachycardia", wrong)


@pytest.mark.parametrize("word", ["proxy", "toxic", "subnet", "interface", "hypervisor"])
def test_words_that_only_hold_the_letters(word: str) -> None:
    assert parts(word) == ()


def test_one_part_said_is_not_enough() -> None:
    # Oxygen alone is what every breathing term is about.
    assert not spelled_parts("Hypoxia", "oxygen is carried by haemoglobin", senses)


NOTES = """# Breathing

## Terms
- Hypoxia: a state in which the tissues get too little oxygen
- Tidal volume: the air moved in or out in one normal breath
- Vital capacity: the most air one can breathe out after the deepest breath in
- Haemoglobin: the iron-holding pigment of red blood cells
"""


def test_no_question_pairs_the_name_with_its_parts() -> None:
    for q in build_bank(parse_markdown(NOTES, "breathing.md")):
        shown = q.prompt + " " + q.choices[q.answer]
        assert not ("Hypoxia" in shown and "too little oxygen" in shown), q.prompt
