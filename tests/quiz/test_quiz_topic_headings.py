"""Issue 14, notes never seen before: a heading that is a topic about a thing
('고려 사항', 'Trade-off', 'Tuning checklist', '攻撃の流れ', '주요 공격', '성격')
names no thing of the kind its siblings are. Offered beside index types,
attacks or ways of partitioning, it is told apart by what it is."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_concept_name
from bot.quiz.naming import clean_name


@pytest.mark.parametrize("heading", [
    "고려 사항", "고려사항", "데이터베이스 설계 시 고려사항", "Trade-off", "Trade-offs",
    "Tuning checklist", "체크리스트", "학습 체크리스트", "チューニングチェックリスト",
    "攻撃の流れ", "공격 흐름", "공격의 흐름", "성격", "주요공격", "주요 문화재",
    "주요 공격 기법", "主な攻撃"])
def test_a_topic_heading_is_no_name(heading: str) -> None:
    assert not is_concept_name(clean_name(heading))


@pytest.mark.parametrize("name", [
    "エンドポイント", "チェックポイント", "수평 분할", "B-tree", "Hash index", "스머프",
    "Control flow", "데이터 모델"])
def test_names_stay_names(name: str) -> None:
    assert is_concept_name(clean_name(name))


PARTITIONS = """# 반정규화
## 테이블 병합
- 1:1 관계의 테이블을 하나로 합침
- 조인이 잦은 두 테이블을 한 테이블로 만듦
## 테이블 분할
- 행 단위나 열 단위로 테이블을 나눔
- 레코드 수가 많은 테이블에 적용
## 중복 테이블 추가
- 집계 결과를 담는 테이블을 따로 둠
- 원격 조인을 피하려고 같은 데이터를 복제함
## 고려 사항
- 수행 속도가 느려질 수 있음
- 데이터 검색에 중점을 두어 분할 여부를 결정
"""

INDEXES = """# Indexes
## B-tree
- Keeps keys sorted in balanced pages
- Serves range scans and ordered reads
## Hash index
- Maps each key to a bucket by its hash
- Serves equality lookups only
## Bitmap index
- Keeps one bit array per distinct value
- Suits columns with few distinct values
## Trade-off
- Every index slows down writes to the table
- Indexes take disk space of their own
"""


@pytest.mark.parametrize(("notes", "heading"), [(PARTITIONS, "고려 사항"), (INDEXES, "Trade-off")])
def test_a_topic_heading_is_never_a_choice(notes: str, heading: str) -> None:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    assert bank
    for question in bank:
        assert heading not in question.choices, question
