# ruff: noqa: E501
"""Japanese and Chinese names write the word they share inside one run
('カスタマーゲートウェイ', 'トランジットゲートウェイ'; '哈希索引', '前缀索引'): such
names are things of one kind, asked among each other as Korean and English
names sharing a spaced word are, so a clue naming that word ('…となるゲートウェイ')
points at none of them. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.cjk_heads import kana_runs, shared_head
from bot.quiz.definitions import is_definition

JA_GATEWAYS = """# ネットワーク

## 接続

#### インターネットゲートウェイ
- 仮想ネットワークから外部のインターネットへ出入りする通信を中継するためのゲートウェイ

#### カスタマーゲートウェイ
- 社内のデータセンター側に置かれる機器で、暗号化トンネルの相手側の端点となるゲートウェイ

#### トランジットゲートウェイ
- 多数の仮想ネットワークをハブ型に束ねて経路を一元管理するための中心的な集約ポイント

#### ピアリング接続
- 二つの仮想ネットワーク同士を一対一で直結し、プライベートアドレスで通信させる仕組み

#### エンドポイント
- 公開サービスへインターネットを経由せずに私設経路で到達するための出口
"""


def test_a_clue_naming_the_shared_kana_word_is_asked_among_that_kind() -> None:
    bank = build_bank(parse_markdown(JA_GATEWAYS, "notes.md"))
    asked = [q for q in bank if "端点となるゲートウェイ" in q.prompt]
    assert len(asked) == 1
    question = asked[0]
    assert question.correct_choice == "カスタマーゲートウェイ"
    # Only gateways beside it: 'ピアリング接続' would be ruled out by the word.
    assert all(c.endswith("ゲートウェイ") for c in question.choices)


def test_the_shared_word_is_read_where_the_writing_shows_it() -> None:
    # Kana: a run of its own in a name or a line ('NATゲートウェイ', '…となるゲートウェイ').
    assert shared_head("カスタマーゲートウェイ", "インターネットゲートウェイ",
                       lambda: kana_runs(["NATゲートウェイ"])) == "ゲートウェイ"
    # ('プライベート' and 'インターネット' both end on ト: the word starts after it.)
    assert shared_head("仮想プライベートゲートウェイ", "インターネットゲートウェイ",
                       lambda: kana_runs(["中継用ゲートウェイ"])) == "ゲートウェイ"
    assert shared_head("カスタマーゲートウェイ", "インターネットゲートウェイ") == ""
    # A common ending written nowhere alone is no word ('ケーション').
    assert shared_head("アプリケーション", "ロケーション",
                       lambda: kana_runs(["アプリケーションとロケーション"])) == ""
    # Han: two characters or more; one is no word of its own here.
    assert shared_head("哈希索引", "前缀索引") == "索引"
    assert shared_head("原子性", "一致性") == ""
    # A name that is the other's ending is its whole, not a shared word.
    assert shared_head("索引", "前缀索引") == ""


def test_product_definitions_are_read_in_japanese_and_chinese() -> None:
    assert is_definition("プライベートサブネット内から外部へ出る通信のためにパブリックサブネットへ設置する中継用ゲートウェイ")
    assert is_definition("用于在多个微服务之间异步传递消息的全托管消息队列服务")
    assert not is_definition("プライベートサブネット内から外部へ出る通信を中継する")
