"""Notes that nest a list hundreds or thousands of levels deep (a hostile or
broken file): they load without a RecursionError, the levels past the parser's
bound are folded into the deepest kept level with one warning naming the file
and line, the rest of the file reads as usual, and parse time stays linear
(the timing figure is bench/bench_depth.py; here only a loose guard)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.notes.glossary import Glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex
from bot.notes.model import Deck, Topic
from bot.notes.parser import MAX_DEPTH
from bot.quiz.bank import build_bank


def nested_notes(levels: int, indent: str = "\t") -> str:
    """A topic whose first bullet opens a list `levels` deep, then a normal topic."""
    lines = ["### Section", "1. Deep topic", "- root : the top of the list"]
    lines += [f"{indent * k}- level {k} item" for k in range(1, levels)]
    lines += ["2. Normal topic", "- first fact", "\t- its child", "- second fact"]
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "deep.md"
    path.write_text(text, encoding="utf-8")
    return path


def topic(deck: Deck, title: str) -> Topic:
    return next(t for t in deck.topics() if t.title == title)


@pytest.mark.parametrize("levels", [500, 1000, 5000])
def test_a_deeply_nested_list_loads_with_its_deep_levels_folded(
    tmp_path: Path, levels: int
) -> None:
    path = write(tmp_path, nested_notes(levels))
    start = time.perf_counter()
    deck = load_deck(path, glossary=Glossary())
    elapsed = time.perf_counter() - start
    # Before the bound: 500 levels raised RecursionError and 5,000 did not
    # finish in 180 s. About 4 s here for 5,000 (12.6 MB); the bound is loose
    # on purpose, only a quadratic parse would reach it.
    assert elapsed < 90

    facts = topic(deck, "Deep topic").all_facts()
    assert [f.text for f in facts] == ["root : the top of the list"] + [
        f"level {k} item" for k in range(1, levels)
    ]
    assert max(f.depth for f in facts) == MAX_DEPTH - 1
    # The levels past the bound are siblings under the deepest kept parent.
    parent = next(f for f in facts if f.depth == MAX_DEPTH - 2)
    assert len(parent.children) == levels - (MAX_DEPTH - 1)

    first_folded = 3 + MAX_DEPTH  # line of the first item past the bound
    folds = [w for w in deck.warnings if "nested deeper" in w.message]
    assert len(folds) == 1
    assert folds[0].source.file == str(path) and folds[0].source.line == first_folded

    normal = topic(deck, "Normal topic")
    assert [(f.depth, f.text) for f in normal.all_facts()] == [
        (0, "first fact"), (1, "its child"), (0, "second fact"),
    ]


def test_space_indented_nesting_folds_the_same_way(tmp_path: Path) -> None:
    deck = load_deck(write(tmp_path, nested_notes(1000, indent="  ")), glossary=Glossary())
    facts = topic(deck, "Deep topic").all_facts()
    assert len(facts) == 1000 and max(f.depth for f in facts) == MAX_DEPTH - 1


def test_a_list_that_comes_back_up_after_folding_nests_as_written(tmp_path: Path) -> None:
    lines = ["### Section", "1. Topic", "- root"]
    lines += [f"{'  ' * k}- level {k}" for k in range(1, MAX_DEPTH + 5)]
    lines += ["  - back at level 1", "    - level 2 again", "- second root"]
    lines += [f"{'  ' * k}- again {k}" for k in range(1, MAX_DEPTH + 2)]
    deck = load_deck(write(tmp_path, "\n".join(lines)), glossary=Glossary())
    facts = [(f.depth, f.text) for f in topic(deck, "Topic").all_facts()]
    assert (1, "back at level 1") in facts and (2, "level 2 again") in facts
    assert (0, "second root") in facts
    assert (MAX_DEPTH - 1, f"again {MAX_DEPTH + 1}") in facts
    # Two separate runs past the bound: one warning each.
    folds = [w.source.line for w in deck.warnings if "nested deeper" in w.message]
    assert folds == [3 + MAX_DEPTH, lines.index("- second root") + 1 + MAX_DEPTH]


def test_the_bot_builds_its_bank_and_index_from_a_deep_file(tmp_path: Path) -> None:
    """What `studybot run` does with the notes at start-up."""
    deck = load_deck(write(tmp_path, nested_notes(1000)), glossary=Glossary())
    build_bank(deck, Glossary())
    index = LookupIndex.build(deck, Glossary())
    assert index.search("level 999 item")


def test_content_check_shows_the_fold_warning_instead_of_a_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, nested_notes(500))
    result = CliRunner().invoke(cli, ["content", "check", "--deck", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:{3 + MAX_DEPTH}: list nested deeper than {MAX_DEPTH} levels" in (
        result.output
    )
    assert "Traceback" not in result.output
