"""Facts as text, the way the notes show them: bullets indented by depth,
steps with their numbers, table rows under their header as a Markdown table."""

from __future__ import annotations

from collections.abc import Iterable

from bot.notes.model import Fact


def fact_line(fact: Fact) -> str:
    pad = "  " * fact.depth
    if fact.kind == "row":
        return f"{pad}| {' | '.join(v for _, v in fact.cells)} |"
    if fact.kind == "step" and fact.number is not None:
        return f"{pad}{fact.number}. {fact.text}"
    return f"{pad}- {fact.text}"


def table_header(row: Fact) -> list[str]:
    pad = "  " * row.depth
    labels = [label for label, _ in row.cells]
    return [f"{pad}| {' | '.join(labels)} |", f"{pad}|{'---|' * len(labels)}"]


def lines_of(facts: Iterable[Fact]) -> list[str]:
    """Lines of already-flattened facts, with a table header before each run of rows."""
    out: list[str] = []
    header: tuple[str, ...] | None = None
    for fact in facts:
        if fact.kind == "row":
            labels = tuple(label for label, _ in fact.cells)
            if labels != header:
                out.extend(table_header(fact))
                header = labels
        else:
            header = None
        out.append(fact_line(fact))
    return out


def fact_lines(facts: Iterable[Fact]) -> list[str]:
    return lines_of(f for top in facts for f in top.walk())


def render_facts(facts: Iterable[Fact], limit: int) -> str:
    """The first lines of the facts up to `limit` characters, then "…"."""
    lines: list[str] = []
    size = 0
    for line in fact_lines(facts):
        if size + len(line) > limit:
            lines.append("  …")
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)
