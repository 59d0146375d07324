"""A task's settings are no list of terms.

An exercise lists what it asks one to build ('- Image: nginx:1.25', '-
Labels: app=web', '- Namespace: staging'): asked as 'which one does this
describe? nginx:1.25', the value's form names its key (a tag is an image,
k=v pairs are labels) and the question quizzes one task's parameters. A
block of literal values (paths, k=v pairs, dotted hosts, flags) is such a
record anywhere. Terms defined in words stay a list. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.setting_values import is_literal, is_setting, settings_record

DRILLS = """\
# Cluster drills

## Workloads

### Task 4: Run the storefront
- Image: shopfront:2.3
- Labels: app=shop, tier=web
- Namespace: staging
- Restart policy: OnFailure

### Task 5: Run the cart service
- Image: cartsvc:3.1
- Namespace: checkout
- Labels: app=cart, tier=api
- Volume: cart-data
  - Mounted at /var/lib/cart
  - Claim size 2Gi
- Probe: readiness
  - Path /healthz on port 8080
  - Period of ten seconds

## Practice set

- Lab 2: Publish the storefront
  - Service name: shop-front
  - Selector: app=shop
  - Namespace: storefront
  - Service type: NodePort

## Objects

- Pod: the smallest unit the scheduler places on a node
- ReplicaSet: keeps a given number of identical pods running
- Service: a stable virtual address in front of a changing set of pods
- Namespace: a scope that keeps the names of resources apart within a cluster
"""

CONFIG = """\
# Agent configuration

## Deployment values

- Web image: storefront:4.1
- Pod labels: app=shop, tier=web
- Node selector: disk=ssd, zone=east
- Sidecar image: log-shipper:0.9
"""

SHEET = """\
# Drill sheet

## Task 6: Deploy four services

| Service | Image | Namespace | Replicas |
|---|---|---|---|
| cart | cartsvc:3.1 | checkout | 2 |
| search | finder:1.4 | catalog | 3 |
| auth | gatekeeper:0.8 | identity | 1 |
| mail | postie:2.2 | notify | 1 |

## Parameters

| Parameter | Value |
|---|---|
| Cluster name | drill-east-01 |
| Node pool | pool_small_02 |
| Region | eu-west-3 |

## Address classes

| Class | First octet | Default mask | Hosts per network |
|---|---|---|---|
| Class A | 1-126 | 255.0.0.0 | 16,777,214 |
| Class B | 128-191 | 255.255.0.0 | 65,534 |
| Class C | 192-223 | 255.255.255.0 | 254 |
"""


def _bank(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    deck = parse_markdown(text, "drills.md")
    return [(q.kind, q.prompt, q.choices) for q in build_bank(deck)]


def test_no_question_asks_which_setting_a_task_value_is() -> None:
    bank = _bank(DRILLS)
    for kind, prompt, choices in bank:
        shown = prompt + " " + " ".join(choices)
        for value in ("shopfront:2.3", "app=shop", "staging", "shop-front", "NodePort"):
            assert value not in shown, (kind, prompt, choices)
        # Nor which key a setting's own lines stand under ('Path /healthz'
        # under 'Probe').
        assert not {"Probe", "Volume", "Image"} & set(choices), (kind, prompt, choices)
    # The terms defined in words are still asked.
    assert any("smallest unit the scheduler" in p or any("smallest unit" in c for c in ch)
               for _, p, ch in bank)


def test_a_block_of_literal_values_is_no_term_list() -> None:
    assert not [q for q in _bank(CONFIG) if q[0] == "match"]


def test_what_counts_as_a_setting() -> None:
    for literal in ("nginx:1.25", "app=web, tier=frontend", "/mnt/data", "example.internal",
                    "--dry-run=client", "kubectl get pods -n prod", "web_app", "5Gi"):
        assert is_literal(literal), literal
    for words in ("the smallest unit", "memory-heavy", "Layer 7", "AWS 서비스가 관리하는 키",
                  "Application", "ReadWriteOnce"):
        assert not is_literal(words), words
    # Under an exercise a bare token is what the task chose.
    assert is_setting("prod", in_exercise=True) and not is_setting("prod", in_exercise=False)
    assert settings_record(["nginx:1.25", "prod", "Mount the claim at /data"], in_exercise=True)
    assert not settings_record(["Application", "Transport", "Internet"], in_exercise=False)
    assert not settings_record(["runs pods", "stores state", "prod"], in_exercise=True)


def test_a_table_of_settings_is_no_comparison() -> None:
    bank = _bank(SHEET)
    for _, prompt, choices in bank:
        shown = prompt + " " + " ".join(choices)
        for value in ("cartsvc", "finder:1.4", "checkout", "drill-east-01", "eu-west-3"):
            assert value not in shown, (prompt, choices)
    # Figures compared across things are facts, still asked.
    assert any("Class B" in choices or "255.255.0.0" in prompt for _, prompt, choices in bank)
