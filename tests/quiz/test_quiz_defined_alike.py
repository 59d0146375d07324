"""Two siblings the notes define alike ('X is a <kind> which …', 'Y is a <kind>
which …') share their kind by being siblings: whether one's definition fits
the other is read on what tells them apart, not on the kind both open on.
Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import PAIR, Question

ALIKE = """\
## Sorting algorithms

### Insertion sort

Insertion sort is a simple comparison sorting algorithm which grows a sorted prefix item by item.

### Selection sort

Selection sort is a simple comparison sorting algorithm which moves the smallest item to the front.

## Containers

### Stack

A stack hands back the newest element first.

### Queue

A queue hands back the oldest element first.

### Deque

A deque takes and gives elements at both ends.

### Ring buffer

A ring buffer overwrites its oldest slot once full.
"""


def _pairs(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "notes.md")) if q.kind == PAIR]


def test_a_definition_sharing_only_its_kind_with_the_sibling_is_asked() -> None:
    # (The containers below make the sorting words rare in the deck: the kind
    # alone weighs enough to make the sibling look described too.)
    asked = {q.correct_choice: q for q in _pairs(ALIKE)}
    assert "Insertion sort" in asked
    assert "grows a sorted prefix item by item" in asked["Insertion sort"].prompt
    assert set(asked["Insertion sort"].choices) == {"Insertion sort", "Selection sort"}


def test_a_definition_whose_differentia_fits_the_sibling_is_not() -> None:
    # (Past the shared kind the two say the same: either could be meant.)
    same = ALIKE.replace("moves the smallest item to the front",
                         "grows a sorted prefix item by item")
    assert not any(q.correct_choice == "Insertion sort" for q in _pairs(same))


# The Korean way round: the kind both end on ('… 단순한 비교 기반 정렬 알고리즘이다').
ALIKE_KO = """\
## 정렬 알고리즘

### 삽입 정렬

삽입 정렬이란 앞쪽의 정렬된 부분에 원소를 하나씩 끼워 넣는 단순한 비교 기반 정렬 알고리즘이다.

### 선택 정렬

선택 정렬이란 남은 원소 중 가장 작은 값을 골라 맨 앞과 바꾸는 단순한 비교 기반 정렬 알고리즘이다.

## 컨테이너

### 스택

스택은 가장 나중에 넣은 원소를 먼저 꺼낸다.

### 큐

큐는 가장 먼저 넣은 원소를 먼저 꺼낸다.

### 덱

덱은 양쪽 끝에서 원소를 넣고 뺀다.

### 링 버퍼

링 버퍼는 가득 차면 가장 오래된 칸을 덮어쓴다.
"""


def test_a_korean_definition_ending_on_the_shared_kind_is_asked() -> None:
    asked = [q for q in _pairs(ALIKE_KO) if q.correct_choice == "삽입 정렬"]
    assert asked and "하나씩 끼워 넣는" in asked[0].prompt
