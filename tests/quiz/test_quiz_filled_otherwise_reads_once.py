"""Every blank reads every line of the notes against its own: each line is
normalised once per build, not once per blank (filled_otherwise._norm is
remembered). Without it the seed bank's first build read 145,000 lines."""

from __future__ import annotations

from bot.quiz import filled_otherwise as fo


def test_each_line_is_read_once_however_many_blanks_ask() -> None:
    lines = [f"최소 보관 기간 {n}일 (규칙 {n})" for n in range(40)]
    fo._norm.cache_clear()
    for n in range(30):
        fo.filled_otherwise("최소 보관 기간 ", f"일 (규칙 {n})", lines[n], lines)
    # 40 lines plus the 30 blanks' own pieces, never 30 x 40.
    assert fo._norm.cache_info().misses <= 40 + 3 * 30


def test_a_rival_filling_is_still_found() -> None:
    lines = ["최소 보관 기간 90일", "최소 보관 기간 180일"]
    assert fo.filled_otherwise("최소 보관 기간 ", "일", lines[0], lines)
    assert not fo.filled_otherwise("최소 보관 기간 ", "일", lines[0], lines[:1])
