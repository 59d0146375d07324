"""A bold phrase opening a line is a term only when the line is 'term +
definition': not a list of qualities ('**Petabyte scale, wide column** NoSQL
DB'), not a denial in capitals ('**NOT Serverless** - …'), not a thing whose
measure follows ('**우주 온도** 약 **3000K** 정도까지 하락'). Every line here is
written for the test."""

from __future__ import annotations

from bot.notes.lines import split_term


def test_bold_in_running_text_is_no_term() -> None:
    for line in ("**Low latency, strong consistency** NoSQL store for mobile apps",
                 "**저지연, 강한 일관성** 모바일용 문서 저장소",
                 "**NOT Managed** - you patch the machines yourself",
                 "**지구 자기장** 약 **50μT** 정도로 약함 → 나침반이 북쪽을 가리킴",
                 "**Core temperature** ~15 million K"):
        assert split_term(line).term is None, line


def test_a_bold_name_and_its_definition_stay_a_term() -> None:
    assert split_term("**Firestore** - document store for mobile apps").term == "Firestore"
    assert split_term("**NOT NULL** - the column must hold a value").term == "NOT NULL"
    assert split_term("**Memorystore** 관리형 Redis 캐시").term == "Memorystore"
    assert split_term("**Atomicity, Durability**: two of the four").term == \
        "Atomicity, Durability"
    assert split_term("**IPv4** 32-bit address of a host").term == "IPv4"
    assert split_term("**Deadlock** occurs when two processes wait on each other's "
                      "**resources**").term == "Deadlock"
