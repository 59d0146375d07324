"""Every choice of a question is of one kind of figure: a calendar year is no
span of years ('2011년' among '5년', '7년', '10년' is picked by its form)."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import make
from bot.quiz.question import Question

HISTORY = """# 역사
## VPC
- 2011년 8월에 처음 릴리즈되었습니다.
- 예약 인스턴스는 1년 또는 3년 약정으로 구매합니다.
- 스냅샷은 최대 7년까지 보관할 수 있습니다.
"""


def test_a_calendar_year_is_neither_blanked_nor_a_distractor() -> None:
    bank = build_bank(parse_markdown(HISTORY, "notes.md"))
    assert bank, "the spans still yield questions"
    assert not [q for q in bank if any(c.startswith("2011") for c in q.choices)]


PYRAMID = """# テストピラミッド
## テストピラミッドとは
### 原則1: 下層ほど多くのテストを書く
- **Unit Tests**: 全体の70%
- **Integration Tests**: 全体の20%
- **E2E Tests**: 全体の10%
### 原則4: 下層ほど安価
- **Unit Tests**: 書きやすく、メンテナンスコスト低い
- **Integration Tests**: セットアップが必要、実行コスト中程度
- **E2E Tests**: メンテナンスコスト高い、実行コスト高い
"""


def test_a_share_and_a_cost_statement_are_no_contrasting_pair() -> None:
    # Written without spaces, '全体の70%' and '書きやすく、…' each look like one
    # changed word; they speak of other aspects, not opposite sides of one.
    assert not [q for q in build_bank(parse_markdown(PYRAMID, "notes.md"))
                if q.kind == "versus"]


MIXED = """# テスト
## 層の比較
### 原則A
- **Unit Tests**: 全体の70%
- **Integration Tests**: 実行コスト中程度
- **E2E Tests**: 実行コスト高い
### 原則B
- **Unit Tests**: 書きやすく、メンテナンスコスト低い
- **Integration Tests**: 実行コスト低い
- **E2E Tests**: 実行コスト最高
"""


def test_a_share_is_never_shown_against_statements_it_was_paired_with() -> None:
    versus = [q for q in build_bank(parse_markdown(MIXED, "notes.md")) if q.kind == "versus"]
    assert versus, "the cost lines still contrast"
    assert not [q for q in versus if any("%" in c for c in q.choices)]


def test_a_versus_answer_alone_in_its_kind_of_figure_is_not_asked() -> None:
    def versus(right: str, wrong: list[str]) -> Question | None:
        return make("versus", sources=["t", right], section="NAT", topic="NAT", concept="gw",
                    context="NAT", body="Which is true of the gateway, not of the instance?",
                    correct=right, wrong=wrong, explanation="- NAT",
                    source=SourceRef(file="notes.md", line=1))

    statements = ["Failover is scripted by the user", "Bandwidth follows the EC2 type",
                  "Can be used as a bastion host"]
    assert versus("Bandwidth up to 100 Gbps", statements) is None
    assert versus("Scales on its own without any scripts", statements) is not None
