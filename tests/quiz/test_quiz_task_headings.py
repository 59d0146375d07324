"""A heading that names a task ('컨트롤 플레인 구성 요소의 상태 확인', 'Checking the
state of a node', 'ノードの状態を確認する', '查看组件状态') is something to do,
not a thing: never a choice beside the things the notes describe (a scheduler,
a key-value store), nor they beside it. A name that only looks like one ('상태
확인' alone, a health check; 'Rolling Update'; '检查点') stays a name.

And two kinds of line are no clue to name a thing by: a bare run of names left
open ('CPU, 메모리, 우선순위 등'), which says of what only by the line it glossed;
and a line on the whole the thing lives in ('하나의 클러스터 내에는 여러 노드가
있을 수 있음' under one component), a fact of the parent.
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import Fact, SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.holders import tells_a_whole
from bot.quiz.kind_words import bare_enumeration, kind_word, of_other_kinds
from bot.quiz.material import statement_rejection
from bot.quiz.naming import names_a_task


@pytest.mark.parametrize("heading", [
    "컨트롤 플레인 구성 요소의 상태 확인", "버킷을 생성", "서브넷 만들기", "노드 상태 확인하기",
    "파드를 띄우는 법", "Checking the state of a node", "Creating a VPC", "Create the bucket",
    "Setting up the cluster", "Using Redis", "ノードの状態を確認する", "状態を確認",
    "查看组件状态", "创建 Pod", "创建文件", "Create Deployment", "Install kubectl",
    "Assign Priorities", "Orient the Molecule", "Determine R or S", "Root 노드에서 시작",
    "어떤 자식 노드로 내려갈지 결정", "Find the parent", "Start with a guess",
])
def test_a_task_heading_is_a_kind_of_its_own(heading: str) -> None:
    assert names_a_task(heading)
    assert kind_word(heading) == "task"
    assert of_other_kinds("kube-scheduler", [heading, "etcd"]) == [0]


@pytest.mark.parametrize("name", [
    "상태 확인", "VPC 피어링 연결", "Blue/Green 배포", "Load Balancing", "Rolling Update",
    "Sliding Window", "Consistent Hashing", "String", "Access Point", "状態確認", "检查点",
    "创建型模式", "kube-scheduler", "Delete Marker", "Check constraint", "Upgrade Strategy",
    "Rank Function", "Draw Call", "Compute Engine", "Start Bit", "Find Union", "Achiral Molecules",
    "의사 결정", "트랜잭션 시작",
])
def test_a_name_that_looks_like_a_task_is_none(name: str) -> None:
    assert not names_a_task(name)


# The components besides the placer, as both notes below write them.
OTHER_COMPONENTS = """\
### 상태 저장소

- 클러스터의 모든 설정과 상태를 키-값 형태로 보관
- 관리 서버만 이 저장소에 직접 읽고 쓸 수 있음

### 관리 서버

- 사용자와 다른 구성 요소의 모든 요청을 받는 단일 창구
- 요청마다 인증과 권한 검사를 거친 뒤 저장소에 기록

### 노드 에이전트

- 일꾼 노드마다 떠서 배정된 작업의 컨테이너를 띄움
- 컨테이너가 응답하지 않으면 다시 시작하고 결과를 관리 서버에 알림
"""


PARTS = """\
# 오케스트레이터 구조

## 관리 노드 구성 요소

### 배치기

- 새 작업을 받으면 자원이 남는 일꾼 노드를 골라 작업을 붙임
- 노드마다 점수를 매겨 가장 높은 점수의 노드를 고름

""" + OTHER_COMPONENTS + """
### 관리 노드 구성 요소의 상태 확인

- 관리 서버는 각 구성 요소가 건강한지 보여 주는 자원을 노출함
- 명령줄 도구로 구성 요소 목록과 그 건강 상태를 한 번에 볼 수 있음
"""


def test_a_task_heading_is_never_a_choice() -> None:
    bank = build_bank(parse_markdown(PARTS, "parts.md"))
    assert any(q.kind == "name" for q in bank)  # (the components are asked)
    for q in bank:
        assert not any("상태 확인" in c for c in q.choices), q.choices


def _fact(text: str) -> Fact:
    return Fact(text=text, source=SourceRef(file="n.md", line=1), kind="text")


@pytest.mark.parametrize("line", [
    "CPU, 메모리, 선호도, 우선순위, 영구 볼륨(PV) 등", "pods, secrets, config maps, etc.",
    "CPU、メモリ、優先度など", "CPU、内存、优先级等", "CPU 및 메모리 등",
])
def test_a_bare_run_of_names_left_open_is_no_statement(line: str) -> None:
    assert bare_enumeration(line)
    assert statement_rejection(_fact(line)) == "a bare list left open"


@pytest.mark.parametrize("line", [
    "S3, EBS 등을 지원", "CPU, 메모리 등 요구 사항을 지정함",
    "Supports CPU, memory and disk limits",
])
def test_a_list_with_a_predicate_is_a_statement(line: str) -> None:
    assert not bare_enumeration(line)


@pytest.mark.parametrize("line", [
    "하나의 클러스터 내에는 하나 이상의 일꾼 노드가 존재할 수 있음.",
    "A cluster can have one or more worker nodes",
    "In each cluster, there are several worker nodes",
    "1つのクラスタには複数のノードが存在する", "一个集群中可以有多个节点",
])
def test_a_line_on_the_whole_tells_the_whole(line: str) -> None:
    assert tells_a_whole(line, ["배치기", "Placer"])


def test_a_line_on_the_whole_naming_the_answer_is_its_own() -> None:
    assert not tells_a_whole("하나의 클러스터 내에는 하나의 배치기만 존재함", ["배치기"])
    assert not tells_a_whole("한 번에 하나의 요청만 처리", ["배치기"])


PLACER = """\
# 오케스트레이터 구조

## 관리 노드 구성 요소

### 배치기

배치기는 일꾼 노드에 작업을 붙이는 일을 맡음.

작업을 올릴 때 CPU, memory, affinity, priority, volumes 같은 요구 사항을 함께 적어 냄.
<small><i>CPU, 메모리, 선호도, 우선순위, 볼륨 등</i></small>

하나의 클러스터 내에는 하나 이상의 일꾼 노드가 존재할 수 있음.

""" + OTHER_COMPONENTS


def test_no_clue_is_a_bare_list_or_a_line_on_the_whole() -> None:
    bank = build_bank(parse_markdown(PLACER, "placer.md"))
    assert any(q.kind == "name" for q in bank)  # (the other components are asked)
    for q in bank:
        assert "선호도" not in q.prompt, q.prompt
        assert "하나 이상의 일꾼 노드" not in q.prompt, q.prompt


TERMS = """\
# 오케스트레이터 구성 요소

- 배치기: 새 작업을 받으면 자원이 남는 일꾼 노드를 골라 작업을 붙임
- 상태 저장소: 클러스터의 모든 설정과 상태를 키-값 형태로 보관
- 관리 서버: 사용자와 다른 구성 요소의 요청을 받는 단일 창구
- 노드 에이전트: 일꾼 노드마다 떠서 배정된 작업의 컨테이너를 띄움
- 노드의 건강 상태 확인: 명령줄 도구로 각 노드가 살아 있는지 한 번에 봄
"""


def test_a_task_term_is_never_a_name_choice() -> None:
    bank = build_bank(parse_markdown(TERMS, "terms.md"))
    asked = [q for q in bank if "배치기" in q.choices]
    assert asked  # (the components are asked among themselves)
    for q in bank:
        assert "노드의 건강 상태 확인" not in q.choices, q.choices
