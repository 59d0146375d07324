"""An acronym the notes spell out in Chinese or Japanese beside it
('CPU（中央处理器）', 'ドメインネームシステム（DNS）') is spelled out by a text
that writes that long name: a clue saying 中央处理器 names *CPU*, as 'Central
Processing Unit' would. Notes written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import _acronym_reader as acronym_reader
from bot.quiz.build import assemble
from bot.quiz.cjk_acronyms import cjk_pairs
from bot.quiz.gloss import reading_acronyms, spells_out_term
from bot.quiz.text import NoGlossary

UNITS = """# 计算机组成

## 处理单元

- CPU（中央处理器）负责执行指令和处理数据
- 图形处理器（GPU）擅长大规模并行计算
- ドメインネームシステム（DNS）は名前を解決する
"""


def test_pairs_written_beside_each_other() -> None:
    pairs = cjk_pairs(["CPU（中央处理器）负责执行指令", "图形处理器（GPU）擅长并行计算",
                       "ドメインネームシステム（DNS）は名前を解決する",
                       "GPU (Graphics Processing Unit)",
                       "INT(11) 中的数字", "主频（GHz）越高越快"])
    assert ("CPU", "中央处理器") in pairs
    assert ("GPU", "图形处理器") in pairs
    assert ("DNS", "ドメインネームシステム") in pairs
    # Latin long names are the notes' other readers'; a unit is no acronym's
    # long name written before it (主频 is what is measured in GHz, and read so
    # only in a text that writes 主频 whole).
    assert all(long != "Graphics Processing Unit" for _, long in pairs)


def test_a_text_writing_the_long_name_spells_the_acronym() -> None:
    expand = acronym_reader(parse_markdown(UNITS, "units.md"), NoGlossary())
    with reading_acronyms(expand):
        assert spells_out_term("CPU", "中央处理器由运算器和控制器组成")
        assert spells_out_term("DNS", "ドメインネームシステムは階層的な分散データベースである")
        assert not spells_out_term("CPU", "图形处理器有成千上万个核心")
        made = assemble("name", sources=("s",), section="处理单元", topic="t", concept="c",
                        context="处理单元",
                        body="下列描述对应的是哪一项？\n- 中央处理器由运算器和控制器组成",
                        correct="CPU", wrong=("GPU", "NPU", "DSP"), explanation="e",
                        source=SourceRef(file="f.md", line=1))
        assert made == "gate: initials spell the answer"
