"""A clue in Chinese or Japanese beside an answer in Latin letters (or the other
way round) may be the answer translated, which the giveaway checks cannot read:
such a question is not asked. Questions within one language still are."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.scripts import crosses_unread_language, unread_script

# Our own notes: English names glossed in Chinese, and English names glossed in English.
GLOSSED = """# 网络
## 报文
### 字段

| 名称 | 说明 |
| :--: | :--: |
| Keep-Alive | 保持连接不断开 |
| Timeout | 等待超过限定时间 |
| Retry | 失败后再次发送请求 |
| Redirect | 把请求转到别的地址 |

### 术语

| 名称 | 说明 |
| :--: | :--: |
| Handshake | messages both ends trade before a connection opens |
| Teardown | messages both ends trade when a connection closes |
| Resend | the sender sends a lost message once more |
| Congestion | too many messages slow the whole network down |
"""


def test_no_question_pairs_a_chinese_clue_with_a_latin_answer() -> None:
    bank = build_bank(parse_markdown(GLOSSED, "notes.md"))
    assert bank, "the English pairs still yield questions"
    for q in bank:
        clue = q.prompt[len(q.context):]
        assert unread_script(clue) == unread_script(q.correct_choice), (q.prompt, q.correct_choice)
    # English pairs under a Chinese heading are still asked.
    assert any(q.correct_choice == "Handshake" for q in bank)


def test_scripts_korean_with_hanja_stays_readable() -> None:
    assert unread_script("缓存控制")
    assert unread_script("キャッシュ")
    assert not unread_script("정규화(正規化)")
    assert not unread_script("Cache-Control")
    assert crosses_unread_language("- 管理连接", "Connection")
    assert crosses_unread_language("Which statement describes 'Connection'?", "管理连接")
    assert not crosses_unread_language("- 管理连接", "连接管理")
    assert not crosses_unread_language("- 연결 관리", "Connection")
