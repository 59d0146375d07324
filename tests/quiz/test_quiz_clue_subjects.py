"""A line under a heading that defines another term by its kind ('源头顶点: 没有
任何入边的顶点' under 有向无环图) speaks of that term, not of the heading: it is
no clue for naming the heading. A value or part after a label stays a clue.
Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.subjects import defines_another

_REST_ZH = """
### 链表

* 每个元素保存数据和指向后继元素的指针
* 在已知位置插入只需修改指针, 无需搬移其余元素

### 哈希表

* 装载因子过高时需要扩容并重新散列
* 键的顺序不会被保留
"""
GRAPH_ZH = """\
### 有向无环图

* 源头顶点: 没有任何入边的顶点
* 汇聚顶点: 没有任何出边的顶点
""" + _REST_ZH

GRAPH_KO = """\
### 방향 비순환 그래프

- 시작 정점: 들어오는 간선이 하나도 없는 정점
- 끝 정점: 나가는 간선이 하나도 없는 정점

### 연결 리스트

- 각 원소가 데이터와 다음 원소를 가리키는 포인터를 저장
- 위치를 알면 포인터만 바꿔 삽입할 수 있음

### 해시 테이블

- 적재율이 높아지면 크기를 늘리고 다시 배치
- 키의 순서를 보존하지 않음
"""


def test_definitions_of_other_terms_are_no_clues_for_the_heading() -> None:
    for notes, graph, others in ((GRAPH_ZH, "有向无环图", {"链表", "哈希表"}),
                                 (GRAPH_KO, "방향 비순환 그래프", {"연결 리스트", "해시 테이블"})):
        bank = build_bank(parse_markdown(notes, "graphs.md"))
        answers = {q.correct_choice for q in bank if q.kind == "name"}
        assert graph not in answers
        assert others <= answers, "the headings described by their own lines are asked"


def test_a_line_defines_another_term_by_the_kind_of_thing_it_is() -> None:
    assert defines_another("根节点: 一棵树最顶部的节点", ["二叉树"])
    assert defines_another("根节点是一棵树最顶部的节点。", ["二叉树"])
    assert defines_another("共有ロック：読み込みのときにかけるロック", ["ロック"])
    assert defines_another("Public subnet: a subnet with a route to the internet", ["VPC"])
    # A value or a part after a label says what the heading's thing has.
    assert not defines_another("Expedited : 데이터를 1~5분 이내에 받음", ["Glacier"])
    assert not defines_another("Sid: 명령문의 식별자(선택 사항)", ["IAM Policies Structure"])
    assert not defines_another("子树: 由树中的内部节点和叶节点组成", ["二叉树"])
    # The heading's own name as the subject: the line is about the heading.
    assert not defines_another("二叉树：每个节点最多有两个子节点的树", ["二叉树"])
