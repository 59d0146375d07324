"""Reads behind `studybot quiz flagged`: retired questions, and questions answer
statistics flagged (still in rotation: people decide), joined with the bank."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from bot.core.records import FlaggedQuestion
from bot.quiz.question import Question
from bot.storage import StorageError, open_store


async def _read(path: Path | str) -> list[FlaggedQuestion]:
    store = await open_store(path)
    try:
        retired = await store.flagged_questions()
        known = {f.id for f in retired}
        reported = [r for r in await store.reported_questions() if r.id not in known]
        known |= {r.id for r in reported}
        flags = [f for f in await store.statistics_flags() if f.id not in known]
        return retired + [
            FlaggedQuestion(
                id=r.id,
                reason="reported: " + " | ".join(dict.fromkeys(r.reasons))[:300],
                retired_at=r.first_at,
                section=r.section,
                topic=r.topic,
                choice_counts=await store.question_choice_counts(r.id),
                reports=r.reports,
                retired=False,
                groups=r.groups,
                retired_in=r.retired_in,
            )
            for r in reported
        ] + [
            FlaggedQuestion(
                id=f.id,
                reason=f"{f.reason}: {f.detail}",
                retired_at=f.flagged_at,
                section=f.section,
                topic=f.topic,
                choice_counts=await store.question_choice_counts(f.id),
                reports=await store.report_count(f.id),
                retired=False,
            )
            for f in flags
        ]
    finally:
        await store.close()


def flagged_rows(path: Path | str, bank: Mapping[str, Question]) -> list[dict[str, Any]]:
    """One plain dict per flagged question (what --json prints)."""
    try:
        found = asyncio.run(_read(path))
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    rows = []
    for f in found:
        q = bank.get(f.id)
        rows.append(
            {
                "id": f.id,
                "reason": f.reason,
                "retired_at": f.retired_at.isoformat(timespec="seconds") if f.retired else None,
                "flagged_at": f.retired_at.isoformat(timespec="seconds"),
                "section": f.section,
                "topic": f.topic,
                "source": str(q.source) if q is not None else None,
                "prompt": q.prompt if q is not None else None,
                "choices": list(q.choices) if q is not None else None,
                "answer": q.answer if q is not None else None,
                "choice_counts": {str(k): v for k, v in sorted(f.choice_counts.items())},
                "reports": f.reports,
                "groups": f.groups,
                "retired_in_groups": f.retired_in,
            }
        )
    return rows


def render_flagged(row: Mapping[str, Any]) -> str:
    if row["retired_at"]:
        when = f"retired {row['retired_at']}"
    elif row.get("groups"):
        when = (
            f"reported {row['flagged_at']} in {row['groups']} group(s), retired by"
            f" {row['retired_in_groups']} of them; still asked elsewhere: fix the notes"
            " to retire it for everyone"
        )
    else:
        when = (
            f"flagged {row['flagged_at']}, still asked: if it is wrong, fix the notes"
            " (a group's admin can retire it for their group with `reports retire`)"
        )
    lines = [f"{row['id']}  [{row['reason']}]  {when}"]
    where = f"  ({row['source']})" if row["source"] else "  (no longer in the notes)"
    lines.append(f"  {row['section']} > {row['topic']}{where}")
    counts: dict[str, int] = row["choice_counts"]
    total = sum(counts.values())
    if row["choices"] is not None:
        lines.append("  " + str(row["prompt"]).replace("\n", "\n  "))
        for i, choice in enumerate(row["choices"]):
            mark = "  <- answer" if i == row["answer"] else ""
            lines.append(f"    {i + 1}. {choice} — {counts.get(str(i), 0)}{mark}")
    else:
        lines.append("  answers by choice: " + (", ".join(
            f"{int(k) + 1}: {v}" for k, v in counts.items()) or "none"))  # fmt: skip
    lines.append(f"  {total} answers, {row['reports']} problem reports")
    return "\n".join(lines)
