"""Notes as people write them: one small file per style (written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.notes.glossary import Glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex
from bot.notes.model import Deck, Fact, Topic

STYLES = Path(__file__).resolve().parents[1] / "data" / "styles"


def _deck(name: str) -> Deck:
    return load_deck(STYLES / name, glossary=Glossary())


def _topic(deck: Deck, title: str) -> Topic:
    return next(t for t in deck.topics() if t.title == title)


def _tree(facts: tuple[Fact, ...]) -> list[tuple[int, str, str]]:
    return [(f.depth, f.kind, f.text) for top in facts for f in top.walk()]


@pytest.fixture(scope="module")
def toc() -> Deck:
    return _deck("frontmatter_toc.md")


def test_front_matter_is_metadata_not_facts(toc: Deck) -> None:
    assert dict(toc.metadata)["title"] == "네트워크 공부 노트"
    assert dict(toc.metadata)["date"] == "2026-01-05"
    facts = " ".join(f.text for t in toc.topics() for f in t.all_facts())
    assert "2026-01-05" not in facts and "tags" not in facts


def test_toc_navigation_and_front_matter_are_skipped_with_their_lines(toc: Deck) -> None:
    assert [(s.reason, s.source.line, s.lines) for s in toc.skipped] == [
        ("front matter", 1, 5),
        ("table of contents", 9, 4),
        ("navigation links", 14, 1),
        ("navigation links", 39, 1),
    ]
    assert [s.title for s in toc.sections] == ["전송 계층", "라우팅", "캐시"]


def test_generic_sub_headings_are_labelled_facts_of_their_own_parent(toc: Deck) -> None:
    titles = [t.title for t in toc.topics()]
    assert "특징" not in titles and "문제점" not in titles
    assert _tree(_topic(toc, "TCP").facts) == [
        (0, "label", "특징"),
        (1, "bullet", "연결 지향 프로토콜"),
        (1, "bullet", "순서를 보장한다"),
        (0, "label", "문제점"),
        (1, "bullet", "헤더가 크다"),
    ]
    # The second "문제점" stays with UDP: never merged across parents.
    assert _tree(_topic(toc, "UDP").facts)[-1] == (1, "bullet", "손실된 패킷을 다시 보내지 않는다")


def test_ordered_list_without_bullets_is_steps_of_the_topic(toc: Deck) -> None:
    routing = _topic(toc, "라우팅")
    assert routing.kind == "section"
    assert [(f.kind, f.number, f.text) for f in routing.facts] == [
        ("text", None, "라우터는 목적지까지의 경로를 고른다."),
        ("step", 1, "패킷의 목적지 주소를 읽는다"),
        ("step", 2, "라우팅 테이블에서 가장 긴 접두사를 찾는다"),
        ("step", 3, "다음 홉으로 전달한다"),
    ]


def test_table_rows_are_facts_labelled_by_the_header(toc: Deck) -> None:
    policy = _topic(toc, "쓰기 정책")
    first, second = policy.facts
    assert (first.kind, first.text) == ("row", "Write-through | 캐시와 메모리에 함께 | 일관성")
    assert second.cells == (("정책", "Write-back"), ("쓰는 시점", "캐시에서 밀려날 때"),
                            ("장점", "빠른 쓰기"))
    assert policy.tables[0].header == ("정책", "쓰는 시점", "장점")


def test_table_shows_as_a_table_in_lookup(toc: Deck) -> None:
    hit = LookupIndex.build(toc, Glossary()).search("write-back 장점").hits[0]
    assert hit.topic.title == "쓰기 정책"
    assert "| 정책 | 쓰는 시점 | 장점 |" in hit.text
    assert "| Write-back | 캐시에서 밀려날 때 | 빠른 쓰기 |" in hit.text


def test_tasks_with_tabs_obsidian_links_callouts_and_embeds() -> None:
    deck = _deck("obsidian_tasks.md")
    assert dict(deck.metadata) == {"title": "Queue notes"}
    assert [(s.reason, s.source.line) for s in deck.skipped] == [("front matter", 1), ("tags", 4)]
    queues = _topic(deck, "Message queues")
    assert _tree(queues.facts) == [
        (0, "bullet", "Decouple producers from consumers"),
        (0, "bullet", "Queue keeps messages until a consumer deletes them"),
        (1, "bullet", "Visibility window hides a message while it is processed"),
        (2, "bullet", "Too short a window means the message is processed twice"),
        (1, "bullet", "Poison messages go to a DLQ after N tries"),
        (0, "bullet", "See Streams vs Queues for ordering"),
        (0, "label", "Sizing"),
        (1, "text", "Keep each message under the size limit"),
        (1, "text", "Store big payloads elsewhere and send a pointer"),
    ]
    assert [f.checkbox for f in queues.facts[:2]] == [True, True]
    assert [(i.alt, i.target) for i in queues.images] == [
        ("", "queue-diagram.png"),
        ("fan-out", "https://example.org/fanout.png"),
    ]
    streams = _topic(deck, "Streams vs Queues")
    assert streams.facts[0].text == "Streams keep records for replay"


def test_details_blocks_are_questions_with_their_answers() -> None:
    deck = _deck("details_qa.md")
    race = _topic(deck, "What is a race condition?")
    assert race.kind == "question" and race.section == "Concurrency"
    # A heading inside the answer labels part of the answer.
    assert _tree(race.facts) == [
        (0, "text", "Two threads touch shared data and the result depends on timing."),
        (0, "label", "Fix"),
        (1, "bullet", "guard the shared data with a lock"),
    ]
    assert [(p.question, p.source.line, p.section) for p in deck.qa] == [
        ("What is a race condition?", 6, "Concurrency"),
        ("Mutex vs semaphore?", 16, "Concurrency"),
        ("What does a deadlock need?", 22, "Quick checks"),
        ("Why is livelock hard to spot?", 25, "Q3: Why is livelock hard to spot?"),
    ]
    assert deck.qa[2].answer == "Mutual exclusion, hold and wait, no preemption and circular wait."
    assert deck.qa[3].answer == "Threads keep running, so nothing looks blocked."


def test_a_new_h2_section_does_not_turn_h3_sections_into_topics(tmp_path: Path) -> None:
    text = "# Deck\n\n### A\n1. one\n- fact a\n\n### B\n1. two\n- fact b\n"
    (tmp_path / "n.md").write_text(text + "\n## Added\n- new fact\n", encoding="utf-8")
    deck = load_deck(tmp_path / "n.md", glossary=Glossary())
    assert [s.title for s in deck.sections] == ["A", "B", "Added"]
    assert [t.title for t in deck.sections[0].topics] == ["one"]
