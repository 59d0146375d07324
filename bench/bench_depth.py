"""Parse time of notes that nest one list thousands of levels deep (issue 12).

Before the parser bounded depth, 500 levels raised RecursionError, 1,000 took
12 s and 5,000 did not finish in 180 s (a table-separator pattern backtracked
over each line's thousands of tabs, and every stage after the parser recursed
once per level). The file grows with the square of the depth (level k has k
tabs), so linear parsing shows as a steady time per megabyte across depths.

Run: `python -m bench.bench_depth`.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

DEPTHS = (1000, 2000, 5000)


def _notes(levels: int) -> str:
    lines = ["### Section", "1. Deep topic", "- root : the top"]
    lines += [f"{chr(9) * k}- level {k} item" for k in range(1, levels)]
    return "\n".join(lines) + "\n"


def main() -> None:
    from bot.notes.glossary import Glossary
    from bot.notes.loader import load_deck

    with tempfile.TemporaryDirectory() as tmp:
        for levels in DEPTHS:
            path = Path(tmp) / f"deep{levels}.md"
            path.write_text(_notes(levels), encoding="utf-8")
            megabytes = path.stat().st_size / 1e6
            start = time.perf_counter()
            load_deck(path, glossary=Glossary())
            seconds = time.perf_counter() - start
            print(
                f"depth {levels} load: {seconds:.2f} s ({megabytes:.1f} MB, "
                f"{seconds / megabytes:.2f} s/MB)"
            )


if __name__ == "__main__":
    main()
