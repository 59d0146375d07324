"""A description that writes every word of a sibling's name, in any order, fits
that sibling too: '포드 수준에서 리소스 요청 및 제한을 구현한다' is resource
limiting to a reader, whatever item of the notes it stands under, so
'리소스 제한' is never offered beside the answer. Every note here is written
for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.rival_words import says_every_word


def test_every_word_of_a_name_in_any_order() -> None:
    assert says_every_word("포드 수준에서 리소스 요청 및 제한을 구현할 수 있다", "리소스 제한")
    assert says_every_word("You can limit the resources of each pod", "Resource limits")
    assert says_every_word("リソースの制限をポッド単位で設定する", "リソース 制限")
    assert says_every_word("可以在容器级别设置资源限制", "资源限制")
    # One word missing, or only inside another word: not said.
    assert not says_every_word("포드 수준에서 리소스를 요청한다", "리소스 제한")
    assert not says_every_word("Frequently accessed data", "Cool access tier")
    assert not says_every_word("Pins a resource to one zone", "Zonal service")


NOTES = """cgroup은 다음 기능을 제공한다.

- 리소스 제한: 프로세스가 사용할 수 있는 메모리와 CPU의 양을 묶어 둔다
- 우선 순위: 경합이 생기면 어느 그룹이 먼저 CPU를 받을지 정한다
- 회계: 그룹마다 얼마나 썼는지 모니터링하고 보고한다
- 제어: 포드 수준에서 리소스 요청 및 제한을 한 번에 구현한다
"""


def test_a_sibling_named_by_the_clue_is_not_offered() -> None:
    # (Offered before: '포드 수준에서 …' among 우선 순위, 제어, 리소스 제한, 회계.
    # Without it the clue's words are left to the answer's rival alone, and
    # the line is not asked.)
    bank = build_bank(parse_markdown(NOTES, "notes.md"))
    assert any(q.kind == "match" for q in bank)
    for q in bank:
        if "포드 수준에서" in q.prompt:
            assert "리소스 제한" not in q.choices, q.choices
