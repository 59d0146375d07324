"""A clue that says only what a thing is used for, or the one domain it is
restricted to, names nothing alone: many things share a use ('物体の姿勢の表現
などに用いる' fits a rotation matrix and a quaternion alike) or a restriction
('only defined for square matrices'). A name question needs a second fact."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.use_clues import only_a_use

# (Synthetic: matrix kinds, one left with a use as its only clue once the line
# naming it is set aside.)
MATRICES = """## 行列の種類

- 回転行列
  - 回転行列の行列式は1である
  - 物体の姿勢の表現などに用いる
- 対角行列
  - 対角成分以外の成分がすべて0である正方行列
  - 対角成分がそのまま固有値になる
- 対称行列
  - 転置をとっても元と変わらない正方行列
  - 固有値は必ず実数になる
- 上三角行列
  - 対角成分より下の成分がすべて0である正方行列
  - 行列式は対角成分の積になる

"""


def test_a_use_or_restriction_alone_is_no_clue() -> None:
    for line in ("物体の姿勢の表現などに用いる", "小さな整数のキーにのみ定義される",
                 "좌표 변환에 사용된다", "정방행렬에만 정의된다", "用于坐标变换", "仅适用于方阵",
                 "Used for coordinate transforms", "only defined for square matrices"):
        assert only_a_use(line), line


def test_a_line_saying_more_than_a_use_is_a_clue() -> None:
    for line in ("対角成分以外の成分がすべて0である正方行列",
                 "行列と共役転置行列の積が単位行列になる正規行列",
                 "Splits the list in halves, sorts each half and merges them",
                 "used for coordinate transforms and always has a determinant of one "
                 "over every orthonormal basis of the space",
                 "데이터를 여러 노드에 나누어 저장하고 각 노드가 일부 요청만 처리한다"):
        assert not only_a_use(line), line


def test_a_name_question_is_not_asked_by_a_use_alone() -> None:
    bank = build_bank(parse_markdown(MATRICES, "matrices.md"))
    assert any(q.kind == "name" for q in bank), "the other kinds are still asked"
    for q in bank:
        assert "物体の姿勢の表現などに用いる" not in q.prompt, q.prompt
