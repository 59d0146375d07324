"""Question bank for the seed deck: build time (target under 1 s) and how many
of the deck's topics yield at least one question; and the deck's build at a
bot's start-up (a fresh process) with the bank cache empty and filled.

The start-up processes read the code's bytecode as an installed bot does (pip
compiles it at install; the image only stops Python writing more): compiled
once, untimed, into a folder of their own. Compiling the sources again in each
process (PYTHONDONTWRITEBYTECODE with no bytecode beside them, as in a
development checkout) is a cost no running bot pays: some 0.3 s CPU."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.notes.glossary import load_glossary
from bot.notes.loader import load_deck
from bot.quiz.bank import build_bank

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
RUNS = 3
# What `studybot run` does for its default deck (bot/app.py load_content), timed
# in CPU from before the deck builder is imported.
_STARTUP = """
import sys, time
from pathlib import Path
started = time.process_time()
from bot.decks.build import build
from bot.decks.cache import BankCache
from bot.decks.library import Library
entries = Library(None).entries()
built = build(entries["aws-saa-ko"].read(), cache=BankCache(Path(sys.argv[1])))
print(time.process_time() - started, len(built.questions))
"""


def _startup_build(cache: Path, bytecode: Path) -> tuple[float, int]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    out = subprocess.run([sys.executable, "-c", _STARTUP, str(cache)], cwd=ROOT, check=True,
                         capture_output=True, text=True, env=env).stdout.split()
    return float(out[0]), int(out[1])


def startup() -> None:
    """Fresh processes, alternating: an empty cache folder each (the bank is
    built, and written), then the folder the last one filled (read back).
    (One untimed process first compiles the code, see above.)"""
    cold: list[float] = []
    cached: list[float] = []
    with tempfile.TemporaryDirectory(prefix="studybot-bank-cache-") as tmp:
        bytecode = Path(tmp) / "bytecode"
        _startup_build(Path(tmp) / "compiling", bytecode)
        for i in range(RUNS):
            folder = Path(tmp) / str(i)
            seconds, built = _startup_build(folder, bytecode)
            cold.append(seconds)
            seconds, read = _startup_build(folder, bytecode)
            cached.append(seconds)
            if read != built:
                raise RuntimeError(f"the cached bank has {read} questions, the built one {built}")
    print(f"start-up deck build (fresh process, imports included, bytecode compiled): no cache "
          f"{statistics.median(cold):.2f} s CPU, from the bank cache "
          f"{statistics.median(cached):.2f} s CPU (median of {RUNS})")


def main() -> None:
    glossary = load_glossary(CONTENT / "glossary.yaml")
    deck = load_deck(CONTENT / "aws-saa-ko.md", glossary=glossary)
    runs = []
    cpu = []
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        bank = build_bank(deck, glossary)
        runs.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    # The first build is the one a bot pays at start-up (text caches are cold).
    # CPU time too: on a shared machine the wall clock mostly measures the others.
    print(f"bank build: {runs[0]:.2f} s ({cpu[0]:.2f} s CPU, {len(bank)} questions)")
    print(f"bank rebuild (warm caches): {min(runs[1:]):.2f} s")
    covered = {(q.section, q.topic) for q in bank}
    topics = deck.topics()
    hit = sum((t.section, t.title) in covered for t in topics)
    with_bullets = [t for t in topics if t.facts]
    hit_bullets = sum((t.section, t.title) in covered for t in with_bullets)
    print(f"bank topic coverage: {hit}/{len(topics)} topics ({100 * hit / len(topics):.1f}%), "
          f"{hit_bullets}/{len(with_bullets)} of topics with bullets")
    for section in deck.sections:
        own = [t for t in section.topics if t.facts]
        if own:
            asked = sum((t.section, t.title) in covered for t in own)
            print(f"  coverage {section.title[:40]}: {asked}/{len(own)} topics")
    kinds: dict[str, int] = {}
    for q in bank:
        kinds[q.kind] = kinds.get(q.kind, 0) + 1
    print("bank kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    startup()


if __name__ == "__main__":
    main()
