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
from bench.sim.figures import Figures, figures, report
from bot.core.ports import QuestionLike

CONTENT = Path(__file__).resolve().parents[2] / "content"


def seed_bank() -> Sequence[QuestionLike]:
    from bot.notes.glossary import load_glossary
    from bot.notes.loader import load_deck
    from bot.quiz.bank import build_bank

    glossary = load_glossary(CONTENT / "glossary.yaml")
    return build_bank(load_deck(CONTENT / "aws-saa-ko.md", glossary=glossary), glossary)


async def simulate(
    seeds: Sequence[int], *, members: int, days: int, idle: int
) -> list[str]:
    questions = seed_bank()
    core: list[Figures] = []
    base: list[Figures] = []
    core_runs: list[RunResult] = []
    base_runs: list[RunResult] = []
    for seed in seeds:
        for policy, figs, runs in (("core", core, core_runs), ("random", base, base_runs)):
            result = await run(
                questions, seed, members=members, days=days, idle_days=idle, policy=policy
            )
            runs.append(result)
            figs.append(figures(result, days))
    return report(core, base, core_runs, base_runs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sim", description=__doc__)
    parser.add_argument("--seeds", type=int, default=6)
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--idle", type=int, default=30)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    lines = asyncio.run(
        simulate(range(1, args.seeds + 1), members=args.members, days=args.days, idle=args.idle)
    )
    print(f"sim: {args.seeds} seeds x {args.members} members x {args.days} days, seed deck")
    for text in lines:
        print(text)
    print(f"sim wall time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
