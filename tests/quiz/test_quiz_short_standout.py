"""A short phrase among long sentences stands out as much as the one long
choice: 'Which statement describes X?' answered by the one six-word line beside
three of twenty words is picked by its look."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.build import _stands_out_short

# (Synthetic: the states of a made-up door controller.)
STATES = """## Door controller

### Controller states

The controller moves through these states for every badge it reads.

* **IDLE** : the panel waits for a badge.
* **UNLOCKING** : the panel powers the strike plate and starts a timer once a valid badge is read.
* **OPEN** : the panel counts down while the door sensor reports the leaf away from the frame.
* **ALARM** : the panel sounds the local buzzer when the timer runs out with the leaf still open.
* **LOCKING** : the panel releases the strike plate and clears the timer \
with the leaf back in the frame.
"""


def test_a_short_right_statement_among_long_ones_is_not_asked() -> None:
    bank = build_bank(parse_markdown(STATES, "door.md"))
    described = [q for q in bank if q.kind == "match" and "'" in q.prompt]
    assert described, "the other states are still asked by their lines"
    for q in described:
        right = q.choices[q.answer]
        assert right != "the panel waits for a badge.", q.prompt


def test_the_rule_reads_lengths_of_sentences_only() -> None:
    long_lines = ["a" * 40, "b" * 50, "c" * 60]
    assert _stands_out_short("short line here", long_lines)
    assert not _stands_out_short("a line of thirty characters ..", long_lines)
    # Names of any lengths are no sentences: 'EC2' beside longer names is fair.
    assert not _stands_out_short("EC2", ["Elastic Beanstalk", "CloudFormation", "Lightsail"])
    # A pair's one other side is left to the pair's own rules.
    assert not _stands_out_short("short", ["c" * 60])
