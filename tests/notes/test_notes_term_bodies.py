"""Issue 14, every file yields questions: a glossary written as bullets naming
the term ('* CMM', '* BSC:Balanced Score Card', '* 삽입 이상(insertion
anomalies)') with the description on indented lines with no bullet (ja-pm
glossary, ko database interview notes) was read as one long line per entry,
'CMM 高品質のソフトウェア…': no concept, nothing to ask. The description is
now the entry's nested line. A bullet that is a sentence keeps its wrapped
next line, as before."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Fact
from bot.notes.term_bodies import heads_a_body, names_only


def _facts(notes: str) -> list[Fact]:
    deck = parse_markdown(notes, "notes.md")
    return [fact for topic in deck.topics() for fact in topic.facts]


def test_a_term_bullet_holds_its_indented_description() -> None:
    facts = _facts("\n".join([
        "# PMBOK",
        "* CMM",
        "\t高品質のソフトウェアの開発能力を評価する成熟度モデル",
        "\t(ソフトウェアプロセス改善にフォーカス)",
        "* BSC:Balanced Score Card",
        "\t戦略的経営管理のためのコンセプト。",
        "* ケーパビリティー",
        "\t戦略実現のために企業としてもつべき能力",
    ]))
    assert [f.text for f in facts] == ["CMM", "BSC:Balanced Score Card", "ケーパビリティー"]
    assert [c.text for c in facts[0].children] == [
        "高品質のソフトウェアの開発能力を評価する成熟度モデル"
        " (ソフトウェアプロセス改善にフォーカス)"]
    assert [c.text for c in facts[1].children] == ["戦略的経営管理のためのコンセプト。"]
    assert [c.text for c in facts[2].children] == ["戦略実現のために企業としてもつべき能力"]


def test_a_korean_term_with_its_english_aside() -> None:
    facts = _facts("\n".join([
        "### 갱신 이상",
        "* 삽입 이상(insertion anomalies)",
        "  원하지 않는 자료가 삽입되어 발생하는 문제점을 말한다.",
    ]))
    assert facts[0].text == "삽입 이상(insertion anomalies)"
    assert [c.text for c in facts[0].children] == [
        "원하지 않는 자료가 삽입되어 발생하는 문제점을 말한다."]


def test_a_wrapped_sentence_stays_one_line() -> None:
    facts = _facts("\n".join([
        "### EC2",
        "-  사용자 데이터 스크립트를 사용하여 인스턴스를 부트스트래핑 가능",
        "  (부팅 작업 자동화 및 부팅 시 특정 작업 명령 가능)",
        "- Merge sort splits the array",
        "  into halves and merges them.",
        "- SEQ 번호 포함",
        "  → 클라이언트 상태: SYN_SENT",
    ]))
    assert [f.children for f in facts] == [(), (), ()]
    assert facts[0].text.endswith("(부팅 작업 자동화 및 부팅 시 특정 작업 명령 가능)")
    assert facts[1].text == "Merge sort splits the array into halves and merges them."


def test_what_names_only() -> None:
    assert names_only("CMM")
    assert names_only("COBIT:Control Objectives for Information and Related Technology")
    assert names_only("Same Origin Policy")
    assert names_only("데이터의 무결성")
    assert not names_only("사용자 데이터 스크립트를 사용하여 인스턴스를 부트스트래핑 가능")
    assert not names_only("The array is split")
    assert not names_only("リクエストを送信する")
    assert not names_only("데이터를")
    assert not heads_a_body("CMM", "(ソフトウェアプロセス改善)")
    assert not heads_a_body("Merge sort", "runs in n log n time")
