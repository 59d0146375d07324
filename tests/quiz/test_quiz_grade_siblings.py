"""A grade on a scale ('Priority 1', '심각도 1 / 긴급', '2등급') written beside
the phases of a procedure is of another kind: never a choice among them, nor
they among grades, in name, match or order questions. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.kind_words import kind_word, names_a_grade, opens_on_grade

SUPPORT = """\
# Support desk handbook

## Intake
- A ticket arrives by mail, chat or the web form
- The desk tags it with product and customer
- Every ticket gets a reply within one working day

## Diagnose
- Reproduce the fault on a test account
- Collect logs and the exact version in use
- Ask the customer only what the logs cannot tell

## Priority 1 (urgent)
- No customer can log in at all
- The duty manager hears of it within 10 minutes
- Work goes on through the night until it is fixed

## Resolve
- Ship a fix or a documented workaround
- Confirm with the customer that the fault is gone
- Link the fix to the ticket for later searches

## Follow-up
- Close the ticket a week after the fix if nothing returns
- Add the case to the knowledge base
- Count repeat faults in the monthly review
"""

SUPPORT_KO = """\
# 고객 지원 안내

## 용어
- 접수: 메일이나 채팅으로 들어온 문의를 티켓으로 등록한다
- 진단: 테스트 계정에서 문제를 재현하고 로그를 모은다
- 심각도 1 / 긴급: 모든 고객이 로그인하지 못하는 상태를 말한다
- 해결: 수정본이나 우회 방법을 고객에게 전달한다
- 종결: 수정 후 일주일 동안 재발이 없으면 티켓을 닫는다

## 처리 절차
1. 문의를 티켓으로 등록하고 제품 태그를 붙인다
2. 테스트 계정에서 문제를 재현해 원인을 찾는다
3. 1등급은 모든 고객이 로그인하지 못하는 경우이다
4. 수정본이나 우회 방법을 고객에게 전달한다
5. 일주일 동안 재발이 없으면 티켓을 닫는다
"""


def test_a_grade_is_no_choice_among_phases() -> None:
    bank = build_bank(parse_markdown(SUPPORT, "support.md"))
    named = [q for q in bank if q.kind == "name"]
    assert any("Diagnose" in q.choices for q in named)
    for q in bank:
        if "Priority 1" in q.choices:
            assert not {"Intake", "Diagnose", "Resolve", "Follow-up"} & set(q.choices), q


def test_a_grade_is_no_term_nor_definition_among_phases() -> None:
    bank = build_bank(parse_markdown(SUPPORT_KO, "support-ko.md"))
    matched = [q for q in bank if q.kind == "match"]
    assert any("진단" in q.choices for q in matched)
    grade_line = "모든 고객이 로그인하지 못하는 상태를 말한다"
    for q in matched:
        assert "심각도 1 / 긴급" not in q.choices, q.choices
        assert not (grade_line in q.choices and q.choices[q.answer] != grade_line), q


def test_steps_with_a_grade_among_them_are_no_order() -> None:
    bank = build_bank(parse_markdown(SUPPORT_KO, "support-ko.md"))
    assert not [q for q in bank if q.kind == "order"]
    # (The same list without the grade line is asked.)
    steps = SUPPORT_KO.replace("3. 1등급은 모든 고객이 로그인하지 못하는 경우이다\n", "") \
        .replace("4. 수정본", "3. 수정본").replace("5. 일주일", "4. 일주일")
    assert [q for q in build_bank(parse_markdown(steps, "steps.md")) if q.kind == "order"]


def test_what_names_a_grade() -> None:
    for name in ("Sev 1", "SEV-2", "Level 3", "Tier II", "P1", "Priority 1 (urgent)",
                 "심각도 1 / 긴급", "2등급", "レベル2", "3级"):
        assert names_a_grade(name) and kind_word(name) == "grade", name
    for name in ("Route 53", "Level 1 cache", "Tier 2 storage", "Detect", "Class A",
                 "Priority queue", "Levels"):
        assert not names_a_grade(name), name
    assert opens_on_grade("Sev 2 when one region is down")
    assert opens_on_grade("1등급은 가장 급한 경우")
    assert not opens_on_grade("Prepare the release notes")
