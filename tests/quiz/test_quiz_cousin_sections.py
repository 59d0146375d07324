"""Sections that each hold one named thing are siblings under one parent
heading only. '### 認定で問われる能力' under '## 1. 試験の概要' is no rival of
'### コンピュート' under '## 2. サービスの概要': the two parents group two kinds
of thing (what the exam checks, service categories), so asked among the
other's items the answer is the odd one out, and the breadcrumb shown (the
file's first heading) is its own parent. Each is asked among its own
siblings, under the heading they share. Every note here is written for the
test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

JA_TWO_PARENTS = """## 1. 試験の概要

### 認定で問われる能力

- 高可用性と耐障害性を備えたアプリケーションを設計し、デプロイする
- コストを抑える戦略を導入する

### 出題範囲

- 全部で五つの分野から出題される

## 2. サービスの概要

### コンピュート

- 仮想サーバーやコンテナを実行するサービス群
- 需要に応じて台数を自動で増減できる

### ネットワーキング

- 閉域網や専用線で拠点とクラウドを接続する
- ユースケースに応じて経路を選択する

### データベース

- リレーショナルとキーバリューの両方の選択肢がある
- マネージドなので運用の手間が少ない
"""

EN_TWO_PARENTS = """## Exam overview

### Skills validated

- Design and deploy fault-tolerant applications with high availability
- Introduce strategies that keep spending under control

### Exam format

- Sixty-five questions in one hundred and thirty minutes

## Service categories

### Compute

- Virtual servers and containers that run your workloads
- The fleet grows and shrinks with demand

### Networking

- Private lines connect an office to the cloud
- Routing is chosen by use case

### Databases

- Relational and key-value engines to pick from
- Managed engines leave little to operate
"""


def _names(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "notes.md"))
            if q.kind in ("name", "pair", "blank")]


def test_a_lone_section_is_not_asked_among_another_parents_sections() -> None:
    for text, lone in ((JA_TWO_PARENTS, "認定で問われる能力"),
                       (EN_TWO_PARENTS, "Skills validated")):
        asked = _names(text)
        assert not any(lone in q.choices for q in asked)


def test_sections_under_one_parent_are_asked_under_that_parent() -> None:
    for text, parent, first in ((JA_TWO_PARENTS, "サービスの概要", "試験の概要"),
                                (EN_TWO_PARENTS, "Service categories", "Exam overview")):
        asked = _names(text)
        assert asked
        for q in asked:
            assert q.context.startswith(parent)
            assert first not in q.prompt
