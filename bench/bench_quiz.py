"""Time to build the question bank for the seed deck (target: under 1 s)."""

from __future__ import annotations

import time
from pathlib import Path

from bot.notes.glossary import load_glossary
from bot.notes.loader import load_deck
from bot.quiz.bank import build_bank

CONTENT = Path(__file__).resolve().parents[1] / "content"


def main() -> None:
    glossary = load_glossary(CONTENT / "glossary.yaml")
    deck = load_deck(CONTENT / "aws-saa-ko.md", glossary=glossary)
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        bank = build_bank(deck, glossary)
        runs.append(time.perf_counter() - started)
    # The first build is the one a bot pays at start-up (text caches are cold).
    print(f"bank build: {runs[0]:.2f} s ({len(bank)} questions)")
    print(f"bank rebuild (warm caches): {min(runs[1:]):.2f} s")


if __name__ == "__main__":
    main()
