"""Lines read whole, not cut into fragments: a bold phrase the sentence runs on
from ('**국학** 설치: 유학 교육', '**신라방** 개설됨'), a colon or a dash inside
brackets ('（例：プライマリ）', '(Severe: 即 SLO 違反)'), a chain of steps between
dashes ('개념적 설계 - 논리적 설계 - 물리적 설계'), a table written without a
header row ('| EAL 1 | … |' on top), and a line whose struck words left a hole
('TPM의 ~~공개키~~를 사용하여'). Cut at the wrong place, a choice is a
predicate with no subject ('개설됨'), a label with its colon ('설치: 유학 교육'),
a name stopped inside its aside ('ロール（例') or a piece of a sequence; a
question is then not readable. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.header_rows import header_is_data
from bot.notes.lines import split_term, struck_hole
from bot.notes.loader import parse_markdown
from bot.notes.model import Fact, SourceRef, Topic
from bot.quiz.bank import build_bank
from bot.quiz.material import read_term, topic_name
from bot.quiz.reshape import reshaped


@pytest.mark.parametrize("line", [
    "**김흠돌의 난** 진압, **진골 귀족 숙청**",
    "**신라방·신라소** 개설됨",
    "**공녀·환관** 징발, **물자 수탈**, **응방**: 매",
    "**기밀성, 무결성** 다룸.",
])
def test_a_bold_phrase_a_korean_word_runs_on_from_is_no_term(line: str) -> None:
    assert split_term(line).term is None


@pytest.mark.parametrize(("line", "term", "definition"), [
    # The bold phrase and the word after it are the label of the colon.
    ("**국학** 설치: **유학** 교육", "국학 설치", "유학 교육"),
    ("**경주의 발전** 모습: **사치품**, 숯 사용", "경주의 발전 모습", "사치품, 숯 사용"),
    # 'X란, Y' says what X is.
    ("**내부 단편화** 란, 필요한 양보다 큰 메모리가 할당되는 것", "내부 단편화",
     "필요한 양보다 큰 메모리가 할당되는 것"),
    # Still terms: a translation, a separator, English with its verb.
    ("**Issuer** 발행자", "Issuer", "발행자"),
    ("**일본 원정**: **군대·물자** 제공에 동원", "일본 원정", "군대·물자 제공에 동원"),
    ("**Ping** sends an ICMP echo request", "Ping", "sends an ICMP echo request"),
])
def test_a_bold_label_is_read_whole(line: str, term: str, definition: str) -> None:
    split = split_term(line)
    assert (split.term, split.definition) == (term, definition)


def _fact(text: str) -> Fact:
    return Fact(text=text, source=SourceRef(file="f.md", line=1))


def test_a_colon_closing_a_list_of_clauses_makes_no_term() -> None:
    # (The quiz's own reading of a line the parser left without a term.)
    assert isinstance(read_term(_fact("공녀·환관 징발, 물자 수탈, 응방: 매")), str)
    assert read_term(_fact("국학 설치: 유학 교육")) == ("국학 설치", "유학 교육")


def _reshaped_terms(lines: list[str]) -> list[tuple[str | None, str | None]]:
    text = "# 메모\n\n## 목록\n\n" + "\n".join(f"- {line}" for line in lines) + "\n"
    deck = reshaped(parse_markdown(text, "f.md"))
    return [(f.term, f.definition) for t in deck.topics() for f in t.facts]


@pytest.mark.parametrize("line", [
    "ソフトウェア群におけるロール（例：プライマリ、セカンダリ）",
    "软件中的角色（例：主节点、从节点）",
])
def test_a_full_width_colon_inside_brackets_is_no_separator(line: str) -> None:
    assert _reshaped_terms([line]) == [(None, None)]


def test_a_full_width_colon_outside_brackets_still_separates() -> None:
    assert _reshaped_terms(["VPC：仮想ネットワーク（例：10.0.0.0/16）を作る"]) == [
        ("VPC", "仮想ネットワーク（例：10.0.0.0/16）を作る")]


@pytest.mark.parametrize("line", [
    "개념적 설계 - 논리적 설계 - 물리적 설계",
    "Plan - Do - Check - Act",
    "要件定義 – 基本設計 – 詳細設計",
])
def test_a_chain_of_names_between_dashes_is_no_term_line(line: str) -> None:
    assert _reshaped_terms([line]) == [(None, None)]


def test_a_dash_term_line_is_still_one() -> None:
    assert _reshaped_terms(["TCP - 연결을 맺고 순서를 보장하는 프로토콜"]) == [
        ("TCP", "연결을 맺고 순서를 보장하는 프로토콜")]


@pytest.mark.parametrize(("title", "name"), [
    ("非常に深刻な影響を与える (Severe: 即 SLO 違反)", "非常に深刻な影響を与える"),
    ("严重影响 (Severe: 立即违反 SLO)", "严重影响"),
    ("Option 2: Gateway Endpoint", "Gateway Endpoint"),
])
def test_a_heading_is_not_cut_at_a_colon_inside_its_aside(title: str, name: str) -> None:
    topic = Topic(title=title, section="s", source=SourceRef(file="f.md", line=1))
    read = topic_name(topic)
    assert read.startswith(name) and read.count("(") == read.count(")"), read


@pytest.mark.parametrize(("header", "rows", "expected"), [
    (("EAL 1", "기능 시험"), [("EAL 2", "구조 시험"), ("EAL 3", "체계적 시험")], True),
    (("Level 0", "none"), [("Level 1", "basic"), ("Level 2", "full")], True),
    (("1단계", "요구 분석"), [("2단계", "설계"), ("3단계", "구현")], True),
    (("第1層", "物理層"), [("第2層", "データリンク層"), ("第3層", "ネットワーク層")], True),
    # A real header names its column.
    (("등급", "평가 유형"), [("EAL 1", "기능 시험"), ("EAL 2", "구조 시험")], False),
    (("Level", "Meaning"), [("Level 1", "basic"), ("Level 2", "full")], False),
    # Numbers that do not go on from the header's.
    (("EAL 1", "기능 시험"), [("EAL 3", "체계적 시험"), ("EAL 4", "설계 시험")], False),
])
def test_a_header_row_that_opens_the_series_is_data(
        header: tuple[str, ...], rows: list[tuple[str, ...]], expected: bool) -> None:
    assert header_is_data(header, rows) is expected


LEVELS = """\
# 평가 보증 등급

## 등급별 평가

| EAL 1 | 기능 시험 | 기능 명세서, 설명서 |
| ----- | --------- | ------------------- |
| EAL 2 | 구조 시험 | 기본설계서, 기능시험서 |
| EAL 3 | 체계적 시험 | 생명주기, 개발보안 |
| EAL 4 | 설계 시험/검토 | 상세설계, 보안정책 |
| EAL 5 | 준정형화 설계/시험 | 개발문서, 전체코드 |
"""


def test_a_table_without_a_header_row_asks_every_row_without_false_labels() -> None:
    deck = parse_markdown(LEVELS, "levels.md")
    table = next(t for topic in deck.topics() for t in topic.tables)
    assert table.headerless and table.rows[0][0] == "EAL 1"
    bank = build_bank(deck)
    rows = [q for q in bank if q.kind == "match"]
    asked = {q.choices[q.answer] for q in rows}
    assert "EAL 1" in asked
    for q in rows:
        # No row's value is shown under another row's value as its label.
        assert "기능 시험:" not in q.prompt, q.prompt


@pytest.mark.parametrize(("raw", "expected"), [
    ("TPM의 ~~공개키~~를 사용하여 인증을 생성한다.", True),
    ("관리자 그룹인 ~~'Admin'~~이 기본으로 있다", True),
    ("대체키는 유일성과 최소성을 ~~모두 만족해야 한다.~~", True),
    ("The key is ~~public~~s only", True),
    # A correction written in place, or a struck value at the end.
    ("최대 크기는 ~~5 GB~~ 5 TB", False),
    ("| 옥저 | ~~왕~~ **군장국가** |", False),
    ("max size ~~5 GB~~", False),
])
def test_a_struck_span_the_sentence_needs_leaves_a_hole(raw: str, expected: bool) -> None:
    assert struck_hole(raw) is expected


def test_a_line_with_a_hole_is_no_fact() -> None:
    text = ("# 보안\n\n## TPM\n\n- TPM의 ~~공개키~~를 사용하여 인증을 생성한다.\n"
            "- TPM은 하드웨어 보안 칩이다.\n- 최대 크기는 ~~5 GB~~ 5 TB이다.\n")
    facts = [f.text for t in parse_markdown(text, "f.md").topics() for f in t.facts]
    assert facts == ["TPM은 하드웨어 보안 칩이다.", "최대 크기는 5 TB이다."]


@pytest.mark.parametrize("key", ["**답 : ④**", "**Answer: C**", "正解：B", "정답: 3번"])
def test_an_answer_key_alone_is_no_line_of_the_notes(key: str) -> None:
    # ('> 답 >' in a breadcrumb, or a fact '답 : ④', names nothing of the subject.)
    text = (f"# 기출\n\n## 5. 전자서명\n\n{key}\n\n"
            "① 서명자의 개인키로 서명한다\n\n② 검증자는 공개키로 검증한다\n")
    deck = parse_markdown(text, "f.md")
    lines = [f.text for t in deck.topics() for f in t.all_facts()]
    assert lines and not any(("④" in x or x.endswith((": C", "B", "3번"))) for x in lines), lines


def test_an_answer_with_its_reason_is_kept() -> None:
    text = "# 기출\n\n## 5. 전자서명\n\n답: 서명은 개인키로 만든다\n"
    deck = parse_markdown(text, "f.md")
    assert [f.text for t in deck.topics() for f in t.all_facts()] == ["답: 서명은 개인키로 만든다"]
