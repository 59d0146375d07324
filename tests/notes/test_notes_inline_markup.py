"""Inline markup read down to what a reader of the rendered notes sees, so that
none of it is left in a question: a superscript is a power ('n^2') or a gloss
in brackets, an index stays by its letter, the tags of inline elements leave
no space, italics with underscores lose them, struck words and footnote marks
go, and a slant that was the only break between a Korean word and an English
one leaves a space there. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.cards import scan_cards
from bot.notes.inline import plain
from bot.notes.lines import clean_inline, split_term, without_leading_symbols
from bot.notes.loader import parse_markdown


@pytest.mark.parametrize(("written", "seen"), [
    # A power after a variable or a number; a gloss after a word in brackets.
    ("두 겹의 반복문은 O(n<sup>2</sup>) 시간", "두 겹의 반복문은 O(n^2) 시간"),
    ("the tree holds 2<sup>h+1</sup> nodes", "the tree holds 2^(h+1) nodes"),
    ("요청은 대기 시간<sup>Wait time</sup>으로 정렬", "요청은 대기 시간(Wait time)으로 정렬"),
    ("throughput<sup>3</sup> is measured hourly", "throughput is measured hourly"),
    ("a heap pop costs log<sub>2</sub> n steps", "a heap pop costs log2 n steps"),
    ("the weight a<sub>j</sub> of item j", "the weight a_j of item j"),
    # Inline elements leave no space; a line break does.
    ("<span>&#36;</span>5 per hour", "$5 per hour"),
    ("<mark>최소 컷</mark>이라는 개념", "최소 컷이라는 개념"),
    ("<b>Quorum</b><br>a majority of voters", "Quorum a majority of voters"),
    # A slant between a Korean word and an English one after it leaves a space.
    ("범위*scope* 밖의 변수", "범위 scope 밖의 변수"),
    ("지연<i>latency</i> 기준으로 고른다", "지연 latency 기준으로 고른다"),
    ("데이터는**EBS**에 저장", "데이터는 EBS에 저장"),
    ("よくある**3つ**の失敗", "よくある3つの失敗"),
    ("**EBS**에 저장", "EBS에 저장"),
    # Underscore italics, struck words.
    ("How to _prepare_ for the exam", "How to prepare for the exam"),
    ("제어 루프 _feedback loop_ 로 동작", "제어 루프 feedback loop 로 동작"),
    ("최대 ~~1 GB~~ 2 GB 까지", "최대 2 GB 까지"),
])
def test_inline_markup_reads_as_rendered(written: str, seen: str) -> None:
    assert clean_inline(written) == seen


@pytest.mark.parametrize("written", [
    "user_id and group_id columns",
    "O(___) space",
    "시간이 엄~~청 걸린다",
    "keep `_x_` as code",
    "よくある3つの失敗",
    "$$\\sum_{j=1} w_{ij} \\le 1$$: 한 사람은 하루를 넘길 수 없다",
    "x_{AB} + x'_{AB} + y_{BC}",
])
def test_what_only_looks_like_markup_stays(written: str) -> None:
    assert clean_inline(written) == written


def test_a_definition_keeps_its_words_apart() -> None:
    split = split_term("Zone controller: 하위*backing* 스토리지에서 볼륨을 붙인다")
    assert split.definition == "하위 backing 스토리지에서 볼륨을 붙인다"


@pytest.mark.parametrize(("written", "seen"), [
    ("the flow equals the smallest cut[^1].", "the flow equals the smallest cut."),
    ("[^2]: 용량이 가장 작은 컷", "용량이 가장 작은 컷"),
    ("패턴 a[^x]b 는 x 를 뺀 문자", "패턴 a[^x]b 는 x 를 뺀 문자"),
])
def test_numbered_footnote_marks_go(written: str, seen: str) -> None:
    assert plain(written) == seen


@pytest.mark.parametrize(("written", "seen"), [
    ("✔️ Scheduler", "Scheduler"),
    ("📌 핵심 흐름", "핵심 흐름"),
    ("C++ basics", "C++ basics"),
    ("✅", "✅"),
])
def test_a_heading_loses_the_symbols_it_opens_on(written: str, seen: str) -> None:
    assert without_leading_symbols(written) == seen


def test_headings_show_no_check_marks_nor_underscores() -> None:
    deck = parse_markdown(
        "# Ops notes\n\n## Steps _after_ a deploy\n\n#### ✔️ Smoke test\n"
        "- Hit the health endpoint of every new instance\n", "n.md")
    section = deck.sections[0]
    assert section.title == "Steps after a deploy"
    assert [t.title for t in section.topics] == ["Smoke test"]


def test_an_author_card_reads_its_text_and_headings_as_rendered() -> None:
    [card] = scan_cards("# ✅ Steps _after_ a deploy\n"
                        "- What does a smoke test *check*::that the ~~old~~ new build serves\n",
                        "n.md").cards
    assert card.headings == ("Steps after a deploy",)
    assert (card.front, card.back) == ("What does a smoke test check", "that the new build serves")
