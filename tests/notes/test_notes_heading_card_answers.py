"""A question heading's answer as the reader sees it: a fence drawn around it
('```bash' over prose) is layout, so neither its marks nor the language it
names are words of the answer; and an answer slot the author has not filled
('...answer', 'TODO', '작성 중') makes no card. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.cards import scan_cards

FENCED = """# Interview

### 1. What is load balancing?
```bash
Spreading requests over several servers so that none is overloaded.
```
### 2. What is a webhook?
```bash
 ...answer
```
### 3. 캐시란 무엇인가요?
작성 중

### 4. キャッシュとは？
TODO
"""


def test_a_fence_around_an_answer_is_no_part_of_it() -> None:
    scan = scan_cards(FENCED, "n.md")
    assert [(c.front, c.back) for c in scan.cards] == [
        ("What is load balancing?",
         "Spreading requests over several servers so that none is overloaded."),
    ]


def test_an_unfilled_answer_slot_makes_no_card() -> None:
    scan = scan_cards(FENCED, "n.md")
    assert not any("webhook" in c.front or "캐시" in c.front or "キャッシュ" in c.front
                   for c in scan.cards)
    assert sum("no answer below it" in p.message for p in scan.problems) == 3
