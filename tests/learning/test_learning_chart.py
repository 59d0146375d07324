"""The report chart (issue 17): the bundled Hangul font, Korean labels, red bars
for 0 %, "not asked" summarised apart, a localized title, a phone-sized PNG."""

from __future__ import annotations

import random
import re
import struct
import warnings
from pathlib import Path

import pytest

import bot.learning.chart as chart_module
from bot.core.report_view import chart_text, table
from bot.learning.chart import ChartText, bundled_font, render_chart
from bot.learning.report import AnswerRow, SectionRow, section_report

SECTIONS = [f"{i:02d} {name}" for i, name in enumerate(
    ["컴퓨팅 EC2", "스토리지 S3", "데이터베이스 RDS", "네트워킹 VPC", "보안 IAM", "모니터링",
     "서버리스 람다", "캐시", "메시징", "분석"], start=1)]  # fmt: skip
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _history() -> list[AnswerRow]:
    """A seeded week: four sections asked (one always missed), six never asked."""
    rng = random.Random(17)
    rows = [AnswerRow(section=SECTIONS[2], correct=False, member="ann", kind="daily")] * 3
    for section in SECTIONS[:2] + SECTIONS[3:4]:
        for _ in range(rng.randint(3, 9)):
            member = rng.choice(["ann", "bob", "cid"])
            rows.append(AnswerRow(section=section, correct=rng.random() < 0.7, member=member,
                                  kind="daily"))  # fmt: skip
    return rows


def _png(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height, data


def test_the_font_ships_with_a_package() -> None:
    font = bundled_font()
    assert font is not None and font.name == "NanumGothic.ttf" and font.stat().st_size > 100_000
    from matplotlib.font_manager import FontProperties, get_font

    assert get_font(font).family_name == "NanumGothic"
    assert FontProperties(fname=str(font)).get_file() == str(font)


def test_seeded_history_chart_uses_the_font_and_hangul_labels(tmp_path: Path) -> None:
    from datetime import date

    report = section_report(_history(), SECTIONS)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would be an error here
        text = chart_text("ko", date(2026, 3, 8))
        drawn = render_chart(report.rows, tmp_path / "c.png", text=text)
    assert drawn.font == bundled_font() and drawn.font is not None
    # Names, not S01 ids; the 0% section first (worst on top); asked sections only.
    assert drawn.labels[0] == "03 데이터베이스 RDS"
    assert all(_HANGUL.search(label) for label in drawn.labels)
    assert not any(re.fullmatch(r"S\d+", label) for label in drawn.labels)
    assert len(drawn.labels) == 4
    assert drawn.not_asked == tuple(SECTIONS[4:])
    width, height, _ = _png(drawn.path)
    assert width == 1200 and 600 < height < 2400  # 6 in at 200 dpi: a phone's width at 3x


def test_zero_percent_draws_a_red_bar_and_not_asked_draws_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn_bars: list[tuple[list[float], list[str]]] = []
    from matplotlib.axes import Axes

    original = Axes.barh

    def spy(self: Axes, y: object, width: list[float], *args: object, **kwargs: object) -> object:
        drawn_bars.append((list(width), list(kwargs["color"])))  # type: ignore[call-overload]
        return original(self, y, width, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Axes, "barh", spy)
    rows = [
        SectionRow(label="S01", section="캐시", answered=3, correct=0, members=2),
        SectionRow(label="S02", section="메시징", answered=0, correct=0, members=0),
        SectionRow(label="S03", section="분석", answered=4, correct=4, members=2),
    ]
    text = ChartText(title="t", axis="a", not_asked="{n}")
    drawn = render_chart(rows, tmp_path / "z.png", text=text)
    [(widths, colours)] = drawn_bars
    assert widths == [chart_module.ZERO_BAR, 100.0]  # two bars: the never-asked one has none
    assert colours[0] == "#d62728" and colours[1] != colours[0]
    assert drawn.not_asked == ("메시징",)


def test_title_and_words_follow_the_group_language(tmp_path: Path) -> None:
    from datetime import date

    on = date(2026, 3, 8)
    assert chart_text("ko", on).title == "단원별 정답률 (2026-03-08)"
    assert chart_text("en", on).title == "Accuracy by section (2026-03-08)"
    assert chart_text("en", on).not_asked.format(n=6) == "6 sections not asked yet"
    report = section_report(_history(), SECTIONS)
    ko, en = table(report, "ko"), table(report, "en")
    assert "아직 안 나온 단원 6개: 05 보안 IAM, 06 모니터링" in ko
    assert en.splitlines()[0].split() == ["acc", "right/asked", "section"]
    assert "6 sections not asked yet: 05 보안 IAM" in en
    assert ko.splitlines()[1].startswith("  0%     0/3  03 데이터베이스 RDS")


def test_without_the_font_package_labels_fall_back_to_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chart_module, "bundled_font", lambda: None)
    report = section_report(_history(), SECTIONS)
    drawn = render_chart(report.rows, tmp_path / "n.png", text=ChartText(
        title="Accuracy", axis="%", not_asked="{n} not asked"))  # fmt: skip
    assert drawn.font is None and drawn.labels[0] == "S03"


def test_chart_grows_with_sections(tmp_path: Path) -> None:
    text = ChartText(title="t", axis="a", not_asked="{n}")
    few = [SectionRow(label="S01", section="IAM", answered=3, correct=1, members=1)]
    many = [
        SectionRow(label=f"S{i:02d}", section=f"섹션 {i}", answered=i + 1, correct=i // 2,
                   members=1)
        for i in range(27)
    ]  # fmt: skip
    tall = render_chart(many, tmp_path / "m.png", text=text).path
    short = render_chart(few, tmp_path / "f.png", text=text).path
    assert _png(tall)[1] > _png(short)[1]
