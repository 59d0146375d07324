"""Problem reports in the shell (issue 12): `/flag REASON` asks for a reason,
`/reports` shows the admin the open reports with the commands that decide
them, and a question leaves only this channel's group."""

from __future__ import annotations

from shell_harness import Opener

from bot.adapters.shell import shell_group


async def test_flag_needs_a_reason_and_three_members_retire_for_the_group(
    opened: Opener,
) -> None:
    t = await opened("2026-03-02T08:00Z")
    await t.say("/settings language en")
    await t.say("/post-now")
    qid = t.latest_question().question_id
    assert "Usage: /flag WHAT IS WRONG" in await t.say("/flag")
    assert "Reports in this group: 1 of 3" in await t.say("/flag choices 2 and 3 are the same")
    assert "already reported" in await t.say("/flag again")
    await t.say("/as bob")
    assert "2 of 3" in await t.say("/flag typo in the stem")
    await t.say("/as cat")
    assert "3 members of this group reported" in await t.say("/flag wrong answer")
    assert t.app is not None
    store = t.app.store
    here = await store.ensure_group(shell_group("local"), t.app.defaults)
    assert qid in await store.retired_for_group(here.id)
    assert qid not in await store.retired_questions()


async def test_admin_lists_reports_and_retires_with_the_shown_command(opened: Opener) -> None:
    t = await opened("2026-03-02T08:00Z")
    await t.say("/settings language en")
    await t.say("/quiz")
    qid = t.latest_question().question_id
    await t.say("/as bob")
    await t.say("/quiz")
    await t.say("/as alice")
    await t.say("/flag S3 durability is 11 nines, not 7")
    listed = await t.say("/reports")
    assert "== Problem reports ==" in listed
    assert "> S3 durability is 11 nines, not 7" in listed
    assert f"/reports retire {qid}" in listed and f"/reports keep {qid}" in listed
    assert "retired from this group's daily questions" in await t.say(f"/reports retire {qid}")
    assert "No open problem reports" in await t.say("/reports")
    await t.say("/as bob")
    assert "Only admins" in await t.say(f"/reports keep {qid}")
