"""An exam written without its answers: numbered questions over lettered
options, no option named right. Nothing can be asked of it (no choice can be
checked), and the reader says why instead of 'yields none'."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli
from bot.notes.cards import scan_cards
from bot.notes.parser import parse_file

EXAM = """# Practice exam

1. Which service runs code without managing servers?
A) EC2
B) Lambda
C) S3
D) RDS

2. Which service delivers static content globally with low latency?
    - A. CloudFront
    - B. EC2
    - C. RDS
    - D. DynamoDB
"""

ANSWERED = """# Practice exam

1. Which service runs code without managing servers?
A) EC2
B) Lambda
C) S3
D) RDS
Answer: B
"""

# A task over its parts ('a. … b. …'), asked by 'Calculate', not a question
# with options.
TASK = """# Tutorial

**Q4.** Calculate how many disk reads each allocation needs.

  a. The record is added at the beginning.
  b. The record is added in the middle.
  c. The record is added at the end.

Contiguous: 201 reads.
"""


def test_questions_without_answers_are_counted_and_told_once() -> None:
    scan = scan_cards(EXAM, "exam.md")
    assert not scan.cards
    assert [ref.line for ref in scan.unanswered] == [3, 9]
    assert [w.message for w in scan.problems] == [
        "2 multiple-choice questions without an answer marked (no option named right): "
        "not asked"]
    assert [ref.line for ref in parse_file(EXAM, "exam.md").unanswered] == [3, 9]


def test_answered_questions_and_tasks_over_parts_are_not_unanswered() -> None:
    answered = scan_cards(ANSWERED, "exam.md")
    assert answered.cards and not answered.unanswered and not answered.problems
    task = scan_cards(TASK, "tutorial.md")
    assert not task.unanswered and not task.problems


def test_an_exam_without_answers_says_so_instead_of_yields_none(tmp_path: Path) -> None:
    deck = tmp_path / "exam.md"
    deck.write_text(EXAM, encoding="utf-8")
    result = CliRunner().invoke(cli, ["quiz", "bank", "--json", "--deck", str(deck)])
    assert result.exit_code == 0 and result.stdout == ""
    assert "its 2 multiple-choice questions mark no right option" in result.stderr
    assert "needs sibling topics" not in result.stderr
