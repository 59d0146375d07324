"""Issue 7 in the shell, on the real notes: the admin report prints its chart's
path, reminders arrive as DMs with the daily post, `reload` re-reads an edited
copy of the notes, and `studybot quiz flagged` lists what was retired."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from pathlib import Path

from click.testing import CliRunner, Result
from shell_harness import ROOT, Opener, Transcript

from bot.cli import cli


async def test_report_prints_the_chart_path_and_reminders_arrive(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00Z")
    await t.say("/settings language en")
    assert "Review reminders on" in await t.say("/remind on")
    await t.say("/quiz")
    await t.say(f"/answer {t.wrong_choice()}")
    out = await t.say("/report")
    assert "== Group report ==" in out and "1 of 27 sections asked" in out
    assert "26 sections not asked yet" in out
    assert "```" not in out
    [path] = re.findall(r"\[image\] (\S+\.png)", out)
    assert await asyncio.to_thread(Path(path).is_file)
    assert Path(path).parent == t.db.parent / "charts"
    await t.say("/schedule 09:00 UTC")
    first = await t.say("/advance 1d")  # today's post: the miss is not due yet
    assert "bot posted" in first and "DM to" not in first
    second = await t.say("/advance 1d")
    assert "[DM to alice]" in second and "1 items due — /quiz to review." in second
    assert "Review reminders: on. 1 items due now." in await t.say("/remind")


async def test_reload_keeps_moved_questions_and_retires_edited_ones(tmp_path: Path) -> None:
    notes = tmp_path / "content"
    shutil.copytree(ROOT / "content", notes)
    deck = notes / "aws-saa-ko.md"
    t = await Transcript.open(tmp_path, "2026-03-02T08:00Z", content_dir=notes)
    try:
        await t.say("/settings language en")
        await t.say("/quiz")
        view = t.latest_question()
        await t.say(f"/answer {t.right_choice()}")
        assert t.app is not None
        question = t.app.content.bank.get(view.question_id)
        assert question is not None
        total = len(t.app.content.bank.questions())
        # A line added at the top moves every "(file:line)": nothing changed really.
        deck.write_text("\n" + deck.read_text(encoding="utf-8"), encoding="utf-8")
        moved = await t.say("/reload")
        assert f"0 questions added, 0 retired (0 changed, 0 gone), {total} kept." in moved
        # Now edit the fact the answered question came from.
        lines = deck.read_text(encoding="utf-8").split("\n")
        lines[question.source.line] += " (개정됨)"  # 1-based line, shifted by one
        deck.write_text("\n".join(lines), encoding="utf-8")
        edited = await t.say("/reload")
        found = re.search(r"(\d+) questions added, (\d+) retired", edited)
        assert found is not None and int(found.group(2)) >= 1, edited
        assert view.question_id in await t.app.store.retired_questions()
        assert "Answered: 1" in await t.say("/stats")  # history survives
    finally:
        await t.close()


async def test_quiz_flagged_lists_retired_questions(tmp_path: Path, opened: Opener) -> None:
    runner = CliRunner()
    db = tmp_path / "bot.db"
    args = ["quiz", "flagged", "--database", str(db), "--deck", str(ROOT / "content")]

    def invoke(*extra: str) -> Result:  # the CLI runs its own event loop: off this one
        return runner.invoke(cli, [*args, *extra])

    missing = await asyncio.to_thread(invoke)
    assert missing.exit_code == 1 and "no database at" in missing.output
    t = await opened("2026-03-02T08:00Z")
    await t.say("/quiz")
    view = t.latest_question()
    wrong = t.wrong_choice()
    await t.say(f"/answer {wrong}")
    assert (await asyncio.to_thread(invoke)).output.strip() == f"no flagged questions in {db}"
    await t.say("/flag 보기 두 개가 같은 뜻")
    await t.close()
    shown = await asyncio.to_thread(invoke)
    assert shown.exit_code == 0, shown.output
    assert f"{view.question_id}  [reported: 보기 두 개가 같은 뜻]" in shown.output
    assert re.search(r"\(.*aws-saa-ko\.md:\d+\)", shown.output)
    assert "1 answers, 1 problem reports" in shown.output
    as_json = await asyncio.to_thread(invoke, "--json")
    row = json.loads(as_json.output.strip().splitlines()[-1])
    assert row["id"] == view.question_id and row["reports"] == 1
    assert row["choice_counts"] == {str(wrong - 1): 1}
    assert row["source"].startswith(str(ROOT / "content")) or "aws-saa-ko.md:" in row["source"]
