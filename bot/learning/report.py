"""Weak spots: per-section accuracy and coverage, as a table, text and a PNG chart.

Sections get short ASCII ids (S01, S02, … in deck order). The chart labels its
bars with section names only when a font with Hangul is installed (matplotlib's
default DejaVu Sans has none, and would draw empty boxes plus a warning per
glyph); otherwise it uses the ids, and the text table, which always carries
both, is the legend.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Families known to carry Hangul, most common first (Linux packages, macOS, Windows).
_HANGUL_FAMILIES = (
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "NanumGothic",
    "Nanum Gothic",
    "Apple SD Gothic Neo",
    "AppleGothic",
    "Malgun Gothic",
    "UnDotum",
    "Baekmuk Gulim",
    "Source Han Sans KR",
)


@dataclass(frozen=True, kw_only=True, slots=True)
class AnswerRow:
    """One recorded answer, as the store reads it (answers joined with questions)."""

    section: str
    correct: bool
    member: str
    kind: str  # "daily" or "practice"


@dataclass(frozen=True, kw_only=True, slots=True)
class SectionRow:
    label: str  # short ASCII id, S01…
    section: str
    answered: int
    correct: int
    members: int  # distinct members who answered here

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answered if self.answered else None


@dataclass(frozen=True, kw_only=True, slots=True)
class SectionReport:
    rows: tuple[SectionRow, ...]  # deck order; sections no longer in the deck last

    @property
    def answered(self) -> int:
        return sum(r.answered for r in self.rows)

    @property
    def correct(self) -> int:
        return sum(r.correct for r in self.rows)

    @property
    def never_asked(self) -> tuple[SectionRow, ...]:
        return tuple(r for r in self.rows if r.answered == 0)

    @property
    def coverage(self) -> float:
        """Share of sections with at least one answer."""
        return (len(self.rows) - len(self.never_asked)) / len(self.rows) if self.rows else 0.0

    def weakest(self, n: int = 3) -> tuple[SectionRow, ...]:
        asked = [r for r in self.rows if r.answered]
        return tuple(sorted(asked, key=lambda r: (r.correct / r.answered, -r.answered))[:n])


def section_report(
    answers: Iterable[AnswerRow],
    sections: Sequence[str],
    *,
    member: str | None = None,
    kind: str | None = None,
) -> SectionReport:
    """Per-section tallies over `answers`, optionally for one member or one kind.
    Every deck section gets a row (zero answers = never asked)."""
    order = list(dict.fromkeys(sections))
    answered: dict[str, int] = {}
    correct: dict[str, int] = {}
    who: dict[str, set[str]] = {}
    for a in answers:
        if (member is not None and a.member != member) or (kind is not None and a.kind != kind):
            continue
        answered[a.section] = answered.get(a.section, 0) + 1
        correct[a.section] = correct.get(a.section, 0) + int(a.correct)
        who.setdefault(a.section, set()).add(a.member)
        if a.section not in order:
            order.append(a.section)
    width = max(2, len(str(len(order))))
    return SectionReport(
        rows=tuple(
            SectionRow(
                label=f"S{i:0{width}d}",
                section=s,
                answered=answered.get(s, 0),
                correct=correct.get(s, 0),
                members=len(who.get(s, ())),
            )
            for i, s in enumerate(order, start=1)
        )
    )


def render_text(report: SectionReport) -> str:
    """A fixed-width table (names last, so wide Hangul does not break columns)."""
    lines = [f"{'id':<4} {'acc':>4} {'right/asked':>11}  section"]
    for r in report.rows:
        acc = f"{round(100 * r.accuracy):>3}%" if r.accuracy is not None else "   -"
        lines.append(f"{r.label:<4} {acc} {f'{r.correct}/{r.answered}':>11}  {r.section}")
    asked = len(report.rows) - len(report.never_asked)
    overall = f"{round(100 * report.correct / report.answered)}%" if report.answered else "-"
    lines.append(
        f"overall {overall} ({report.correct}/{report.answered}); "
        f"coverage {asked}/{len(report.rows)} sections"
    )
    if report.never_asked:
        lines.append("never asked: " + ", ".join(r.label for r in report.never_asked))
    return "\n".join(lines)


def render_chart(rows: Sequence[SectionRow], path: str | Path, *, title: str = "") -> Path:
    """Write a horizontal bar chart of accuracy per section to `path` (PNG).
    Never-asked sections show an empty, marked bar. Returns the path written."""
    # Imported here: matplotlib costs ~0.3 s and is needed only by admin reports.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    out = Path(path)
    font = _hangul_font()
    labels = chart_labels(rows, font)
    values = [100 * r.accuracy if r.accuracy is not None else 0.0 for r in rows]
    # Never-asked sections get a pale full-width bar so they do not read as 0 %.
    lengths = [v if r.answered else 100.0 for v, r in zip(values, rows, strict=True)]
    colors = [_colour(r.accuracy) for r in rows]

    fig = Figure(figsize=(8, 1.2 + 0.32 * max(1, len(rows))), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    positions = list(range(len(rows)))
    ax.barh(positions, lengths, color=colors)
    ax.set_yticks(positions, labels, fontfamily=[font] if font else None)
    ax.invert_yaxis()  # deck order top to bottom
    ax.set_xlim(0, 110)
    ax.set_xlabel("accuracy (%)")
    if title:
        ax.set_title(title if title.isascii() or font else "Section accuracy")
    for y, r in zip(positions, rows, strict=True):
        note = f"{r.correct}/{r.answered}" if r.answered else "not asked"
        ax.text(values[y] + 1, y, note, va="center", fontsize=8)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        # Belt and braces: a missing glyph must not spam the log once per character.
        warnings.filterwarnings("ignore", message="Glyph .* missing")
        fig.savefig(out, format="png")
    return out


def chart_labels(rows: Sequence[SectionRow], hangul_font: str | None) -> list[str]:
    """Bar labels: "S01 name" when the names can be drawn, else the ids alone."""
    if hangul_font is None and not all(r.section.isascii() for r in rows):
        return [r.label for r in rows]
    return [f"{r.label} {_short(r.section)}" for r in rows]


def _hangul_font() -> str | None:
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in _HANGUL_FAMILIES if name in installed), None)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _colour(accuracy: float | None) -> str:
    if accuracy is None:
        return "#eeeeee"
    if accuracy < 0.5:
        return "#d9534f"
    if accuracy < 0.75:
        return "#f0ad4e"
    return "#5cb85c"
