"""A mnemonic's letter before the name it begins ('A - Atomicity', 'C: Consistency',
'(D) Durability') is no part of the name: shown as a choice beside the option
letters A-D it reads as one of them. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import clean_name

KO_ACID = """# 트랜잭션

## ACID 원칙

| 원칙 | 의미 | 설명 |
|------|------|------|
| A - Atomicity (원자성) | 모두 수행되거나 전혀 수행되지 않아야 함 | 실패하면 롤백함 |
| C - Consistency (일관성) | 전후로 DB의 제약조건이 만족되어야 함 | 무결성이 유지됨 |
| I - Isolation (격리성) | 동시에 실행되어도 서로 영향이 없어야 함 | 동시성을 조절함 |
| D - Durability (지속성) | 커밋된 결과는 영구 저장되어야 함 | 장애에도 손실되지 않음 |
"""

KO_BRACKETED = KO_ACID.replace("| A - ", "| (A) ").replace("| C - ", "| (C) ") \
    .replace("| I - ", "| (I) ").replace("| D - ", "| (D) ")


def _choices(text: str) -> list[str]:
    return [c for q in build_bank(parse_markdown(text, "notes.md")) for c in q.choices]


def test_the_mnemonic_letter_of_a_table_row_is_not_shown() -> None:
    choices = _choices(KO_ACID)
    assert "Atomicity (원자성)" in choices
    assert not any(c[:1] in "ACID" and c[1:4] == " - " for c in choices)


def test_a_bracketed_mnemonic_letter_is_not_shown() -> None:
    choices = _choices(KO_BRACKETED)
    assert "Atomicity (원자성)" in choices
    assert not any(c.startswith("(") for c in choices)


def test_only_the_first_letter_of_the_name_is_a_mnemonic() -> None:
    assert clean_name("A - Atomicity (원자성)") == "Atomicity (원자성)"
    assert clean_name("C: Consistency") == "Consistency"
    assert clean_name("(D) Durability") == "Durability"
    for name in ("A record", "C-Store", "B-Tree", "X - Window", "C-Cache"):
        assert clean_name(name) == name
