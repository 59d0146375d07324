"""A description that is a template's text is no clue: one written verbatim
under other terms of the same notes identifies none of them, and one that
only lists aspects to study ('Mechanism and toxicity') says nothing of the
term. The term still stands as a choice. Blind reader r-dev-41212 Q16
(en-pharmacology-study-guide, ONE-RIGHT): the stem 'Mechanism and uses', the
notes' placeholder under Ezetimibe and Buspirone. Every note here is written
for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.template_lines import lists_aspects, repeated_descriptions

NOTES = """# Pharmacology

## Lipid-Lowering Drugs
- **Statins**: Atorvastatin, simvastatin
- **Fibrates**: Gemfibrozil, fenofibrate
- **PCSK9 inhibitors**: Evolocumab, alirocumab
- **Ezetimibe**: Blocks cholesterol uptake

## Anxiolytics
- **Benzodiazepines**: Diazepam, alprazolam, lorazepam
- **Barbiturates**: Phenobarbital, thiopental
- **Z-drugs**: Zolpidem, zaleplon, eszopiclone
- **Buspirone**: Blocks cholesterol uptake
"""


def test_a_description_written_under_two_terms_is_no_clue() -> None:
    bank = build_bank(parse_markdown(NOTES, "notes.md"))
    assert any(q.kind == "match" for q in bank)
    assert not any("Blocks cholesterol uptake" in q.prompt
                   or "Blocks cholesterol uptake" in q.choices for q in bank)


def test_repeated_under_other_terms_only() -> None:
    found = repeated_descriptions([
        ("a.md", "Ezetimibe", "Mechanism and uses"), ("a.md", "Buspirone", "Mechanism and uses"),
        ("a.md", "ACE inhibitors", "Lisinopril, enalapril"),
        ("a.md", "ACE inhibitors", "Lisinopril, enalapril"),
        ("a.md", "오류 추정 테스트", "실수 추정"), ("a.md", "오류 추정", "실수 추정"),
        ("a.md", "등분산성", "분산 일정 (잔차의 분산)"), ("a.md", "변환", "분산 일정"),
        ("b.md", "Ezetimibe", "Blocks uptake"), ("c.md", "Buspirone", "Blocks uptake"),
    ])
    assert found == {("a.md", "mechanism and uses")}


@pytest.mark.parametrize(("text", "aspects"), [
    ("Mechanism and uses", True),
    ("Mechanism and toxicity", True),
    ("Mechanism, therapeutic monitoring, toxicity", True),
    ("Uses and side effects", True),
    ("특징 및 장단점", True),
    ("Relationship to dosing intervals", False),
    ("Blocks cholesterol uptake", False),
    ("Evolocumab, alirocumab", False),
    ("과정", False),
])
def test_a_list_of_aspects(text: str, aspects: bool) -> None:
    assert lists_aspects(text) is aspects
