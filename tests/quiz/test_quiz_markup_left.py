"""Markup is read to the words a reader sees, never shown in a stem or a choice:
a wiki link in a numbered line ('See [[Holes in the Log|Holes in the Log]].'),
a table row closed by a full-width bar ('… 背后全自动 ｜'), a quoted numbered
list read as if its items headed the notes after it, and a heading with no word
('# ➕') as the only level of a breadcrumb. Every note here is written for the
test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Deck
from bot.quiz.bank import build_bank
from bot.quiz.naming import without_wordless_levels
from bot.quiz.question import Question
from bot.quiz.text import markup_left


def _bank(text: str) -> tuple[Question, ...]:
    return build_bank(parse_markdown(text, "notes.md"))


def _definitions(deck: Deck) -> list[str]:
    return [f.definition or "" for t in deck.topics() for f in t.all_facts()]


def test_a_numbered_line_reads_its_wiki_link_as_its_words() -> None:
    en = parse_markdown(
        "# Replication\n\n## Build order\n"
        "1. **Ballots**: Compare ballots lexicographically.\n"
        "2. **Recovery**: Fill the gaps with no-ops. See [[Holes in the Log|gap filling]].\n"
        "3. **Upkeep**: Send heartbeats and collect garbage. See [[Log]].\n", "notes.md")
    ko = parse_markdown(
        "# 복제\n\n## 구현 순서\n"
        "1. **투표**: 투표 번호를 사전순으로 비교한다.\n"
        "2. **복구**: 빈 슬롯을 no-op으로 채운다. [[로그의 구멍|빈칸 채우기]] 참고.\n", "notes.md")
    assert "Fill the gaps with no-ops. See gap filling." in _definitions(en)
    assert "Send heartbeats and collect garbage. See Log." in _definitions(en)
    assert "빈 슬롯을 no-op으로 채운다. 빈칸 채우기 참고." in _definitions(ko)


def test_a_row_closed_by_a_full_width_bar_keeps_no_bar() -> None:
    zh = parse_markdown(
        "# 集群\n\n## 用在哪\n\n| 场景 | 应用 |\n|---|---|\n"
        "| 大公司网站 | 多地部署 |\n"
        "| 云服务商 | 用户只用申请一个集群，背后全自动   ｜\n", "notes.md")
    ja = parse_markdown(
        "# クラスタ\n\n## 使い道\n\n| 場面 | 使い方 |\n|---|---|\n"
        "| クラウド事業者 | 利用者はクラスタを一つ申し込むだけ｜\n", "notes.md")
    rows = [f.text for d in (zh, ja) for t in d.topics() for f in t.all_facts()]
    assert "云服务商 | 用户只用申请一个集群，背后全自动" in rows
    assert "クラウド事業者 | 利用者はクラスタを一つ申し込むだけ" in rows
    assert not any(r.endswith("｜") for r in rows)


_ZH_QUOTED = """# HTTPS握手

> HTTP与HTTPS的区别
> 1. HTTP是明文传输，存在安全风险。
> 2. HTTPS在TCP握手之后还要进行TLS握手。
> 3. HTTPS需要向CA申请数字证书，来保证服务器的身份是可信的。

- HTTPS解决了哪些问题
\t1. 信息加密：交互信息无法窃取
\t2. 校验机制：无法篡改通信内容，篡改了就不能正常显示
\t3. 身份证书：可以证明是真实的网站
"""

_KO_QUOTED = """# HTTPS

> HTTP와 HTTPS의 차이
> 1. HTTP는 평문으로 전송되어 도청에 취약하다.
> 2. HTTPS는 CA에서 인증서를 발급받아 서버의 신원을 증명한다.

- HTTPS가 해결하는 문제
\t1. 암호화: 주고받는 내용을 엿볼 수 없다
\t2. 무결성 검사: 내용을 바꾸면 제대로 표시되지 않는다
\t3. 인증서: 진짜 사이트임을 증명한다
"""


def test_a_quoted_numbered_list_heads_nothing_after_the_quote() -> None:
    for text, quoted in ((_ZH_QUOTED, "HTTPS需要向CA申请数字证书，来保证服务器的身份是可信的。"),
                         (_KO_QUOTED, "HTTPS는 CA에서 인증서를 발급받아 서버의 신원을 증명한다.")):
        deck = parse_markdown(text, "notes.md")
        assert all(quoted not in t.title for t in deck.topics())
        assert quoted in [f.text for t in deck.topics() for f in t.all_facts()]
        for q in _bank(text):
            assert quoted not in q.prompt


def test_a_wordless_heading_is_no_level_of_a_breadcrumb() -> None:
    assert without_wordless_levels("➕") == ""
    assert without_wordless_levels("AWS > ⭐️ > 보안") == "AWS > 보안"
    assert without_wordless_levels("Lecture 3 > Rules") == "Lecture 3 > Rules"
    ko = """# ➕

Apache Parquet
- Hadoop 생태계의 무료 오픈소스 열 지향 데이터 저장 형식

---

Apache Presto
- 메모리 기반 분산 SQL 쿼리 엔진

---

Kibana
- Elasticsearch 데이터를 시각화하는 오픈소스 인터페이스
"""
    for q in _bank(ko):
        assert q.context.strip() and "➕" not in q.prompt


def test_markup_left_in_a_text_is_seen() -> None:
    assert markup_left("See [[Holes in the Log|Holes in the Log]].")
    assert markup_left("- 用户只用申请一个集群，背后全自动 ｜")
    assert markup_left("read [the guide](https://example.com/guide)")
    assert not markup_left("ps aux | grep nginx")
    assert not markup_left("A|B 테스트")
