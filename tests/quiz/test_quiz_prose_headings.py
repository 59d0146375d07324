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


KINDS = """# Cache Basics
캐시는 자주 쓰는 데이터를 가까운 곳에 두는 저장소이다.
# Cache Eviction Policy
캐시가 가득 차면 어떤 항목을 내보낼지 정해야 한다.
## 내보내기 순서
1. 캐시가 가득 찼는지 확인한다.
2. 정책에 따라 내보낼 항목을 고른다.
## Cache Eviction Policy 종류
### MRU Policy
- 직전에 접근한 데이터를 제일 먼저 버린다.

  > 반복 스캔에서 유리하다.
- 순차 스캔이 잦은 작업에 쓰인다.
### Random Policy
- 버릴 대상을 무작위로 고른다.
- 기록을 남기지 않아 구현이 가장 단순하다.
### LFU Polocy
- 참조 횟수가 제일 적은 데이터를 버린다.
- 엔트리마다 사용 빈도 카운터를 둔다.
"""


def test_headings_ending_on_their_kind_are_asked_by_their_own_names() -> None:
    # ('LFU Polocy' slips a letter: the kind word is dropped from it as well.)
    bank = build_bank(parse_markdown(KINDS, "notes.md"))
    names = [q for q in bank if q.kind == "name"]
    assert {q.correct_choice for q in names} == {"MRU", "Random", "LFU"}
    for q in names:
        assert set(q.choices) == {"MRU", "Random", "LFU"}


def test_a_sentence_with_a_remark_under_it_is_still_a_statement() -> None:
    bank = build_bank(parse_markdown(KINDS, "notes.md"))
    assert any("직전에 접근한 데이터를 제일 먼저 버린다." in q.prompt for q in bank)
