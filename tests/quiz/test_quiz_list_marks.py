"""Choices lose the list marks that closed their lines ('；', ',', '、', ':'),
so no choice stands out by format; a line ending on a bare comparison or arrow
sign ('比特数>', 'A ->') is cut off and is neither a choice nor a clue."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.list_marks import cut_off, without_list_marks

# Invented kinds of noise in a picture, one line cut off at a '>'.
NOISE = """## 图像
### 图像的噪声
+ 热噪声：传感器温度升高时出现的随机亮度变化；
+ 散粒噪声：光子到达数目的统计涨落造成的颗粒；
+ 量化噪声：模数转换时舍入误差带来的阶梯状失真；
+ 脉冲噪声：传输错误造成的黑白孤立像素点；
+ 固定噪声：每个像素的偏置电平>
"""


def test_choices_lose_list_marks_and_cut_lines_are_dropped() -> None:
    bank = build_bank(parse_markdown(NOISE, "notes.md"))
    choices = [c for q in bank for c in q.choices]
    assert choices
    assert not any(c.endswith(("；", ";", "，", ",")) for c in choices)
    assert not any(c.rstrip().endswith(">") for c in choices)
    assert not any("偏置电平>" in q.prompt for q in bank)


def test_list_marks_and_cut_off_lines() -> None:
    assert without_list_marks(["不同帧之间；", "人眼不能感知的", "a, b,"]) == \
        ["不同帧之间", "人眼不能感知的", "a, b"]
    assert cut_off("每个像素的比特数>")
    assert cut_off("Request ->")
    assert cut_off("x =")
    assert cut_off("A → ；")
    assert not cut_off("List<String>")
    assert not cut_off("<br>")
    assert not cut_off("a > b")
