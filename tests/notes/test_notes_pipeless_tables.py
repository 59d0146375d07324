"""A table whose header row does not open on a pipe ('設定値|説明|' over
'|:---|:---|') is a table as GitHub shows it: its rows are read. A line with a
pipe and no separator row below stays a line. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown

JA = """# SELinux

## SELINUXTYPE
設定値|説明|
|:---|:---|
|targeted|代表的なデーモンが制御対象となる|
|strict|すべてのデーモンが制御対象となる|
"""

EN = """# Shells

## Operators
Operator | Meaning
--- | ---
a \\| b | pipe the output of a into b
a && b | run b only when a succeeds
"""

NO_TABLE = """# Notes

## Pipes
The pipe a | b sends the output of a to b.
- it runs both at once
"""


def _rows(text: str) -> list[tuple[str, ...]]:
    return [row for topic in parse_markdown(text, "notes.md").topics()
            for table in topic.tables for row in table.rows]


def test_a_header_row_without_its_opening_pipe_heads_a_table() -> None:
    assert _rows(JA) == [("targeted", "代表的なデーモンが制御対象となる"),
                         ("strict", "すべてのデーモンが制御対象となる")]
    topic = next(t for t in parse_markdown(JA, "notes.md").topics()
                 if t.title == "SELINUXTYPE")
    assert [f.kind for f in topic.facts] == ["row", "row"]


def test_rows_without_outer_pipes_go_on_with_the_table() -> None:
    assert _rows(EN) == [("a | b", "pipe the output of a into b"),
                         ("a && b", "run b only when a succeeds")]


def test_a_line_with_a_pipe_and_no_separator_row_is_no_table() -> None:
    assert _rows(NO_TABLE) == []
    facts = [f.text for t in parse_markdown(NO_TABLE, "notes.md").topics() for f in t.facts]
    assert any("a | b" in f for f in facts)
