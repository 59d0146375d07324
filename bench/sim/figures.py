"""The issue-18 figures from simulation runs (see driver.RunResult)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from bench.sim.driver import RunResult

STAT_REASON = "wrong-choice"


@dataclass(frozen=True, kw_only=True, slots=True)
class Figures:
    misses_next_day: float  # share of misses asked again the next day (member practised)
    misses_never: float  # share of misses (before the last week) never asked again
    pick_bias: float  # points: true error of the daily pick minus the unseen pool's
    pick_bias_weak_off: float
    sections_asked: int  # distinct sections of the daily picks over the run
    sections_first_cycle: int  # … within the first 2 x sections days
    sections: int
    orphaned_cards: int
    cards: int
    retired_by_stats: int
    retired_by_stats_bad: int  # of which truly miskeyed (hidden)
    flagged: int
    flagged_bad: int
    bad_questions: int
    retention: float  # mean studied recall at the end
    retention_idle: float
    concepts_seen: float  # per member


def figures(run: RunResult, days: int) -> Figures:
    seen_on: dict[tuple[int, str], set[int]] = {}
    for a in run.asked:
        seen_on.setdefault((a.member, a.concept), set()).add(a.day)
    misses = {(a.member, a.concept, a.day) for a in run.asked if not a.correct}
    next_day = [
        (m, c, d) for m, c, d in misses if d + 1 < days and (m, d + 1) in run.practised
    ]
    back = sum(1 for m, c, d in next_day if d + 1 in seen_on[(m, c)])
    early = [(m, c, d) for m, c, d in misses if d < days - 7]
    never = sum(1 for m, c, d in early if not any(x > d for x in seen_on[(m, c)]))
    cycle = 2 * run.sections
    bias = [100 * (p.error - p.pool_error) for p in run.picks]
    bias_off = [100 * (p.error_weak_off - p.pool_error) for p in run.picks
                if p.error_weak_off is not None]  # fmt: skip
    stats_retired = {q for q, r in run.retired_reasons.items() if r.startswith(STAT_REASON)}
    members = {a.member for a in run.asked} or {0}
    return Figures(
        misses_next_day=back / len(next_day) if next_day else 0.0,
        misses_never=never / len(early) if early else 0.0,
        pick_bias=statistics.fmean(bias) if bias else 0.0,
        pick_bias_weak_off=statistics.fmean(bias_off) if bias_off else 0.0,
        sections_asked=len({p.section for p in run.picks}),
        sections_first_cycle=len({p.section for p in run.picks if p.day < cycle}),
        sections=run.sections,
        orphaned_cards=run.orphaned_cards,
        cards=run.cards,
        retired_by_stats=len(stats_retired),
        retired_by_stats_bad=len(stats_retired & run.bad_questions),
        flagged=len(run.flagged),
        flagged_bad=len(run.flagged & run.bad_questions),
        bad_questions=len(run.bad_questions),
        retention=statistics.fmean(run.retention_end),
        retention_idle=statistics.fmean(run.retention_idle),
        concepts_seen=len({(a.member, a.concept) for a in run.asked}) / len(members),
    )


def report(
    core: Sequence[Figures],
    baseline: Sequence[Figures],
    core_runs: Sequence[RunResult],
    baseline_runs: Sequence[RunResult],
) -> list[str]:
    """One line per figure, mean over seeds (min-max in brackets)."""

    def line(name: str, values: Sequence[float], fmt: str = "{:.1f}") -> str:
        low, high = fmt.format(min(values)), fmt.format(max(values))
        spread = f" [{low} to {high}]" if len(values) > 1 else ""
        return f"{name}: {fmt.format(statistics.fmean(values))}{spread}"

    pct = "{:.1%}"
    ratio = [c.retention / b.retention for c, b in zip(core, baseline, strict=True)]
    ratio_idle = [c.retention_idle / b.retention_idle for c, b in zip(core, baseline, strict=True)]
    better = []
    for c, b in zip(core_runs, baseline_runs, strict=True):
        pairs = list(zip(c.retention_end, b.retention_end, strict=True))
        better.append(sum(1 for x, y in pairs if x > y) / len(pairs))
    return [
        line("sim misses asked again the next day (member practised)",
             [f.misses_next_day for f in core], pct),
        line("sim misses never asked again (misses before the last week)",
             [f.misses_never for f in core], pct),
        line("sim daily pick harder than an unseen question, weak on (points)",
             [f.pick_bias for f in core], "{:+.1f}"),
        line("sim daily pick harder than an unseen question, weak off (points)",
             [f.pick_bias_weak_off for f in core], "{:+.1f}"),
        line(f"sim sections asked in the first cycle (2 x sections days) of {core[0].sections}",
             [f.sections_first_cycle for f in core]),
        line("sim sections asked over the run", [f.sections_asked for f in core]),
        line("sim orphaned cards (concept no longer servable)",
             [f.orphaned_cards for f in core]),
        line("sim questions retired by statistics alone", [f.retired_by_stats for f in core]),
        line("sim ... of them truly miskeyed", [f.retired_by_stats_bad for f in core]),
        line("sim questions flagged by statistics", [f.flagged for f in core]),
        line("sim ... of them truly miskeyed", [f.flagged_bad for f in core]),
        line("sim miskeyed questions in the bank (hidden)", [f.bad_questions for f in core]),
        line("sim concepts met per member", [f.concepts_seen for f in core]),
        line("sim concepts met per member, random order", [f.concepts_seen for f in baseline]),
        line("sim retention at the end (recalled concepts per member)",
             [f.retention for f in core]),
        line("sim retention at the end, random order", [f.retention for f in baseline]),
        line("sim retention vs random order at the end (x)", ratio, "{:.2f}"),
        line("sim retention vs random order after the idle days (x)", ratio_idle, "{:.2f}"),
        line("sim members retaining more than with random order", better, pct),
    ]  # fmt: skip


def oracle_report(oracle: Sequence[Figures], baseline: Sequence[Figures]) -> list[str]:
    """The reference run whose practice reads the hidden memory (driver.OracleLearner)."""
    ratio = [o.retention / b.retention for o, b in zip(oracle, baseline, strict=True)]
    idle = [o.retention_idle / b.retention_idle for o, b in zip(oracle, baseline, strict=True)]

    def line(name: str, values: Sequence[float], fmt: str) -> str:
        low, high = fmt.format(min(values)), fmt.format(max(values))
        return f"{name}: {fmt.format(statistics.fmean(values))} [{low} to {high}]"

    return [
        line("sim oracle (practice reads hidden memory): misses asked again the next day",
             [o.misses_next_day for o in oracle], "{:.1%}"),
        line("sim oracle: concepts met per member", [o.concepts_seen for o in oracle], "{:.1f}"),
        line("sim oracle: retention at the end", [o.retention for o in oracle], "{:.1f}"),
        line("sim oracle: retention vs random order at the end (x)", ratio, "{:.2f}"),
        line("sim oracle: retention vs random order after the idle days (x)", idle, "{:.2f}"),
    ]  # fmt: skip
