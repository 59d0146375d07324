"""`studybot content check`: show how the notes parse, and what was not usable."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("content")
def content() -> None:
    """Check how the notes parse."""


@content.command("check")
@click.option("--deck", type=click.Path(), default=None, help="Notes file or directory.")
@click.option("--groups/--no-groups", default=True, help="List the sibling groups.")
def check(deck: str | None, groups: bool) -> None:
    """Print sections, topics, facts, definitions, sibling groups and warnings."""
    from bot.notes.errors import NotesError
    from bot.notes.glossary import load_glossary
    from bot.notes.loader import GLOSSARY_NAME, load_deck
    from bot.notes.summary import deck_stats, sibling_groups

    if deck is None:
        from bot.decks.library import default_deck_path

        try:
            path = default_deck_path()
        except NotesError as exc:
            raise click.ClickException(str(exc)) from None
    else:
        path = Path(deck)
    try:
        glossary = load_glossary((path if path.is_dir() else path.parent) / GLOSSARY_NAME)
        parsed = load_deck(path, glossary=glossary)
    except NotesError as exc:
        raise click.ClickException(str(exc)) from None

    stats = deck_stats(parsed)
    siblings = sibling_groups(parsed)
    echo = click.echo
    echo(f"Deck: {parsed.name} ({len(parsed.files)} file(s): {', '.join(parsed.files)})")
    echo(f"Glossary: {len(glossary)} names")
    echo(
        f"{stats.sections} sections, {stats.topics} topics ({stats.merged} duplicates merged), "
        f"{stats.facts} facts, {stats.definitions} definitions, {len(siblings)} sibling groups, "
        f"{stats.code_blocks} code blocks, {stats.images} images, {stats.tables} tables, "
        f"{len(parsed.qa)} questions with answers, {len(parsed.warnings)} warnings, "
        f"{sum(s.lines for s in parsed.skipped)} lines skipped"
    )
    for section in parsed.sections:
        echo("")
        echo(f"{'#' * max(section.level, 1)} {section.title}  ({section.source})")
        if not section.topics:
            echo("  (every topic merged into an earlier one)")
        for topic in section.topics:
            number = f"{topic.number}. " if topic.number is not None else "- "
            facts = len(topic.all_facts())
            extra = [f"{facts} facts"]
            defs = sum(1 for f in topic.all_facts() if f.term and f.definition)
            if defs:
                extra.append(f"{defs} definitions")
            for label, items in (
                ("code", topic.code_blocks),
                ("images", topic.images),
                ("tables", topic.tables),
            ):
                if items:
                    extra.append(f"{len(items)} {label}")
            echo(f"  {number}{topic.title}  [{', '.join(extra)}]  line {topic.source.line}")
            for ref in topic.also_in:
                echo(f"      + merged from {ref}")
    if groups and siblings:
        echo("")
        echo("Sibling groups:")
        for group in siblings:
            names = " | ".join(n[:40] for n in group.names())
            echo(f"  {group.topic.breadcrumb} / {group.parent[:40]} ({group.kind}): {names}")
    echo("")
    if parsed.skipped:
        echo("Skipped on purpose:")
        for skip in parsed.skipped:
            echo(f"  {skip}")
        echo("")
    if parsed.warnings:
        echo("Warnings:")
        for warning in parsed.warnings:
            echo(f"  {warning}")
    else:
        echo("No warnings.")


@content.command("diff")
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=click.IntRange(0, 10_000), default=20, show_default=True,
              help="How many retired and new questions to list.")
def diff(old: Path, new: Path, limit: int) -> None:
    """What `reload` would do going from notes OLD to notes NEW: questions kept,
    new, and retired by reason (their shown text changed, or the notes no longer
    yield them). Each path is a notes file or folder, with its glossary.yaml."""
    from bot.cli.quiz import load
    from bot.learning.retire import RETIRE_CONFIRM_SHARE, content_hash, diff_banks, retire_share
    from bot.quiz.bank import build_bank

    before = build_bank(*load(old))
    after = build_bank(*load(new))
    change = diff_banks({q.id: content_hash(q) for q in before}, after)
    share = retire_share(change)
    retired = len(change.changed) + len(change.removed)
    echo = click.echo
    echo(f"Questions: {len(before)} in {old}, {len(after)} in {new}")
    echo(
        f"kept {len(change.kept)}, new {len(change.added)}, retired {retired} "
        f"({100 * share:.1f}%): {len(change.changed)} changed, "
        f"{len(change.removed)} gone from the notes"
    )
    if share > RETIRE_CONFIRM_SHARE:
        echo(f"reload would ask an admin to confirm (more than {RETIRE_CONFIRM_SHARE:.0%} retired)")
    by_id = {q.id: q for q in (*before, *after)}
    for title, ids in (
        ("changed", change.changed),
        ("gone from the notes", change.removed),
        ("new", change.added),
    ):
        if not ids or not limit:
            continue
        echo("")
        echo(f"{title}:")
        for qid in ids[:limit]:
            q = by_id[qid]
            stem = q.prompt.splitlines()[-1] if q.prompt else ""
            echo(f"  {qid}  {q.section} > {q.topic}: {stem[:80]}  ({q.source})")
        if len(ids) > limit:
            echo(f"  … and {len(ids) - limit} more")
