"""A table whose first column numbers its rows ('| 7 | Application | … |') names
them in the second: each row is asked by its number, with the row's first
other cell that names neither it nor another row; under a file's name (a
note with no heading) a bare number says nothing of the table and is not asked. A cell
that escapes its pipe ('[[Session (Layer 5)\\|Session]]', an Obsidian link's
alias) is one cell. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

LAYERS = """\
# 프로토콜 스택 정리

| 계층 | 이름 | 하는 일 |
| --- | --- | --- |
| 5 | 응용 | 사용자 앱이 주고받는 메시지의 형식을 정함 |
| 4 | 전송 | 양 끝 프로세스 사이의 연결과 흐름을 맡음 |
| 3 | 인터넷 | 여러 네트워크를 거쳐 목적지까지 길을 찾음 |
| 2 | 링크 | 이웃한 두 장비 간에 프레임을 옮김 |
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
    asked = {q.choices[q.answer]: q.prompt.split("\n")[2:] for q in bank if q.kind == "match"}
    assert asked["전송"] == ["- 계층: 4", "- 하는 일: 양 끝 프로세스 사이의 연결과 흐름을 맡음"]
    assert set(asked) == {"응용", "전송", "인터넷", "링크"}


HEADINGLESS = """| Tier | Name | Typical tools | What it does |
| --- | --- | --- | --- |
| 4 | Presentation | React, Vue, Svelte | Shows pages to the person at the screen |
| 3 | Service | Express, Flask, Spring | Applies the business rules to each request |
| 2 | Persistence | Postgres, MySQL, SQLite | Keeps records on disk between runs |
| 1 | Hardware | Racks, disks, power units | The machines and cables under it all |
"""


def test_a_headingless_table_shows_each_number_with_a_telling_cell() -> None:
    bank = build_bank(parse_markdown(HEADINGLESS, "tiers.md"))
    asked = {q.choices[q.answer]: q.prompt.split("\n")[2:] for q in bank if q.kind == "match"}
    assert asked["Service"] == ["- Tier: 3", "- Typical tools: Express, Flask, Spring"]
    assert all(len(lines) == 2 for lines in asked.values())


HEADINGLESS_BARE = """| Tier | Name | Role |
| --- | --- | --- |
| 4 | Presentation | the presentation of pages |
| 3 | Service | the service of requests |
| 2 | Persistence | persistence of records |
| 1 | Hardware | hardware under it all |
"""


def test_a_bare_number_under_a_file_name_is_not_asked() -> None:
    bank = build_bank(parse_markdown(HEADINGLESS_BARE, "web-tiers-notes.md"))
    assert not [q for q in bank if q.kind == "match" and "- Tier:" in q.prompt]
    titled = build_bank(parse_markdown("# Web tiers\n\n" + HEADINGLESS_BARE, "web-tiers-notes.md"))
    assert [q for q in titled if q.kind == "match" and "- Tier:" in q.prompt]


def test_an_escaped_pipe_stays_in_its_cell() -> None:
    deck = parse_markdown(ALIASED, "stack.md")
    table = deck.topics()[0].tables[0]
    assert [row[1] for row in table.rows] == ["Application", "Transport", "Network", "Data Link"]
    assert all(len(row) == 3 for row in table.rows)
    bank = build_bank(deck)
    assert {q.choices[q.answer] for q in bank if q.kind == "match"} == {
        "Application", "Transport", "Network", "Data Link"}


# A table a file opens on, no heading above it, in a file named by a slug whose
# closing words the notes write ('tier' once, the slug 'tiers').
SLUGGED = """| Tier | Name | Typical tools |
| --- | --- | --- |
| 4 | Presentation | React, Vue, Svelte |
| 3 | Service | Express, Flask, Spring |
| 2 | Persistence | Postgres, MySQL, SQLite |
| 1 | Hardware | Racks, disks, power units |

Each web tier runs on the one below it.
"""


def test_a_headingless_table_stands_under_the_words_of_its_file_slug() -> None:
    bank = build_bank(parse_markdown(SLUGGED, "en-someone77-web-tiers.md"))
    asked = [q for q in bank if q.kind == "match" and "- Tier:" in q.prompt]
    assert {q.choices[q.answer] for q in asked} == {
        "Presentation", "Service", "Persistence", "Hardware"}
    assert all(q.prompt.startswith("Web tiers\n") for q in asked)


CLIPPED = """# Stack overview

| Layer | Name | Examples |
| --- | --- | --- |
| 4 | Application | Browsers, mail clients and other apps |
| 3 | Transport | Ports, segments |
| 2 | Network | Packets, hops |
| 1 | Data Link | Frames on one wire |
"""


def test_a_cell_writing_the_name_cut_short_is_not_shown() -> None:
    # ('apps' is *Application* cut short: the row is asked by its number alone.)
    bank = build_bank(parse_markdown(CLIPPED, "stack.md"))
    asked = {q.choices[q.answer]: q.prompt.split("\n")[2:] for q in bank if q.kind == "match"}
    assert asked["Application"] == ["- Layer: 4"]
    assert asked["Network"] == ["- Layer: 2", "- Examples: Packets, hops"]
