"""A heading that only numbers an item ('No.3', 'Q12', '문제 3') is no level of
an author question's breadcrumb: over a series of questions ('## No.3' then
'### No.4', '### No.5') it showed every later question under the number of
another. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_sequence_label
from bot.quiz.question import Question

SERIES = """\
# Cloud Exam Review

## No.1
A shop's web servers run out of memory at night. Which metric source shows memory use?

A. The hypervisor's default metrics
B. An agent installed on each host
C. The balancer's access log files

Answer: B
풀이: 메모리는 호스트 안에서만 보이므로 에이전트가 보내야 한다.

## No.2
Backups must stay unchanged for seven years. Which store fits?

A. A bucket with an object lock in compliance mode
B. A volume snapshot kept by hand
C. A temporary instance disk

Answer: A
Explanation: a lock in compliance mode lets no one delete or overwrite a version.

### No.3
Photos are read worldwide right after upload. What cuts the delay for far users?

A. A larger database instance
B. A delivery network at the edge
C. A second availability zone

Answer: B
Why: edge locations keep copies near the readers.

### No.4
Nightly jobs may stop and start again without harm. Which purchase is cheapest?

A. Dedicated hosts
B. Reserved capacity for three years
C. Spare capacity sold at a discount

Answer: C
Why: spare capacity is the cheapest when a job can be stopped.
"""


def _authored(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "review.md")) if q.kind == "author"]


def test_a_question_is_never_shown_under_another_ones_number() -> None:
    asked = _authored(SERIES)
    assert len(asked) == 4
    for q in asked:
        assert q.context == "Cloud Exam Review", q.context
        assert "No." not in q.prompt.split("\n", 1)[0]


def test_without_other_headings_the_deck_names_the_place() -> None:
    asked = _authored(SERIES.split("\n", 2)[2])  # without its title
    assert len(asked) == 4
    assert {q.context for q in asked} == {"review"}


def test_sequence_labels_are_read_in_the_languages_of_notes() -> None:
    for label in ("No.3", "No. 12", "Q12", "**Q3.**", "문제 3", "Question 5", "第3問", "問3",
                  "#12", "3번", "제3장"):
        assert is_sequence_label(label), label
    for name in ("Route 53", "EC2", "No SQL", "Q&A", "IPv6", "Storage", "3번 문제"):
        assert not is_sequence_label(name), name
