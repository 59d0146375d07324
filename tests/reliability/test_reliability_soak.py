"""Soak (`make soak`): three bot processes on one PostgreSQL database, one of
them killed with kill -9 at random 30 times under load and restarted.

Checked afterwards: every answer a member was told was counted is stored, with
its choice, once; "already answered" quoted the stored choice; every group has
exactly one post for every local day from its first slot to the last one due,
and the platform shows one message per post (resends after a kill carry the
same nonce). The figures are printed (run with -s to see them).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path

import pytest
from soak_driver import GROUPS, START, ZONES, group_ref

from bot.core.clock import latest_slot, local_date, safe_zone, slot
from bot.core.records import GroupDefaults
from bot.storage import open_store

DRIVER = Path(__file__).with_name("soak_driver.py")
TESTS = Path(__file__).resolve().parents[1]
PROCESSES = 3
KILLS = 30
# One simulated day every 20 s: on a loaded 2-core machine a process's round
# (catch-up plus clicks) can take seconds, and a day's window must outlast it.
SPEED = 86_400 / 20


async def _seed(url: str) -> None:
    store = await open_store(url)
    try:
        for i in range(GROUPS):
            settings = await store.ensure_group(group_ref(i), GroupDefaults(language="en"))
            await store.save_group(
                replace(settings, scheduled=True, post_time=dtime(9, 0), language="en",
                        timezone=ZONES[i % len(ZONES)], scheduled_since=START)
            )  # fmt: skip
    finally:
        await store.close()


async def _rows(url: str, sql: str) -> list[tuple[object, ...]]:
    store = await open_store(url)
    try:
        return [tuple(r) for r in await store.db.fetchall(sql)]
    finally:
        await store.close()


def _start(url: str, folder: Path, n: int, seed: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)])}
    with (folder / f"err{n}").open("ab") as err:
        return subprocess.Popen(
            [sys.executable, str(DRIVER), url, str(folder / f"acks{n}"),
             str(folder / "platform"), str(folder / "t0"), str(SPEED), str(seed)],
            stdout=subprocess.DEVNULL, stderr=err, env=env,
        )  # fmt: skip


def _ready(folder: Path, n: int) -> bool:
    path = folder / f"acks{n}"
    return path.exists() and "READY" in path.read_text(encoding="utf-8")


def _acks(folder: Path) -> list[list[str]]:
    out = []
    for n in range(PROCESSES):
        path = folder / f"acks{n}"
        if path.exists():
            lines = path.read_text(encoding="utf-8").split("\n")[:-1]  # cut by a kill: dropped
            out += [line.split() for line in lines if line.startswith("ACK ")]
    return out


@pytest.mark.soak
@pytest.mark.timeout(900)
@pytest.mark.parametrize("engine", ["postgresql"])
def test_three_processes_one_killed_30_times(db_target: str, tmp_path: Path) -> None:
    url = db_target
    asyncio.run(_seed(url))
    rng = random.Random(19)
    procs = [_start(url, tmp_path, n, n) for n in range(PROCESSES)]
    deadline = time.time() + 120
    while sum(_ready(tmp_path, n) for n in range(PROCESSES)) < PROCESSES:
        assert time.time() < deadline, "the processes did not start"
        time.sleep(0.1)
    t0 = time.time() + 0.5  # the simulated clock starts once every process runs
    (tmp_path / "t0").write_text(str(t0), encoding="utf-8")
    for k in range(KILLS):
        time.sleep(rng.uniform(0.5, 4.0))
        victim = rng.randrange(PROCESSES)
        procs[victim].send_signal(signal.SIGKILL)
        code = procs[victim].wait(timeout=30)
        assert code == -signal.SIGKILL, (tmp_path / f"err{victim}").read_text()[-2000:]
        procs[victim] = _start(url, tmp_path, victim, 100 + k)
    time.sleep(3)  # the last restarted process catches up
    for proc in procs:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    end = START + timedelta(seconds=(time.time() - t0) * SPEED)

    stored = {
        (int(p), str(u)): int(c)
        for p, u, c in asyncio.run(_rows(url,
            "SELECT a.post_id, m.user_id, a.choice FROM answers a"
            " JOIN members m ON m.id = a.member_id WHERE a.kind = 'daily'"))
    }  # fmt: skip
    acks = _acks(tmp_path)
    counted: dict[tuple[int, str], int] = {}
    for _, post, user, state, choice, *said in acks:
        key = (int(post), user)
        if state == "new":
            assert key not in counted, f"counted twice: {key}"
            counted[key] = int(choice)
        elif state == "already":
            assert stored.get(key) == int(choice), (
                f"'already' quoted {choice}, stored {stored.get(key)}"
            )
        else:
            assert state == "closed", f"unexpected reply: {' '.join(said)}"
    lost = {k: v for k, v in counted.items() if stored.get(k) != v}
    assert not lost, f"{len(lost)} acknowledged answers lost or changed: {list(lost)[:3]}"

    posts = asyncio.run(_rows(url, "SELECT id, group_id, local_date FROM daily_posts"))
    groups = asyncio.run(_rows(url, "SELECT id, channel_id, timezone FROM groups"))
    days: dict[int, list[date]] = defaultdict(list)
    for _, group_id, day in posts:
        days[int(group_id)].append(date.fromisoformat(str(day)))  # type: ignore[call-overload]
    for group_id, _, zone_name in groups:
        tz = safe_zone(str(zone_name))
        first = local_date(START, tz)
        if slot(first, dtime(9, 0), tz) < START:
            first += timedelta(days=1)
        last, _ = latest_slot(end - timedelta(minutes=30), dtime(9, 0), tz)
        want = [first + timedelta(days=d) for d in range((last - first).days + 1)]
        have = sorted(days[int(group_id)])  # type: ignore[call-overload]
        assert len(have) == len(set(have)), f"group {group_id} posted twice on a day"
        missing = sorted(set(want) - set(have))
        assert not missing, f"group {group_id} skipped {missing[:3]}"

    sent = [
        line.split()[1]
        for line in (tmp_path / "platform").read_text(encoding="utf-8").split("\n")[:-1]
    ]
    nonces = {f"sb-q{post_id}" for post_id, _, _ in posts}
    assert set(sent) <= nonces  # every message is a claimed post
    delivered = set(sent)
    zones = {int(g): safe_zone(str(z)) for g, _, z in groups}  # type: ignore[call-overload]
    for post_id, group_id, day in posts:
        tz = zones[int(group_id)]  # type: ignore[call-overload]
        at = slot(date.fromisoformat(str(day)), dtime(9, 0), tz)
        if at < end - timedelta(hours=3):  # sent, if need be by another process
            assert f"sb-q{post_id}" in delivered, (
                f"post {post_id} ({day}) never reached the platform"
            )
    print(
        f"\nsoak: {PROCESSES} processes, {KILLS} kill -9, {len(acks)} replies,"
        f" {len(counted)} answers acknowledged, all stored once; {len(posts)} posts"
        f" ({len(groups)} groups, simulated {START:%m-%d} to {end:%m-%d %H:%M}), none"
        f" doubled or skipped; {len(sent)} sends = {len(delivered)} messages"
        f" + {len(sent) - len(delivered)} resends with the same nonce;"
        f" {len(nonces - delivered)} claimed posts not sent when the run stopped"
    )
