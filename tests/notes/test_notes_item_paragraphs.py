"""A line right below a numbered item, with no blank line between, is more of
that item (Markdown's lazy continuation), however it is indented (a
full-width space, as Japanese prose indents a paragraph): the run of items
goes on past it, and the next item is an item of the same list, not a step
folded into the one above. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown

NOTES = """# コンパイラ

## 処理の流れ
1. 字句解析
    - ソースを字句に分ける
    - 空白とコメントを捨てる
2. 構文解析
\u3000字句の並びから構文木を作る
3. 意味解析
\u3000型の整合性を確かめる
4. コード生成
    - 目的コードを出力する
"""

STEPS = """# 手順

## インストール
1. パッケージをダウンロードする
説明書も一緒に保存しておく
2. インストーラを実行する
3. 再起動する
"""


def test_a_line_below_an_item_does_not_end_its_list() -> None:
    deck = parse_markdown(NOTES, "compiler.md")
    topics = {t.title: [f.text for f in t.facts] for t in deck.topics() if t.kind == "numbered"}
    assert topics["構文解析"] == ["字句の並びから構文木を作る"]
    assert topics["意味解析"] == ["型の整合性を確かめる"]
    assert list(topics) == ["字句解析", "構文解析", "意味解析", "コード生成"]


def test_steps_with_a_line_below_one_stay_steps() -> None:
    deck = parse_markdown(STEPS, "install.md")
    facts = [(f.kind, f.text) for t in deck.topics() for f in t.facts]
    assert [text for kind, text in facts if kind == "step"] == [
        "パッケージをダウンロードする", "インストーラを実行する", "再起動する"]
