"""Headings that organise the notes ('Few points', 'Rules', 'Critical
Considerations', 'Development Order', '사전 조건', '학습 목표', 'ユースケース',
'前提') are no things to name, and a reading list whose lines file a link
under a kind of reading ('Official documentation: [Troubleshooting
applications](…)') is no fact of the subject: neither is ever a clue or a
choice. Real things stay names. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.inline import labelled_link
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import names_no_thing


def test_headings_that_organise_the_notes_name_no_thing() -> None:
    for heading in ("Few points", "Rules", "Critical Considerations", "Development Order",
                    "Implementation Plan", "Instructions", "Solution Walkthrough",
                    "Personal Recommendation", "Best for", "사전 조건", "실습 목표",
                    "들어가기 전에", "사용자 입장", "관리적 측면", "ユースケース", "構成方針",
                    "前提", "准备工作", "开始前"):
        assert names_no_thing(heading), heading


def test_real_things_stay_names() -> None:
    for name in ("Critical Section", "Model of computation", "Byte Order", "Phase 1",
                 "Leader Election", "Security Group", "Rule Engine", "임계 영역", "排他ロック",
                 "主从复制", "Recovery"):
        assert not names_no_thing(name), name


EN_PLAN = """# Multi-Paxos

## Implementation Strategy

### Development Order
1. **Ballots**: Implement lexicographical comparison of ballot numbers.
2. **Phase 2**: Implement the steady-state push path of accepted values.
3. **Phase 1**: Implement the combined election logic and log merging.

### Critical Considerations
- **Dueling Proposers**: Use randomized back-off when a P1a is rejected.
- **Commit Index**: Piggyback the highest chosen slot on all outgoing messages.
- **AMO State**: Track the highest sequence number per client.
"""

KO_PLAN = """# EKS 실습

## 클러스터 액세스

### 학습 목표
- IAM 사용자가 Kubernetes API에 인증하는 방법 숙지
- Access Entry로 권한을 주는 방법 숙지

### 사전 조건
- 실습용 VPC와 EKS 클러스터가 배포되어 있어야 합니다.
- code-server에 접속한 상태여야 합니다.
"""


def test_no_question_names_a_part_of_the_notes() -> None:
    parts = {"Development Order", "Critical Considerations", "학습 목표", "사전 조건",
             "Implementation Strategy"}
    for text in (EN_PLAN, KO_PLAN):
        for q in build_bank(parse_markdown(text, "notes.md")):
            assert not parts & set(q.choices), q.prompt


def test_a_label_and_a_link_alone_is_a_reading_entry() -> None:
    assert labelled_link("Official documentation: [Troubleshooting applications](https://k8s.io/x)")
    assert labelled_link("공식 문서 - [EKS 사용 설명서](https://docs.aws.amazon.com/eks/)")
    assert labelled_link("入門記事：[VPC入門](https://example.jp/vpc)")
    assert not labelled_link("Recovery: Fill the gaps with no-ops. See [[Holes in the Log]].")
    assert not labelled_link("샤딩: 키로 데이터를 나누어 담는 방식")
    assert not labelled_link("[[Leader Election]] — Steady-state details and leases")


EN_READING = """# Debugging applications

## Commands

- `kubectl describe pod` shows the events of a pod.
- `kubectl logs --previous` shows the logs of the last crashed container.
- `kubectl debug` adds an ephemeral container to a running pod.

## What to learn next

- Official documentation: [Troubleshooting applications](https://kubernetes.io/docs/tasks/debug/)
- Manual or specification: [kubectl command reference](https://kubernetes.io/docs/reference/kubectl/)
- Maintainer or personal blog: [Ivan Velichko — ephemeral containers](https://iximiuz.com/en/posts/)
- Technical blog: [CNCF — when Kubernetes restarts your Pod](https://www.cncf.io/blog/)
- Hands-on guide: [Debug Services](https://kubernetes.io/docs/tasks/debug/debug-service/)
"""

KO_READING = """# 쿠버네티스 디버깅

## 명령어

- `kubectl describe pod`는 파드의 이벤트를 보여준다.
- `kubectl logs --previous`는 직전에 죽은 컨테이너의 로그를 보여준다.
- `kubectl debug`는 실행 중인 파드에 임시 컨테이너를 붙인다.

## 더 공부할 것

- 공식 문서: [애플리케이션 트러블슈팅](https://kubernetes.io/ko/docs/tasks/debug/)
- 기술 블로그: [임시 컨테이너로 디버깅하기](https://example.com/blog/ephemeral)
- 실습 가이드: [서비스 디버깅](https://kubernetes.io/ko/docs/tasks/debug/debug-service/)
"""


def test_a_categorised_reading_list_asks_nothing() -> None:
    for text, titles in ((EN_READING, ("Troubleshooting applications", "Technical blog",
                                       "Official documentation", "Debug Services")),
                         (KO_READING, ("애플리케이션 트러블슈팅", "기술 블로그", "공식 문서"))):
        for q in build_bank(parse_markdown(text, "notes.md")):
            shown = "\n".join((q.prompt, *q.choices))
            assert not any(t in shown for t in titles), shown
