"""Definitions written as sentences ('X는 … 프로그램입니다', 'A X is a …') are
matched like term lines; sentences that only say what a thing does are not."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.sentences import definition_of

KO = """## 데이터베이스 객체
### 트리거가 무엇인가?
트리거는 특정 테이블에 행이 추가되거나 바뀔 때 자동으로 실행되도록 작성된 프로그램입니다.
### 옵티마이저가 무엇인가?
옵티마이저는 SQL 문을 가장 빠르게 처리할 실행 계획을 세우는 DBMS 내부의 엔진입니다.
### 뷰가 무엇인가?
뷰는 하나 이상의 테이블에서 원하는 열만 골라 만든 가상의 테이블입니다.
### 시퀀스가 무엇인가?
시퀀스는 호출할 때마다 겹치지 않는 번호를 차례로 내어 주는 객체입니다.
"""

EN = """## Workload objects
A Pod is the smallest unit the scheduler places on a machine.
A ReplicaSet can be thought of as a controller that keeps a fixed count of identical copies up.
A DaemonSet is a controller that places one copy on every machine of the fleet.
"""


def test_sentences_that_define_a_name_are_matched_like_term_lines() -> None:
    bank = build_bank(parse_markdown(KO, "notes.md"))
    matches = [q for q in bank if q.kind == "match"]
    # (Asked by name or matched: one stem is asked once.)
    assert any(q.correct_choice == "옵티마이저" for q in bank)
    assert any("'옵티마이저'" in q.prompt for q in matches)
    assert {c for q in matches for c in q.choices if len(c) < 10} <= {"트리거", "옵티마이저", "뷰",
                                                                       "시퀀스"}


def test_english_definitions_too() -> None:
    bank = build_bank(parse_markdown(EN, "notes.md"))
    assert any(q.kind == "match" and q.correct_choice == "DaemonSet" for q in bank)


def test_what_a_thing_does_or_a_pronoun_is_no_definition() -> None:
    assert definition_of("DaemonSet은 모든 노드에 Pod을 띄워준다.") is None
    assert definition_of("이는 성능을 높이는 방법입니다.") is None
    assert definition_of("It is a way to store data.") is None
    assert definition_of("NAT is stateless") is None
    assert definition_of("뷰는 가상의 테이블입니다.") == ("뷰", "가상의 테이블입니다.")
    # A clause is no name: '역정규화를 하는 …', '통신이 일어나는 …'.
    assert definition_of("역정규화를 하는 가장 큰 이유는 성능을 높이기 위함입니다.") is None
    assert definition_of("통신이 일어나는 과정을 일곱 단계로 나눈 것입니다.") is None
    # The '은' of an adjective ('않은', '같은') is no topic particle: what stands
    # before it is a clause, not a subject.
    assert definition_of("대부분 익숙하지 않은 대기가 생기게 되는 것") is None
    # '-ㄹ 것' says what will happen or must be done, not what the thing is.
    assert definition_of("복제본은 잠시 어긋나도 결국엔 같은 값을 갖게 될 것") is None
    assert definition_of("버퍼는 읽은 값을 잠시 담아 둘 수 있는 것") == (
        "버퍼", "읽은 값을 잠시 담아 둘 수 있는 것")
    assert definition_of("스토리지 게이트웨이는 온프레미스와 클라우드를 잇는 서비스입니다.") == (
        "스토리지 게이트웨이", "온프레미스와 클라우드를 잇는 서비스입니다.")


PARAGRAPHS = """## 데이터베이스 객체
### 트리거
트리거는 테이블에 행이 바뀔 때 자동으로 실행되도록 작성된 프로그램입니다. 디버깅이 어렵습니다.
### 인덱스
인덱스는 테이블의 행을 빨리 찾도록 열 값을 정렬해 둔 자료 구조입니다. 쓰기는 느려집니다.
### 시퀀스
시퀀스는 호출할 때마다 겹치지 않는 번호를 차례로 내어 주는 객체입니다. 기본 키에 씁니다.
"""


def test_a_paragraph_that_opens_on_a_definition_defines_its_term() -> None:
    bank = build_bank(parse_markdown(PARAGRAPHS, "notes.md"))
    matches = [q for q in bank if q.kind == "match"]
    asked = {q.correct_choice for q in matches}
    assert asked & {"인덱스", "테이블의 행을 빨리 찾도록 열 값을 정렬해 둔 자료 구조입니다."}
    # Only the first sentence is the definition: what follows is no choice.
    assert not any("디버깅" in c or "기본 키" in c for q in matches for c in q.choices)


SPLIT_SENTENCES = """## Heaps
### Routines
- Min heap
  - Check if it is a valid min heap
- Heap sort
  - Decide whether this is the right structure for a queue
### Kinds
A heap is a complete binary tree kept in an array.
A Binary Heap is a heap where each parent orders before its children.
A Fibonacci Heap is a collection of trees with lazy merging of roots.
A Pairing Heap is a heap-ordered multiway tree with simple merging.
"""


def test_words_split_off_at_is_must_read_as_a_name() -> None:
    # A sentence's opening words are no term: a clause word or pronoun
    # ('Check if it'), an article before a common noun ('A heap').
    assert definition_of("Check if it is a valid min heap") is None
    assert definition_of("A heap is a complete binary tree kept in an array.") is None
    assert definition_of("Types of is a list of all the kinds") is None
    assert definition_of("その方式とは要求を順に処理することです") is None
    # Capital 'IT' is a name, and an article before a name is no part of it.
    assert definition_of("IT governance is a framework for steering technology.") == (
        "IT governance", "a framework for steering technology.")
    assert definition_of("A Binary Heap is a heap where each parent orders first.") == (
        "Binary Heap", "a heap where each parent orders first.")
    bank = build_bank(parse_markdown(SPLIT_SENTENCES, "heaps.md"))
    offered = {c for q in bank for c in q.choices}
    assert not {"Check if it", "A heap", "Decide whether this"} & offered
    assert any(q.correct_choice == "Fibonacci Heap" for q in bank)


def test_a_counted_or_subordinate_subject_is_no_name() -> None:
    # 'Each buyer and seller' counts members of a kind, 'While a competitive
    # firm' opens a clause: neither names a term.
    assert definition_of("Each buyer and seller is a price taker. They must accept it.") is None
    assert definition_of(
        "While a competitive firm is a price taker, a monopoly firm is a price maker.") is None
    assert definition_of("Exit is a long run decision to leave the market.") == (
        "Exit", "a long run decision to leave the market.")


def test_half_of_a_comma_joined_contrast_is_no_definition() -> None:
    # 'X is A, Y is B': what follows 'is' carries a second subject and verb.
    assert definition_of(
        "Perfect competition is a price taker market, a monopoly is a price maker.") is None
    # A relative clause still describes the term.
    assert definition_of("Redis is an in-memory store, which is often used as a cache.") == (
        "Redis", "an in-memory store, which is often used as a cache.")
