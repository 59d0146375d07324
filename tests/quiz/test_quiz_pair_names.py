"""Two things named alike, one word apart, with no third of their kind ('Front
Cache' / 'Back Cache'): asked as a pair, which of the two a clue describes,
with the two as the only choices. Before, the pair stood out together among
other siblings and gave no question. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import make
from bot.quiz.question import PAIR

CACHES = """## Cache tiers

### Front Cache
- Sits in the browser and keeps static pictures for a day
- Emptied whenever the member signs out of the site

### Back Cache
- Runs beside the database and holds query results in memory
- Shared by every application server of the region

### Request Logging
- Writes every request to a rotating file on local disk
"""


def test_two_alike_names_are_asked_as_a_pair() -> None:
    bank = build_bank(parse_markdown(CACHES, "caches.md"))
    pairs = [q for q in bank if q.kind == PAIR]
    assert pairs, [(q.kind, q.prompt, q.choices) for q in bank]
    for q in pairs:
        assert set(q.choices) == {"Front Cache", "Back Cache"}, q.choices
    front = next(q for q in pairs if "browser" in q.prompt)
    assert front.choices[front.answer] == "Front Cache"
    back = next(q for q in pairs if "database" in q.prompt)
    assert back.choices[back.answer] == "Back Cache"


def test_only_a_pair_is_asked_with_two_choices() -> None:
    common = {"sources": ["x"], "section": "s", "topic": "t", "concept": "c",
              "context": "Cache tiers",
              "body": "Which one does this describe?\n- holds query results",
              "correct": "Back Cache", "wrong": ["Front Cache"],
              "explanation": "Back Cache: holds query results",
              "source": SourceRef(file="caches.md", line=1)}
    assert make("name", **common) is None  # type: ignore[arg-type]
    assert make(PAIR, **common) is not None  # type: ignore[arg-type]


PLAN = """## Study plan

### High Priority
- Storage Volumes (30%) - the largest part of the exam
- Cluster Setup (25%) - core admin work, practise daily

### Low Priority
- Log Shipping (10%) - quick marks for little work
- Pod Scheduling (5%) - rarely more than one task
"""


def test_things_listed_under_one_of_two_buckets_are_no_clue() -> None:
    """Which bucket the author put a thing in is no fact of the thing, and a
    degree word ('largest' for High) points at the bucket."""
    bank = build_bank(parse_markdown(PLAN, "plan.md"))
    assert not [q.prompt for q in bank if q.kind == PAIR]


ENDPOINTS = """## Attachment kinds

### Interface Port (Shared Private Link)
- Creates ENIs in your subnets with local addresses
- Serves many partner offerings across the backbone
- Guarded by security groups like any instance

### Bridge Port
- Limited to two storage products
- Written into route tables as a target
"""


def test_an_acronym_in_the_plural_is_read_spelled_out() -> None:
    """'ENIs' is ENI, an elastic network interface: it says *Interface*, which
    is read against the name as its choice shows it, without its aside."""
    bank = build_bank(parse_markdown(ENDPOINTS, "endpoints.md"))
    assert [q for q in bank if q.kind == PAIR], [(q.kind, q.prompt) for q in bank]
    assert not [q.prompt for q in bank if "ENIs" in q.prompt]


DEADLOCKS = """## Deadlock handling

### Ignorance Strategy
- Ignore the problem and act as if it never happens, restarting by hand
- Chosen by most desktop systems as the cheapest way

### Avoidance Strategy
- Grants a resource only when the system stays in a safe state
- Needs each process to declare its maximum claim up front
"""


def test_another_form_of_the_answers_word_gives_it_away() -> None:
    """'Ignore …' is *Ignorance* in another form, as 'addresses' is *Addressing*."""
    bank = build_bank(parse_markdown(DEADLOCKS, "deadlocks.md"))
    assert [q for q in bank if q.kind == PAIR], [(q.kind, q.prompt) for q in bank]
    assert not [q.prompt for q in bank if "Ignore the problem" in q.prompt]


NETWORK = """## Private networks

### Custom Network
- Built by the member with its own address range and route tables
- Holds subnets the member draws in each zone

### Network Bridge
- Links two private networks so their machines talk by private address
- Works across regions and across accounts

### Traffic Mirror
- Copies packets of one interface to a monitoring appliance
"""


def test_a_word_shared_in_another_place_makes_no_pair() -> None:
    # 'Custom Network' is a kind of network, 'Network Bridge' a link between
    # networks: one word alike, but not two of one kind.
    bank = build_bank(parse_markdown(NETWORK, "network.md"))
    assert not [q for q in bank if q.kind == PAIR], [(q.prompt, q.choices) for q in bank]


# A clue that compares with the other choice by the part of its name the
# answer's lacks ('T2보다', 'than T2'): the answer is the one left.
TIERS = """## 저장 등급

### T1 저장소
- 자주 읽는 데이터를 SSD에 두어 응답이 빠르다.
- 쓰기마다 세 곳에 복제하여 유실 위험이 낮다.
- T2보다 용량 단가가 비싸다.

### T2 저장소
- 한 달에 한 번 읽는 데이터를 디스크 묶음에 둔다.
- 꺼내는 데 몇 분이 걸려 급한 조회에는 맞지 않는다.
- Costs less per gigabyte than T1 for the same data.
"""


def test_a_clue_compared_with_the_other_choice_is_not_shown() -> None:
    bank = build_bank(parse_markdown(TIERS, "tiers.md"))
    pairs = [q for q in bank if q.kind == PAIR]
    assert pairs, [(q.kind, q.prompt, q.choices) for q in bank]
    for q in pairs:
        assert "T2보다" not in q.prompt and "than T1" not in q.prompt, q.prompt
