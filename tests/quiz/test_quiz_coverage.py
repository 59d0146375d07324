"""Topic coverage per section, as `studybot quiz coverage` prints it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from quiz_decks import make_deck

from bot.cli import cli
from bot.notes.model import SourceRef
from bot.quiz.coverage import coverage, coverage_lines
from bot.quiz.question import Question


def _asked(section: str, topic: str, n: int) -> Question:
    return Question(id=f"q{n}", kind="name", section=section, topic=topic, concept="c",
                    prompt=f"p{n}", choices=("a", "b", "c"), answer=0, explanation="e",
                    source=SourceRef(file="notes.md", line=n), source_hash="h")


def test_each_section_counts_its_topics_asked_and_questions() -> None:
    deck = make_deck({"A": {"a1": ["x"], "a2": ["y"], "a3": ["z"]}, "B": {"b1": ["w"]}})
    bank = [_asked("A", "a1", 1), _asked("A", "a1", 2), _asked("A", "a3", 3)]
    rows = coverage(deck, bank)
    assert [(r.section, r.topics, r.asked, r.questions) for r in rows] == [
        ("A", 3, 2, 3), ("B", 1, 0, 0)]
    assert coverage_lines(rows)[-1] == "total: 2/4 topics (50%), 3 questions"


def test_the_command_prints_a_line_per_section(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# D\n\n### 머신러닝\n1. Polly\n- 텍스트를 음성으로 바꾸는 서비스\n"
                     "2. Textract\n- 스캔 문서에서 문자, 테이블, 양식 추출 서비스\n"
                     "3. SageMaker\n- 머신러닝 모델을 구축, 훈련 및 배포 하는 서비스\n"
                     "### 기타\n1. 메모\n- 아무 내용\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["quiz", "coverage", "--deck", str(notes)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].endswith("\t머신러닝") and lines[1].endswith("\t기타")
    assert lines[1].startswith("0/1 topics, 0 questions")
    assert lines[-1].startswith("total: ")
