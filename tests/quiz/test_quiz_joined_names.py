"""Name choices of two forms: some join two names ('단일값 속성과 다중값 속성',
'gp2/gp3'), others are one ('파생 속성', 'st1'). The one of its own form is
picked (or left out) by its look: the question is not asked. And a heading that
is a generic category word ('Resource', '리소스') groups the named things under
it; it is no choice beside them. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import rejection
from bot.quiz.format_marks import mixed_joined_names
from bot.quiz.naming import is_label
from bot.quiz.question import AUTHOR, Question


def _question(choices: tuple[str, ...], answer: int = 0, kind: str = "name") -> Question:
    return Question(id="q", kind=kind, section="속성 유형", topic="속성 유형",
                    concept="c",
                    prompt="다음 설명에 해당하는 것은? 다른 속성으로부터 계산되는 속성",
                    choices=choices, answer=answer, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


@pytest.mark.parametrize(("choices", "answer"), [
    # The answer alone single among joined ones.
    (("파생 속성", "단일값 속성과 다중값 속성", "단순 속성과 복합 속성"), 0),
    (("st1", "gp2/gp3", "io1/io2"), 0),
    (("DaemonSet", "ReplicaSet and Deployment", "Job"), 0),
    # The answer alone joined among single ones.
    (("gp2/gp3", "st1", "sc1", "io2"), 0),
    (("EC2 & EBS", "Lambda", "Fargate", "Batch"), 0),
    # Mixed either way: the single wrong one is left out by its look.
    (("gp2/gp3", "io1/io2", "st1"), 0),
    (("EC2 및 S3", "Lambda", "Batch"), 0),
])
def test_names_of_mixed_form_drop_the_question(choices: tuple[str, ...], answer: int) -> None:
    assert mixed_joined_names(choices)
    assert rejection(_question(choices, answer)) == "names of mixed form"


@pytest.mark.parametrize("choices", [
    ("TCP和UDP", "HTTP", "DNS"),
    ("进程与线程", "协程", "管道"),
    ("TCP・UDP", "HTTP", "DNS"),
])
def test_joined_names_in_chinese_and_japanese(choices: tuple[str, ...]) -> None:
    assert mixed_joined_names(choices)


@pytest.mark.parametrize("choices", [
    ("파생 속성", "키 속성", "복합 속성"),
    ("gp2/gp3", "io1/io2", "st1/sc1"),
    # '결과', '효과', '성과' end in 과, and join nothing.
    ("결과 분석", "효과 측정", "성과 지표"),
    # One katakana name written with '・'.
    ("ラウンド・ロビン", "最小接続", "IPハッシュ"),
    # One name with 'and' in it, or in its aside; a slash inside one name.
    ("Stop and Wait", "Selective Repeat", "Go-Back-N"),
    ("점유대기(Hold and wait)", "상호배제", "비선점"),
    ("I/O", "CPU", "GPU"),
    # Statements: a sentence's 'and', '와', '및' is no joined name.
    ("데이터를 복사할 소스와 목적지 위치", "복사 방법", "가상 머신"),
    ("첨부로 업로드된 파일 확인 및 저장", "로그인 확인", "처리 시작"),
    ("Reads the row and locks it until the transaction commits", "Locks nothing", "Fails"),
])
def test_names_of_one_form_are_kept(choices: tuple[str, ...]) -> None:
    assert not mixed_joined_names(choices)


def test_an_authors_options_are_kept() -> None:
    choices = ("st1", "gp2/gp3", "io1/io2")
    assert rejection(_question(choices, kind=AUTHOR)) != "names of mixed form"


KO_ATTRIBUTES = """# 데이터베이스

## 속성 유형

### 단순 속성과 복합 속성

- 더 작은 구성 요소로 나눌 수 없는 속성과 여러 하위 속성으로 나뉘는 속성
- 주소를 시, 구, 도로명으로 나누면 복합 속성이 됨

### 단일값 속성과 다중값 속성

- 하나의 값만 갖는 속성과 여러 값을 가질 수 있는 속성
- 한 사람이 전화번호를 여러 개 가지면 다중값 속성

### 파생 속성

- 다른 속성으로부터 계산될 수 있는 속성
- 생년월일이 주어졌을 때 나이를 계산할 수 있는 것

### 키 속성

- 개체를 유일하게 식별하는 속성
- 학번처럼 다른 학생과 겹치지 않는 값
"""


def test_no_question_offers_names_of_mixed_form() -> None:
    bank = build_bank(parse_markdown(KO_ATTRIBUTES, "notes.md"))
    for question in bank:
        assert not mixed_joined_names(question.choices), question.choices


def _k8s(heading: str) -> str:
    return f"""# Kubernetes

## Service

- Exposes a set of pods behind one stable virtual IP address
- Load balances the traffic across the pods that match its selector

## PV

- A piece of storage in the cluster provisioned by an administrator
- Lives on after the pod that used it is deleted

## Ingress

- Routes outside HTTP traffic to services by host name and path
- Terminates TLS for the hosts it serves

## {heading}

- Limits the total CPU and memory the pods of one namespace may request
- Counts the objects of each kind a namespace may hold
"""


@pytest.mark.parametrize("heading", ["Resource", "Resources", "Objects", "Components"])
def test_a_category_heading_is_no_choice_beside_names(heading: str) -> None:
    bank = build_bank(parse_markdown(_k8s(heading), "notes.md"))
    assert all(heading not in question.choices for question in bank)


def test_a_real_name_is_still_a_choice() -> None:
    bank = build_bank(parse_markdown(_k8s("ResourceQuota"), "notes.md"))
    assert any("ResourceQuota" in question.choices for question in bank)


@pytest.mark.parametrize(("name", "label"), [
    ("Resource", True), ("Objects", True), ("리소스", True), ("구성 요소", True),
    ("リソース", True), ("资源", True), ("概念", True),
    ("ResourceQuota", False), ("Resource Quota", False), ("カスタムリソース", False),
    ("Kubernetes Objects", False), ("Service", False), ("리소스 제한", False),
])
def test_category_words_are_labels(name: str, label: bool) -> None:
    assert is_label(name) is label
