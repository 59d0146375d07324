"""Bench sizes: the issues' figures by default; `python -m bench --scale 0.1`
(`make bench SCALE=0.1`, or STUDYBOT_BENCH_SCALE) shrinks the large ones
(groups in a fan-out, answers under a leaderboard) for a quick run. Each
figure's line says the size it was measured at."""

from __future__ import annotations

import os

ENV = "STUDYBOT_BENCH_SCALE"


def scale() -> float:
    try:
        value = float(os.environ.get(ENV, "1"))
    except ValueError:
        return 1.0
    return value if value > 0 else 1.0


def scaled(n: int, minimum: int = 1) -> int:
    return max(minimum, round(n * scale()))
