"""A sibling whose own line claims it is like the answer by name ('The banker's
algorithm is structured similarly to deadlock detection', '…와 유사한 구조',
'类似于…') is said by the notes to be like the answer as a whole: what is said
of the answer may hold of it too, so it is no fair distractor. A likeness
leading in to a claim of its own ('As with X, …', 'X와 마찬가지로, …') shares that
claim only (test_quiz_likened_lines). Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.likeness import likened_to

DEADLOCK = """# Deadlocks

## Handling deadlocks

### Detection
- keeps the resources in existence in a vector
- keeps the resources currently allocated to each process in a matrix
- looks for a process whose requests can all be met

### Recovery
- pre-empt a resource from a process and give it to another
- roll a process back to an earlier checkpoint
- kill one process in the cycle at a time

### Ostrich method
- ignore the problem altogether
- reasonable when deadlocks are rare and prevention costs a lot

### Prevention
- attack one of the four conditions
- order the resources and request them in that order

### Banker's algorithm
- The banker's algorithm for many resources is structured similarly to Detection.
- grants a request only when the state stays safe
"""


@pytest.mark.parametrize(("line", "name", "likened"), [
    ("The banker's algorithm is structured similarly to deadlock detection.", "Detection",
     True),
    ("Memcached는 Redis와 유사한 구조로 메모리에 데이터를 둔다", "Redis", True),
    ("QUIC类似于TCP，提供可靠传输", "TCP", True),
    # A likeness leading in to a claim of its own shares that claim only.
    ("Redis와 마찬가지로 메모리에 데이터를 둔다", "Redis", False),
    ("As with Detection, it keeps a matrix of requests", "Detection", False),
    ("Unlike detection, it never lets a deadlock happen", "Detection", False),
    ("Deadlock detection keeps a matrix", "Detection", False),
    ("It is structured similarly to detections of faults", "Detection", False),
])
def test_likened_to(line: str, name: str, likened: bool) -> None:
    assert likened_to(line, name) is likened


def test_a_sibling_the_notes_liken_to_the_answer_is_no_distractor() -> None:
    bank = build_bank(parse_markdown(DEADLOCK, "deadlock.md"))
    asked = [q for q in bank if q.choices[q.answer] == "Detection"]
    assert asked
    for q in asked:
        assert "Banker's algorithm" not in q.choices
