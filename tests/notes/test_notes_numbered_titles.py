"""Plain lines that number a part ('5-9\\. 인공신경망 분석', '2.3. Joins', an
escaped '1\\. Overview') title the lines below them as a heading would: each
part is a topic of its own, not more lines of the heading above ('Part 3')."""
from bot.notes.numbered_titles import title_of
from bot.notes.parser import parse_file

_NOTES = """# 데이터 분석

## Part 3

5-8\\. 의사결정나무 분석

의사결정나무는 분류 규칙을 나무 구조로 표현하는 모형이다.

5-9\\. 인공신경망 분석

인공신경망은 입력층, 은닉층, 출력층으로 이루어진다.
"""


def test_numbered_lines_are_titles() -> None:
    deck = parse_file(_NOTES, "a.md")
    topics = [t for t in deck.topics() if t.facts]
    assert [(t.section, t.title) for t in topics] == [
        ("Part 3", "의사결정나무 분석"), ("Part 3", "인공신경망 분석")]
    assert [f.text for f in topics[1].facts] == [
        "인공신경망은 입력층, 은닉층, 출력층으로 이루어진다."]


def test_which_lines_title() -> None:
    assert title_of("1\\. Overview") == "Overview"
    assert title_of("2.3. Joins") == "Joins"
    assert title_of("5-9. 인공신경망 분석") == "인공신경망 분석"
    assert title_of("1. Overview") == ""  # a list item: read as one
    assert title_of("2.4 GHz is the band most routers use.") == ""
    assert title_of("3-4. The committee met twice and chose the plan.") == ""
    assert title_of("  5-9\\. 인공신경망") == ""


def test_one_numbered_line_stays_a_line() -> None:
    deck = parse_file("# N\n\n## Part 1\n\n1-2\\. Scope\n\nText about scope here.\n", "b.md")
    assert [t.title for t in deck.topics()] == ["Part 1"]
