"""The bank cache (bot/decks/cache.py): a deck's bank built once is read back
by the next process, and built again whenever anything it came from changed."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

import bot.quiz.bank
from bot.app import bank_cache
from bot.config import Settings
from bot.decks import cache as cache_module
from bot.decks.build import build
from bot.decks.cache import BankCache, code_fingerprint
from bot.decks.files import DeckFiles
from bot.quiz.question import Question

ROOT = Path(__file__).resolve().parents[2]

NOTES = """\
# Kitchen tools

## Knives

### Chef knife
- Blade length : 20 cm
- Use : chopping vegetables and slicing meat
- Made of carbon steel that holds a sharp edge

### Paring knife
- Blade length : 9 cm
- Use : peeling fruit and trimming small items
- Short handle for fine control near the board

### Bread knife
- Blade length : 25 cm
- Use : cutting crusty loaves without crushing them
- Serrated edge that saws through hard crust
"""
GLOSSARY = "Chef knife: [cook's knife]\n"


def kitchen() -> DeckFiles:
    return DeckFiles(name="kitchen", notes=(("kitchen.md", NOTES),),
                     glossary=("glossary.yaml", GLOSSARY))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per bank actually built (the cache missed)."""
    made: list[int] = []
    real: Callable[..., tuple[Question, ...]] = bot.quiz.bank.build_bank

    def counted(*args: object, **kwargs: object) -> tuple[Question, ...]:
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(bot.quiz.bank, "build_bank", counted)
    return made


def test_a_hit_returns_the_questions_built_before(tmp_path: Path, builds: list[int]) -> None:
    first = build(kitchen(), cache=BankCache(tmp_path, code="v1"))
    assert first.questions and len(builds) == 1
    # Another process: a cache of its own over the same folder.
    again = build(kitchen(), cache=BankCache(tmp_path, code="v1"))
    assert len(builds) == 1
    assert again.questions == first.questions
    assert again.questions == build(kitchen()).questions  # as built without a cache
    assert len(list(tmp_path.glob("bank-*.json"))) == 1


def test_an_upload_prefix_is_part_of_the_key(tmp_path: Path, builds: list[int]) -> None:
    plain = build(kitchen(), cache=BankCache(tmp_path, code="v1"))
    prefixed = build(kitchen(), id_prefix="u123456.", cache=BankCache(tmp_path, code="v1"))
    assert len(builds) == 2
    assert [q.id for q in prefixed.questions] == ["u123456." + q.id for q in plain.questions]
    again = build(kitchen(), id_prefix="u123456.", cache=BankCache(tmp_path, code="v1"))
    assert len(builds) == 2 and again.questions == prefixed.questions


@pytest.mark.parametrize("change", ["note line", "glossary", "known wrong", "typos", "code"])
def test_anything_the_bank_comes_from_changed_builds_it_again(
    tmp_path: Path, builds: list[int], change: str
) -> None:
    before = build(kitchen(), cache=BankCache(tmp_path, code="v1"))
    files, code = kitchen(), "v1"
    if change == "note line":
        files = replace(files, notes=(("kitchen.md", NOTES.replace(
            "Serrated edge that saws through hard crust",
            "Serrated edge that grips a hard crust")),))
    elif change == "glossary":
        files = replace(files, glossary=("glossary.yaml", GLOSSARY + "Bread knife: [saw knife]\n"))
    elif change == "known wrong":
        files = replace(files, known_wrong="- Serrated edge that saws through hard crust\n")
    elif change == "typos":
        files = replace(files, typos=("typos.txt", "crustt -> crust\n"))
    else:
        code = "v2"
    after = build(files, cache=BankCache(tmp_path, code=code))
    assert len(builds) == 2
    assert after.questions == build(files).questions  # what these files give, not the old bank
    if change in ("note line", "known wrong"):
        assert after.questions != before.questions
    # The deck's older bank made way for the new one.
    assert len(list(tmp_path.glob("bank-*.json"))) == 1


@pytest.mark.parametrize("damage", ["not json", "cut short", "wrong key", "bad question",
                                    "answer out of range", "not utf-8", "a folder"])
def test_a_damaged_cache_file_builds_the_bank_again(
    tmp_path: Path, builds: list[int], damage: str
) -> None:
    first = build(kitchen(), cache=BankCache(tmp_path, code="v1"))
    (path,) = tmp_path.glob("bank-*.json")
    text = path.read_text(encoding="ascii")
    if damage == "not json":
        path.write_text("{not json", encoding="ascii")
    elif damage == "cut short":
        path.write_text(text[: len(text) // 2], encoding="ascii")
    elif damage == "wrong key":
        data = json.loads(text)
        data["key"] = "0" * 64
        path.write_text(json.dumps(data), encoding="ascii")
    elif damage == "bad question":
        data = json.loads(text)
        data["questions"][0]["answer"] = "1"
        path.write_text(json.dumps(data), encoding="ascii")
    elif damage == "answer out of range":
        data = json.loads(text)
        data["questions"][0]["answer"] = len(data["questions"][0]["choices"])
        path.write_text(json.dumps(data), encoding="ascii")
    elif damage == "not utf-8":
        path.write_bytes(b"\xff\xfe" + text.encode())
    else:
        path.unlink()
        path.mkdir()
    again = build(kitchen(), cache=BankCache(tmp_path, code="v1"))
    assert len(builds) == 2
    assert again.questions == first.questions
    if damage != "a folder":  # (written again, and read by the next start)
        build(kitchen(), cache=BankCache(tmp_path, code="v1"))
        assert len(builds) == 2


def test_a_folder_that_cannot_be_written_only_costs_a_build(
    tmp_path: Path, builds: list[int]
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    cache = BankCache(blocked / "cache", code="v1")  # (a file is in the way)
    assert build(kitchen(), cache=cache).questions == build(kitchen()).questions
    build(kitchen(), cache=cache)
    assert len(builds) == 3


_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from bot.decks.build import build
    from bot.decks.cache import BankCache
    from bot.decks.files import DeckFiles
    notes = Path(sys.argv[2]).read_text(encoding="utf-8")
    files = DeckFiles(name="kitchen", notes=(("kitchen.md", notes),))
    questions = build(files).questions
    cache = BankCache(Path(sys.argv[1]), code="v1")
    for _ in range(int(sys.argv[3])):
        cache.put(files, questions)
""")


def test_processes_writing_at_once_leave_a_whole_file(tmp_path: Path) -> None:
    notes = tmp_path / "kitchen.md"
    notes.write_text(NOTES, encoding="utf-8")
    folder = tmp_path / "cache"
    files = DeckFiles(name="kitchen", notes=(("kitchen.md", NOTES),))
    expected = build(files).questions
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(folder), str(notes), "40"],
                                cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
               for _ in range(3)]
    reader = BankCache(folder, code="v1")
    seen = 0
    while any(w.poll() is None for w in writers):
        found = reader.get(files)  # never a part-written file
        assert found is None or found == expected
        seen += found is not None
    assert all(w.returncode == 0 for w in writers)
    assert reader.get(files) == expected
    assert [p.name for p in folder.iterdir()] == [p.name for p in folder.glob("bank-*.json")]
    assert len(list(folder.iterdir())) == 1


def test_the_code_fingerprint_follows_the_generator_s_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "quiz").mkdir()
    (tmp_path / "quiz" / "rules.py").write_text("X = 1\n", encoding="utf-8")
    (tmp_path / "quiz" / "data").mkdir()
    (tmp_path / "quiz" / "data" / "words.txt").write_text("knife\n", encoding="utf-8")
    monkeypatch.setattr(cache_module, "_BOT", tmp_path)
    monkeypatch.setattr(cache_module, "_CODE", (tmp_path / "quiz",))
    # A package the generator reads a word list of (as pyspellchecker's).
    (tmp_path / "site" / "wordpkg").mkdir(parents=True)
    (tmp_path / "site" / "wordpkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "site" / "wordpkg" / "words.txt").write_text("spoon\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setattr(cache_module, "_PACKAGE_FILES", (("wordpkg", "words.txt"),))

    def fingerprint() -> str:
        code_fingerprint.cache_clear()
        return code_fingerprint()

    try:
        first = fingerprint()
        assert first and fingerprint() == first
        (tmp_path / "quiz" / "data" / "words.txt").write_text("knife\nfork\n", encoding="utf-8")
        second = fingerprint()
        assert second != first
        (tmp_path / "quiz" / "rules.py").write_text("X = 2\n", encoding="utf-8")
        third = fingerprint()
        assert third not in (first, second)
        (tmp_path / "site" / "wordpkg" / "words.txt").write_text("ladle\n", encoding="utf-8")
        assert fingerprint() not in (first, second, third)
        monkeypatch.setattr(cache_module, "_CODE", (tmp_path / "none",))
        assert fingerprint() == ""  # (no code read: no cache at all)
    finally:
        code_fingerprint.cache_clear()


def test_no_code_fingerprint_means_no_cache(tmp_path: Path, builds: list[int]) -> None:
    build(kitchen(), cache=BankCache(tmp_path, code=""))
    build(kitchen(), cache=BankCache(tmp_path, code=""))
    assert len(builds) == 2 and not list(tmp_path.iterdir())


def test_the_cache_folder_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STUDYBOT_CACHE_DIR")
    by_default = bank_cache(Settings(database=tmp_path / "bot.db"))
    assert by_default is not None and by_default.folder == tmp_path / "cache"
    chosen = bank_cache(Settings(database=tmp_path / "bot.db", cache_dir=tmp_path / "banks"))
    assert chosen is not None and chosen.folder == tmp_path / "banks"
    assert bank_cache(Settings(database=tmp_path / "bot.db", bank_cache=False)) is None


def test_the_bot_reads_its_decks_through_the_cache(
    tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up (the default deck) and a deck a group picks: built by the first
    process, read by the next; not kept with STUDYBOT_BANK_CACHE=false."""
    monkeypatch.delenv("STUDYBOT_CACHE_DIR")  # (the default place: beside the database)
    import asyncio

    from bot.app import load_content
    from bot.decks.library import Library
    from bot.decks.source import LibrarySource

    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "kitchen.md").write_text(NOTES, encoding="utf-8")
    (decks / "pans.md").write_text(NOTES.replace("Knives", "Blades"), encoding="utf-8")
    settings = Settings(database=tmp_path / "bot.db", content_dir=decks, default_deck="kitchen")
    first = load_content(settings)
    assert len(builds) == 1 and list((tmp_path / "cache").glob("bank-*.json"))
    again = load_content(settings)
    assert len(builds) == 1
    assert list(again.bank.questions()) == list(first.bank.questions())

    def picked() -> list[str]:
        source = LibrarySource(Library(decks), cache=bank_cache(settings))
        return [q.id for q in asyncio.run(source.load("pans")).bank.questions()]

    chosen = picked()
    assert chosen and picked() == chosen and len(builds) == 2
    load_content(Settings(database=tmp_path / "bot.db", content_dir=decks,
                          default_deck="kitchen", bank_cache=False))
    assert len(builds) == 3


def test_a_temporary_file_left_by_a_dead_writer_is_cleared(tmp_path: Path) -> None:
    import os

    cache = BankCache(tmp_path, code="v1")
    stale = tmp_path / ".bank-0123456789ab-dead.abc123.tmp"
    stale.write_text("{", encoding="ascii")
    os.utime(stale, (1.0, 1.0))
    fresh = tmp_path / ".bank-0123456789ab-live.def456.tmp"  # (another process writing now)
    fresh.write_text("{", encoding="ascii")
    cache.put(kitchen(), build(kitchen()).questions)
    assert not stale.exists() and fresh.exists()
    assert cache.get(kitchen()) == build(kitchen()).questions


def test_a_temporary_file_being_written_is_kept_when_the_process_clock_is_moved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The process's clock a year ahead of the filesystem's (faketime, a network
    # share): a file another process is writing now is still fresh.
    import time

    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 400 * 86400)
    cache = BankCache(tmp_path, code="v1")
    fresh = tmp_path / ".bank-0123456789ab-live.def456.tmp"
    fresh.write_text("{", encoding="ascii")
    cache.put(kitchen(), build(kitchen()).questions)
    assert fresh.exists()


def test_every_module_the_generator_imports_is_in_the_fingerprint() -> None:
    """A change to a module the notes reader or the generator imports from
    elsewhere in bot/ (bot.core.particles, say) changes questions, so it must
    change the key; otherwise a running bot serves a bank built by old code."""
    import ast

    bot_dir = Path(cache_module.__file__).resolve().parent.parent
    covered = {path.resolve() for root in cache_module._CODE
               for path in ([root] if root.is_file() else root.rglob("*.py"))}
    readers = [path for folder in ("notes", "quiz") for path in (bot_dir / folder).rglob("*.py")]
    outside: set[str] = set()
    for path in readers:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if not name.startswith("bot."):
                    continue
                module = bot_dir.parent.joinpath(*name.split("."))
                target = module.with_suffix(".py") if module.with_suffix(".py").is_file() \
                    else module / "__init__.py"
                if target.resolve() not in covered:
                    outside.add(name)
    assert outside == set()
