"""Crash safety: kill -9 the bot at random moments while members answer and the
scheduler posts (crash_driver.py), restart it, and check the SQLite file itself.

After every kill:
- every answer a member was told was counted is stored, with that choice; every
  "already answered" quoted the stored choice (nothing acknowledged is lost);
- one answer per member per post, and the board totals (scores) equal the
  answers (nothing counted twice);
- one post per group per local date;
- no group skips a local date (a due post is never lost for good).
At the end (a clean run): every group has a post for every local date from its
schedule's first slot to the last one due, and every post reached the adapters.

The default suite kills 5 times; `make soak` kills 60 times.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from bot.core.clock import latest_slot, local_date, safe_zone, slot

DRIVER = Path(__file__).with_name("crash_driver.py")
ENDLESS = 100_000  # kill runs are told to go on "for ever"


@dataclass
class Ledger:
    """What members were told, read from the driver's log (complete lines only)."""

    counted: dict[tuple[int, str], int] = field(default_factory=dict)
    quoted: list[tuple[int, str, int]] = field(default_factory=list)
    odd: list[str] = field(default_factory=list)
    lines_read: int = 0
    done: bool = False

    def read(self, log: Path) -> None:
        if not log.exists():
            return
        text = log.read_text(encoding="utf-8", errors="replace")
        lines = text.split("\n")[:-1]  # a line cut by the kill has no newline yet
        for line in lines[self.lines_read :]:
            parts = line.split()
            if not parts or parts[0] != "ACK":
                self.done = self.done or line == "DONE"
                continue
            post, user, state, choice = int(parts[1]), parts[2], parts[3], int(parts[4])
            if state == "new":
                assert (post, user) not in self.counted, f"counted twice: {line}"
                self.counted[(post, user)] = choice
            elif state == "already":
                self.quoted.append((post, user, choice))
            elif state != "closed":
                self.odd.append(line)
        self.lines_read = len(lines)


def _check(db: Path, ledger: Ledger) -> dict[str, object]:
    conn = sqlite3.connect(db)  # recovers the WAL the killed process left
    try:
        stored = {
            (int(p), u): int(c)
            for p, u, c in conn.execute(
                "SELECT a.post_id, m.user_id, a.choice FROM answers a"
                " JOIN members m ON m.id = a.member_id WHERE a.kind = 'daily'"
            )
        }
        lost = {k: v for k, v in ledger.counted.items() if stored.get(k) != v}
        assert not lost, f"{len(lost)} acknowledged answers lost or changed, e.g. {list(lost)[:3]}"
        misquoted = [(p, u, c) for p, u, c in ledger.quoted if stored.get((p, u)) != c]
        assert not misquoted, f"'already answered' quoted a choice not stored: {misquoted[:3]}"
        assert not ledger.odd, f"members got unexpected replies: {ledger.odd[:3]}"
        twice = conn.execute(
            "SELECT post_id, member_id, COUNT(*) FROM answers WHERE post_id IS NOT NULL"
            " GROUP BY 1, 2 HAVING COUNT(*) > 1"
        ).fetchall()
        assert not twice, f"answers stored twice: {twice[:3]}"
        for period, like in (
            ("'all'", "all"),
            ("'W' || date(local_date, 'weekday 0', '-6 days')", "W%"),
            ("'M' || substr(local_date, 1, 7)", "M%"),
        ):
            wrong = conn.execute(
                "SELECT COUNT(*) FROM (SELECT group_id, member_id, p, COUNT(*) AS n,"
                f" SUM(points) AS pts FROM (SELECT *, {period} AS p FROM answers"
                " WHERE kind = 'daily') GROUP BY 1, 2, 3) a"
                " FULL JOIN (SELECT * FROM scores WHERE period LIKE ?) s"
                " ON s.group_id = a.group_id AND s.member_id = a.member_id AND s.period = a.p"
                " WHERE a.n IS NOT s.answered OR a.pts IS NOT s.points",
                (like,),
            ).fetchone()[0]
            assert wrong == 0, f"{wrong} board totals differ from the answers ({period})"
        double = conn.execute(
            "SELECT group_id, local_date FROM daily_posts GROUP BY 1, 2 HAVING COUNT(*) > 1"
        ).fetchall()
        assert not double, f"two posts for one local date: {double[:3]}"
        days: dict[int, list[date]] = defaultdict(list)
        for group_id, day in conn.execute(
            "SELECT group_id, local_date FROM daily_posts ORDER BY group_id, local_date"
        ):
            days[int(group_id)].append(date.fromisoformat(day))
        for group_id, dates in days.items():
            gaps = [d for d, e in pairwise(dates) if (e - d).days != 1]
            assert not gaps, f"group {group_id} has no post after {gaps[:3]}"
        groups = conn.execute(
            "SELECT id, post_time, timezone, scheduled_since FROM groups WHERE scheduled = 1"
        ).fetchall()
        undelivered = conn.execute(
            "SELECT COUNT(*) FROM daily_posts WHERE delivered = 0"
        ).fetchone()[0]
        answers = len(stored)
    finally:
        conn.close()
    return {"days": days, "groups": groups, "undelivered": undelivered, "answers": answers}


def _final_coverage(state: dict[str, object], end: datetime) -> None:
    """Every group has a post for every local date from its first slot to the last due."""
    days: dict[int, list[date]] = state["days"]  # type: ignore[assignment]
    groups: list[tuple[int, str, str, str]] = state["groups"]  # type: ignore[assignment]
    assert groups
    for group_id, post_time, zone_name, since_text in groups:
        tz = safe_zone(zone_name)
        at = datetime.strptime(post_time, "%H:%M").time()
        since = datetime.fromisoformat(since_text)
        first = local_date(since, tz)
        if slot(first, at, tz) < since:
            first += timedelta(days=1)
        last, _ = latest_slot(end, at, tz)
        want = [first + timedelta(days=k) for k in range((last - first).days + 1)]
        assert days.get(group_id, []) == want, f"group {group_id}: posts missing or extra"


def _driver(db: Path, log: Path, end_day: int, seed: int, err: Path) -> subprocess.Popen[bytes]:
    with err.open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, str(DRIVER), str(db), str(log), str(end_day), str(seed)],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


def _readies(log: Path) -> int:
    return log.read_text(encoding="utf-8", errors="replace").count("READY") if log.exists() else 0


def _wait_ready(proc: subprocess.Popen[bytes], log: Path, before: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and _readies(log) <= before:
        time.sleep(0.05)


def crash_and_check(folder: Path, kills: int, seed: int) -> tuple[Ledger, dict[str, object]]:
    db, log, err = folder / "bot.db", folder / "driver.log", folder / "driver.err"
    rng = random.Random(seed)
    ledger = Ledger()
    for run in range(kills):
        ready = _readies(log)
        proc = _driver(db, log, ENDLESS, seed * 1000 + run, err)
        # Odd runs die during start-up, even ones under load: the random delay
        # counts from the driver being ready, so a busy machine (slow imports)
        # cannot turn every kill into a kill before the first answer.
        if run % 2 == 0:
            _wait_ready(proc, log, ready)
        try:
            proc.wait(timeout=rng.uniform(0.2, 2.5))
        except subprocess.TimeoutExpired:
            proc.kill()  # SIGKILL: no cleanup, no close, whatever it was doing
        code = proc.wait(timeout=30)
        assert code in (-9, 0), f"driver failed (exit {code}):\n{err.read_text()[-3000:]}"
        ledger.read(log)
        _check(db, ledger)
    # A clean run that plays one more day and stops: catch-up after the last kill.
    conn = sqlite3.connect(db)
    latest = conn.execute("SELECT MAX(posted_at) FROM daily_posts").fetchone()[0]
    conn.close()
    start = datetime.fromisoformat("2026-03-01T12:00:00+00:00")
    reached = 0 if latest is None else (datetime.fromisoformat(latest) - start).days + 1
    proc = _driver(db, log, reached + 1, seed * 1000 + kills, err)
    assert proc.wait(timeout=120) == 0, err.read_text()[-3000:]
    ledger.read(log)
    assert ledger.done, "the last run did not finish"
    state = _check(db, ledger)
    _final_coverage(state, start + timedelta(days=reached + 1))
    assert state["undelivered"] == 0, f"{state['undelivered']} posts never reached the adapters"
    text = log.read_text(encoding="utf-8", errors="replace")
    days: dict[int, list[date]] = state["days"]  # type: ignore[assignment]
    print(  # shown with `pytest -s`: what the kills hit
        f"crash summary: {kills} kills, {kills + 1 - text.count('READY')} of them before ready,"
        f" {len(ledger.counted):,} answers acknowledged, {state['answers']:,} stored,"
        f" {sum(len(d) for d in days.values()):,} posts over {reached + 1} days"
    )
    return ledger, state


@pytest.mark.timeout(120)
def test_kill_9_five_times_under_load_loses_and_doubles_nothing(tmp_path: Path) -> None:
    ledger, state = crash_and_check(tmp_path, kills=5, seed=5)
    assert len(ledger.counted) > 100 and state["answers"] >= len(ledger.counted)


@pytest.mark.soak
@pytest.mark.timeout(900)
def test_kill_9_sixty_times_under_load_loses_and_doubles_nothing(tmp_path: Path) -> None:
    ledger, state = crash_and_check(tmp_path, kills=60, seed=60)
    assert len(ledger.counted) > 1000 and state["answers"] >= len(ledger.counted)
