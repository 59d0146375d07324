"""Two columns of a table that are fields of each row, not two things compared.

'| 项目 | 命令 | 原因 |' lists, for each setting, the command that makes it
and the reason for it: the columns are the row's fields. Read as a sideways
comparison ('| 구분 | TCP | UDP |'), the table would ask 'which of these holds
for 原因 and not for 命令?', contrasting a command with a reason: no thing has
either, and the one line without a command is picked by its look. Columns are
fields when either header is a word for a slot of a record (a command, a
reason, a description, an example; or any generic label word), or when the
two columns hold values of two forms: one column's cells written as code and
the other's never (commands beside prose).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.labels import is_generic, label_key

# Words for a slot of a record, as a column's header: what each row gives, not
# a thing with properties of its own.
_FIELD_WORDS = frozenset(label_key(w) for w in """
command commands cmd reason reasons cause causes description descriptions purpose meaning
example examples note notes remark remarks comment comments usage syntax value values
explanation result results effect effects
명령 명령어 이유 원인 설명 예시 예 목적 의미 비고 결과 효과 사용법 값
命令 コマンド 原因 理由 说明 説明 描述 示例 例 用途 作用 含义 意味 備考 备注 注释
结果 結果 效果 効果 用法 値 值
""".split())
_CODE_SPAN = re.compile(r"`[^`\n]+`")
# Most of one column in code and almost none of the other: two forms.
_MOSTLY = 0.75
_RARELY = 0.25


def row_fields(one: str, other: str, rows: Sequence[Sequence[str]]) -> bool:
    """Whether the two value columns headed `one` and `other` (each row's two
    cells in `rows`) are fields of a row rather than two things compared."""
    if any(label_key(h) in _FIELD_WORDS or is_generic(h) for h in (one, other)):
        return True
    pairs = [r for r in rows if len(r) >= 2]
    if not pairs:
        return False
    shares = [sum(bool(_CODE_SPAN.search(r[i])) for r in pairs) / len(pairs) for i in (0, 1)]
    return max(shares) >= _MOSTLY and min(shares) <= _RARELY
