"""A blank needs its premise in the stem. An indented line is said of the line
it is nested under; when that line is too long for the breadcrumb (which shows
short parent lines as a level), a stem showing the indented line alone leaves
out what it is said of ('- 보존 기간은 최대 ___까지' of which backups?), and
several choices may fit. Such a line is not blanked; one under a short parent
line, shown in the breadcrumb, is. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank


def _cloze_lines(notes: str) -> list[str]:
    return [q.prompt.rsplit("\n", 1)[-1] for q in build_bank(parse_markdown(notes, "n.md"))
            if q.kind in ("cloze", "blank")]


KO = """# 스토리지

## 백업 서비스

- 자동 백업을 켜 두면 데이터베이스 전체를 매일 스냅샷으로 저장하고 로그도 함께 남겨 둠
  - 보존 기간은 최대 35일까지 설정 가능
  - 스냅샷은 다른 리전으로 복사 가능
- 수동 스냅샷
  - 사용자가 지울 때까지 최대 90일 동안 보관됨
- 교차 리전 복제는 최대 5개의 리전까지 지원
"""

EN = """# Storage

## Backups

- With automated backups on, the whole database is copied every night along with its logs
  - kept for at most 35 days before removal
  - copies can be moved to another region
- Manual snapshots
  - Each manual snapshot is kept for 90 days by default
- A cross-region copy of a snapshot finishes within 15 minutes in most regions
"""

JA = """# ストレージ

## バックアップ

- 自動バックアップを有効にすると、データベース全体が毎晩ログと一緒にスナップショットとして保存される
  - 保存できる容量は最大 64GB まで
  - 別のリージョンへもコピーできる
- 手動スナップショット
  - 一つあたり最大 100GB まで保存できる
- リージョン間レプリケーションで使える帯域は全体の 25% までに制限される。
"""

ZH = """# 存储

## 备份

- 开启自动备份后，整个数据库每天晚上会连同所有的事务日志一起保存为快照，并放在另外的存储区域里
  - 自动快照的总容量上限是 64GB
  - 快照可以复制到其他区域
- 手动快照
  - 每个快照最多可以保存 100GB 的数据
- 跨区域复制最多占用全部带宽的 25%
"""


def test_a_line_under_a_long_line_is_not_blanked_alone() -> None:
    for notes, nested in ((KO, "보존 기간"), (EN, "at most"), (JA, "保存できる容量"),
                          (ZH, "总容量")):
        lines = _cloze_lines(notes)
        assert lines, notes
        assert not any(nested in line for line in lines), lines


def test_lines_under_a_short_parent_or_at_the_top_are_still_blanked() -> None:
    assert "- 교차 리전 복제는 최대 ___의 리전까지 지원" in _cloze_lines(KO)
    assert any("90일" not in line and "보관됨" in line for line in _cloze_lines(KO))
    assert any(line.startswith("- A cross-region copy") for line in _cloze_lines(EN))
    assert any(line.startswith("- Each manual snapshot") for line in _cloze_lines(EN))
    assert any("100GB" not in line and "一つあたり" in line for line in _cloze_lines(JA))
    assert any("100GB" not in line and "每个快照" in line for line in _cloze_lines(ZH))
