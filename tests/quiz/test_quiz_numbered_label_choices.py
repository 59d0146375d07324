"""Choices told apart by a number alone ('エッジケース1', 'エッジケース2') are
positions in the author's list, not names; one word and a number ('Type 1' …
'Type 4') is a designation and stays."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import numbered_alike

EDGE_CASES = """# 入力検証

## 12. エッジケース分析

### エッジケース1: JSONの`type`フィールド改ざん

攻撃者がJSONの`type`フィールドを`admin`に書き換え、権限判定を素通りする。

```python
# 対策: 型をサーバ側で決める
role = lookup_role(session.user)
```

### エッジケース2: 全角文字によるフィルタ回避

```
PATH: /uploads → 403 Forbidden
PATH: /ｕploads → 200 OK
```

対策: 文字列の正規化を済ませてからフィルタを通す。

### エッジケース3: HEADリクエストの素通り

```
POST /api/items → 認可あり → 403
HEAD /api/items → 認可なし → 200
```

対策: あらゆる動詞に同じ認可処理を組み込む。
"""

RATINGS = """# Power over cables

## Ratings
| Rating | Standard | Power |
|---|---|---|
| Type 1 | first amendment | 15 watts |
| Type 2 | second amendment | 30 watts |
| Type 3 | third amendment | 60 watts |
| Type 4 | fourth amendment | 90 watts |
"""


def _choices(notes: str) -> set[str]:
    return {c for q in build_bank(parse_markdown(notes, "notes.md")) for c in q.choices}


def test_choices_told_apart_by_a_number_alone_are_no_names() -> None:
    assert not [c for c in _choices(EDGE_CASES) if c.startswith("エッジケース")]
    assert numbered_alike("Edge case 1", ["Edge case 3", "Other"])


def test_one_word_and_a_number_is_a_designation() -> None:
    assert {"Type 1", "Type 2"} <= _choices(RATINGS)
    assert numbered_alike("사례 2", ["사례 3", "기타"])
    assert numbered_alike("边界情况2", ["边界情况3"])
    assert not numbered_alike("Type 1", ["Type 2"])
    assert not numbered_alike("IPv4", ["IPv6"])
    assert not numbered_alike("TLS 1.2", ["TLS 1.3"])
