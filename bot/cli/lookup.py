"""`studybot lookup`: look the notes up from the shell.

Kept light on purpose (no discord, no pydantic unless the default deck is
needed): the eval scripts start it once per run and people type it by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from bot.notes.lookup import LookupIndex, LookupResult


def _default_content_dir() -> Path:
    from bot.decks.library import default_deck_path

    return default_deck_path()


def build_index(deck: str | None) -> LookupIndex:
    """Load the deck (default: every .md in the content directory) and index it."""
    from bot.notes.glossary import load_glossary
    from bot.notes.loader import GLOSSARY_NAME, load_deck
    from bot.notes.lookup import LookupIndex

    path = Path(deck) if deck else _default_content_dir()
    glossary = load_glossary((path if path.is_dir() else path.parent) / GLOSSARY_NAME)
    return LookupIndex.build(load_deck(path, glossary=glossary), glossary)


def result_json(result: LookupResult) -> str:
    return json.dumps(
        {
            "query": result.query,
            "results": [
                {
                    "section": h.topic.section,
                    "topic": h.topic.title,
                    "score": h.score,
                    "text": h.text,
                    "breadcrumb": h.topic.breadcrumb,
                    "source": str(h.topic.source),
                    "also_in": [str(s) for s in h.topic.also_in],
                }
                for h in result.hits
            ],
            "suggestion": result.suggestion,
        },
        ensure_ascii=False,
    )


def result_text(result: LookupResult) -> str:
    lines: list[str] = []
    if result.suggestion:
        lines.append(f"Did you mean: {result.suggestion}?")
    if not result.hits:
        lines.append(f"Nothing in the notes matches {result.query!r}.")
    for n, hit in enumerate(result.hits, start=1):
        where = ", ".join(str(s) for s in (hit.topic.source, *hit.topic.also_in))
        lines.append(f"{n}. {hit.topic.breadcrumb}  ({where})")
        if hit.text:
            lines.extend("   " + line for line in hit.text.splitlines())
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


@click.command("lookup")
@click.option("--deck", type=click.Path(), default=None, help="Notes file or directory.")
@click.option("--limit", type=click.IntRange(1, 50), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per query.")
@click.argument("query", nargs=-1, required=True)
def lookup(deck: str | None, limit: int, as_json: bool, query: tuple[str, ...]) -> None:
    """Look QUERY up in the notes; `-` reads one query per line from stdin."""
    from bot.notes.errors import NotesError

    try:
        index = build_index(deck)
    except NotesError as exc:
        raise click.ClickException(str(exc)) from None
    if query == ("-",):
        queries = [line.rstrip("\r\n") for line in sys.stdin]
    else:
        queries = [" ".join(query)]
    out = sys.stdout
    for text in queries:
        result = index.search(text, limit)
        out.write((result_json(result) + "\n") if as_json else result_text(result))
    out.flush()
