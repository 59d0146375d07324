"""A table whose descriptions only gloss its labels (a table of contents, a
glossary of meanings: every description a few words with no figure and no
predicate) is not matched: the label is picked by its own sense. A table of
which a row states something is asked. Every note here is written for the
test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss_tables import is_gloss

JA_CONTENTS = """# 開発ガイド

## ドキュメントの構成

| 章 | 内容 |
|---|---|
| トラブルシューティング | よくある問題と解決方法 |
| インストール | 環境の準備と導入手順 |
| 設定リファレンス | 全設定項目の一覧 |
| 貢献ガイド | 開発への参加方法 |
"""

EN_FAMILIES = """# Compute

## Instance families

| Family | Use |
|---|---|
| General Purpose | balanced workloads |
| Burstable | spiky web traffic |
| Accelerated | graphics rendering |
| Storage Optimized | sequential disk access |
"""


@pytest.mark.parametrize("notes", [JA_CONTENTS, EN_FAMILIES])
def test_a_table_of_glosses_is_not_matched(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    assert not [q for q in bank if q.kind == "match"]


def test_a_table_that_states_facts_is_matched() -> None:
    facts = JA_CONTENTS.replace("全設定項目の一覧", "全設定項目を既定値とともに一覧にする")
    assert not is_gloss("全設定項目を既定値とともに一覧にする")
    bank = build_bank(parse_markdown(facts, "notes.md"))
    assert [q for q in bank if q.kind == "match"]


def test_glosses_and_statements() -> None:
    assert is_gloss("よくある問題と解決方法")
    assert is_gloss("バグ検出")
    assert is_gloss("오픈 소스")
    assert is_gloss("balanced")
    assert not is_gloss("객체를 버킷에 저장한다")
    assert not is_gloss("最大 16 TB")
    assert not is_gloss("can scale to zero")
    assert not is_gloss("数据可以跨区域复制")
