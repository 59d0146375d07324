"""A heading set in italics as a whole is shown without its markers."""

from __future__ import annotations

from pathlib import Path

from bot.notes.lines import unwrap_italic
from bot.notes.loader import load_deck


def test_a_heading_in_italics_loses_its_markers(tmp_path: Path) -> None:
    notes = tmp_path / "deadlock.md"
    notes.write_text(
        "# 운영체제\n\n## 데드락\n\n##### _데드락 발생 조건_\n\n"
        "- 상호 배제, 점유 대기, 비선점, 순환 대기 모두 성립해야 발생\n\n"
        "### *Recovery*\n\n- 자원을 기다리며 멈춘 상태\n",
        encoding="utf-8",
    )
    deck = load_deck(notes)
    titles = [s.title for s in deck.sections] + [t.title for s in deck.sections for t in s.topics]
    assert "데드락 발생 조건" in titles
    assert "Recovery" in titles
    assert not any("_" in t or "*" in t for t in titles)


def test_only_a_whole_title_in_one_marker_is_unwrapped() -> None:
    assert unwrap_italic("_데드락 발생 조건_") == "데드락 발생 조건"
    assert unwrap_italic("*Overview*") == "Overview"
    assert unwrap_italic("snake_case_name") == "snake_case_name"
    assert unwrap_italic("_private_value_") == "_private_value_"
    assert unwrap_italic("a * b *") == "a * b *"
    assert unwrap_italic("_x*") == "_x*"
