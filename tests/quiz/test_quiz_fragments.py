"""Lines that need context they do not show are no clue or choice: a sentence
broken off before the noun its last words qualify, a code block's caption that
says when the code is used, a line whose pronoun object points at the line
above."""

from __future__ import annotations

from bot.notes.captions import code_caption_lines
from bot.quiz.text import leans_on_context
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
    # (an 'it' that stands for the clause after it, and 'IT' the field, are no pointers)
    assert not leans_on_context("makes it easy to scale out a web tier")
    assert not leans_on_context("IT governance sets who decides on systems")
    assert not leans_on_context("Workers organized unions to bargain with owners")
