"""The parser on the irregular lines the seed deck really has (tests/data/irregular.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.notes.lines import indent_width, split_term
from bot.notes.loader import load_deck, parse_markdown
from bot.notes.model import Deck, Topic

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DATA / "irregular.md")


def topic(deck: Deck, title: str) -> Topic:
    return next(t for t in deck.topics() if t.title == title)


def texts(t: Topic) -> list[tuple[int, str]]:
    return [(f.depth, f.text) for f in t.all_facts()]


def test_h1_names_the_deck_and_h3_are_sections(deck: Deck) -> None:
    assert deck.name == "Irregular notes"
    assert [s.title for s in deck.sections] == ["First section", "Second section", "Third section"]


def test_tab_and_space_indented_bullets_nest(deck: Deck) -> None:
    facts = texts(topic(deck, "Topic one"))
    assert facts[:3] == [(0, "plain bullet"), (1, "tab child"), (1, "four space child")]


def test_double_space_after_dash_is_a_plain_bullet(deck: Deck) -> None:
    assert (0, "double space bullet") in texts(topic(deck, "Topic one"))


def test_empty_bullet_is_skipped_with_a_warning_naming_the_line(deck: Deck) -> None:
    assert "" not in [f.text for t in deck.topics() for f in t.all_facts()]
    assert any(w.source.line == 9 and "empty bullet" in w.message for w in deck.warnings)


def test_continuation_line_joins_the_bullet_above(deck: Deck) -> None:
    facts = [f.text for f in topic(deck, "Topic one").all_facts()]
    assert "wrapped bullet start (continued on the next line)" in facts
    assert "(continued on the next line)" not in facts


def test_empty_definition_is_taken_from_the_children(deck: Deck) -> None:
    fact = next(f for f in topic(deck, "Topic one").facts if f.term == "예약된 동시성")
    assert fact.definition == "람다함수에 예약된 최대 실행 환경 수; 추가요금없음"
    assert [c.text for c in fact.children] == [
        "람다함수에 예약된 최대 실행 환경 수",
        "추가요금없음",
    ]


def test_term_colon_definition(deck: Deck) -> None:
    fact = next(f for f in topic(deck, "Topic one").facts if f.term == "Term")
    assert fact.definition == "short definition"
    assert fact.source.line == 15


def test_arrow_lines_are_read_three_ways(deck: Deck) -> None:
    by_text = {f.text: f for f in topic(deck, "Topic one").facts}
    term = by_text["클래식 로드 밸런서 (CLB) -> 더 이상 지원하지 않아서 시험 X"]
    assert (term.arrow, term.term, term.definition) == (
        "term",
        "클래식 로드 밸런서 (CLB)",
        "더 이상 지원하지 않아서 시험 X",
    )
    rev = by_text["데이터 분할을 위해 멀티 노드를 사용함 -> 샤딩"]
    assert (rev.arrow, rev.term) == ("reversed", "샤딩")
    flow = by_text["S3 Inventory -> S3 Select -> S3 Batch Operations"]
    assert (flow.arrow, flow.term) == ("flow", None)
    follows = by_text["-> 위 2개 혼합해서 사용"]
    assert (follows.arrow, follows.term) == ("follows", None)


def test_json_code_block_is_kept_and_not_parsed(deck: Deck) -> None:
    two = topic(deck, "Topic two")
    assert len(two.code_blocks) == 1
    block = two.code_blocks[0]
    assert block.language == "json" and "# not a heading" in block.text
    assert "not a heading" not in [s.title for s in deck.sections]
    assert "not a heading" not in [t.title for t in deck.topics()]
    assert [f.text for f in two.facts] == ["after the code"]


def test_numbering_skip_is_kept_and_warned(deck: Deck) -> None:
    four = topic(deck, "네트워크 로드 밸런서 : 고성능, TCP, UDP, 정적 IP")
    assert four.number == 4
    assert any("skips from 2 to 4" in w.message and w.source.line == 28 for w in deck.warnings)


def test_title_with_a_colon_is_the_whole_title(deck: Deck) -> None:
    assert "네트워크 로드 밸런서 : 고성능, TCP, UDP, 정적 IP" in [t.title for t in deck.topics()]


def test_images_are_collected_with_lines(deck: Deck) -> None:
    four = topic(deck, "네트워크 로드 밸런서 : 고성능, TCP, UDP, 정적 IP")
    assert [(i.alt, i.target, i.source.line) for i in four.images] == [
        ("image", "https://example.com/a.png", 29),
        ("diagram", "https://example.com/b.png", 30),
    ]
    assert "bullet with inline" in [f.text for f in four.facts]


def test_star_plus_and_checkbox_bullets(deck: Deck) -> None:
    four = topic(deck, "네트워크 로드 밸런서 : 고성능, TCP, UDP, 정적 IP")
    facts = {f.text: f for f in four.facts}
    assert "one-space star bullet" in facts and "plus bullet" in facts
    assert facts["open task"].checkbox and facts["done task"].checkbox


def test_urls_and_ports_are_not_terms(deck: Deck) -> None:
    four = topic(deck, "네트워크 로드 밸런서 : 고성능, TCP, UDP, 정적 IP")
    url = next(f for f in four.facts if f.text.startswith("url"))
    assert url.term is None


def test_duplicate_topics_merge_into_the_first_keeping_both_sources(deck: Deck) -> None:
    auroras = [t for t in deck.topics() if t.title == "Aurora"]
    assert len(auroras) == 1
    (aurora,) = auroras
    assert aurora.section == "Second section"
    assert [f.text for f in aurora.facts] == ["first home", "second home"]
    assert [str(s) for s in aurora.also_in] == [f"{DATA / 'irregular.md'}:42"]


def test_every_element_keeps_file_and_line(deck: Deck) -> None:
    for t in deck.topics():
        assert t.source.file.endswith("irregular.md") and t.source.line > 0
        for f in t.all_facts():
            assert f.source.file.endswith("irregular.md") and f.source.line > 0


def test_indent_width_counts_tabs_to_the_next_stop() -> None:
    assert indent_width("\t- x") == 4
    assert indent_width("  \t- x") == 4
    assert indent_width("\t - x") == 5
    assert indent_width(" - x") == 1


@pytest.mark.parametrize(
    ("text", "term", "definition"),
    [
        ("Version: 정책 언어 버전", "Version", "정책 언어 버전"),
        ("지연 시간 : 대부분의 사용자가", "지연 시간", "대부분의 사용자가"),
        ("**Glacier** - archive storage", "Glacier", "archive storage"),
        ("**S3**: object storage", "S3", "object storage"),
        ("arn:aws:iam::123456789012:root", None, None),
        ("at 10:30 every day", None, None),
    ],
)
def test_split_term(text: str, term: str | None, definition: str | None) -> None:
    split = split_term(text)
    assert (split.term, split.definition) == (term, definition)


def test_parse_markdown_is_pure_and_merges_duplicates() -> None:
    deck = parse_markdown("### A\n1. RDS\n- one\n### B\n1. RDS\n- two\n", "mem.md")
    (rds,) = [t for t in deck.topics() if t.title == "RDS"]
    assert [f.text for f in rds.facts] == ["one", "two"]
    assert rds.also_in[0].file == "mem.md" and rds.also_in[0].line == 5


def test_nested_numbered_items_are_facts_not_topics() -> None:
    deck = parse_markdown("### S\n1. SNS\n- 전송 순서\n\t1. 주제 생성\n\t2. 구독 생성\n", "n.md")
    assert [t.title for t in deck.topics()] == ["SNS"]
    (order,) = deck.topics()[0].facts
    assert [c.text for c in order.children] == ["주제 생성", "구독 생성"]


def test_seed_deck_shape(seed_deck: Deck) -> None:
    assert len(seed_deck.sections) == 27
    merged = sum(len(t.also_in) for t in seed_deck.topics())
    assert len(seed_deck.topics()) + merged == 212
    titles = {t.title for t in seed_deck.topics() if t.also_in}
    assert {"RDS", "Aurora", "ElastiCache", "보안그룹", "Elastic Beanstalk"} <= titles
    facts = [f for t in seed_deck.topics() for f in t.all_facts()]
    assert len(facts) > 1250
    assert 130 <= sum(1 for f in facts if f.term and f.arrow is None) <= 150


MARKDOWN_BITS = [
    "# ",
    "## ",
    "### ",
    "###### ",
    "1. ",
    "12) ",
    "- ",
    "* ",
    "+ ",
    "\t",
    "    ",
    "  ",
    "-  ",
    "```",
    "```json",
    "~~~",
    "|",
    "|---|",
    "![a](b)",
    "<details>",
    "<summary>Q</summary>",
    "</details>",
    "> ",
    "**",
    "term : ",
    "x: ",
    "->",
    " -> ",
    "[ ] ",
    "---",
    "\n",
    "\n\n",
    "람다",
    "Aurora",
    "S3",
    ":",
    "#",
    "\r\n",
    "\x00",
    "🙂",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKDOWN_BITS) | st.text(max_size=8), max_size=60))
def test_parser_never_crashes_and_lines_stay_in_range(bits: list[str]) -> None:
    text = "".join(bits)
    deck = parse_markdown(text, "fuzz.md")
    last = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for t in deck.topics():
        assert 1 <= t.source.line <= last
        for f in t.all_facts():
            assert 1 <= f.source.line <= last and f.text
    for w in deck.warnings:
        assert 1 <= w.source.line <= last


def test_seed_deck_irregular_lines(seed_deck: Deck) -> None:
    facts = [f for t in seed_deck.topics() for f in t.all_facts()]
    from_children = [f.source.line for f in facts if f.term and f.children and f.text.endswith(":")]
    assert from_children == [1096, 1099, 1240]
    assert sum(1 for f in facts if f.arrow) >= 30
    assert {f.arrow for f in facts if f.arrow} == {"term", "reversed", "flow", "follows"}
    assert sum(len(t.images) for t in seed_deck.topics()) == 4
    assert [str(w) for w in seed_deck.warnings] == [
        f"{seed_deck.files[0]}:942: empty bullet ignored",
        f"{seed_deck.files[0]}:1049: numbering skips from 2 to 4",
    ]
