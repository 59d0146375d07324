"""A heading per thing with a paragraph of prose under it: the paragraph's
sentences are clues to the heading when it opens on the heading's name as its
subject; a sentence going on from the one before, or a paragraph about
something else, is no clue."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Fact, SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.material import sentences

EN = (
    "# Sorting routines\n"
    "## Bubblesort\n"
    "Bubblesort is a comparison routine that swaps neighbouring items until no swap is left. "
    "It is rarely used in practice.\n"
    "## Mergesort\n"
    "Mergesort is a divide-and-conquer routine that splits the list in halves and joins "
    "sorted halves. Extra memory is needed for the joined halves.\n"
    "## Heapsort\n"
    "Heapsort is a selection routine that keeps the largest item at the root of a binary tree. "
    "No extra memory is needed beyond the input array.\n"
)

KO = (
    "# 저장 서비스\n"
    "### Amazon Quartz\n"
    "Amazon Quartz는 객체를 버킷 단위로 저장하는 무제한 용량의 저장 서비스입니다. "
    "이로써 비용이 줄어듭니다. 수명 주기 규칙으로 오래된 객체를 저렴한 등급으로 옮길 수 있습니다.\n"
    "### Amazon Basalt\n"
    "Amazon Basalt는 인스턴스 하나에 붙여 쓰는 블록 단위 디스크입니다. "
    "스냅샷을 만들어 다른 리전으로 복사할 수 있습니다.\n"
    "### Amazon Granite\n"
    "Amazon Granite는 여러 인스턴스가 동시에 마운트하는 공유 파일 시스템입니다. "
    "사용한 만큼만 용량 요금을 냅니다.\n"
)


def _fact(text: str) -> Fact:
    return Fact(text=text, source=SourceRef(file="n.md", line=1), kind="text")


def test_a_paragraph_on_its_heading_is_read_as_its_sentences() -> None:
    split = [f.text for f in sentences(_fact(
        "Mergesort is a routine, e.g. for lists. It is stable. Extra memory is needed."),
        ["Mergesort"])]
    # ('It is stable' goes on from the sentence before: no line of its own.)
    assert split == ["Mergesort is a routine, e.g. for lists.", "Extra memory is needed."]
    # A paragraph that opens on something else stays as written.
    other = _fact("Bastion sits in the public subnet. Its address is assigned.")
    assert sentences(other, ["EC2 launch"]) == [other]
    # A paragraph that goes on from the one above is no line at all.
    assert sentences(_fact("Another example is a course plan."), ["Mergesort"]) == []


def test_english_prose_headings_give_name_questions() -> None:
    bank = build_bank(parse_markdown(EN, "notes.md"))
    names = [q for q in bank if q.kind == "name"]
    assert {q.correct_choice for q in names} >= {"Mergesort", "Heapsort"}
    for q in names:
        assert "It is rarely" not in q.prompt
        # (The subject is cut off the clue: 'A divide-and-conquer routine …'.)
        assert q.correct_choice not in q.prompt


def test_korean_prose_headings_give_name_questions() -> None:
    bank = build_bank(parse_markdown(KO, "notes.md"))
    names = [q for q in bank if q.kind == "name"]
    assert names
    for q in names:
        assert "이로써" not in q.prompt
        assert "Quartz는" not in q.prompt
