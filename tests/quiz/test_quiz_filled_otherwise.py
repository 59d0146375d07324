"""A line the notes write again, under another heading, with another figure in
the blank's place has two right fillings ('최소 보관 기간 90일' here, '최소 보관
기간 180일' there): it is not blanked. A line written once, or again with the same
figure, still is. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.filled_otherwise import filled_otherwise


def _cloze_lines(notes: str) -> list[str]:
    return [q.prompt.rsplit("\n", 1)[-1] for q in build_bank(parse_markdown(notes, "n.md"))
            if q.kind == "cloze"]


KO = """# 아카이브

## 빠른 검색 등급

- 최소 보관 기간은 90일이다
- 검색 요청 후 데이터를 받는 데 최대 12시간이 걸린다

## 깊은 보관 등급

- 최소 보관 기간은 180일이다
"""

EN = """# Archive

## Fast tier

- The minimum storage period is 90 days
- A restore request is served within 12 hours at the latest

## Deep tier

- The minimum storage period is 180 days
"""

JA = """# アーカイブ

## 高速クラス

- 一回の取り出しで扱えるのは最大 64GB までである
- 取り出し帯域は全体の 25% までに制限される。

## 深層クラス

- 一回の取り出しで扱えるのは最大 100GB までである
"""

ZH = """# 归档

## 快速类

- 每个快照最多可以保存 64GB 的数据
- 跨区域复制最多占用全部带宽的 25%

## 深度类

- 每个快照最多可以保存 100GB 的数据
"""


def test_a_line_written_again_with_another_figure_is_not_blanked() -> None:
    for notes, again, once in ((KO, "최소 보관 기간", "검색 요청"),
                               (EN, "minimum storage", "restore request"),
                               (JA, "一回の取り出し", "取り出し帯域"),
                               (ZH, "每个快照", "跨区域复制")):
        lines = _cloze_lines(notes)
        assert not any(again in line for line in lines), lines
        assert any(once in line for line in lines), lines


def test_the_same_line_with_the_same_filling_is_no_rival() -> None:
    lines = ["최소 보관 기간은 90일이다", "최소 보관 기간은 90 일이다."]
    assert not filled_otherwise("최소 보관 기간은 ", "이다", lines[0], lines)
    rival = "최소 보관 기간은 180일이다"
    assert filled_otherwise("최소 보관 기간은 ", "이다", lines[0], [*lines, rival])


def test_a_name_written_again_with_another_name_is_a_rival() -> None:
    lines = ["Athena는 S3의 데이터를 직접 조회", "Redshift Spectrum은 S3의 데이터를 직접 조회"]
    assert filled_otherwise("", "은(는) S3의 데이터를 직접 조회", lines[0], lines)
    assert not filled_otherwise("", "은(는) S3의 데이터를 직접 조회", lines[0], lines[:1])
