"""The learning-engine simulation (issue 18) at one seed; `make sim` runs six.

Run: `python -m bench.bench_learning` (or `python -m bench.sim --seeds 6`).
"""

from __future__ import annotations

from bench.sim.__main__ import main as sim_main


def main() -> None:
    sim_main(["--seeds", "1"])


if __name__ == "__main__":
    main()
