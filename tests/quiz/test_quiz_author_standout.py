"""The author's own question is dropped when its right option stands out by its
look: clearly the longest (1.4 times the longest wrong one and twenty characters
more), or the only one that gives an example ('(A or B)', 'such as …'). The
author's options cannot be rewritten, so the question goes. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.build import _author_stands_out
from bot.quiz.question import Question

DRILLS = """\
# Warehouse Drills

## Question 1 – Slow scans

A team queries years of click records kept in a bucket and every query reads
all of them. Which change cuts the cost with the least upkeep?

A. Raise the query engine's quota and run fewer reports
B. Copy the records to block volumes and scan them from a server
C. Split the records into folders (for instance by day) and keep them in a packed column format
D. Put a content cache in front of the query results for readers

**Correct answer:** C

**Why C is correct:**

- Splitting by day and packing columns lets each query read only what it needs.

---

## Question 2 – Busy reads

A shop's order database is slow under many reads. What takes the reads off it?

A. Put a memory cache (Keyval or Slab) before the database
B. Move the database to a bigger machine alone
C. Keep query results as files in a bucket
D. Buy faster disks for the database machine

**Correct answer:** A

**Why A is correct:**

- A memory cache answers repeated reads without touching the database.

---

## Question 3 – Night jobs

Reports must run every night at two. Which trigger fits?

A. A cron schedule rule
B. A queue length alarm
C. A disk usage alarm
D. A manual button press

**Correct answer:** A

**Why A is correct:**

- A cron schedule rule fires at the set time each night.
"""


def _authored(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "drills.md")) if q.kind == "author"]


def test_an_author_answer_that_stands_out_by_length_or_example_is_dropped() -> None:
    (kept,) = _authored(DRILLS)
    assert kept.correct_choice == "A cron schedule rule"


def test_length_and_example_rules() -> None:
    wrong = ["Raise the query quota and run fewer reports daily", "Copy the records to volumes"]
    # 1.4 times and twenty characters longer than the longest wrong option.
    longest = "Split the records into folders by day and pack each folder into columns"
    assert _author_stands_out(longest, wrong)
    # Longer, but not by much: no look gives it away.
    assert not _author_stands_out("Split the records into folders by day and pack them", wrong)
    # The one example among plain options, in an aside or in words.
    assert _author_stands_out("Use a cache (Keyval or Slab)", wrong)
    assert _author_stands_out("Pack columns, such as Quill", wrong)
    assert _author_stands_out("캐시 사용 (예: 키밸)", ["디스크 증설", "큰 서버로 이동"])
    # An acronym, its spelled-out name or a translation is the name's own aside.
    assert not _author_stands_out("Turn on sharing (XOS)", wrong)
    assert not _author_stands_out("Use EKS (Extra Kube Setup)", wrong)
    assert not _author_stands_out("지연 시간 (Latency)", ["처리량", "대역폭"])
    # An example in every option points at none.
    assert not _author_stands_out("Use a cache (Keyval or Slab)",
                                  ["Use disks (fast or slow)", "Use a bucket (hot or cold)"])
