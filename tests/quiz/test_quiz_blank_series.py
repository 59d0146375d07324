"""A name blank offers items of the answer's own numbered list: a section that
holds a glossary ('1.'-'4.') and, under a heading of its own, a list that
starts again at 1 (principles of safe unloading) holds two kinds of thing, and
a glossary word among the principles stands out by its kind. A list that goes
on after a sub-list ('4.' after a nested '1.'-'3.') is still one list."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import numbered_series, read_material
from bot.quiz.name_cloze import same_series
from bot.quiz.text import NoGlossary

NOTES = """# 항구 용어

## 용어 정리

1. 부두 크레인
    - 배에서 컨테이너를 들어 올려 부두 위 트럭에 내리는 대형 장비
2. 예인선
    - 큰 배를 밀고 끌어서 좁은 항로를 지나 접안하도록 돕는 작은 배
3. 검역소
    - 입항한 선원과 화물의 전염병 여부를 조사하는 기관
4. 보세 창고
    - 관세를 내지 않은 수입 화물을 통관 전까지 맡아 두는 창고

### 참고. 안전한 하역의 원칙
1. 균형
    - 하역 중 배의 균형은 양쪽 화물 무게를 맞춰 유지한다
2. 신호
    - 크레인 기사와 갑판원은 정해진 손 신호로만 작업을 지시한다
3. 순서
    - 무거운 화물을 먼저 내리고 가벼운 화물을 나중에 내린다
4. 점검
    - 작업 전마다 와이어와 고리의 마모 상태를 눈으로 확인한다
"""

PRINCIPLES = {"균형", "신호", "순서", "점검"}


def test_a_restarted_list_is_a_series_of_its_own() -> None:
    material = read_material(parse_markdown(NOTES, "port.md"), NoGlossary())
    group = next(g for g in material.groups if any(c.name == "균형" for c in g))
    balance = next(c for c in group if c.name == "균형")
    others = [c for c in group if c is not balance]
    assert {c.name for c in same_series(balance, others, group)} == PRINCIPLES - {"균형"}
    for q in build_bank(parse_markdown(NOTES, "port.md")):
        if q.kind == "blank" and q.choices[q.answer] in PRINCIPLES:
            assert set(q.choices) <= PRINCIPLES


def test_a_list_going_on_after_a_sub_list_is_one_series() -> None:
    text = """# 설계

#### 특징

1. ##### 분리

   모듈을 나눈다

2. ##### 은닉

   내부를 감춘다

   ##### 은닉의 단점

   1) 느려진다

   2) 복잡해진다

3. ##### 위임

   일을 넘긴다
"""
    topics = [t for s in parse_markdown(text, "d.md").sections for t in s.topics]
    series = numbered_series(topics)
    by_title = {t.title: series.get(id(t)) for t in topics}
    assert by_title["분리"] == by_title["은닉"] == by_title["위임"]
    assert by_title["느려진다"] != by_title["분리"]
