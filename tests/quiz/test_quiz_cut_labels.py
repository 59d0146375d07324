"""Labels the notes' layout leaves behind are no names or lines: a heading
that stops on a word its bullets finish ('Use cache to' / '* cut latency'),
a term that heads a list of kinds ('Types of object in k8s - …'), and a
definition that opens on an arrow's split-off head ('- >(what it stands for)').
Lines written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import elided, is_fragment
from bot.quiz.naming import named_part


@pytest.mark.parametrize(("name", "cut"), [
    ("Use cache to", True),
    ("Reasons for", True),
    ("Benefits of:", True),
    ("인덱스를", True),
    ("Plan A", False),
    ("Vitamin A", False),
    ("Law of Demand", False),
    ("HTTP cache headers", False),
    ("統計情報とは", False),
])
def test_a_name_that_stops_short_is_cut(name: str, cut: bool) -> None:
    assert elided(name) is cut


@pytest.mark.parametrize(("term", "part"), [
    ("Types of object in k8s", True),
    ("Kinds of queue", True),
    ("Point of Presence", False),
    ("Pod", False),
])
def test_a_term_over_kinds_is_a_part(term: str, part: bool) -> None:
    assert named_part(term) is part


@pytest.mark.parametrize(("text", "fragment"), [
    (">(a container orchestrator)", True),
    (">Kubernetes in short", True),
    ("> 5 GB triggers an alarm", False),
    (">= 3 replicas", False),
])
def test_an_arrow_head_opens_a_fragment(text: str, fragment: bool) -> None:
    assert is_fragment(text) is fragment


NOTES = """# Web caching

## Cache it to
* speed up page loads for returning visitors
* lower the load on the origin server
* keep serving pages while the origin server is down

## Cache-Control header
* max-age says how many seconds a response stays fresh
* no-store forbids any cache from keeping a copy
* private keeps the response out of shared proxies

## ETag header
* a validator string the server sends with each response
* the browser sends it back in If-None-Match on revalidation
* a match lets the server answer 304 without a body

## Expires header
* an absolute date after which the response is stale
* ignored when Cache-Control max-age is present
* clock skew between client and server makes it unreliable
"""


def test_a_cut_heading_is_never_a_choice() -> None:
    bank = build_bank(parse_markdown(NOTES, "cache.md"))
    assert bank
    assert all("Cache it to" not in q.choices for q in bank)
