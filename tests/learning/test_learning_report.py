from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from bot.learning.report import (
    AnswerRow,
    SectionRow,
    chart_labels,
    render_chart,
    render_text,
    section_report,
)

SECTIONS = ["IAM", "EC2 기초", "S3 스토리지", "VPC"]


def _history() -> list[AnswerRow]:
    """A seeded history whose true numbers are counted independently below."""
    rng = random.Random(7)
    skill = {"IAM": 0.9, "EC2 기초": 0.4, "S3 스토리지": 0.7}  # VPC never asked
    rows = []
    for _ in range(300):
        section = rng.choice(list(skill))
        rows.append(
            AnswerRow(
                section=section,
                correct=rng.random() < skill[section],
                member=rng.choice(["ann", "bo", "cy"]),
                kind=rng.choice(["daily", "practice"]),
            )
        )
    return rows


def test_report_numbers_on_a_seeded_history() -> None:
    history = _history()
    report = section_report(history, SECTIONS)
    assert [r.section for r in report.rows] == SECTIONS
    assert [r.label for r in report.rows] == ["S01", "S02", "S03", "S04"]
    for row in report.rows:
        mine = [a for a in history if a.section == row.section]
        assert row.answered == len(mine)
        assert row.correct == sum(a.correct for a in mine)
        assert row.members == len({a.member for a in mine})
    assert report.answered == 300
    assert [r.section for r in report.never_asked] == ["VPC"]
    assert report.coverage == pytest.approx(0.75)
    assert report.weakest(1)[0].section == "EC2 기초"
    iam = report.rows[0]
    assert iam.accuracy is not None and 0.8 < iam.accuracy < 1.0


def test_report_filters_member_and_kind() -> None:
    history = _history()
    ann = section_report(history, SECTIONS, member="ann", kind="daily")
    expected = [a for a in history if a.member == "ann" and a.kind == "daily"]
    assert ann.answered == len(expected) > 0
    assert ann.correct == sum(a.correct for a in expected)
    assert all(r.members <= 1 for r in ann.rows)


def test_sections_gone_from_the_deck_still_listed() -> None:
    report = section_report([AnswerRow(section="Old", correct=True, member="a", kind="daily")],
                            ["New"])
    assert [(r.section, r.answered) for r in report.rows] == [("New", 0), ("Old", 1)]


def test_text_rendering() -> None:
    rows = [
        AnswerRow(section="IAM", correct=True, member="a", kind="daily"),
        AnswerRow(section="IAM", correct=False, member="b", kind="daily"),
        AnswerRow(section="EC2 기초", correct=True, member="a", kind="practice"),
    ]
    text = render_text(section_report(rows, SECTIONS))
    lines = text.splitlines()
    assert lines[1].split() == ["S01", "50%", "1/2", "IAM"]
    assert lines[2].split() == ["S02", "100%", "1/1", "EC2", "기초"]
    assert lines[3].split()[:3] == ["S03", "-", "0/0"]
    assert "overall 67% (2/3); coverage 2/4 sections" in text
    assert text.endswith("never asked: S03, S04")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert data.endswith(b"IEND\xaeB`\x82")
    return width, height


def test_chart_is_a_valid_png(tmp_path: Path) -> None:
    report = section_report(_history(), SECTIONS)
    out = render_chart(report.rows, tmp_path / "charts" / "group.png", title="주간 리포트")
    assert out == tmp_path / "charts" / "group.png"
    width, height = _png_size(out)
    assert width == 800 and height > 100


def test_chart_labels_fall_back_to_ids_without_a_hangul_font() -> None:
    rows = section_report([], SECTIONS).rows
    assert chart_labels(rows, None) == ["S01", "S02", "S03", "S04"]
    assert chart_labels(rows, "NanumGothic")[1] == "S02 EC2 기초"
    ascii_rows = section_report([], ["IAM", "VPC"]).rows
    assert chart_labels(ascii_rows, None) == ["S01 IAM", "S02 VPC"]


def test_chart_without_hangul_font_draws_no_missing_glyphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warnings

    import bot.learning.report as report_module

    monkeypatch.setattr(report_module, "_hangul_font", lambda: None)
    # savefig's own filter is lifted: any Hangul drawn in DejaVu Sans would warn.
    monkeypatch.setattr(report_module.warnings, "filterwarnings", lambda *a, **k: None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        render_chart(section_report(_history(), SECTIONS).rows, tmp_path / "x.png", title="리포트")


def test_chart_grows_with_sections(tmp_path: Path) -> None:
    few = [SectionRow(label="S01", section="IAM", answered=3, correct=1, members=1)]
    many = [
        SectionRow(label=f"S{i:02d}", section=f"섹션 {i}", answered=i, correct=i // 2, members=1)
        for i in range(27)
    ]
    assert _png_size(render_chart(many, tmp_path / "m.png"))[1] > _png_size(
        render_chart(few, tmp_path / "f.png")
    )[1]
