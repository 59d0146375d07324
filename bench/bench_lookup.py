"""Lookup benchmark: deck load + index time, and query latency (median, p99).

Queries: the public eval set (../shared/eval/lookup-public.tsv) when it is
there, else tests/data/lookup-extra.tsv. Each query runs REPEAT times after one
warm-up pass; the figures are over all runs. Targets: load+index < 300 ms,
p99 < 2 ms.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY_FILES = (
    ROOT.parent / "shared" / "eval" / "lookup-public.tsv",
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
    index = None
    for _ in range(LOADS):
        start = time.perf_counter()
        glossary = load_glossary(DECK / GLOSSARY_NAME)
        index = LookupIndex.build(load_deck(DECK, glossary=glossary), glossary)
        loads.append((time.perf_counter() - start) * 1000)
    assert index is not None
    source, queries = _queries()
    for q in queries:  # warm-up: lazy imports, fuzzy vocabulary
        index.search(q)
    times: list[float] = []
    for _ in range(REPEAT):
        for q in queries:
            start = time.perf_counter()
            index.search(q)
            times.append((time.perf_counter() - start) * 1000)
    print(f"lookup load+index first run: {loads[0]:.1f} ms (deck {DECK.name}/, glossary included)")
    print(f"lookup load+index median: {statistics.median(loads):.1f} ms (of {LOADS} runs)")
    n = f"{len(queries)} queries from {source.name} x {REPEAT}"
    print(f"lookup query median: {statistics.median(times):.3f} ms ({n})")
    print(f"lookup query p99: {_p99(times):.3f} ms ({n})")


if __name__ == "__main__":
    main()
