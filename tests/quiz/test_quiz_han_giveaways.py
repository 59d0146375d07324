"""Giveaways in Chinese and Japanese: a word of the clue (two characters, or one
meaningful character) written in the right choice alone, and an English word of
the right choice alone that a Chinese clue may translate. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.han import clue_text, han_shown
from bot.quiz.scripts import latin_alone

STRUCTURES = """\
### 链表

* 每个元素保存数据和指向后继元素的指针
* 在已知位置插入只需修改指针, 无需搬移其余元素

### 队列

* 先进先出, 从尾部入队, 从头部出队
* 广度优先搜索用它保存待访问的顶点

### 哈希表

* 装载因子过高时需要扩容并重新散列
* 键的顺序不会被保留
"""


def test_a_character_of_the_clue_in_a_short_answer_alone_gives_it_away() -> None:
    bank = build_bank(parse_markdown(STRUCTURES, "structures.md"))
    answers = {q.correct_choice for q in bank if q.kind == "name"}
    # '入队' and '出队' name '队列'; the other two clues share nothing with theirs.
    assert "队列" not in answers
    assert {"链表", "哈希表"} <= answers


def test_shared_words_and_characters_point_only_when_no_other_choice_has_them() -> None:
    stem = "下列描述对应的是哪一项？\n- 根节点: 一棵树最顶部的节点"
    assert han_shown("二叉树", stem, ["链表", "哈希表"])
    assert not han_shown("二叉树", stem, ["红黑树", "哈希表"])
    # A word of two characters, in a name of any length.
    assert han_shown("内部节点分裂", "- 每个节点最多保存三个键", ["叶子合并操作", "根的旋转操作"])
    # Katakana builds names too.
    assert han_shown("共有ロック", "- 読み込みのときにかけるロック", ["排他制御", "更新処理"])
    # The generator's own words and the characters of grammar point at nothing.
    assert not han_shown("选项", stem.replace("根节点: 一棵树最顶部的节点", "保存数据"),
                         ["链表", "堆栈"])
    assert not han_shown("中序遍历", "- 树中的节点按顺序访问", ["后序遍历", "先序遍历"])
    assert clue_text("下列哪一项是对“后序遍历”的正确描述？") == "后序遍历"


BREAKDOWN = """\
## 缓存问题

### 缓存击穿的对策

- 热点键打散：给高频键追加不同后缀
- 过期时间随机化：在固定时长上加一段抖动避免同时失效
- 缓存预热加载：服务启动前先把常用数据提前读取
- 空值结果缓存：查不到的记录也写入一个短暂的占位
"""


def test_one_character_shared_by_a_long_clue_and_a_long_answer_alone_gives_it_away() -> None:
    bank = build_bank(parse_markdown(BREAKDOWN, "breakdown.md"))
    asked = {q.correct_choice for q in bank}
    assert "过期时间随机化" in asked, "the others are still asked"
    # '键' of '热点键打散' (five characters) is in '给高频键追加不同后缀' alone,
    # both ways round.
    assert not {"热点键打散", "给高频键追加不同后缀"} & asked
    # Japanese: '鍵' in a clue of six Han characters and an answer of eight.
    clue = "- 鍵の有効期限を短くする"
    assert han_shown("一時的な鍵を発行する仕組み", clue,
                     ["長期の認証情報を配る仕組み", "署名付きURLを使う仕組み"])
    # Another choice with the same character: it points at none of them.
    assert not han_shown("一時的な鍵を発行する仕組み", clue,
                         ["長期の鍵を配る仕組み", "署名付きURLを使う仕組み"])


EXPIRY = """\
### LRU 淘汰

* 内存不足时优先移除最近最少使用的键
* 需要记录每个键最后一次被访问的时刻

### 定期删除

* 每隔一段时间随机抽查一批设置了过期时间的键
* 抽查比例可以通过配置调整

### 惰性删除

* 读取一个键时才检查它是否已经过期
* 不占用额外的计算资源, 但过期键可能长期留在内存里
"""


def test_an_english_word_of_the_answer_alone_beside_a_chinese_clue_is_not_asked() -> None:
    bank = build_bank(parse_markdown(EXPIRY, "expiry.md"))
    assert bank, "the other two are still asked"
    # '最近最少使用' may be 'LRU' translated: nothing here can tell.
    assert all(q.correct_choice != "LRU 淘汰" for q in bank)
    assert latin_alone("remove 的实现", "- 删除的节点为根节点", ["二叉树", "遍历"])
    # (Another English word elsewhere does not help: '删除' still reads as 'remove'.)
    assert latin_alone("remove 的实现", "- 删除的节点为根节点", ["insert 的实现", "遍历"])
    assert not latin_alone("remove 的实现", "- 删除的节点为根节点", ["remove 的代价", "遍历"])
    assert not latin_alone("HTTP 状态码", "- 301 表示永久重定向 HTTP", ["缓存"])


def test_a_word_of_the_stem_written_apart_in_the_answer_alone_gives_it_away() -> None:
    # '复用' (reuse) read back from '反复 … 使用' in one sentence of the right
    # choice; '复' alone is in another choice too ('复杂'), '用' builds sentences.
    stem = "Helm > Chart 有什么作用？\n下列哪一项是对“复用”的正确描述？"
    right = "你可以反复在不同集群、不同环境中使用它，只需要传不同参数"
    wrong = ["支持版本控制，与 release 一起回滚升级", "把一套复杂的部署逻辑统一封装"]
    assert han_shown(right, stem, wrong)
    # Japanese: '再送' (resend) from '再び … 送る'; '再' and '送' each in another choice.
    ja_stem = "TCP > 信頼性\n「再送」の説明として正しいものは？"
    ja_right = "確認応答が来ないときは再びパケットを送る"
    ja_wrong = ["送信側のウィンドウを広げる", "再起動の後に確認応答を返す"]
    assert han_shown(ja_right, ja_stem, ja_wrong)
    # Not when another choice writes them so too, nor across sentences.
    assert not han_shown(ja_right, ja_stem, [ja_wrong[0], "再接続して別のセグメントを送る"])
    assert not han_shown("確認応答が来ないときは再び待つ。そしてパケットを送る", ja_stem, ja_wrong)


def test_a_pair_across_two_words_of_the_clue_is_no_word() -> None:
    # '引的' of '索引的选择性' is two words' edges: '索引列的顺序' writes 引 … 的.
    stem = "一、索引\n下列描述对应的是哪一项？\n- 不重复的索引值和记录总数的比值"
    assert not han_shown("索引列的顺序", stem, ["全文索引", "哈希索引", "前缀索引"])
