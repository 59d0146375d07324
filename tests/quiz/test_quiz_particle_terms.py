"""A subject read with its particle ('트렌잭션이란 …' read as '트렌잭션이' and
'란') or a clause closed by a noun of circumstance ('좋지 않은 경우는 …',
'…する場合') is no name to match: the particle is the sentence's, the case a
condition. '…이란' after a closed syllable gives the name without its 이.
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import ends_on_particle
from bot.quiz.sentences import definition_of

KO_PROSE = """# 데이터베이스

## 기본 개념

- 트렌잭션이란 데이터베이스의 상태를 변화시키기 위해 수행하는 작업의 단위를 뜻한다.
- 무결성이란 데이터의 정확성과 일관성을 유지하고 결손이 없음을 보증하는 것을 의미한다.
- 좋지 않은 경우는 반대로 카디널리티가 낮고 DML연산이 많은 Column이다.
- 정규화란 이상현상이 있는 릴레이션을 분해하여 이상현상을 없애는 과정이다.
"""

JA_TERMS = """# キャッシュ

## 用語

- キャッシュが: 頻繁に読むデータを手前に置いて応答を速くする仕組み
- 失効した場合: オリジンから取り直して新しい値で置き換える処理
- TTL: キャッシュした値を保持する秒数
- オリジン: キャッシュの元になるデータを持つサーバー
"""


def test_no_choice_keeps_its_particle() -> None:
    bank = build_bank(parse_markdown(KO_PROSE, "notes.md"))
    choices = {c for q in bank for c in q.choices}
    assert not {"트렌잭션이", "무결성이", "좋지 않은 경우"} & choices, choices


def test_japanese_fragments_are_no_terms() -> None:
    bank = build_bank(parse_markdown(JA_TERMS, "notes.md"))
    choices = {c for q in bank for c in q.choices}
    assert not {"キャッシュが", "失効した場合"} & choices, choices


def test_the_i_of_iran_is_the_particle_s() -> None:
    assert definition_of(
        "트렌잭션이란 데이터베이스의 상태를 변화시키기 위한 작업의 단위를 뜻한다.") == (
        "트렌잭션", "데이터베이스의 상태를 변화시키기 위한 작업의 단위를 뜻한다.")
    assert definition_of("길이란 두 점 사이의 거리를 의미한다.") == (
        "길이", "두 점 사이의 거리를 의미한다.")
    assert definition_of("thread pool이란 미리 만든 스레드를 돌려 쓰는 것입니다.") == (
        "thread pool", "미리 만든 스레드를 돌려 쓰는 것입니다.")
    assert definition_of("좋지 않은 경우는 반대로 카디널리티가 낮은 Column이다.") is None


@pytest.mark.parametrize("text", [
    "트렌잭션이", "트랜잭션 격리수준이", "인덱스를", "좋지 않은 경우", "사용할 때",
    "キャッシュが", "失敗した場合"])
def test_ends_on_a_particle(text: str) -> None:
    assert ends_on_particle(text)


@pytest.mark.parametrize("text", [
    "프리픽스 길이", "게이트웨이", "레이어", "정규화", "B-Tree", "경우의 수"])
def test_a_name(text: str) -> None:
    assert not ends_on_particle(text)
