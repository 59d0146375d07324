"""A term line whose definition only weighs its subject ('Critical for
production', 'Core administrative skills') says nothing one subject has and
another lacks: it is not matched. A required step ('헬스 체크 필수') or a
definition with a figure says what the thing is and stays."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import tagline

WEIGHED = """# Pilot licence study plan

## Must master

1. **Navigation charts** - Core flying skills
2. **Radio procedure** - Critical for solo flights
3. **Weather briefings** - Foundation knowledge
4. **Engine checks** - Important but short
"""


def test_weighing_definitions_are_taglines() -> None:
    for text in ("Core flying skills", "Critical for solo flights", "Foundation knowledge",
                 "Important but short", "시험에 중요"):
        assert tagline(text), text
    for text in ("Checks the fuel valves before each start", "헬스 체크 필수",
                 "Core count up to 64", "Radio calls use the phonetic alphabet on 121.5"):
        assert not tagline(text), text


def test_a_list_of_taglines_is_not_matched() -> None:
    bank = build_bank(parse_markdown(WEIGHED, "plan.md"))
    assert not [q for q in bank if q.kind == "match"]
