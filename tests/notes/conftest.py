from __future__ import annotations

from pathlib import Path

import pytest

from bot.notes.glossary import Glossary, load_glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex
from bot.notes.model import Deck

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CONTENT = ROOT / "content"


@pytest.fixture(scope="session")
def glossary() -> Glossary:
    return load_glossary(CONTENT / "glossary.yaml")


@pytest.fixture(scope="session")
def seed_deck(glossary: Glossary) -> Deck:
    return load_deck(CONTENT / "aws-saa-ko.md", glossary=glossary)


@pytest.fixture(scope="session")
def index(seed_deck: Deck, glossary: Glossary) -> LookupIndex:
    return LookupIndex.build(seed_deck, glossary)
