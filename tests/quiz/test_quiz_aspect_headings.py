"""A heading that names an aspect of a thing, counts its cases or compares
('删除的几种情况', '两种遍历方式的不同', 'ロックについて', 'Types of queues')
names no thing: it is never a choice nor an answer. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_concept_name
from bot.quiz.naming import clean_name, names_no_thing

STRUCTURES = """\
### 哈希表

哈希表把键经过哈希函数映射到数组下标, 平均查找时间为常数。

* 装载因子过高时需要扩容并重新散列
* 键的顺序不会被保留

### 链表

* 每个元素保存数据和指向后继元素的指针
* 在已知位置插入只需修改指针, 无需搬移其余元素

### 优先级调度

* 父节点的值总是不小于子节点的值
* 常用来挑出最紧急的任务

### 冲突处理的几种情况

* 开放寻址: 在数组里向后寻找下一个空位
* 拉链法: 同一下标的元素串成一条链

### 概念延伸

* 布隆过滤器可以判断元素一定不存在
* 跳表在有序链表上加多层索引

### 两种遍历方式的不同

* 广度优先按层访问, 需要额外空间
* 深度优先沿一条路走到底, 需要回溯
"""


def test_chinese_headings_of_cases_extensions_and_differences_are_no_choices() -> None:
    bank = build_bank(parse_markdown(STRUCTURES, "structures.md"))
    assert bank, "the named structures are still asked"
    shown = {c for q in bank for c in q.choices}
    assert not {"冲突处理的几种情况", "概念延伸", "两种遍历方式的不同"} & shown


def test_aspect_headings_in_chinese_japanese_and_english_name_no_thing() -> None:
    for heading in ("remove 的几种情况", "三种遍历方式的不同", "概念延伸", "ロックについて",
                    "3つのポイント", "关于索引", "启用索引后：", "Types of Load Balancers",
                    "Three cases of delete", "Benefits of VPC"):
        assert not is_concept_name(heading), heading
    # Names stay names: a number inside a name, 'of' inside a name.
    for name in ("二叉树", "三次握手", "一致性哈希", "共有ロック", "Point of Presence",
                 "Proof of Work", "Chain of Responsibility"):
        assert not names_no_thing(name) and is_concept_name(name), name


def test_a_chinese_or_japanese_heading_asking_what_a_thing_is_names_the_thing() -> None:
    assert clean_name("什么是跳表") == "跳表"
    assert clean_name("跳表是什么？") == "跳表"
    assert clean_name("トランザクションとは") == "トランザクション"
    assert clean_name("トランザクションとは何ですか？") == "トランザクション"
    # A heading that goes on after the question is no name.
    assert clean_name("跳表是什么？为什么快") == "跳表是什么？为什么快"
