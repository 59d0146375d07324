"""A clue that says what the answer's name means: a translation of a general
word of it ('서로 다른 랙에 인스턴스 분산 배치' for *Spread*, '数据按分区存放'
for *Partition*) or a claim of the best of all for a name that says it is the
best ('the least page faults among all algorithms' for *Optimal*). Every note
here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.superlatives import best_named, claims_best

PLACEMENT = ["Spread", "Partition", "Cluster"]


def test_a_general_word_translated_gives_the_name_away() -> None:
    assert gives_away("Spread", "- 서로 다른 하드웨어 랙에 인스턴스 분산 배치",
                      ["Partition", "Cluster"])
    assert gives_away("Partition", "- 인스턴스를 논리적 파티션으로 나눈다", ["Spread", "Cluster"])
    assert gives_away("SELF JOIN", "- 자기 자신과 조인하는 것으로 컬럼을 변형시켜 사용",
                      ["INNER JOIN", "FULL OUTER JOIN", "LEFT OUTER JOIN"])
    k8s = ["Declarative", "Self-Healing", "Idempotency", "Consistency"]
    assert gives_away("Declarative", "- 모든 동작이 선언적으로 이루어짐", k8s[1:])
    assert gives_away("Self-Healing", "- 불일치가 생겨도 스스로 복구", [k8s[0], *k8s[2:]])
    assert gives_away("Unknown", "- 파드의 상태를 알 수 없는 경우", ["Pending", "Running"])
    assert gives_away("Always", "- 종료된 컨테이너를 항상 재시작", ["OnFailure", "Never"])
    # A clue sharing none of the names' words points at none.
    assert not gives_away("Cluster", "- 한 가용 영역 안에 서로 가깝게 패킹해 지연이 낮다",
                          ["Spread", "Partition"])


EN_PAGES = """# Virtual memory

## Page replacement

- FIFO: evicts the page that was loaded first, whatever its use since
- LRU: evicts the page whose last use lies furthest in the past
- Optimal: guaranteed to have the fewest page faults among all algorithms
- Clock: sweeps a hand over reference bits, giving each page a second chance
"""


def test_a_claim_of_the_best_of_all_is_no_clue_for_optimal() -> None:
    bank = build_bank(parse_markdown(EN_PAGES, "notes.md"))
    assert bank, "the other lines are still asked"
    for q in bank:
        if "among all" in q.prompt:
            assert q.correct_choice != "Optimal"
        if "Optimal" in q.prompt and q.kind == "match":
            assert "among all" not in q.correct_choice


def test_best_named_in_four_languages() -> None:
    assert best_named("Optimal", "- Guaranteed to have the least page fault among all algorithms",
                      ["FIFO", "LRU"])
    assert best_named("최적 페이지 교체", "- 모든 알고리즘 중에서 가장 적은 페이지 부재",
                      ["FIFO 교체", "LRU 교체"])
    assert best_named("最適置換", "- すべての方式の中で最もページフォールトが少ない",
                      ["FIFO", "LRU"])
    assert best_named("最佳置换", "- 在所有算法中最少的缺页次数", ["先进先出", "最近最少使用"])
    # The other way round: the name asked, the claim its description alone.
    assert best_named("Fewest page faults of all algorithms", "Which describes 'Optimal'?",
                      ["Evicts the oldest page", "Evicts the least recently used page"])
    # A superlative that claims no best of all, or a rival that claims it too.
    assert not claims_best("The least recently used page is selected for replacement")
    assert not best_named("Optimal", "- the least page faults among all", ["Best fit", "LRU"])
