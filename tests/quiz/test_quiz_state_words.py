"""Common words of computing read across languages (가득찬 -> *isFull*, 복원력 ->
*Resiliency*, 열려 … 닫혀 -> *Open-Closed*, 병렬 -> *Parallel*), a negated word
read as its opposite ('Synchronous: ✗' -> *Async I/O*), and names drawn with an
arrow to their translation ('Heap → 힙') offered bare."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.naming import clean_name
from bot.quiz.opposites import negated_words

QUEUE_OPS = ["push", "pop", "peek"]


@pytest.mark.parametrize(("answer", "stem", "others"), [
    # An identifier is read as its words: is + full, is_empty -> empty.
    ("isFull", "rear 다음 칸이 front이면 가득찬 것", QUEUE_OPS),
    ("is_full", "큐가 꽉 차 있으면 true", QUEUE_OPS),
    ("isEmpty", "원소가 하나도 없이 비어 있으면 true", QUEUE_OPS),
    ("Resiliency", "장애가 나도 스스로 회복하는 복원력", ["Agility", "Elasticity"]),
    ("Resilience", "회복력 있는 구조를 설계", ["Agility", "Elasticity"]),
    ("OCP(Open-Closed)", "확장에는 열려 있고 변경에는 닫혀 있어야 함",
     ["SRP(Single Responsibility)", "DIP(Dependency Inversion)"]),
    ("Parallel Query", "여러 노드에서 병렬로 실행", ["Federated Query", "Cached Query"]),
    ("Concurrency Limit", "함수의 동시성 상한", ["Memory Limit", "Timeout Limit"]),
    ("Strong Consistency", "읽기가 항상 최신 쓰기를 보는 일관성", ["Low Cost", "High Speed"]),
    ("Isolation Level", "트랜잭션끼리 격리하는 정도", ["Commit Log", "Undo Log"]),
    ("Distributed Cache", "여러 서버에 분산된 저장소", ["Local Disk", "Single File"]),
    ("Delay Queue", "메시지 전달을 지연시키는 대기열", ["Dead Letter Queue", "FIFO Queue"]),
    ("Deadlock", "서로 상대의 자원을 기다리는 교착", ["Starvation", "Livelock"]),
    ("Immutable", "한 번 만들면 불변인 값", ["Volatile", "Transient"]),
])
def test_a_translated_word_gives_the_answer_away(answer: str, stem: str,
                                                 others: list[str]) -> None:
    assert gives_away(answer, stem, others)


def test_a_translated_word_every_choice_shares_points_at_none() -> None:
    assert not gives_away("isFull", "가득찬 상태", ["isFullQueue", "fullSize"])
    assert not gives_away("Parallel Scan", "병렬로 읽음", ["Parallel Query", "Parallel Load"])


IO_OTHERS = ["Blocking I/O", "Non-blocking I/O", "I/O Multiplexing"]


@pytest.mark.parametrize("stem", [
    "- Blocking: ✗\n- Synchronous: ✗\n- 설명: 콜백으로 완료 통보",
    "- Blocking: X\n- Synchronous: No",
    "Synchronous가 아닌 방식으로 완료를 알림",
    "the call is not synchronous",
])
def test_a_negated_word_says_its_opposite(stem: str) -> None:
    assert gives_away("Async I/O", stem, IO_OTHERS)


def test_a_word_said_true_says_no_opposite() -> None:
    assert not gives_away("Async I/O", "- Blocking: ✗\n- Synchronous: ✓", IO_OTHERS)
    assert negated_words("- Synchronous: ✓\n- 설명: 빠름") == ()


def test_a_table_row_negating_the_opposite_of_its_name_is_not_asked() -> None:
    notes = """## I/O
### 모델 비교
| 모델 | Blocking | Synchronous | 설명 |
|---|---|---|---|
| Blocking I/O | ✓ | ✓ | 호출한 스레드가 끝까지 대기 |
| Non-blocking I/O | ✗ | ✓ | 반복해서 상태를 물어봄 |
| I/O Multiplexing | △ | ✓ | 여러 소켓을 한 번에 감시 |
| Async I/O | ✗ | ✗ | 끝나면 콜백으로 알림 |
"""
    bank = build_bank(parse_markdown(notes, "notes.md"))
    assert not [q for q in bank if q.correct_choice == "Async I/O"
                and "Synchronous: ✗" in q.prompt]


@pytest.mark.parametrize(("title", "name"), [
    ("Heap → 힙", "Heap"), ("Stack -> 스택", "Stack"), ("Queue => 큐", "Queue"),
    ("힙 → Heap", "힙"), ("Deadlock → 교착 상태", "Deadlock"),
    # Not a translation: the arrow stays (and the text is then no name).
    ("Public IP => 바뀌는 공인 주소", "Public IP => 바뀌는 공인 주소"),
    ("Client -> ALB", "Client -> ALB"),
])
def test_a_name_glossed_by_an_arrow_is_the_name(title: str, name: str) -> None:
    assert clean_name(title) == name


ARROW_NOTES = """# 자료구조

## Heap → 힙
- 완전 이진 트리로 최솟값을 맨 위에 둠
- 우선순위에 따라 꺼낼 때 사용

## Stack -> 스택
- 마지막에 넣은 원소를 먼저 꺼냄
- 함수 호출 기록을 담음

## Hash Table => 해시 테이블
- 키로 값을 평균 상수 시간에 찾음
- 충돌은 체이닝으로 해결

## Linked List → 연결 리스트
- 노드가 다음 노드를 가리킴
- 중간 삽입이 배열보다 쉬움

## Trie -> 단어 검색용
- 문자열을 글자 단위로 나눠 저장
- 접두사로 시작하는 단어를 빠르게 찾음
"""


def test_choices_are_bare_names_never_arrows() -> None:
    bank = build_bank(parse_markdown(ARROW_NOTES, "notes.md"))
    names = [q for q in bank if q.kind == "name"]
    assert names, "the glossed names still make questions"
    for q in names:
        assert not any(mark in c for c in q.choices for mark in ("→", "->", "=>")), q.choices
