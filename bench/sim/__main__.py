"""`make sim`: the learning engine measured by simulation (issue 18).

    python -m bench.sim [--seeds 6] [--members 20] [--days 60] [--idle 30]

Each seed runs the real core twice on the seed deck with the same hidden
members: once as the bot picks, once with questions in random order (the
baseline for retention). Prints one line per figure: mean over seeds, with the
range over seeds in brackets.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.sim.driver import RunResult, run
from bench.sim.figures import Figures, figures, oracle_report, report
from bot.core.ports import QuestionLike

CONTENT = Path(__file__).resolve().parents[2] / "content"


def seed_bank() -> Sequence[QuestionLike]:
    from bot.notes.glossary import load_glossary
    from bot.notes.loader import load_deck
    from bot.quiz.bank import build_bank

    glossary = load_glossary(CONTENT / "glossary.yaml")
    return build_bank(load_deck(CONTENT / "aws-saa-ko.md", glossary=glossary), glossary)


async def simulate(
    seeds: Sequence[int],
    *,
    members: int,
    days: int,
    idle: int,
    baseline: bool = True,
    settings: str = "",
    oracle: bool = False,
) -> list[str]:
    questions = seed_bank()
    core: list[Figures] = []
    base: list[Figures] = []
    core_runs: list[RunResult] = []
    base_runs: list[RunResult] = []
    known: list[Figures] = []
    for seed in seeds:
        policies = [("core", core, core_runs), ("random", base, base_runs)][: 2 if baseline else 1]
        if oracle:
            policies.append(("oracle", known, []))
        for policy, figs, runs in policies:
            result = await run(
                questions, seed, members=members, days=days, idle_days=idle, policy=policy,
                settings_args=settings,
            )
            runs.append(result)
            figs.append(figures(result, days))
    if not baseline:  # tuning: the random order does not change with the engine
        base, base_runs = core, core_runs
    lines = report(core, base, core_runs, base_runs)
    if known:
        lines += oracle_report(known, base)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sim", description=__doc__)
    parser.add_argument("--seeds", type=int, default=6)
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--idle", type=int, default=30)
    parser.add_argument(
        "--set", action="append", default=[], metavar="MODULE.NAME=VALUE",
        help="try another constant, e.g. bot.learning.practice.NEW_PER_DAY=3",
    )  # fmt: skip
    parser.add_argument(
        "--settings", default="", metavar="ARGS",
        help="the group's `settings` command arguments, e.g. 'new 5' or 'weak off'",
    )  # fmt: skip
    parser.add_argument(
        "--oracle", action="store_true",
        help="also run practice that reads the members' hidden memory (a reference: what"
        " timing and choice can buy when memory is known, a reference for the engine)",
    )  # fmt: skip
    parser.add_argument(
        "--no-baseline", action="store_true",
        help="skip the random-order runs (tuning; ratios then read 1.00)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    for assignment in args.set:
        _override(assignment)
    started = time.perf_counter()
    lines = asyncio.run(
        simulate(
            range(1, args.seeds + 1), members=args.members, days=args.days, idle=args.idle,
            baseline=not args.no_baseline, settings=args.settings, oracle=args.oracle,
        )
    )
    print(f"sim: {args.seeds} seeds x {args.members} members x {args.days} days, seed deck")
    for text in lines:
        print(text)
    print(f"sim wall time: {time.perf_counter() - started:.0f} s")
    return 0


def _override(assignment: str) -> None:
    """Set a module constant for this run (tuning: every variant measured alike)."""
    import importlib

    target, _, text = assignment.partition("=")
    module_name, _, name = target.rpartition(".")
    module = importlib.import_module(module_name)
    old = getattr(module, name)
    value = text.lower() in {"1", "true", "on", "yes"} if isinstance(old, bool) else type(old)(text)
    setattr(module, name, value)
    print(f"sim: {target} = {getattr(module, name)!r} (was {old!r})")


if __name__ == "__main__":
    sys.exit(main())
