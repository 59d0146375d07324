"""Japanese and Chinese lines that open on the name they describe as their
subject ('Xは …', 'X層は …', 'Xとは …', 'X是 …') are clues once the subject is
taken off, as 'X는 …' and 'X is …' are. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

JA = """\
# 記憶装置のまとめ

### キャッシュ

- キャッシュ層は、よく使うデータを処理装置の近くに置いて読み出しを速くする。
- 容量は小さいが、読み書きはとても速い。

### メインメモリ

- メインメモリは、実行中のプログラムと作業中のデータを置く場所である。
- 電源を切ると内容が消える。

### ストレージ

- ストレージとは、電源を切っても内容を長く残しておく装置である。
- 容量は大きいが、読み書きは遅い。
"""

ZH = """\
# 数据结构笔记

### 二叉树

- 二叉树是每个节点最多有两个子节点的层次结构。
- 常用于排序和查找。

### 链表

- 链表指由节点通过指针依次连接起来的线性序列。
- 插入和删除不必移动其他元素。

### 哈希表

- 哈希表是根据键的散列值直接定位记录的表。
- 平均查找时间为常数。
"""

# 'キューが受け取るメッセージは …': the name is the subject of a clause inside
# the line, which speaks of the messages; cut off, it would dangle.
CLAUSE = """\
# メッセージング

### キュー

- キューが受け取るメッセージは、順番に一つずつ処理される。
- 受け手が落ちていても送り手は待たない。

### トピック

- トピックは、一つのメッセージを多くの受け手に配る仕組みである。
- 受け手ごとに写しが届く。

### ストリーム

- ストリームは、記録を消さずに並べて何度でも読み直せる仕組みである。
- 読む位置は受け手が自分で覚える。
"""


def _names(notes: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(notes, "notes.md")) if q.kind == "name"]


def test_japanese_lines_lose_the_subject_that_names_the_answer() -> None:
    names = _names(JA)
    assert {q.correct_choice for q in names} == {"キャッシュ", "メインメモリ", "ストレージ"}
    cache = next(q for q in names if q.correct_choice == "キャッシュ")
    assert "よく使うデータを処理装置の近くに置いて読み出しを速くする。" in cache.prompt
    for q in names:
        assert q.correct_choice not in q.prompt
        assert "とは" not in q.prompt


def test_chinese_lines_lose_the_subject_that_names_the_answer() -> None:
    names = _names(ZH)
    assert {q.correct_choice for q in names} >= {"二叉树", "链表"}
    tree = next(q for q in names if q.correct_choice == "二叉树")
    assert "每个节点最多有两个子节点的层次结构。" in tree.prompt
    for q in names:
        assert q.correct_choice not in q.prompt


def test_a_name_that_is_the_subject_of_a_clause_is_not_cut_off() -> None:
    for q in _names(CLAUSE):
        assert "受け取るメッセージは" not in q.prompt
