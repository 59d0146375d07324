"""Outline numbering written with numbered symbols ('1️⃣', '①', '❶', '🔟') is
read as '1.' is: the number of an item, no part of its text."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

SYMBOLS = ("\u20e3", "①", "②", "❶", "❷", "🔟")

# Each heading outlines its parts with keycap digits, a paragraph under each.
OUTLINED = """## 数据库

### 索引

1️⃣ 聚簇索引

聚簇索引按照主键的顺序存放整行数据，一张表只能有一个。

2️⃣ 二级索引

二级索引只存放索引列和主键，查询其他列时需要回表。

### 事务

1️⃣ 原子性

事务中的操作要么全部完成，要么全部不做。

2️⃣ 隔离性

并发执行的事务之间互不干扰，各自看不到对方未提交的修改。

### 视图

1️⃣ 普通视图

视图只保存查询语句，本身不存放数据。

2️⃣ 物化视图

物化视图把查询结果保存下来，需要定期刷新。
"""


def test_a_keycap_digit_numbers_a_line_as_a_digit_and_dot_would() -> None:
    facts = [f for t in parse_markdown(OUTLINED, "n.md").topics() for f in t.facts]
    numbered = [(f.number, f.text) for f in facts if f.number is not None]
    assert numbered[:2] == [(1, "聚簇索引"), (2, "二级索引")]
    assert not any(s in f.text for f in facts for s in SYMBOLS)


def test_circled_and_ten_symbols_are_numbers_and_a_bullet_only_loses_its_mark() -> None:
    notes = "## 배포\n\n❶ 빌드\n\n❷ 테스트\n\n🔟 마무리\n\n- ① 구독 생성\n- ② 메시지 생성\n"
    facts = [f for t in parse_markdown(notes, "n.md").topics() for f in t.all_facts()]
    assert [f.number for f in facts if f.number is not None] == [1, 2, 10]
    assert [f.text for f in facts][-2:] == ["구독 생성", "메시지 생성"]


def test_a_symbol_in_a_code_block_is_left_as_written() -> None:
    notes = "## 예시\n\n```\n1️⃣ echo one\n```\n"
    facts = [f for t in parse_markdown(notes, "n.md").topics() for f in t.all_facts()]
    assert any("1️⃣" in f.text for f in facts)


def test_outline_symbols_are_never_shown_in_a_question() -> None:
    for q in build_bank(parse_markdown(OUTLINED, "n.md")):
        assert not any(s in text for text in (q.prompt, *q.choices) for s in SYMBOLS)
