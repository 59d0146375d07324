"""Run every bench/bench_*.py module's `main()`; each prints one line per figure.

`python -m bench [--scale F] [--only NAME,...]`: F shrinks (or grows) the large
sizes (bench/sizes.py); `--only fanout,postgres` runs those modules alone. Both
engines run in one run: SQLite always, PostgreSQL when its server answers
(bench_postgres says where it looked). The machine's load average is printed
before and after: these machines are shared.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import platform
import sqlite3
import sys
from pathlib import Path

from bench import sizes


def _options(argv: list[str]) -> tuple[float | None, set[str]]:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--scale", type=float, help="multiply the large sizes (default 1)")
    parser.add_argument("--only", default="", help="comma-separated modules, e.g. fanout,postgres")
    args = parser.parse_args(argv)
    if args.scale is not None and args.scale <= 0:
        parser.error("--scale must be above 0")
    only = {f"bench_{n.strip().removeprefix('bench_')}" for n in args.only.split(",") if n.strip()}
    return args.scale, only


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def main(argv: list[str] | None = None) -> int:
    scale, only = _options(sys.argv[1:] if argv is None else argv)
    if scale is not None:
        os.environ[sizes.ENV] = str(scale)  # read by each module, and by their child processes
    here = Path(__file__).resolve().parent
    if str(here.parent) not in sys.path:
        sys.path.insert(0, str(here.parent))
    print(
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.machine()};"
        f" {_load()}; size scale {sizes.scale():g}"
    )
    failed = 0
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (only and info.name not in only):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        try:
            module.main()
        except Exception as exc:  # one broken bench must not hide the others
            failed += 1
            print(f"{info.name}: FAILED {type(exc).__name__}: {exc}")
    print(f"done; {_load()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
