"""The admin report's chart: accuracy per section as a PNG readable on a phone.

Labels are the section names, drawn with the NanumGothic font that the
`koreanize-matplotlib` package ships (found on disk without importing the
package, whose import would change matplotlib's global settings). Only sections
with answers get a bar, worst first; a 0 % section gets a short red bar so the
sections that need attention most are the most visible. Sections never asked
are summarised under the bars (a count and their names), not drawn as bars.
The caller passes every word (`ChartText`), so the chart speaks the group's
language and this module needs no catalogue.
"""

from __future__ import annotations

import importlib.util
import textwrap
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.learning.report import SectionRow

FONT_PACKAGE = "koreanize_matplotlib"
FONT_FILE = "NanumGothic.ttf"
WIDTH_IN = 6.0  # at DPI 200: 1200 px wide, a phone screen's width at 3x
DPI = 200
ZERO_BAR = 2.0  # % drawn for a 0 % section: visible, clearly short
_RED, _AMBER, _GREEN = "#d62728", "#f0ad4e", "#2ca02c"


@dataclass(frozen=True, kw_only=True, slots=True)
class ChartText:
    """The chart's words in the group's language."""

    title: str
    axis: str  # e.g. "정답률 (%)"
    not_asked: str  # a heading with {n}, e.g. "아직 안 나온 단원 {n}개"


@dataclass(frozen=True, kw_only=True, slots=True)
class Chart:
    path: Path
    font: Path | None  # the font file the labels were drawn with
    labels: tuple[str, ...]  # bar labels, top to bottom
    not_asked: tuple[str, ...]  # sections summarised under the bars


@cache
def bundled_font() -> Path | None:
    """NanumGothic from the installed font package, or None when it is missing."""
    spec = importlib.util.find_spec(FONT_PACKAGE)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "fonts" / FONT_FILE
        if candidate.is_file():
            return candidate
    return None


def bar_rows(rows: Sequence[SectionRow]) -> list[SectionRow]:
    """Asked sections, worst first (more answers first among equals)."""
    asked = [r for r in rows if r.answered]
    return sorted(asked, key=lambda r: (r.correct / r.answered, -r.answered, r.label))


def render_chart(rows: Sequence[SectionRow], path: str | Path, *, text: ChartText) -> Chart:
    """Write the chart of `rows` to `path` (PNG) and say what was drawn."""
    # Imported here: matplotlib costs ~0.3 s and is needed only by admin reports.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    font = bundled_font()
    props = FontProperties(fname=str(font), size=11) if font else FontProperties(size=11)
    small = FontProperties(fname=str(font), size=9) if font else FontProperties(size=9)
    bars = bar_rows(rows)
    never = [r.section for r in rows if not r.answered]
    labels = [_label(r.section, font is not None, r.label) for r in bars]
    note = _not_asked_note(never, text.not_asked)
    note_lines = note.count("\n") + 1 if note else 0
    height = 1.4 + 0.42 * max(1, len(bars)) + 0.2 * note_lines

    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    positions = list(range(len(bars)))
    values = [100 * r.correct / r.answered for r in bars]
    ax.barh(
        positions,
        [max(v, ZERO_BAR) for v in values],
        color=[_colour(v) for v in values],
        height=0.7,
    )
    ax.set_yticks(positions, labels)
    for tick in ax.get_yticklabels():
        tick.set_fontproperties(props)
    ax.invert_yaxis()  # worst on top
    ax.set_xlim(0, 118)
    ax.set_xlabel(text.axis, fontproperties=small)
    ax.set_title(text.title, fontproperties=props, loc="left")
    for y, (v, r) in enumerate(zip(values, bars, strict=True)):
        ax.text(
            max(v, ZERO_BAR) + 1.5, y, f"{round(v)}% ({r.correct}/{r.answered})",
            va="center", fontproperties=small,
        )  # fmt: skip
    ax.spines[["top", "right"]].set_visible(False)
    if note:
        fig.text(0.02, 0.01, note, fontproperties=small, va="bottom", ha="left", wrap=True)
    bottom = min(0.6, (0.25 + 0.2 * note_lines) / height) if note else 0.1
    fig.tight_layout(rect=(0, bottom, 1, 1))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        # Without the font (package missing) a glyph warning per character would flood the log.
        warnings.filterwarnings("ignore", message="Glyph .* missing")
        fig.savefig(out, format="png")
    return Chart(path=out, font=font, labels=tuple(labels), not_asked=tuple(never))


def _label(section: str, can_draw_hangul: bool, fallback: str, limit: int = 22) -> str:
    if not can_draw_hangul and not section.isascii():
        return fallback  # S01: the table beside the chart names it
    return section if len(section) <= limit else section[: limit - 1] + "…"


def _not_asked_note(sections: Sequence[str], heading: str) -> str:
    if not sections:
        return ""
    names = ", ".join(sections)
    body = textwrap.fill(names, width=60, max_lines=4, placeholder=" …")
    return heading.format(n=len(sections)) + "\n" + body


def _colour(percent: float) -> str:
    if percent < 50:
        return _RED
    if percent < 75:
        return _AMBER
    return _GREEN
