"""Of two Chinese or Japanese choices, one the other negated (无状态服务 beside
有状态服务, 不揮発性メモリ beside 揮発性メモリ), the negated one is not asked by
a stem that negates the same word ('不保存客户端的状态', '揮発しない'): the 不
or ない points at the 无 or 不 without knowing either. Notes written for the
test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import assemble
from bot.quiz.cjk_negation import negation_shown
from bot.quiz.question import Question

SERVICES = """# 服务架构

## 服务类型

- 有状态服务：服务器在内存里保存每个客户端的会话数据，扩容时需要迁移会话
- 无状态服务：服务器不保存客户端的状态，每个请求都携带处理所需的全部信息
"""


def test_a_stem_negating_the_word_gives_the_negated_choice_away() -> None:
    bank = [q for q in build_bank(parse_markdown(SERVICES, "svc.md")) if q.kind == "pair"]
    assert any(q.choices[q.answer] == "有状态服务" for q in bank), "the other line stays"
    assert not any(q.choices[q.answer] == "无状态服务" and "不保存" in q.prompt for q in bank)


def test_negation_read_before_and_after_the_word() -> None:
    assert negation_shown("服务器不保存客户端的状态", "无状态", ["有状态"])
    assert negation_shown("电源关闭后内容不会易失", "非易失", ["易失"])
    assert negation_shown("電源を切っても内容が揮発しない", "不揮発性メモリ", ["揮発性メモリ"])
    assert negation_shown("状態を持たないサーバ", "無状態", ["有状態", "共有"])
    # The plain choice asked, or the word said without a negation, or in
    # another clause than the negation, or both choices negated.
    assert not negation_shown("服务器保存客户端的状态", "有状态", ["无状态"])
    assert not negation_shown("服务器保存客户端的状态", "无状态", ["有状态"])
    assert not negation_shown("不需要迁移，状态保存在内存里", "无状态", ["有状态"])
    assert not negation_shown("服务器不保存状态", "无状态", ["非状态", "状态"])


def test_the_gate_reads_it_for_every_kind() -> None:
    made = assemble("name", sources=("s",), section="内存", topic="t", concept="c",
                    context="内存", body="下列描述对应的是哪一项？\n- 断电后内容也不会易失",
                    correct="非易失存储", wrong=("易失存储", "高速缓存", "寄存器"),
                    explanation="e", source=SourceRef(file="f.md", line=1))
    assert made == "gate: negation shown"
    kept = assemble("name", sources=("s",), section="内存", topic="t", concept="c",
                    context="内存", body="下列描述对应的是哪一项？\n- 断电后内容会丢失",
                    correct="易失存储", wrong=("非易失存储", "高速缓存", "寄存器"),
                    explanation="e", source=SourceRef(file="f.md", line=1))
    assert isinstance(kept, Question) or kept != "gate: negation shown"
