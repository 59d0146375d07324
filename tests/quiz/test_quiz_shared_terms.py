"""A line that defines a term ('索引的选择性是指：…') under one sibling, when
another sibling's notes use that term too ('前缀长度…根据索引选择性来确定'),
is about the term: no clue for naming the first sibling, the second being as
defensible. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.glossary import Glossary
from bot.notes.loader import parse_markdown
from bot.quiz.concepts import name_questions
from bot.quiz.material import read_material
from bot.quiz.shared_terms import defined_term, defines_shared_term

DEFINITION_ZH = "索引的选择性是指：不重复的索引值和记录总数的比值，选择性越高查询效率越高。"
NOTES_ZH = f"""# 索引优化

## 索引技巧
### 1. 独立的列
在进行查询时，索引列不能是表达式的一部分，也不能是函数的参数。

### 2. 多列索引
在需要使用多个列作为条件进行查询时，使用多列索引比使用多个单列索引性能更好。

### 3. 索引列的顺序
让区分度最高的列放在多列索引的最前面。

{DEFINITION_ZH}

### 4. 前缀索引
对于 BLOB、TEXT 和 VARCHAR 类型的列，必须使用前缀索引，只索引开始的部分字符。

前缀长度的选取需要根据索引选择性来确定。
"""

DEFINITION_KO = ("인덱스의 선택도란 중복되지 않는 값의 수를 전체 행 수로 나눈 비율로, "
                 "높을수록 조회가 빠름")
NOTES_KO = f"""# 인덱스 튜닝

## 인덱스 기법
### 1. 독립된 컬럼
- 조회 조건에서 인덱스 컬럼을 함수의 인자나 수식의 일부로 쓰면 인덱스를 쓰지 못함

### 2. 복합 인덱스
- 여러 컬럼을 조건으로 함께 조회할 때 단일 인덱스 여러 개보다 성능이 좋음

### 3. 배치 순서
- 값이 가장 잘 구분되는 열을 맨 앞에 두어 조회 범위를 빨리 좁힘
- {DEFINITION_KO}

### 4. 접두사 인덱스
- 긴 문자열 컬럼은 앞부분 몇 글자만 인덱스로 만듦
- 접두사 길이는 선택도를 보고 정함
"""


def _stems(notes: str) -> list[str]:
    material = read_material(parse_markdown(notes, "notes.md"), Glossary())
    return [q.prompt for q in name_questions(material)]


def test_a_definition_of_a_shared_term_is_no_clue_zh() -> None:
    stems = _stems(NOTES_ZH)
    assert not [s for s in stems if "选择性是指" in s]


def test_a_definition_of_a_shared_term_is_no_clue_ko() -> None:
    assert not [s for s in _stems(NOTES_KO) if "선택도란" in s]


def test_defined_terms() -> None:
    assert defined_term(DEFINITION_ZH) == "索引的选择性"
    assert defined_term("インデックスの選択性とは、重複しない値の割合") == "インデックスの選択性"
    assert defined_term(DEFINITION_KO) == "인덱스의 선택도"
    assert defined_term("The selectivity of an index refers to the share of distinct values") \
        == "The selectivity of an index"
    assert defined_term("让区分度最高的列放在多列索引的最前面。") == ""


def test_only_a_term_a_sibling_writes_too() -> None:
    line = "The selectivity of an index refers to the share of distinct values"
    assert defines_shared_term(line, ["Column order"], ["Choose the prefix length by selectivity"])
    assert not defines_shared_term(line, ["Column order"], ["Index only the first characters"])
    # The concept's own name defined is its own definition, not another term.
    assert not defines_shared_term("前缀索引是指只索引开始的部分字符", ["前缀索引"],
                                   ["前缀索引很好"])
