"""Names in bullets each followed by its own paragraph (a definition list
written with bullets), and a line defining its own concept with the name as
its subject ('X是…', 'X란 …이다', 'X is a …'). Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.reshape import reshaped
from bot.quiz.self_definitions import defines_itself

STORAGE = """\
### 树

树是一种分层的数据结构。它的存储有以下几种:

1. 链式存储
2. 顺序存储
3. 嵌套集合

* `链式存储`

链式存储是表示树的常用方法, 每个节点保存指向孩子的指针, 节点在堆上逐个分配。

* `顺序存储`

节点依次放在一个数组里, 下标 i 的孩子在 2i+1 与 2i+2 的位置, 适合完全二叉树。

* `嵌套集合`

每个节点记录左右两个编号, 把全部后代包在区间之内, 查询子树只需一次范围扫描。
"""


def _children(notes: str) -> dict[str, list[str]]:
    deck = reshaped(parse_markdown(notes, "notes.md"))
    return {f.text: [c.text for c in f.children]
            for t in deck.topics() for f in t.facts if f.kind == "bullet"}


def test_bullets_naming_things_each_hold_the_paragraph_right_after_them() -> None:
    held = _children(STORAGE)
    assert held["顺序存储"] == [
        "节点依次放在一个数组里, 下标 i 的孩子在 2i+1 与 2i+2 的位置, 适合完全二叉树。"]
    assert len(held["链式存储"]) == len(held["嵌套集合"]) == 1


def test_a_list_item_or_a_lone_bullet_keeps_the_text_after_it_apart() -> None:
    # Items of a list ('* Stateless') before a label line are no definitions.
    listed = """\
### Filters

**Instance filters:**

* Stateful
* Allow rules only

**Subnet filters:**

* Stateless
* Explicit allow and deny

**Traps:**
"""
    assert all(not kids for kids in _children(listed).values())
    # One name-alone bullet may be a label over text that goes on.
    lone = STORAGE.split("* `顺序存储`")[0]
    assert _children(lone)["链式存储"] == []


def test_a_definition_with_the_name_as_subject_is_a_clue_of_its_own() -> None:
    # The only line about 链式存储 defines it; it also fits the parent 树, so
    # without reading it as a definition it would be one generic clue.
    names = [q for q in build_bank(parse_markdown(STORAGE, "notes.md")) if q.kind == "name"]
    assert [q.choices[q.answer] for q in names] == ["链式存储"]
    assert "链式存储" not in names[0].prompt
    assert sorted(names[0].choices) == sorted(["链式存储", "顺序存储", "嵌套集合"])


def test_what_reads_as_a_definition_of_its_subject() -> None:
    names = ["链式存储", "Hash table", "해시 테이블"]
    for line in ("链式存储是表示树的常用方法, 每个节点保存指向孩子的指针",
                 "Hash table is a structure that maps keys to stored values through buckets",
                 "해시 테이블이란 키를 해시 함수로 버킷에 대응시켜 값을 찾는 자료구조",
                 "해시 테이블은 키를 해시 함수로 버킷에 대응시켜 값을 찾는 자료구조이다"):
        assert defines_itself(line, names), line
    for line in ("해시 테이블은 키를 해시 함수로 버킷에 대응시켜 빠르게 값을 찾음",  # a property
                 "Hash table lookups are fast when the load factor stays low",
                 "Hash table is the fastest choice for lookups by key in most programs",
                 "链式存储不是表示树的常用方法, 每个节点保存指向孩子的指针",  # what it is not
                 "链式存储是常用方法",  # too little said
                 "节点依次放在链式存储里, 下标 i 的孩子在 2i+1 的位置"):
        assert not defines_itself(line, names), line
