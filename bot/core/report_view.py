"""The admin report in the group's language: a fixed-width table of the sections
with answers (worst first), the sections never asked summarised apart, and the
chart's words (bot.learning.chart draws it)."""

from __future__ import annotations

from datetime import date

from bot.core.messages import t
from bot.learning.chart import ChartText, bar_rows
from bot.learning.report import SectionReport

MAX_NOT_ASKED = 12  # names listed in the text; the rest as "… (n more)"


def table(report: SectionReport, lang: str) -> str:
    """Accuracy and right/asked per asked section, names last (wide Hangul does
    not break the columns), then the overall line and the never-asked summary."""
    lines = [t(lang, "report.header")]
    for r in bar_rows(report.rows):
        acc = f"{round(100 * r.correct / r.answered):>3}%"
        lines.append(f"{acc} {f'{r.correct}/{r.answered}':>7}  {r.section}")
    asked = len(report.rows) - len(report.never_asked)
    overall = f"{round(100 * report.correct / report.answered)}%" if report.answered else "-"
    lines.append(
        t(
            lang,
            "report.overall",
            overall=overall,
            right=report.correct,
            answered=report.answered,
            asked=asked,
            sections=len(report.rows),
        )
    )
    never = [r.section for r in report.never_asked]
    if never:
        shown = ", ".join(never[:MAX_NOT_ASKED])
        if len(never) > MAX_NOT_ASKED:
            shown += " " + t(lang, "report.more", n=len(never) - MAX_NOT_ASKED)
        lines.append(t(lang, "report.not_asked", n=len(never), names=shown))
    return "\n".join(lines)


def chart_text(lang: str, on: date) -> ChartText:
    return ChartText(
        title=t(lang, "report.chart_title", date=on.isoformat()),
        axis=t(lang, "report.axis"),
        not_asked=t(lang, "report.chart_not_asked"),
    )
