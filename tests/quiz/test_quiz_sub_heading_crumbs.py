"""A question's breadcrumb names the part of the notes its line is written in:
a sub-heading over a run of numbered items ('### 참고 2. 열두 가지 원칙' under a
section of items) is shown, without a pointer's word and number, so a blank
asked under it is read in its own context, not the whole section's."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import written_under
from bot.quiz.naming import pointed_subject

# Written for this test: a glossary of numbered terms with a numbered aside.
GLOSSARY = """# 서버 용어

## 용어 모음

1. 캐시 서버
    - 자주 읽는 데이터를 메모리에 두고 빠르게 돌려주는 서버
    - 원본 저장소의 읽기 부하를 줄임

2. 배치 서버
    - 밤마다 쌓인 작업을 한꺼번에 처리하는 서버
    - 처리 결과를 파일로 남김

3. 게이트웨이
    - 외부 요청을 받아 내부 서비스로 넘기는 관문
    - 인증을 먼저 확인함

### 참고 2. 마이크로 서비스 원칙
1. 격리
    - 각 서비스는 자기 저장소만 읽고 쓴다
    - 다른 서비스의 장애가 번지지 않도록 경계를 둔다

2. 계약
    - 서비스끼리는 정해 둔 인터페이스로만 말한다
    - 누구든 계약에 맞추어 새 서비스를 붙일 수 있다

3. 관측
    - 모든 서비스는 로그와 지표를 한곳으로 보낸다
    - 장애가 나면 추적 번호로 요청을 따라간다
"""


@pytest.mark.parametrize(("heading", "shown"), [
    ("참고 2. 마이크로 서비스 원칙", "마이크로 서비스 원칙"),
    ("See also: RFC 1918", "RFC 1918"),
    ("부록 A: 명령어", "명령어"),
    ("References", ""),
    ("参考", ""),
    ("Reference Architecture", "Reference Architecture"),
    ("서버 배치", "서버 배치"),
])
def test_a_pointer_heading_shows_its_subject(heading: str, shown: str) -> None:
    assert pointed_subject(heading) == shown


def test_the_nearest_sub_heading_joins_the_crumb() -> None:
    assert written_under("용어 모음", ("참고 2. 마이크로 서비스 원칙",)) \
        == "용어 모음 > 마이크로 서비스 원칙"
    assert written_under("용어 모음", ("References",)) == "용어 모음"
    assert written_under("용어 모음", ()) == "용어 모음"


def test_a_line_under_a_sub_heading_is_asked_under_it() -> None:
    bank = build_bank(parse_markdown(GLOSSARY, "terms.md"))
    principles = {"격리", "계약", "관측"}
    inside = [q for q in bank if set(q.choices) <= principles]
    assert inside, "a question among the aside's items alone"
    for question in inside:
        assert question.context == "용어 모음 > 마이크로 서비스 원칙", question.prompt
    # Beside a choice from another part of the section, the sub-heading would
    # point at the answer: the section alone is shown.
    for question in bank:
        if not set(question.choices) <= principles:
            assert question.context == "용어 모음", question.prompt


# Written for this test: numbered items written as headings, one with a
# sub-heading of its own inside its body.
ITEMS = """# 자료 구조

#### 종류

1. ##### 스택(Stack)

   나중에 넣은 것을 먼저 꺼내는 구조

2. ##### 큐(Queue)

   먼저 넣은 것을 먼저 꺼내는 구조

   ##### 큐의 한계

   1. 앞이 비어도 뒤에 넣을 자리가 없어진다

   2. 크기를 미리 정해야 한다

3. ##### 덱(Deque)

   양쪽 끝에서 넣고 꺼낼 수 있는 구조
"""


def test_a_heading_inside_an_item_ends_with_the_item() -> None:
    deck = parse_markdown(ITEMS, "items.md")
    paths = {t.title: t.path for s in deck.sections for t in s.topics}
    assert paths["앞이 비어도 뒤에 넣을 자리가 없어진다"] == ("큐의 한계",)
    assert paths["덱(Deque)"] == ()
