"""Inline text as a reader sees it: Markdown escapes resolved, emphasis
markers with no partner gone, and characters that only look like markup
(a power, a blank, a wildcard, a code span) kept as written."""

from __future__ import annotations

import pytest

from bot.notes.lines import clean_inline


@pytest.mark.parametrize(("written", "seen"), [
    ("“**Object store** / cold blobs\\*\\*” → blob tier",
     "“Object store / cold blobs” → blob tier"),
    ("an unclosed **bold phrase runs on", "an unclosed bold phrase runs on"),
    ("\\# of shards, a \\| b, \\[draft\\], my\\_table", "# of shards, a | b, [draft], my_table"),
    ("read *only the index* first", "read only the index first"),
    ("*요청을 거절*하는 정책", "요청을 거절하는 정책"),
    ("5 \\* 3 is fifteen", "5 * 3 is fifteen"),
    ("a stray ` backtick", "a stray backtick"),
    ("*******Type: Service   ************", "Type: Service"),
    ("**** 배포 순서 ****", "배포 순서"),
])
def test_markup_residue_is_no_part_of_the_text(written: str, seen: str) -> None:
    assert clean_inline(written) == seen


@pytest.mark.parametrize("written", [
    "2**10 is 1024",
    "O(___) space",
    "Allow s3:* on the bucket",
    "SELECT * FROM t WHERE a*b > 1",
    "left child at i*2 + 1, right at i*2 + 2",
    "glob *.log and *.txt",
    "keep `a\\*b` and `**kw` as code",
    "\\frac{a}{b} stays TeX",
])
def test_characters_that_only_look_like_markup_stay(written: str) -> None:
    assert clean_inline(written) == written
