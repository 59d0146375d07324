"""Lookup benchmark: deck load + index time, and query latency (median, p99).

Queries: the public eval set (../shared/eval/lookup-public.tsv) when it is
there, else tests/data/lookup-extra.tsv. Each query runs REPEAT times after one
warm-up pass; the figures are over all runs. Targets: load+index < 300 ms,
p99 < 2 ms.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The eval set sits next to the repository (../shared); a worktree is one level deeper.
QUERY_FILES = (
    *(up / "shared" / "eval" / "lookup-public.tsv" for up in ROOT.parents[:2]),
    ROOT / "tests" / "data" / "lookup-extra.tsv",
)
DECK = ROOT / "content"
LOADS = 5
REPEAT = 20


def _queries() -> tuple[Path, list[str]]:
    for path in QUERY_FILES:
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            return path, [ln.split("\t", 1)[0] for ln in lines if ln.strip() and ln[0] != "#"]
    raise FileNotFoundError("no lookup query file found")


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main() -> None:
    from bot.notes.glossary import load_glossary
    from bot.notes.loader import GLOSSARY_NAME, load_deck
    from bot.notes.lookup import LookupIndex

    loads: list[float] = []
    load_cpu: list[float] = []
    index = None
    for _ in range(LOADS):
        start, start_cpu = time.perf_counter(), time.process_time()
        glossary = load_glossary(DECK / GLOSSARY_NAME)
        index = LookupIndex.build(load_deck(DECK, glossary=glossary), glossary)
        load_cpu.append((time.process_time() - start_cpu) * 1000)
        loads.append((time.perf_counter() - start) * 1000)
    assert index is not None
    source, queries = _queries()
    for q in queries:  # warm-up: lazy imports, fuzzy vocabulary
        index.search(q)
    times: list[float] = []
    cpu: list[float] = []  # this thread's CPU time: what a busy machine does not inflate
    for _ in range(REPEAT):
        for q in queries:
            start, start_cpu = time.perf_counter(), time.thread_time()
            index.search(q)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            times.append((time.perf_counter() - start) * 1000)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"lookup load+index first run: {loads[0]:.1f} ms, cpu {load_cpu[0]:.1f} ms "
        f"(deck {DECK.name}/, glossary included)"
    )
    print(
        f"lookup load+index median: {statistics.median(loads):.1f} ms, "
        f"cpu {statistics.median(load_cpu):.1f} ms (of {LOADS} runs)"
    )
    n = f"{len(queries)} queries from {source.name} x {REPEAT}"
    print(f"lookup query median: {statistics.median(times):.3f} ms ({n})")
    print(f"lookup query p99: {_p99(times):.3f} ms, cpu {_p99(cpu):.3f} ms ({n})")


if __name__ == "__main__":
    main()
