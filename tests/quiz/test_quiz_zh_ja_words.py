"""Chinese and Japanese lines beside English names are read by a short word list
(data/zh_ja_en_words.txt) and katakana spelling: when every English word of the
names is listed and the line writes none of its spellings, the line translates
no name and the question is asked; a line that writes one (最大 for *Max*,
ゲートウェイ for *Gateway*, 単位 for *Unit*) or a name the list does not know
still keeps the question out."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.scripts import crosses_unread_language, latin_alone, translation_unread

# Our own notes: two English names compared in Chinese lines.
HEAPS = """# 数据结构

### Min Heap && Max Heap

* `Min Heap`: 父节点总是小于等于它的孩子。堆排序时得到降序结果。
* `Max Heap`: 父节点总是大于等于它的孩子。堆排序时得到升序结果。
"""


def test_chinese_lines_that_translate_no_name_are_asked() -> None:
    bank = build_bank(parse_markdown(HEAPS, "notes.md"))
    asked = {(q.correct_choice, q.prompt.splitlines()[-1]) for q in bank}
    assert ("父节点总是大于等于它的孩子。",
            "下列哪一项适用于Max Heap，而不适用于Min Heap？") in asked
    assert ("父节点总是小于等于它的孩子。",
            "下列哪一项适用于Min Heap，而不适用于Max Heap？") in asked


def test_a_line_saying_a_name_translated_is_still_refused() -> None:
    stem = "Which of these is true of Max Heap, not of Min Heap?"
    assert not crosses_unread_language(stem, "父节点总是大于等于它的孩子。")
    # 最大 is 'max', 堆 is 'heap': the line names its side.
    assert crosses_unread_language(stem, "根是最大的元素。")
    assert crosses_unread_language(stem, "每个堆都有一个根。")
    # A name the list does not know is not read: the line may translate it.
    assert crosses_unread_language("Which of these is true of Fibonacci Heap?",
                                   "父节点总是大于等于它的孩子。")


def test_japanese_clues_are_read_by_list_and_katakana() -> None:
    # Katakana spelling of a choice's word.
    assert crosses_unread_language("- 外部ネットワークへの出入口になる", "Internet Gateway")
    assert crosses_unread_language("- ゲートウェイを経由して外へ出る", "Internet Gateway")
    # A listed translation (単位: unit) inside a longer word.
    clue = "- 最小単位の関数を確かめる"
    assert latin_alone("Unit Tests（下層）", clue, ["Integration Tests（中層）"])
    # The same clue read against a name it does not translate.
    assert not latin_alone("Integration Tests（中層）", clue, ["Unit Tests（下層）"])
    # An acronym is read by the words it stands for (network address translation).
    assert translation_unread("- 私設アドレスを公開アドレスに変換する", "NAT")


def test_what_the_list_cannot_read_stays_refused() -> None:
    # Korean beside Chinese: the list has no Korean.
    assert crosses_unread_language("- 管理连接", "Connection 관리")
    # Figures beside Chinese numerals; a choice with no English word.
    assert crosses_unread_language("- 每层最多十六个", "16 nodes")
    assert crosses_unread_language("- 查找的代价", "O(1)")


def test_questions_within_one_language_are_untouched() -> None:
    assert not crosses_unread_language("- 管理连接", "连接管理")
    assert not crosses_unread_language("- 연결 관리", "Connection")
    assert crosses_unread_language("- 管理连接", "Connection")
