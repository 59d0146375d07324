"""Common words of computing read across languages (가득찬 -> *isFull*, 복원력 ->
*Resiliency*, 열려 … 닫혀 -> *Open-Closed*, 병렬 -> *Parallel*), a negated word
read as its opposite ('Synchronous: ✗' -> *Async I/O*), and names drawn with an
arrow to their translation ('Heap → 힙') offered bare."""

from __future__ import annotations

import pytest

from bot.quiz.gloss import gives_away

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
