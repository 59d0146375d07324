"""A heading on what makes a thing good ('좋은 캐시 정책이란?', 'Good
caching') lists goals and criteria: it is no kind of that thing. Never a
choice among the kinds (a name question, or the one wrong choice of a pair
where the distractor must be of the answer's kind), nor they beside it.
And the two of a two-choice question stand at one level of the outline.
Every note here is written for the test."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.concepts import _one_level
from bot.quiz.kind_words import kind_word, praises_its_kind
from bot.quiz.material import Concept

CACHE_KO = """\
## 캐시 교체 정책

> ### 좋은 교체 정책이란?
>
> - **적중률이 높게** 유지한다.
> - 교체 판단에 드는 **연산 비용을 최소화**
> - 자주 쓰는 데이터가 **쫓겨나지 않게** 한다.

### 지연 교체 정책

- 공간이 꽉 찼을 때만 가장 오래 안 쓴 항목을 골라 내보낸다.
- 빈 공간이 있으면 아무것도 내보내지 않는다.
"""

CACHE_EN = """\
## Cache eviction

### Good eviction
- Keeps the hit rate high under a changing load
- Spends little work on each eviction decision

### Lazy eviction
- Evicts the least recently used entry only when the cache is full
- Leaves every entry in place while there is free space

### Eager eviction
- Evicts expired entries on a timer even when space is free
- Keeps memory use low at the cost of a background task

### Random eviction
- Picks the entry to evict by chance, with no bookkeeping
- Works well enough when every entry is read about as often
"""


def test_a_praise_heading_is_no_pair_rival() -> None:
    # (Named one word apart, the two read as a pair; the praise heading is
    # goals, not a policy, so no two-choice question is asked of them.)
    bank = build_bank(parse_markdown(CACHE_KO, "cache-ko.md"))
    for q in bank:
        assert not ("좋은 교체 정책" in q.choices and "지연 교체 정책" in q.choices), q


def test_a_praise_heading_is_no_choice_among_kinds() -> None:
    bank = build_bank(parse_markdown(CACHE_EN, "cache-en.md"))
    named = [q for q in bank if q.kind in ("name", "match", "pair")]
    assert any("Lazy eviction" in q.choices for q in named)
    for q in named:
        assert "Good eviction" not in q.choices, (q.prompt, q.choices)


def test_what_praises_its_kind() -> None:
    for name in ("좋은 스케줄링", "바람직한 설계", "Good scheduling", "Ideal scheduler",
                 "理想的なスケジューラ", "良いテスト", "好的调度"):
        assert praises_its_kind(name) and kind_word(name) == "praise", name
    for name in ("Best Effort", "Bad Gateway", "선점 스케줄링", "Goodput",
                 "좋은", "Round Robin"):
        assert not praises_its_kind(name), name


def test_a_pair_stands_at_one_level_of_the_outline() -> None:
    # (Two names one word apart, a class and an algorithm filed under the
    # other class: the one wrong choice of a two-choice question is of
    # another kind, told by it alone.)
    def concept(crumb: str) -> Concept:
        return cast(Concept, SimpleNamespace(crumb=crumb))

    lazy = concept("교체 알고리즘")
    assert not _one_level(lazy, concept("교체 알고리즘 > 선제 교체"))
    assert _one_level(lazy, concept("교체 알고리즘"))
    assert _one_level(concept("교체 방식 > 선제 교체"), concept("교체 방식 > 지연 교체"))
