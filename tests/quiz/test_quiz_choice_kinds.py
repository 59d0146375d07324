"""Choices of one kind: a field beside its values, a key beside values, a
section of kinds beside things, the summed-up qualities of a pros/cons list,
and a numbered name shortened in the clue ('P2a' for Phase 2). Every note
here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.identifier_kinds import identifier_kinds
from bot.quiz.kind_words import heads_its_kinds, names_their_kind
from bot.quiz.numbered_initials import numbered_initials, short_form_shown
from bot.quiz.question import Question

KO_STRATEGY = """# 쿠버네티스

## 디플로이먼트

**strategy : 파드를 업데이트 해야 할 때 어떤 방식으로 업데이트할지 정하는 필드**

- Recreate : 기존 파드를 모두 지우고 한 번에 새로 만드는 전략
- RollingUpdate : 파드를 하나씩 순서대로 새 버전으로 바꾸는 전략
- maxSurge : 롤링 업데이트 중 replicas보다 더 만들 수 있는 파드 수
- maxUnavailable : 롤링 업데이트 중 동시에 내려갈 수 있는 파드 수
- minReadySeconds : 새 파드가 준비된 뒤 사용 가능으로 보기까지 기다리는 시간
- revisionHistoryLimit : 롤백에 쓰려고 남겨 두는 이전 ReplicaSet 의 개수
"""

EN_SERVICE_TYPE = """# Kubernetes

## Services

- type: Chooses how the service is exposed to clients inside or outside the cluster
- ClusterIP: A service type reachable only from inside the cluster network.
- NodePort: Opens the same high port on every node; a service type.
- LoadBalancer: Provisions a cloud load balancer in front of the nodes; a service type.
- sessionAffinity: Sends the requests of one client to the same pod every time.
"""

KO_ROUTING = """# Route 53

## 레코드

### CNAME

- 호스트 이름이 다른 호스트 이름을 가리키도록 하는 레코드
- 루트 도메인에는 만들 수 없음

### Alias

- 호스트 이름이 AWS 리소스를 가리키도록 하는 Route 53 전용 레코드
- 루트 도메인에서도 동작하며 요금이 없음

### NS

- 호스팅 영역의 네임 서버를 지정하는 레코드
- 도메인을 위임할 때 등록 기관에 입력함

### Route 53 - Routing 정책

- 라우팅 정책은 Route 53이 DNS 쿼리에 어떻게 응답할지 정함
- Route 53이 지원하는 라우팅 정책
    - Simple 단순
    - Weighted 가중치 기반
    - Failover 장애 조치
    - Latency based 지연 시간 기반
"""

JA_MODES = """# キャッシュ

## 書き込み

- モード: 書き込みをキャッシュとデータベースにどう届けるかを決める設定
- ライトスルー: キャッシュとデータベースに同時に書き込むモード
- ライトバック: キャッシュだけに書き込み、後でまとめてデータベースに反映するモード
- ライトアラウンド: データベースだけに書き込み、キャッシュを飛ばすモード
"""

EN_PROS_CONS = """# Caching

## Write-Behind

The application writes to the cache only; a worker flushes to the database later.

**Pros**:
- **Fast writes** — only the cache write is on the critical path.
- **Smooth load** — the worker batches writes at the database's own pace.

**Cons**:
- **Complex consistency** — the database lags the cache by seconds.
- **Hard transactions** — multi-key writes that should be atomic are not.
- **Reconciliation complexity** — someone must watch that the queue drains.
"""

KO_PROS_CONS = """# 캐시

## 라이트 비하인드

애플리케이션은 캐시에만 쓰고, 워커가 나중에 데이터베이스에 반영한다.

**단점**:
- **Data loss** — 워커가 반영하기 전에 캐시가 죽으면 그 쓰기는 사라진다.
- **Complex consistency** — 데이터베이스가 캐시보다 몇 초 늦게 반영된다.
- **Hard transactions** — 여러 키를 원자적으로 함께 쓰기 어렵다.
- **Reconciliation** — 큐가 비워지는지 따로 감시해야 한다.
"""

EN_STEPS = """# Multi-Paxos

## Development Order

1. **Ballots**: Implement lexicographical comparison of ballot numbers.
2. **Log Structure**: Build the log entry map and the slot pointers of each server.
3. **Phase 2**: Implement the steady-state accept path (P2a/P2b/Decisions).
4. **Phase 1**: Implement the combined election logic and the merging of logs.
5. **Recovery**: Handle gap-filling with no-op commands in empty slots.
"""


def _bank(notes: str) -> tuple[Question, ...]:
    return build_bank(parse_markdown(notes, "notes.md"))


def _asked(bank: tuple[Question, ...]) -> list[tuple[str, list[str]]]:
    return [(q.prompt, list(q.choices)) for q in bank if q.kind in ("match", "name")]


@pytest.mark.parametrize("notes", [KO_STRATEGY, EN_SERVICE_TYPE])
def test_a_field_is_never_a_choice_beside_its_values(notes: str) -> None:
    for _, choices in _asked(_bank(notes)):
        assert "strategy" not in choices or "Recreate" not in choices
        assert "type" not in choices or "ClusterIP" not in choices


def test_a_field_named_by_its_values_kind_is_no_choice() -> None:
    asked = _asked(_bank(JA_MODES))
    assert any("ライトスルー" in prompt for prompt, _ in asked)
    assert not any("モード" in choices or "モード" in prompt.split("\n")[-1]
                   for prompt, choices in asked)


@pytest.mark.parametrize("notes", [KO_STRATEGY, EN_SERVICE_TYPE])
def test_a_key_is_never_a_choice_beside_values(notes: str) -> None:
    for _, choices in _asked(_bank(notes)):
        cases = identifier_kinds(choices)
        assert cases is None, choices


def test_keys_are_still_asked_among_keys() -> None:
    asked = _asked(_bank(KO_STRATEGY))
    assert any(set(choices) <= {"maxSurge", "maxUnavailable", "minReadySeconds",
                                      "revisionHistoryLimit", "strategy"}
               for _, choices in asked)


def test_a_section_of_kinds_is_no_choice_beside_things() -> None:
    asked = _asked(_bank(KO_ROUTING))
    assert asked
    assert not any("Routing 정책" in " ".join(choices) for _, choices in asked)


@pytest.mark.parametrize(("name", "said", "heads"), [
    ("Route 53 - Routing 정책",
     ["Route 53이 지원하는 라우팅 정책", "Simple 단순", "Weighted 가중치 기반",
      "Failover 장애 조치"],
     True),
    ("ルーティングポリシー",
     ["サポートされるルーティングポリシー:", "シンプル", "加重", "フェイルオーバー"], True),
    ("Routing policy", ["Supported routing policies:", "Simple", "Weighted", "Failover"], True),
    ("IAM 정책", ["권한을 정의하는 JSON 문서", "사용자나 그룹에 붙인다"], False),
    ("Retry policy", ["Retries a failed call with backoff.", "Gives up after five tries."], False),
])
def test_heads_its_kinds(name: str, said: list[str], heads: bool) -> None:
    assert heads_its_kinds(name, said) is heads


@pytest.mark.parametrize("notes", [EN_PROS_CONS, KO_PROS_CONS])
def test_pros_and_cons_are_no_terms_to_match(notes: str) -> None:
    for prompt, choices in _asked(_bank(notes)):
        for label in ("Complex consistency", "Fast writes", "Data loss"):
            assert label not in choices, prompt


def test_a_numbered_name_shortened_in_the_clue_is_not_asked() -> None:
    for prompt, choices in _asked(_bank(EN_STEPS)):
        assert not ("P2a" in prompt and "Phase 2" in choices), prompt


@pytest.mark.parametrize(("answer", "stem", "others", "shown"), [
    ("Phase 2", "- Implement the accept path (P2a/P2b).", ["Phase 1", "Ballots"], True),
    ("Version 2", "- 응답 형식이 바뀐 v2 API를 제공한다", ["Version 1", "Legacy"], True),
    ("Phase 2", "- Implement the accept path.", ["Phase 1", "Ballots"], False),
    ("Phase 2", "- Both P2 and P1 messages carry a ballot.", ["Phase 1", "Ballots"], True),
    ("Implement the accept path (P2a/P2b).", "Which statement describes 'Phase 2'?",
     ["Implement lexicographical comparison.", "Handle gaps."], True),
    ("Layer 7", "- Routes by URL path", ["Layer 4", "Layer 3"], False),
])
def test_short_form_shown(answer: str, stem: str, others: list[str], shown: bool) -> None:
    assert short_form_shown(answer, stem, others) is shown


def test_numbered_initials() -> None:
    assert numbered_initials("Phase 2") == "P2"
    assert numbered_initials("Layer-7") == "L7"
    assert numbered_initials("Ballots") == ""
    assert numbered_initials("메모리 2") == ""


@pytest.mark.parametrize(("term", "others", "umbrella"), [
    ("strategy", ["모든 파드를 한 번에 교체하는 전략", "하나씩 바꾸는 전략",
                  "더 만들 수 있는 파드 수"],
     True),
    ("Type", ["A service type reachable inside.", "Opens a port on each node; a service type."],
     True),
    ("モード", ["すべてを一度に置き換えるモード", "順に置き換えるモード"], True),
    ("Recreate", ["하나씩 바꾸는 전략", "다른 전략"], False),
    ("strategy", ["파드 수", "대기 시간"], False),
])
def test_names_their_kind(term: str, others: list[str], umbrella: bool) -> None:
    assert names_their_kind(term, others) is umbrella
