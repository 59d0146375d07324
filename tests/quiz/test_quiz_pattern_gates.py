"""Patterns told by a cheap test before they are searched (a mark every match
holds, or the few last characters a match closing the line can take): the
gated reading must say what the pattern alone says, for every branch and
every line of the seed notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.quiz import material

CONTENT = Path(__file__).resolve().parents[2] / "content"

JUNK = ["see https://example.com", "HTTP://EXAMPLE.COM", "![diagram](a.png)", "run `ls -l`",
        "a | b", "$α = 0.125$", "\\frac{1}{2}", "H_a rises", "x_12 of them", "plain words only",
        "price $5 only", "a\\b", "snake_case_name"]
CUT_OFF = ["Use cache to", "Reasons for", "It reads the", "설정을", "キャッシュを", "索引の",
           "ものの", "it works", "읽기 전용", "Sent to\n", "見える"]


def _seed_lines() -> list[str]:
    return [line.strip() for path in sorted(CONTENT.glob("*.md"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("text", JUNK)
def test_junk_reads_as_the_pattern_does(text: str) -> None:
    assert material._junk(text) == bool(material._JUNK.search(text))


@pytest.mark.parametrize("text", CUT_OFF)
def test_cut_off_reads_as_the_pattern_does(text: str) -> None:
    assert material._cut_off(text) == bool(material._CUT_OFF.search(text))


def test_the_seed_notes_read_the_same() -> None:
    for line in _seed_lines():
        assert material._junk(line) == bool(material._JUNK.search(line)), line
        assert material._cut_off(line) == bool(material._CUT_OFF.search(line)), line


def test_every_branch_is_met() -> None:
    # (The examples reach each branch of each pattern, so a gate that missed
    # one would fail above, not only on notes that happen to hold it.)
    assert [t for t in JUNK if material._junk(t)] == [
        "see https://example.com", "![diagram](a.png)", "run `ls -l`", "a | b", "$α = 0.125$",
        "\\frac{1}{2}", "H_a rises", "x_12 of them"]
    assert [t for t in CUT_OFF if material._cut_off(t)] == [
        "Use cache to", "Reasons for", "It reads the", "설정을", "キャッシュを", "索引の", "ものの",
        "Sent to\n"]
