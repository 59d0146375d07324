"""'Self-hosted' is written many ways in IT notes: セルフホスト or 独自環境 /
自前 in Japanese, 自托管 in Chinese, 자체 호스팅 or 자체 환경 in Korean. A clue in
one spelling beside a right choice alone in another ('独自環境での実行' for
'セルフホストランナー') is the answer translated. Every note here is written
for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.scripts import listed_translation_shown

RUNNERS = """\
# CIメモ

## 実行環境の選び方

- セルフホストエージェント: 独自環境でジョブを動かせる
- クラウドエージェント: 提供側が用意した仮想マシンで動く
- 無料枠: 公開リポジトリなら使い放題
- キャッシュ保存: 依存パッケージを次回の実行に残す
"""


def test_japanese_spellings_of_self_hosted() -> None:
    others = ["クラウドエージェント", "無料枠"]
    right = "セルフホストエージェント"
    assert listed_translation_shown(right, "独自環境でジョブを動かせる", others)
    assert listed_translation_shown(right, "自前のサーバーで動く", others)
    assert listed_translation_shown("自托管代理", "支持セルフホスト", ["云代理", "免费额度"])
    assert not listed_translation_shown(right, "仮想マシンで動く", others)


def test_korean_spelling_of_self_hosted() -> None:
    others = ["Cloud runner", "Free tier"]
    assert gives_away("Self-hosted runner", "자체 환경에서도 작업을 실행", others)
    assert not gives_away("Self-hosted runner", "가상 머신에서 작업을 실행", others)


def test_a_translated_clue_is_not_asked() -> None:
    bank = build_bank(parse_markdown(RUNNERS, "runners.md"))
    assert bank  # the other lines are still asked
    for q in bank:
        assert not ("独自環境" in q.prompt and "セルフホスト" in q.correct_choice)
        assert not ("セルフホスト" in q.prompt and "独自環境" in q.correct_choice)
