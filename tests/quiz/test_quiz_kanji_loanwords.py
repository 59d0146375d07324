"""Japanese writes many technical words both in kanji and as a katakana
loanword (接続 / コネクション, 要求 / リクエスト): a clue in one spelling and
a right choice alone in the other is matched by a reader as surely as the same
word. Read by the Chinese/Japanese word list's senses. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.scripts import listed_translation_shown

LOAD = """\
# サーバー構成メモ

## 負荷対策

- コネクションプール: 接続を使い回して待ち時間を減らす仕組み
- ロードバランサー: 複数の機械へ負荷を振り分ける装置
- シャーディング: 行をいくつかの塊に分けて別々に保存する手法
- ジョブスケジューラ: 決まった時刻に作業を起動する仕組み
"""


def test_a_kanji_clue_for_a_katakana_answer_is_not_asked() -> None:
    bank = build_bank(parse_markdown(LOAD, "load.md"))
    assert bank  # the other lines are still asked
    for q in bank:
        assert not ("接続" in q.prompt and q.correct_choice == "コネクションプール")
        assert not ("コネクションプール" in q.prompt and "接続" in q.correct_choice)


def test_spellings_read_as_words() -> None:
    others = ["バッチ処理", "キャッシュ"]
    assert listed_translation_shown("リクエストキュー", "要求を順に受け付ける", others)
    assert listed_translation_shown("応答時間", "レスポンスの速さ", others)
    # Every choice writes the sense: it points at none.
    assert not listed_translation_shown("並列処理", "プロセスを分ける", ["逐次処理", "キャッシュ"])
    # A loanword closing a katakana run after a syllable or two is no word:
    # 'ライト' (write) ends 'フライト'.
    assert not listed_translation_shown("フライト記録", "ライトの回数を数える", ["ログ", "一覧"])
