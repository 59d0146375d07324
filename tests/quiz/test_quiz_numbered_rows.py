"""A table whose first column numbers its rows ('| 7 | Application | … |') names
them in the second: each row is asked by its number, and only by it. A cell
that escapes its pipe ('[[Session (Layer 5)\\|Session]]', an Obsidian link's
alias) is one cell. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

LAYERS = """\
# 프로토콜 스택 정리

| 계층 | 이름 | 하는 일 |
| --- | --- | --- |
| 5 | 응용 | 사용자 프로그램이 주고받는 메시지의 형식을 정함 |
| 4 | 전송 | 양 끝 프로세스 사이의 데이터 전달을 맡음 |
| 3 | 인터넷 | 여러 네트워크를 거쳐 목적지까지 길을 찾음 |
| 2 | 링크 | 이웃한 두 장비 사이에서 프레임을 옮김 |
"""

ALIASED = """\
# Stack overview

| **Layer** | **Name** | **Role** |
| --- | --- | --- |
| **5** | **[[Application layer\\|Application]]** | Formats the messages programs exchange |
| **4** | **[[Transport layer\\|Transport]]** | Carries data between two processes |
| **3** | **[[Network layer\\|Network]]** | Finds a path across many hops |
| **2** | **[[Data link layer\\|Data Link]]** | Moves frames between neighbours |
"""


def test_numbered_rows_are_asked_by_their_number() -> None:
    bank = build_bank(parse_markdown(LAYERS, "stack.md"))
    asked = {q.choices[q.answer]: q.prompt.rsplit("\n", 1)[-1] for q in bank if q.kind == "match"}
    assert asked == {"응용": "- 계층: 5", "전송": "- 계층: 4",
                     "인터넷": "- 계층: 3", "링크": "- 계층: 2"}


def test_an_escaped_pipe_stays_in_its_cell() -> None:
    deck = parse_markdown(ALIASED, "stack.md")
    table = deck.topics()[0].tables[0]
    assert [row[1] for row in table.rows] == ["Application", "Transport", "Network", "Data Link"]
    assert all(len(row) == 3 for row in table.rows)
    bank = build_bank(deck)
    assert {q.choices[q.answer] for q in bank if q.kind == "match"} == {
        "Application", "Transport", "Network", "Data Link"}
