"""Vault benchmark: load + index a 5,000-line folder of notes written in the
styles people use (front matter, tables of contents, generic sub-headings,
tables, `<details>` Q&A, Obsidian links and callouts, tasks indented with
tabs), then query it. Targets: load+index < 1 s, lookup p99 < 2 ms.

The notes are generated (seeded), so the figure is the same work every run.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

LINES = 5000
FILES = 25
LOADS = 3
REPEAT = 20
_WORDS = (
    "프로세스 스레드 메모리 캐시 큐 스케줄러 네트워크 라우터 버킷 인스턴스 컨테이너 파드 노드 "
    "process thread memory cache queue scheduler network router bucket instance container pod"
).split()


def _topic(rng: random.Random, n: int) -> list[str]:
    a, b = rng.sample(_WORDS, 2)
    out = [f"### {a} {b} {n}", "", "#### 특징", ""]
    out += [f"- {a} 는 {rng.choice(_WORDS)} 와 함께 {n} 번째 규칙을 따른다" for _ in range(3)]
    out += ["\t- [ ] [[" + rng.choice(_WORDS) + "]] 를 ==확인== 한다", "", "#### 문제점", ""]
    out += [f"- {b} 가 많아지면 {rng.choice(_WORDS)} 이 느려진다", ""]
    out += ["| 항목 | 값 |", "|---|---|", f"| {a} | {n} ms |", f"| {b} | {n * 2} ms |", ""]
    out += ["<details>", f"<summary>{a} 와 {b} 의 차이는?</summary>", "",
            f"{a} 는 {b} 보다 가볍다.", "", "</details>", ""]
    out += ["> [!note] 메모", f"> {a} 는 {n} 초마다 다시 읽는다", ""]
    return out


def _vault(folder: Path) -> int:
    rng = random.Random(13)
    per_file = LINES // FILES
    total = 0
    n = 0
    for f in range(FILES):
        lines = ["---", f"title: notes {f}", "tags: [bench]", "---", "", f"# 노트 {f}", ""]
        lines += ["* [처음](#처음)", "* [다음](#다음)", "", "## 단원", ""]
        while len(lines) < per_file:
            n += 1
            lines += _topic(rng, n)
        (folder / f"note{f:02d}.md").write_text("\n".join(lines), encoding="utf-8")
        total += len(lines)
    return total


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main() -> None:
    from bot.notes.glossary import Glossary
    from bot.notes.loader import load_deck
    from bot.notes.lookup import LookupIndex

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        total = _vault(folder)
        loads: list[float] = []
        load_cpu: list[float] = []
        index = None
        for _ in range(LOADS):
            start, start_cpu = time.perf_counter(), time.process_time()
            index = LookupIndex.build(load_deck(folder, glossary=Glossary()), Glossary())
            load_cpu.append((time.process_time() - start_cpu) * 1000)
            loads.append((time.perf_counter() - start) * 1000)
    assert index is not None
    queries = ["뮤텍스", "프로세스 특징", "cache 문제점", "큐 vs 스레드", "파드 차이", "router ms",
               "스케줄러 메모", "container pod", "버킷", "instance 42"]
    for q in queries:
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
    print(f"vault load+index median: {statistics.median(loads):.1f} ms, "
          f"cpu {statistics.median(load_cpu):.1f} ms ({total} lines in {FILES} files, no glossary)")
    print(f"vault query p99: {_p99(times):.3f} ms, cpu {_p99(cpu):.3f} ms "
          f"({len(queries)} queries x {REPEAT})")


if __name__ == "__main__":
    main()
