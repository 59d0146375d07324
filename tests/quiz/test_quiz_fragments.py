"""Lines that need context they do not show are no clue or choice: a sentence
broken off before the noun its last words qualify, a code block's caption that
says when the code is used, a line whose pronoun object points at the line
above, a formula cut by taking its brackets for an aside, a heading's code
marks, and a symbol's definition shown without the symbol."""

from __future__ import annotations

from bot.notes import lines as L
from bot.notes.captions import code_caption_lines
from bot.quiz.symbol_labels import symbol_labels
from bot.quiz.text import leans_on_context, without_asides
from bot.quiz.whole_sentences import broken_off

# ruff: noqa: E501  (invented notes keep their long lines)


def test_a_line_ending_on_a_word_that_qualifies_the_next_is_broken_off() -> None:
    assert broken_off("もし、管理ソフトが「最も長く待っているジョブから順に実行する」という")
    assert broken_off("計算機を共有するための")
    assert broken_off("利用量による")
    # (a sentence that closes, or closes on a noun, is whole)
    assert not broken_off("管理ソフトが「最も長く待っているジョブから順に実行する」という方針をとる。")
    assert not broken_off("ジョブの予定実行時間を短く書く")


def test_a_caption_that_says_when_the_code_is_used_is_skipped() -> None:
    for caption in ("コマンドラインから直接依存関係を指定する場合。", "설정 파일로 지정하는 경우.",
                    "使用命令行部署时。", "For example.", "如下：", "To submit a chain of jobs:"):
        lines = ["# Jobs", "", "- Jobs wait in a queue until nodes are free.", "", caption, "",
                 "```sh", "submit run.sh --after 4242", "```"]
        fenced = {6, 7, 8}
        assert code_caption_lines(lines, fenced) == {4}, caption
    # (a sentence about the section above a block is a fact still)
    lines = ["依存関係を使えば、長い計算をいくつかの短いジョブに分けて順番に流せる。", "", "```sh", "x", "```"]
    assert code_caption_lines(lines, {2, 3, 4}) == set()


def test_a_subjectless_line_whose_object_is_a_pronoun_leans_on_context() -> None:
    assert leans_on_context("turned it into a national campaign for child labor laws")
    assert leans_on_context("banned them in public places")
    assert not leans_on_context("expose it on the internet")
    # (an 'it' that stands for the clause after it, and 'IT' the field, are no pointers)
    assert not leans_on_context("makes it easy to scale out a web tier")
    assert not leans_on_context("IT governance sets who decides on systems")
    assert not leans_on_context("Workers organized unions to bargain with owners")


def test_a_formula_keeps_its_brackets() -> None:
    line = r"对每一个$\mu_j$，求方程 $(B-\mu_j I)\vec{y}=0$ 的解 (基础解系)"
    assert without_asides(line) == r"对每一个$\mu_j$，求方程 $(B-\mu_j I)\vec{y}=0$ 的解"
    # (an aside around a formula goes whole; prices are no formula)
    assert without_asides(r"a rate (see $r(t)$) and $f(x)$ here") == r"a rate and $f(x)$ here"
    assert without_asides("costs $5 (list price) and $10") == "costs $5 and $10"


def test_code_marks_of_any_width_leave_a_heading() -> None:
    assert L.without_code_marks("If the fund is dear? ``XYZ`` (Some Select Fund)") == \
        "If the fund is dear? XYZ (Some Select Fund)"
    assert L.without_code_marks("The `sed` command") == "The sed command"
    assert L.without_code_marks("Plain title") == "Plain title"


def test_heading_titles_lose_code_marks() -> None:
    from bot.notes.loader import parse_markdown

    deck = parse_markdown("# Funds\n\n## Cheap ``XYZ`` fund\n\n- Tracks a broad index at low cost.\n", "f.md")
    titles = [t.title for t in deck.topics()]
    assert "Cheap XYZ fund" in titles, titles


def test_symbols_a_list_defines_are_no_options() -> None:
    symbols = ["M: any p x q matrix of reals", "W: a p x p orthogonal matrix",
               "Λ: a diagonal matrix of non-negative values", "R: a q x q orthogonal matrix"]
    assert symbol_labels(symbols) == frozenset(symbols)
    options = ["A: use a NAT gateway", "B: use VPC peering", "C: use a transit gateway"]
    assert symbol_labels(options) == frozenset()
    assert symbol_labels(["Σ: the sum of the terms"]) == frozenset(["Σ: the sum of the terms"])
    # (a word of one syllable labels an example or a note)
    assert symbol_labels(["예: 주문 테이블에 고객 주소를 함께 둔 경우", "例：注文表"]) == frozenset()


def test_a_symbols_definition_is_not_asked_as_a_name() -> None:
    from bot.notes.loader import parse_markdown
    from bot.quiz.bank import build_bank

    notes = """# 行列の分解

## 分解の種類

- 固有値分解
  - 正方行列にのみ定義される
- 特異値分解
  - A=UΣV に分けること
    - A: p x q の任意の実数行列。
      - 正方行列でなくてもよい点が固有値分解と違う
    - U: p x p の直交行列
      - 一つに決まるとは限らない
    - Σ: 対角成分が非負で大きい順に並ぶ対角行列
      - A が決まれば、必ず一つに決まる
    - V: q x q の直交行列
      - 一つに決まるとは限らない
- LU 分解
  - 下三角行列と上三角行列の積で表すこと
"""
    bank = build_bank(parse_markdown(notes, "m.md"))
    shown = [c for q in bank for c in q.choices]
    assert not any("対角行列" in c or "任意の実数行列" in c for c in shown), shown


def test_a_line_ending_on_a_verb_without_its_object_is_broken_off() -> None:
    assert broken_off("Dropping the column from the model does not eliminate")
    assert broken_off("A single replica cannot guarantee")
    # (an object written before its verb, or a verb that needs none)
    assert not broken_off("what a nightly backup cannot replace")
    assert not broken_off("A single node does not scale")
    assert not broken_off("Replication does not eliminate the need for backups")
