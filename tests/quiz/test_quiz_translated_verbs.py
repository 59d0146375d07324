"""A clue that says the answer's word in another language or in plain words:
the general verbs notes describe commands and permissions with ('POD yaml 파일
수정' over *kubectl edit*, '나열하고 볼 수 있는' over *AdminViewPolicy*, a
CamelCase name read word by word), 상관 관계 over *Correlated subquery*, and an
English clue giving the sense of a computer-science term word ('the meaning of
the code' over *Semantic*). Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away

KUBECTL_KO = """# 쿠버네티스 커맨드

## 기본 명령어

| command | description |
| --- | --- |
| kubectl get | 클러스터 리소스 목록 출력 |
| kubectl run | 새 POD 시작 |
| kubectl logs | 컨테이너 로그 출력 |
| kubectl edit | POD yaml 파일 수정 |
| kubectl apply | 매니페스트를 클러스터에 반영 |
"""

KUBECTL_ZH = """# Kubernetes 命令

## 基本命令

| command | description |
| --- | --- |
| kubectl get | 输出集群资源 |
| kubectl run | 启动新的 Pod |
| kubectl logs | 输出容器日志 |
| kubectl edit | 编辑 Pod 的 yaml 文件 |
| kubectl apply | 把清单应用到集群 |
"""


@pytest.mark.parametrize("notes", [KUBECTL_KO, KUBECTL_ZH])
def test_a_clue_translating_the_command_verb_is_not_asked(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "n.md"))
    clued = [q for q in bank if q.choices[q.answer] == "kubectl edit"
             and ("수정" in q.prompt or "编辑" in q.prompt)]
    assert not clued, [q.prompt for q in clued]


POLICIES = ["AmazonEKSAdminPolicy", "AmazonEKSEditPolicy", "AmazonEKSAdminViewPolicy",
            "AmazonEKSClusterAdminPolicy"]


@pytest.mark.parametrize(("clue", "answer", "others", "shown"), [
    # The CamelCase name read word by word: View, Edit.
    ("클러스터의 모든 리소스를 나열하고 볼 수 있는 권한", "AmazonEKSAdminViewPolicy",
     [p for p in POLICIES if p != "AmazonEKSAdminViewPolicy"], True),
    ("IAM 보안 주체가 대부분의 리소스를 수정할 수 있는 권한", "AmazonEKSEditPolicy",
     [p for p in POLICIES if p != "AmazonEKSEditPolicy"], True),
    ("List and view every resource of the cluster", "AmazonEKSAdminViewPolicy",
     [p for p in POLICIES if p != "AmazonEKSAdminViewPolicy"], True),
    ("k8s의 리소스 조회", "kubectl get", ["kubectl edit", "kubectl run", "kubectl logs"], True),
    ("外部查询的相关名称在子查询中使用", "Correlated subquery",
     ["Scalar Subquery", "Nested Subquery"], False),  # (zh is read by scripts.py)
    ("외부 쿼리의 상관 관계 이름을 사용하는 하위 쿼리", "Correlated subquery",
     ["Scalar Subquery", "Nested Subquery"], True),
    # The sense of the term word, in English or in Korean.
    ("Pertains to the meaning or behavior of the code.", "Semantic", ["Syntactic"], True),
    ("코드의 의미가 언어 규칙에 맞는지 검사", "Semantic", ["Syntactic"], True),
    ("Refers to the form of code as defined by the language's grammar.", "Syntactic",
     ["Semantic"], True),
    ("Calling it twice gives the same result as calling it once.", "Idempotent",
     ["Atomic", "Durable"], True),
    # Not the word's longer relatives, nor a verb every choice is built on.
    ("A meaningless name for a variable", "Semantic", ["Syntactic"], False),
    ("POD yaml 파일 수정", "kubectl edit", ["kubectl edit-last-applied", "kubectl edit -f"],
     False),
])
def test_translated_word_gives_away(clue: str, answer: str, others: list[str],
                                    shown: bool) -> None:
    assert gives_away(answer, clue, others) == shown


SEMANTIC_VS_SYNTACTIC = "\n".join([
    "# Compiler design", "", "## Semantic vs Syntactic", "",
    "| Aspect | **Syntactic** | **Semantic** |",
    "| --- | --- | --- |",
    "| **Definition** | Refers to the form of code as defined by the language's grammar."
    " | Pertains to the meaning or behavior of the code. |",
    "| **Focus** | Ensures that the code follows the correct arrangement of symbols."
    " | Ensures that the code makes logical sense at run time. |",
    "| **Checked During** | Parsing phase of compilation. | Type checking phase of compilation. |",
    "| **Error Type** | Syntax Error (e.g., missing semicolons)."
    " | Type mismatch (e.g., a string assigned to an integer). |", ""])


def test_a_line_naming_its_own_side_is_no_wrong_choice() -> None:
    bank = build_bank(parse_markdown(SEMANTIC_VS_SYNTACTIC, "n.md"))
    semantic = [q for q in bank if "true of Semantic" in q.prompt]
    # 'meaning' says semantic, 'grammar' and 'Syntax Error' say syntactic.
    for q in semantic:
        assert not any("meaning" in c or "Syntax Error" in c or "grammar" in c
                       for c in q.choices), q.choices
    assert semantic, [q.prompt for q in bank]
