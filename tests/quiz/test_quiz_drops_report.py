"""bench.quiz_drops: the diagnostic that says why a topic has no question."""

from __future__ import annotations

from pathlib import Path

from bench.quiz_drops import blank_report, report
from bench.quiz_drops import figure_report as report_figures
from bot.quiz import build

NOTES = """# Notes

### Queues
1. Alpha
- Holds messages until a consumer polls for them
- Messages may arrive out of order
2. Beta
- Pushes each message to every subscriber at once
3. Gamma
"""


def test_an_unasked_topic_is_listed_with_what_was_read_and_why(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    lines = report(notes)
    assert any(line.startswith("Queues > Beta") for line in lines)
    assert any("name 'Beta': fewer than 2 fair siblings" in line for line in lines)
    assert any("topics without a question" in line for line in lines)


def test_the_gate_is_restored_after_a_report(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    before = build.passes
    report(notes, summary=True)
    assert build.passes is before


BLANK_NOTES = """# Notes

### Queues
1. Alpha
- Alpha holds messages until a consumer polls for them
- Messages may arrive out of order
2. Beta
- Beta pushes each message to every subscriber at once
- Subscribers never poll
"""


def test_every_line_naming_its_concept_is_listed_with_the_check_that_drops_it(
        tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(BLANK_NOTES, encoding="utf-8")
    lines = blank_report(notes)
    # Two siblings only: each line naming its concept has one other to offer.
    assert "[fewer than 2 fair siblings] Alpha :: " \
        "Alpha holds messages until a consumer polls for them" in lines
    assert any(line.startswith("[fewer than 2 fair siblings] Beta :: ") for line in lines)
    assert "lines naming their concept, by the check that drops them as a blank:" in lines
    assert "     2  fewer than 2 fair siblings" in lines


FIGURES = """# Notes

### Limits
1. Alpha
- 객체를 60일 후에 다른 클래스로 이전 가능
- 읽기 복제본을 최대 15개까지 생성 가능
2. Beta
- 월 1회 점검
- Cadence : 점검이 돌아오는 주기
3. Terms
- Apple : a red fruit that grows on trees
- Banana : a long yellow fruit
"""


def test_every_figure_and_term_line_is_listed_with_its_fate(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(FIGURES, encoding="utf-8")
    lines = report_figures(notes)
    text = "\n".join(lines)
    assert "cloze '60일': an example" in text
    assert "cloze '15개': asked" in text
    assert "no unit read in '1회'" in text
    # A term alone makes no list to match; two alone in theirs are a pair.
    assert "term line: fewer than 3 terms in its list, no pair" in text
    assert "match (pair) 'Apple': asked" in text
    summary = report_figures(notes, summary=True)
    assert summary[0].startswith("figures and term lines")
    assert any("cloze: an example" in line for line in summary)


STATEMENT_NOTES = """# Notes

### Queues
1. Alpha
- Holds messages until a consumer polls for them
2. Beta
- Pushes each message to every subscriber at once
3. Gamma
- Streams records to many readers in order

### Pull vs Push
- Pull clients ask for each batch themselves
- Pull clients decide their own pace of reading
- Push brokers send as soon as data arrives
"""


def test_the_statement_report_says_why_a_concept_has_no_true_question(
        tmp_path: Path) -> None:
    from bench.statement_drops import statement_report

    notes = tmp_path / "notes.md"
    notes.write_text(STATEMENT_NOTES, encoding="utf-8")
    lines = statement_report(notes)
    # Each sibling offers only a capability, which may hold for Alpha too.
    assert any(line.startswith("Queues :: Alpha: no sibling line surely false of it")
               for line in lines)
    # Two lines for Pull, one for Push: only Push can be asked beside Pull's.
    assert any("'Pull vs Push': side lines [2, 1], one side askable" in line for line in lines)
    assert any("statement kinds" in line for line in lines)


ASKED_NOTES = """# 머신러닝

### 서비스
1. Polly
- 텍스트를 음성으로 변환하는 서비스
- 여러 언어의 목소리 제공
2. Textract
- 스캔 문서에서 문자, 테이블, 양식 추출 서비스
3. Comprehend
- 텍스트 안에서 감정과 핵심 구문을 찾아내는 서비스
4. Rekognition
- 이미지와 비디오에서 얼굴과 사물을 인식하는 서비스
"""


def test_the_statement_report_names_the_questions_asked(tmp_path: Path) -> None:
    from bench.statement_drops import statement_report

    notes = tmp_path / "notes.md"
    notes.write_text(ASKED_NOTES, encoding="utf-8")
    lines = statement_report(notes)
    assert any(line.endswith(":: Polly: asked (true 1)") for line in lines), lines
