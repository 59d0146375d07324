"""A Japanese heading ending on a part's name ('学習のポイント', '3つのポイント',
'主なユースケース') labels a part of the notes, no thing; a katakana loanword
ending on those letters inside a longer one ('VPCエンドポイント' is an
endpoint, 'チェックポイント' a checkpoint) is the name of a thing, asked as
one. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_concept_name

JA_ENDPOINTS = """# ネットワーク

## 私設接続

#### ゲートウェイエンドポイント
- 経路表に宛先を追加して、限られたストレージとキー値ストアにだけ私設経路で届ける無料の出口

#### インターフェイスエンドポイント
- サブネットに仮想ネットワークカードを置き、多くの公開サービスに私設経路で届ける有料の出口

#### ロードバランサーエンドポイント
- 通信を検査用の仮想アプライアンス群へ透過的に流し込むための、負荷分散装置の前に置く入口
"""


def test_a_loanword_ending_on_a_parts_letters_names_a_thing() -> None:
    assert is_concept_name("VPCエンドポイント")
    assert is_concept_name("チェックポイント")
    assert not is_concept_name("学習のポイント")
    assert not is_concept_name("ポイント")
    assert not is_concept_name("デメリット")


def test_endpoints_are_asked_among_each_other() -> None:
    bank = build_bank(parse_markdown(JA_ENDPOINTS, "notes.md"))
    assert bank
    assert all(q.correct_choice.endswith("エンドポイント") for q in bank)
